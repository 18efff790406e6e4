"""Crash-safe changes of the store: keeping, replacing and removing a key.

Each change is written down first in a small journal beside the key index (never a
secret in it), then carried out step by step, each step recorded as it is done:

    keep      started → written (the keychain item) → the index lists it → done
    replace   started → staged (the new key under the staging service) → checked
              (read back) → swapped (the item holds the new key) → indexed →
              cleaned (the staging item removed) → done
    remove    started → gone from the index → the item deleted → done

A crash or a failed write at any point leaves the store as it was before the change
or as it is after it: ``settle`` (run, under the store's lock, before anything else
touches the store) finishes or rolls back what the journal names, whatever it finds
missing. A listed key always has its secret, and a secret this program wrote whose
key is not listed is removed.

``HALAL_KEY_WIZARD_CRASH_AT=<operation>:<step>`` makes the process die right after
that step: the fault-injection point the crash tests use.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from wizard.errors import ErrorCode, WizardError
from wizard.exchanges import IDS
from wizard.store.index import KeyIndex, StoredKey, key_fingerprint, parse_record
from wizard.store.index import write_private_json as write_journal
from wizard.store.keychain import SERVICE, STAGING_SERVICE, Keychain
from wizard.verify.model import Credentials

JOURNAL_FILE = "change.json"
LEGACY_JOURNAL_FILE = "rotation.json"  # a replacement an earlier version left unfinished
LEGACY_STAGING_SUFFIX = "~staging"
CRASH_VARIABLE = "HALAL_KEY_WIZARD_CRASH_AT"
STEPS: dict[str, tuple[str, ...]] = {  # as the journal records them
    "keep": ("started", "written"),
    "replace": ("started", "staged", "checked", "swapped", "indexed"),
    "remove": ("started",),
}
# Where a crash can be injected: after each recorded step, and between the last
# two writes of each change.
CRASH_POINTS: dict[str, tuple[str, ...]] = {
    "keep": (*STEPS["keep"], "indexed"),
    "replace": (*STEPS["replace"], "cleaned"),
    "remove": (*STEPS["remove"], "unlisted"),
}


@dataclass(frozen=True)
class Journal:
    operation: str  # "keep", "replace" or "remove"
    label: str
    exchange: str
    step: str
    record: StoredKey  # the record the index holds once the change is done (remove: now)
    legacy: bool = False  # written by an earlier version: its staging item's old name


def _crash_point(operation: str, step: str) -> None:
    if os.environ.get(CRASH_VARIABLE) == f"{operation}:{step}":
        os._exit(86)  # a crash, exactly here: no clean-up, no flush


def parse_journal(document: object) -> Journal:
    """A journal, checked field by field (ValueError when it is not one)."""
    if not isinstance(document, dict):
        raise ValueError("not an object")
    if "operation" not in document:  # an earlier version's replacement
        fields = {"label", "exchange", "step", "new_record"}
        if set(document) != fields:
            raise ValueError("unknown or missing fields")
        document = {
            "operation": "replace",
            "label": document["label"],
            "exchange": document["exchange"],
            "step": document["step"],
            "record": document["new_record"],
            "legacy": True,
        }
    if set(document) - {"operation", "label", "exchange", "step", "record", "legacy"}:
        raise ValueError("unknown fields")
    operation, step = document.get("operation"), document.get("step")
    if operation not in STEPS or step not in STEPS[operation]:
        raise ValueError("unknown operation or step")
    record = parse_record(document.get("record"))
    label, exchange = document.get("label"), document.get("exchange")
    if label != record.label or exchange != record.exchange or exchange not in IDS:
        raise ValueError("label or exchange does not match the record")
    legacy = document.get("legacy", False)
    if not isinstance(legacy, bool):
        raise ValueError("legacy is not true or false")
    return Journal(operation, label, exchange, step, record, legacy)


class Changes:
    """Keep, replace and remove, each journaled; the caller holds the store's lock."""

    def __init__(self, keychain: Keychain, index: KeyIndex) -> None:
        self.keychain = keychain
        self.index = index
        self.path: Path = index.folder / JOURNAL_FILE

    # -- journal ------------------------------------------------------------------
    def _write(self, journal: Journal) -> Journal:
        document = asdict(journal)
        document["record"] = asdict(journal.record)
        write_journal(self.path, document)
        _crash_point(journal.operation, journal.step)
        return journal

    def _advance(self, journal: Journal, step: str) -> Journal:
        return self._write(
            Journal(
                journal.operation,
                journal.label,
                journal.exchange,
                step,
                journal.record,
                journal.legacy,
            )
        )

    def _done(self) -> None:
        self.path.unlink(missing_ok=True)

    def _read(self) -> tuple[Path, Journal] | tuple[Path, None] | None:
        """The journal of a change under way: (its path, it), (its path, None) when it
        cannot be read, or None when there is none."""
        for path in (self.path, self.index.folder / LEGACY_JOURNAL_FILE):
            try:
                raw = path.read_bytes()
            except FileNotFoundError:
                continue
            except OSError:
                return path, None
            try:
                return path, parse_journal(json.loads(raw.decode("utf-8")))
            except (ValueError, RecursionError):
                return path, None
        return None

    # -- the changes ----------------------------------------------------------------
    def keep(self, record: StoredKey, credentials: Credentials) -> None:
        journal = self._write(Journal("keep", record.label, record.exchange, "started", record))
        try:
            self.keychain.write(record.exchange, record.label, credentials)
            journal = self._advance(journal, "written")
            self.index.put(record)
        except WizardError:
            self._undo_keep(journal)
            raise
        _crash_point("keep", "indexed")
        self._done()

    def _undo_keep(self, journal: Journal) -> None:
        """A keep that failed half-way leaves nothing behind (if even this fails, the
        journal stays and the next start finishes the undoing)."""
        with contextlib.suppress(WizardError):
            self._roll_back_keep(journal)
            self._done()

    def _roll_back_keep(self, journal: Journal) -> None:
        listed = self.index.find(journal.label)
        if listed is not None and listed.fingerprint == journal.record.fingerprint:
            self.index.remove(journal.label)
        held = self.keychain.read_if_there(journal.exchange, journal.label)
        if held is not None and key_fingerprint(held.api_key) == journal.record.fingerprint:
            self.keychain.delete_if_there(journal.exchange, journal.label)

    def replace(self, old: StoredKey, credentials: Credentials, new: StoredKey) -> None:
        journal = self._write(Journal("replace", old.label, old.exchange, "started", new))
        try:
            self.keychain.write(old.exchange, old.label, credentials, STAGING_SERVICE)
            journal = self._advance(journal, "staged")
            if self.keychain.read(old.exchange, old.label, STAGING_SERVICE) != credentials:
                raise WizardError(
                    ErrorCode.KEYCHAIN_ERROR,
                    params={"details": "the new key read back differently; the old key is kept"},
                )
            journal = self._advance(journal, "checked")
        except WizardError:
            with contextlib.suppress(WizardError):
                self._roll_back_replace(journal)
                self._done()
            raise
        # From here the new key is the one to keep: a failure leaves the journal, and
        # the next start finishes the replacement.
        self._finish_replace(journal)

    def _staging(self, journal: Journal) -> tuple[str, str]:
        if journal.legacy:
            return journal.label + LEGACY_STAGING_SUFFIX, SERVICE
        return journal.label, STAGING_SERVICE

    def _finish_replace(self, journal: Journal) -> str:
        new_fingerprint = journal.record.fingerprint
        staging_label, staging_service = self._staging(journal)
        if journal.step == "checked":
            staged = self.keychain.read_if_there(journal.exchange, staging_label, staging_service)
            if staged is not None and key_fingerprint(staged.api_key) == new_fingerprint:
                self.keychain.write(journal.exchange, journal.label, staged)
            else:
                held = self.keychain.read_if_there(journal.exchange, journal.label)
                if held is None or key_fingerprint(held.api_key) != new_fingerprint:
                    # The new key is nowhere to be found: keep the old one.
                    self._roll_back_replace(journal)
                    self._done()
                    return "rolled back"
            journal = self._advance(journal, "swapped")
        if journal.step == "swapped":
            self.index.put(journal.record)
            journal = self._advance(journal, "indexed")
        if journal.step == "indexed":
            self._delete_staging(journal)
            _crash_point("replace", "cleaned")
        self._done()
        return "finished"

    def _delete_staging(self, journal: Journal) -> None:
        staging_label, staging_service = self._staging(journal)
        if journal.legacy:  # the old name could be a key stored under that label
            held = self.keychain.read_if_there(journal.exchange, staging_label, staging_service)
            if held is None or key_fingerprint(held.api_key) != journal.record.fingerprint:
                return
        self.keychain.delete_if_there(journal.exchange, staging_label, staging_service)

    def _roll_back_replace(self, journal: Journal) -> None:
        self._delete_staging(journal)

    def remove(self, record: StoredKey) -> None:
        journal = self._write(Journal("remove", record.label, record.exchange, "started", record))
        try:
            self.index.remove(record.label)
        except WizardError:
            with contextlib.suppress(OSError):
                self._done()
            raise
        _crash_point("remove", "unlisted")
        self._finish_remove(journal)

    def _finish_remove(self, journal: Journal) -> str:
        if self.index.find(journal.label) is not None:
            self.index.remove(journal.label)
        held = self.keychain.read_if_there(journal.exchange, journal.label)
        if held is None or key_fingerprint(held.api_key) == journal.record.fingerprint:
            self.keychain.delete_if_there(journal.exchange, journal.label)
        self._done()
        return "finished"

    # -- after a crash --------------------------------------------------------------
    def settle(self) -> str | None:
        """Finish or roll back a change a crash interrupted. Returns what was done
        ("finished", "rolled back", or "set aside" for a journal that cannot be
        read), or None when nothing was pending."""
        found = self._read()
        if found is None:
            return None
        path, journal = found
        if journal is None:
            return self._set_aside(path)
        if journal.operation == "keep":
            if journal.step == "written":
                self.index.put(journal.record)
                self._done()
                return "finished"
            self._roll_back_keep(journal)
            self._done()
            return "rolled back"
        if journal.operation == "remove":
            return self._finish_remove(journal)
        if path.name == LEGACY_JOURNAL_FILE:
            self._write(journal)  # carried on under the current name
            path.unlink(missing_ok=True)
        if journal.step in ("checked", "swapped", "indexed"):
            return self._finish_replace(journal)
        self._roll_back_replace(journal)
        self._done()
        return "rolled back"

    def _set_aside(self, path: Path) -> str:
        """A journal that cannot be read is moved out of the way, so that no command
        is stuck behind it; every key is still checked against the index before use."""
        aside = path.with_name(f"{path.name}.damaged-{int(time.time())}")
        try:
            os.replace(path, aside)
        except OSError as error:
            raise WizardError(
                ErrorCode.KEYCHAIN_ERROR,
                params={"details": f"{path} is damaged and cannot be moved ({error.strerror})"},
            ) from None
        return "set aside"

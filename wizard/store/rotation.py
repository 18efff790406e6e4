"""Crash-safe replacement of a stored key (rotation).

Steps, each recorded in a small journal next to the key index (never a secret in
it): the new key is verified first (by the caller), then

    1. staged     the new key is written under a staging name
    2. checked    the staging item is read back and compared
    3. swapped    the new key is written over the stored item
    4. indexed    the index shows the new key's facts
    5. cleaned    the staging item is removed, then the journal

A crash at any point leaves a working, verified key under the label: the old one
until step 3, the new one from then on. The next start calls ``recover`` and
finishes the rotation (when the staged key is complete) or rolls it back.

``HALAL_KEY_WIZARD_CRASH_AT=<step>`` makes the process die right after that step:
the fault-injection point the crash tests use.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from wizard.errors import ErrorCode, WizardError
from wizard.store.index import KeyIndex, StoredKey
from wizard.store.keychain import Keychain
from wizard.verify.model import Credentials

JOURNAL_FILE = "rotation.json"
STAGING_SUFFIX = "~staging"
CRASH_VARIABLE = "HALAL_KEY_WIZARD_CRASH_AT"
STEPS = ("started", "staged", "checked", "swapped", "indexed", "cleaned")


@dataclass(frozen=True)
class Journal:
    label: str
    exchange: str
    step: str
    new_record: dict[str, object]  # the StoredKey the index will hold; no secret


def _crash_point(step: str) -> None:
    if os.environ.get(CRASH_VARIABLE) == step:
        os._exit(86)  # a crash, exactly here: no clean-up, no flush


class Rotation:
    def __init__(self, keychain: Keychain, index: KeyIndex) -> None:
        self.keychain = keychain
        self.index = index
        self.journal_path: Path = index.folder / JOURNAL_FILE

    # -- journal ------------------------------------------------------------------
    def _write_journal(self, journal: Journal) -> None:
        self.index.folder.mkdir(parents=True, exist_ok=True)
        temporary = self.journal_path.with_suffix(".tmp")
        with open(temporary, "w", encoding="utf-8") as stream:
            json.dump(asdict(journal), stream, ensure_ascii=False)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o600)
        os.replace(temporary, self.journal_path)

    def _read_journal(self) -> Journal | None:
        try:
            return Journal(**json.loads(self.journal_path.read_text(encoding="utf-8")))
        except FileNotFoundError:
            return None
        except (ValueError, TypeError):
            # A journal cut short by a crash: nothing was swapped without a whole one.
            return Journal(label="", exchange="", step="damaged", new_record={})

    def _advance(self, journal: Journal, step: str) -> Journal:
        advanced = Journal(journal.label, journal.exchange, step, journal.new_record)
        self._write_journal(advanced)
        _crash_point(step)
        return advanced

    # -- rotation -----------------------------------------------------------------
    def rotate(self, old: StoredKey, credentials: Credentials, new_record: StoredKey) -> None:
        """Replace ``old`` with the (already verified) ``credentials``."""
        staging = old.label + STAGING_SUFFIX
        journal = Journal(old.label, old.exchange, "started", asdict(new_record))
        self._write_journal(journal)
        _crash_point("started")

        self.keychain.write(old.exchange, staging, credentials)
        journal = self._advance(journal, "staged")

        if self.keychain.read(old.exchange, staging) != credentials:
            self._roll_back(journal)
            raise WizardError(
                ErrorCode.KEYCHAIN_ERROR,
                params={"details": "the new key read back differently; the old key is kept"},
            )
        journal = self._advance(journal, "checked")

        self._finish(journal)

    def _finish(self, journal: Journal) -> None:
        staging = journal.label + STAGING_SUFFIX
        if journal.step == "checked":
            credentials = self.keychain.read(journal.exchange, staging)
            self.keychain.write(journal.exchange, journal.label, credentials)
            journal = self._advance(journal, "swapped")
        if journal.step == "swapped":
            self.index.put(StoredKey(**journal.new_record))  # type: ignore[arg-type]
            journal = self._advance(journal, "indexed")
        if journal.step == "indexed":
            with contextlib.suppress(WizardError):
                self.keychain.delete(journal.exchange, staging)
            _crash_point("cleaned")
        self.journal_path.unlink(missing_ok=True)

    def _roll_back(self, journal: Journal) -> None:
        if journal.label:
            with contextlib.suppress(WizardError):
                self.keychain.delete(journal.exchange, journal.label + STAGING_SUFFIX)
        self.journal_path.unlink(missing_ok=True)

    def recover(self) -> str | None:
        """Finish or roll back a rotation a crash interrupted. Returns what was
        done ("finished" or "rolled back"), or None when nothing was pending."""
        journal = self._read_journal()
        if journal is None:
            return None
        if journal.step in ("checked", "swapped", "indexed"):
            self._finish(journal)
            return "finished"
        self._roll_back(journal)  # started, staged (not yet checked), or damaged
        return "rolled back"

"""Storing, listing and removing keys: the rules, free of Qt.

A key is stored only after a verification without any critical flag. One key per
integration: an API key already stored under another label is refused, because
revoking one would break both.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from wizard.errors import ErrorCode, WizardError
from wizard.exchanges import exchange as exchange_facts
from wizard.i18n import QT_TRANSLATE_NOOP, Translate, english
from wizard.store.changes import Changes
from wizard.store.index import KeyIndex, StoredKey, key_fingerprint
from wizard.store.keychain import PENDING_SERVICE, Keychain, item_name, process_keychain
from wizard.store.lock import store_lock
from wizard.verify.model import Confirmation, Credentials, Verdict, VerificationReport
from wizard.verify.policy import replace_by


@dataclass
class StoreRefused(Exception):
    """Not stored, for a reason the person can act on."""

    template: str
    params: Mapping[str, str] = field(default_factory=dict)

    def text(self, translate: Translate = english) -> str:
        return translate("Store", self.template).format(**self.params)


LEGACY_PRIVATE_SUFFIX = "~private"  # where an earlier version kept a waiting private key
MAX_LABEL = 64
# What a name may not hold: control and format characters (terminal escapes, bidi
# overrides, zero-width characters), separators other than the space, the signs the
# keychain item's name uses, and unassigned code points.
_REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
_REFUSED_SIGNS = frozenset(":/\\")


def label_is_acceptable(label: str) -> bool:
    import unicodedata

    return (
        0 < len(label) <= MAX_LABEL
        and label == label.strip(" ")
        and not any(
            sign in _REFUSED_SIGNS
            or unicodedata.category(sign) in _REFUSED_CATEGORIES
            or (sign.isspace() and sign != " ")
            for sign in label
        )
    )


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def confirmed_record(report: VerificationReport) -> dict[str, str]:
    """The person's checks a verification counted, as the index keeps them."""
    return {c.capability: c.on.isoformat() for c in report.confirmations}


def stored_confirmations(record: StoredKey) -> tuple[Confirmation, ...]:
    return tuple(
        Confirmation(capability, date.fromisoformat(day))
        for capability, day in record.confirmed.items()
    )


def key_type(exchange: str, credentials: Credentials) -> str:
    """How the key signs: "hmac" (a shared secret), "ed25519" or "ecdsa" (a private
    key: PEM, or Coinbase's 88-character Ed25519 secret)."""
    secret = credentials.secret
    if "EC PRIVATE KEY" in secret:
        return "ecdsa"
    if "PRIVATE KEY" in secret or exchange_facts(exchange).secret_is_private_key:
        return "ed25519"
    return "hmac"


@dataclass(frozen=True)
class Kept:
    """What keeping or replacing a key did, for the Done page and the command line
    to show in their own way."""

    record: StoredKey
    keychain: str  # the keychain's name as people know it
    replaced: StoredKey | None = None  # the key a replacement retired

    @property
    def item(self) -> str:
        return item_name(self.record.exchange, self.record.label)


def _verified(report: VerificationReport) -> dict[str, Any]:
    """What a verification changes in a key's record: the latest verdict, the checks
    by hand that still count and the replace-by date (when the report has one; else
    the date set when it was stored stands)."""
    changes: dict[str, Any] = {
        "last_verified": _now(),
        "last_verdict": report.verdict.value,
        "confirmed": confirmed_record(report),
    }
    if report.rotation_due is not None:
        changes["rotation_due"] = report.rotation_due.isoformat()
    return changes


class KeyStore:
    """The use cases on stored keys: keep, replace, read, list, remove.

    Every one of them holds the store's lock (one process, one thread at a time) and
    first settles a change a crash left unfinished; every change is journaled
    (``wizard.store.changes``), so that no key is half-written, lost or replaced
    without a word.
    """

    def __init__(self, keychain: Keychain | None = None, index: KeyIndex | None = None) -> None:
        self.keychain = keychain or process_keychain()
        self.index = index or KeyIndex()
        self.changes = Changes(self.keychain, self.index)
        self.settled: str | None = None  # what settling an unfinished change did

    @contextmanager
    def _locked(self) -> Iterator[None]:
        with store_lock(self.index.folder):
            outcome = self.changes.settle()
            if outcome is not None:
                self.settled = outcome
            yield

    def check_can_store(self, label: str, credentials: Credentials) -> None:
        """Refuse before anything is verified or written (and again, under the lock,
        right before writing)."""
        if not label_is_acceptable(label):
            raise StoreRefused(
                QT_TRANSLATE_NOOP(
                    "Store",
                    "Choose a name of 1 to 64 letters, digits, spaces or signs other "
                    "than : / \\, for example HalalSpot-2026-11-21.",
                )
            )
        fingerprint = key_fingerprint(credentials.api_key)
        for existing in self.index.load():
            if existing.fingerprint == fingerprint and existing.label != label:
                raise StoreRefused(
                    QT_TRANSLATE_NOOP(
                        "Store",
                        'This key is already stored as "{label}". Give every '
                        "program its own key: deleting a shared key on the exchange "
                        "would stop both.",
                    ),
                    {"label": existing.label},
                )
            if existing.label == label:
                raise StoreRefused(
                    QT_TRANSLATE_NOOP(
                        "Store",
                        'A key named "{label}" is stored already. Choose another '
                        "name, or replace that key with rotation.",
                    ),
                    {"label": label},
                )

    def _refuse_failed(self, report: VerificationReport) -> None:
        if report.verdict is Verdict.FAIL:
            raise StoreRefused(
                QT_TRANSLATE_NOOP(
                    "Store",
                    "This key was not stored: it can do something a spot-only key must "
                    "not. Fix the findings marked critical, then try again.",
                )
            )

    def keep(
        self,
        exchange: str,
        label: str,
        credentials: Credentials,
        report: VerificationReport,
        *,
        key_pair_label: str = "",
    ) -> Kept:
        """Store a verified key as ``label`` (refused when the label is taken: a key
        is replaced only by ``replace``). ``key_pair_label`` names the private key
        that waited for this key (made on this computer under that name)."""
        self._refuse_failed(report)
        with self._locked():
            self.check_can_store(label, credentials)
            record = self._record(exchange, label, credentials, report)
            self.changes.keep(record, credentials)
            self._forget_pending(exchange, label, key_pair_label)
        return Kept(record, self.keychain.backend_name)

    def replace(
        self,
        label: str,
        credentials: Credentials,
        report: VerificationReport,
        *,
        key_pair_label: str = "",
    ) -> Kept:
        """Replace the key stored as ``label`` (a rotation, safe against a crash at
        any step); the result names the retired key to delete on the exchange."""
        self._refuse_failed(report)
        with self._locked():
            old = self.check_can_rotate(label, credentials)
            new = self._record(old.exchange, label, credentials, report)
            self.changes.replace(old, credentials, new)
            self._forget_pending(old.exchange, label, key_pair_label)
        return Kept(new, self.keychain.backend_name, replaced=old)

    # -- key pairs made on this computer --------------------------------------------
    # Until the exchange gives the API key, the private key waits in the keychain
    # (service PENDING_SERVICE, "<exchange>:<label>"); storing the key drops it.

    def keep_private_key(self, exchange: str, label: str, private_pem: str) -> None:
        with self._locked():
            self.check_can_store(label, Credentials(api_key="", secret=private_pem))
            self.keychain.write(
                exchange, label, Credentials(api_key="", secret=private_pem), PENDING_SERVICE
            )

    def pending_private_key(self, exchange: str, label: str) -> str | None:
        with self._locked():
            waiting = self.keychain.read_if_there(exchange, label, PENDING_SERVICE)
            if waiting is None:  # an earlier version's name for it
                legacy = label + LEGACY_PRIVATE_SUFFIX
                held = self.keychain.read_if_there(exchange, legacy)
                if held is not None and not held.api_key and "PRIVATE KEY" in held.secret:
                    waiting = held
        return waiting.secret if waiting is not None else None

    def _forget_pending(self, exchange: str, *labels: str) -> None:
        """Drop the private keys that waited under these names: stored now, or
        renamed before they were."""
        for label in {name for name in labels if name}:
            with contextlib.suppress(WizardError):
                self.keychain.delete_if_there(exchange, label, PENDING_SERVICE)

    def recover(self) -> str | None:
        """Finish or roll back a change that a crash interrupted (waiting, if another
        program is changing the store right now, until it has finished)."""
        with self._locked():
            pass
        outcome, self.settled = self.settled, None
        return outcome

    def check_can_rotate(self, label: str, credentials: Credentials) -> StoredKey:
        old = self.stored(label)
        fingerprint = key_fingerprint(credentials.api_key)
        if fingerprint == old.fingerprint:
            raise StoreRefused(
                QT_TRANSLATE_NOOP(
                    "Store",
                    "This is the key that is stored already. Make a new key on the "
                    "exchange and enter that one.",
                )
            )
        for existing in self.index.load():
            if existing.fingerprint == fingerprint:
                raise StoreRefused(
                    QT_TRANSLATE_NOOP(
                        "Store",
                        'This key is already stored as "{label}". Give every program its own key.',
                    ),
                    {"label": existing.label},
                )
        return old

    def _record(
        self, exchange: str, label: str, credentials: Credentials, report: VerificationReport
    ) -> StoredKey:
        return StoredKey(
            label=label,
            exchange=exchange,
            masked_key=credentials.masked_key,
            fingerprint=key_fingerprint(credentials.api_key),
            key_type=key_type(exchange, credentials),
            created=(
                report.facts.created_at.date().isoformat() if report.facts.created_at else None
            ),
            stored_at=_now(),
            last_verified=_now(),
            last_verdict=report.verdict.value,
            rotation_due=replace_by(report).isoformat(),
            confirmed=confirmed_record(report),
        )

    def stored(self, label: str) -> StoredKey:
        """The record of the key stored as ``label``, or ``not_found``."""
        record = self.index.find(label)
        if record is None:
            raise WizardError(ErrorCode.NOT_FOUND, params={"label": label})
        return record

    def credentials(self, label: str) -> tuple[StoredKey, Credentials]:
        """The stored key, only if the keychain still holds the very key that was
        verified and stored: one changed behind the program's back is refused."""
        with self._locked():
            record = self.stored(label)
            credentials = self.keychain.read(record.exchange, label)
        if key_fingerprint(credentials.api_key) != record.fingerprint:
            raise WizardError(
                ErrorCode.KEYCHAIN_ERROR,
                params={
                    "details": f"the keychain item {item_name(record.exchange, label)} "
                    "holds another key than the one verified and stored (it was changed "
                    "outside this program); remove it and store your key again"
                },
            )
        return record, credentials

    def confirmations(self, label: str) -> tuple[Confirmation, ...]:
        """The checks by hand recorded for the key stored as ``label``."""
        with self._locked():
            return stored_confirmations(self.stored(label))

    def record_verification(self, label: str, report: VerificationReport) -> None:
        """The latest verdict, replace-by date and the checks by hand that still count
        (where the exchange now reports a capability itself, its answer replaces them)."""
        with self._locked():
            self.index.update(label, **_verified(report))

    def record_check(
        self,
        label: str,
        report: VerificationReport | None,
        snapshot: dict[str, str] | None,
        entry: dict[str, Any],
    ) -> None:
        """One ``check`` of the key: the verification as ``record_verification`` keeps
        it (when there was one), the snapshot the next check compares with, and the
        entry added to its history (the oldest go past ``HISTORY_LENGTH``)."""
        from wizard.checkup import HISTORY_LENGTH

        with self._locked():
            record = self.stored(label)
            changes: dict[str, Any] = {"history": [*record.history, entry][-HISTORY_LENGTH:]}
            if report is not None and snapshot is not None:
                changes.update(_verified(report), last_check=snapshot)
            self.index.update(label, **changes)

    def remove(self, label: str) -> StoredKey:
        with self._locked():
            record = self.stored(label)
            self.changes.remove(record)
        return record

    def list(self) -> list[StoredKey]:
        with self._locked():
            return self.index.load()

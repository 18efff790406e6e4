"""Storing, listing and removing keys: the rules, free of Qt.

A key is stored only after a verification without any critical flag. One key per
integration: an API key already stored under another label is refused, because
revoking one would break both.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from wizard.errors import ErrorCode, WizardError
from wizard.exchanges import exchange as exchange_facts
from wizard.i18n import QT_TRANSLATE_NOOP, Translate, english
from wizard.store.index import KeyIndex, StoredKey, key_fingerprint
from wizard.store.keychain import Keychain, item_name, process_keychain
from wizard.verify.model import Confirmation, Credentials, Verdict, VerificationReport
from wizard.verify.policy import replace_by


@dataclass
class StoreRefused(Exception):
    """Not stored, for a reason the person can act on."""

    template: str
    params: Mapping[str, str] = field(default_factory=dict)

    def text(self, translate: Translate = english) -> str:
        return translate("Store", self.template).format(**self.params)


PRIVATE_SUFFIX = "~private"


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


class KeyStore:
    """The use cases on stored keys: keep, replace, read, list, remove."""

    def __init__(self, keychain: Keychain | None = None, index: KeyIndex | None = None) -> None:
        self.keychain = keychain or process_keychain()
        self.index = index or KeyIndex()

    def check_can_store(self, label: str, credentials: Credentials) -> None:
        """Refuse before anything is verified or written."""
        if not label or len(label) > 64 or any(c in label for c in ":/\\\n\t"):
            raise StoreRefused(
                QT_TRANSLATE_NOOP(
                    "Store",
                    "Choose a name of 1 to 64 characters without : / \\ or line "
                    "breaks, for example HalalSpot-2026-11-21.",
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
        """Store a verified key as ``label``. ``key_pair_label`` names the private
        key that waited for this key (made on this computer under that name)."""
        self._refuse_failed(report)
        self.check_can_store(label, credentials)
        self.keychain.write(exchange, label, credentials)
        record = self._record(exchange, label, credentials, report)
        self.index.put(record)
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
        from wizard.store.rotation import Rotation

        self._refuse_failed(report)
        old = self.check_can_rotate(label, credentials)
        new = self._record(old.exchange, label, credentials, report)
        Rotation(self.keychain, self.index).rotate(old, credentials, new)
        self._forget_pending(old.exchange, label, key_pair_label)
        return Kept(new, self.keychain.backend_name, replaced=old)

    # -- key pairs made on this computer --------------------------------------------
    # Until the exchange gives the API key, the private key waits in the keychain
    # under "<exchange>:<label>~private"; storing the key replaces that item.

    def keep_private_key(self, exchange: str, label: str, private_pem: str) -> None:
        self.check_can_store(label, Credentials(api_key="", secret=private_pem))
        self.keychain.write(
            exchange, label + PRIVATE_SUFFIX, Credentials(api_key="", secret=private_pem)
        )

    def pending_private_key(self, exchange: str, label: str) -> str | None:
        try:
            return self.keychain.read(exchange, label + PRIVATE_SUFFIX).secret
        except WizardError as error:
            if error.code is ErrorCode.NOT_FOUND:
                return None
            raise

    def _forget_pending(self, exchange: str, *labels: str) -> None:
        """Drop the private keys that waited under these names: stored now, or
        renamed before they were."""
        for label in {name for name in labels if name}:
            with contextlib.suppress(WizardError):
                self.keychain.delete(exchange, label + PRIVATE_SUFFIX)

    def recover(self) -> str | None:
        """Finish or roll back a rotation that a crash interrupted."""
        from wizard.store.rotation import Rotation

        return Rotation(self.keychain, self.index).recover()

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
        record = self.stored(label)
        return record, self.keychain.read(record.exchange, label)

    def confirmations(self, label: str) -> tuple[Confirmation, ...]:
        """The checks by hand recorded for the key stored as ``label``."""
        return stored_confirmations(self.stored(label))

    def record_verification(self, label: str, report: VerificationReport) -> None:
        """The latest verdict, replace-by date and the checks by hand that still count
        (where the exchange now reports a capability itself, its answer replaces them)."""
        changes: dict[str, Any] = {
            "last_verified": _now(),
            "last_verdict": report.verdict.value,
            "confirmed": confirmed_record(report),
        }
        if report.rotation_due is not None:  # else the date set when it was stored stands
            changes["rotation_due"] = report.rotation_due.isoformat()
        self.index.update(label, **changes)

    def remove(self, label: str) -> StoredKey:
        record = self.stored(label)
        try:
            self.keychain.delete(record.exchange, label)
        except WizardError as error:
            if error.code is not ErrorCode.NOT_FOUND:
                raise
        self.index.remove(label)
        return record

    def list(self) -> list[StoredKey]:
        return self.index.load()

"""The index of stored keys: everything about them except the secret.

One JSON file in the user's config folder (platformdirs), written atomically
(a temporary file, then a rename) and readable by its owner only. It never holds
a secret: only the label, exchange, the key's last four characters, a SHA-256 of
the key (to refuse storing one key twice), its type and dates, and the last
verification's verdict.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from wizard.errors import ErrorCode, WizardError

APP_DIR_NAME = "halal-key-wizard"
INDEX_FILE = "keys.json"


def config_dir() -> Path:
    from platformdirs import user_config_path

    return user_config_path(APP_DIR_NAME, appauthor=False)


def key_fingerprint(api_key: str) -> str:
    return hashlib.sha256(api_key.encode()).hexdigest()


@dataclass(frozen=True)
class StoredKey:
    label: str
    exchange: str
    masked_key: str
    fingerprint: str
    key_type: str  # "hmac", "ed25519" or "ecdsa"
    created: str | None  # when the exchange made the key (ISO date), if it says
    stored_at: str  # ISO timestamp
    last_verified: str | None
    last_verdict: str | None
    rotation_due: str | None
    # What the person checked by hand where the exchange does not report it:
    # capability -> ISO date. Lapses when the key is replaced.
    confirmed: dict[str, str] = field(default_factory=dict)
    # What ``check`` compares the next answer with (field -> words, wizard.checkup),
    # and its last checks, newest last: when, the verdict, what changed.
    last_check: dict[str, str] = field(default_factory=dict)
    history: list[dict[str, Any]] = field(default_factory=list)


_REQUIRED_TEXT = ("label", "exchange", "masked_key", "fingerprint", "key_type", "stored_at")


def _well_formed(key: StoredKey) -> bool:
    """Every field text (or, where optional, absent), dates readable."""
    from datetime import date

    from wizard.verify.policy import CONFIRMABLE

    values = asdict(key)
    confirmed = values.pop("confirmed")
    if not _well_formed_checks(values.pop("last_check"), values.pop("history")):
        return False
    if not all(isinstance(values[name], str) for name in _REQUIRED_TEXT):
        return False
    if not all(value is None or isinstance(value, str) for value in values.values()):
        return False
    if not isinstance(confirmed, dict) or not all(
        name in CONFIRMABLE and isinstance(day, str) for name, day in confirmed.items()
    ):
        return False
    try:
        for name in ("created", "rotation_due"):
            if values[name] is not None:
                date.fromisoformat(values[name])
        date.fromisoformat(key.stored_at[:10])
        for day in confirmed.values():
            date.fromisoformat(day)
    except ValueError:
        return False
    return True


_HISTORY_FIELDS = {"checked_at", "verdict", "changes", "error"}


def _text_or_none(value: object) -> bool:
    return value is None or isinstance(value, str)


def _well_formed_checks(last_check: object, history: object) -> bool:
    """The last snapshot is words by field; each history entry says when, the
    verdict, and the changes (each a field with its words before and after)."""
    if not isinstance(last_check, dict) or not all(
        isinstance(name, str) and isinstance(value, str) for name, value in last_check.items()
    ):
        return False
    if not isinstance(history, list):
        return False
    for entry in history:
        if not isinstance(entry, dict) or set(entry) - _HISTORY_FIELDS:
            return False
        if not isinstance(entry.get("checked_at"), str) or not _text_or_none(entry.get("verdict")):
            return False
        if not _text_or_none(entry.get("error")) or not isinstance(entry.get("changes"), list):
            return False
        for change in entry["changes"]:
            if not isinstance(change, dict) or set(change) != {"field", "before", "after"}:
                return False
            if not isinstance(change["field"], str) or not all(
                _text_or_none(change[side]) for side in ("before", "after")
            ):
                return False
    return True


def parse_record(entry: object) -> StoredKey:
    """One stored key's record, checked field by field (ValueError when it is not
    one: an unknown or missing field, a field of the wrong kind, a bad date)."""
    if not isinstance(entry, dict):
        raise ValueError("a record is not an object")
    try:
        key = StoredKey(**entry)
    except TypeError:
        raise ValueError("a record with unknown or missing fields") from None
    if not _well_formed(key):
        raise ValueError("a field of the wrong kind")
    return key


def damaged(path: Path, what: str) -> WizardError:
    return WizardError(
        ErrorCode.KEYCHAIN_ERROR,
        params={
            "details": f"{what} is damaged: {path}. Move that file away; the keys stay in "
            "the keychain, and storing them again lists them again"
        },
    )


def write_private_json(path: Path, document: object) -> None:
    """Write ``document`` to ``path`` whole or not at all (a temporary file of this
    process's own, flushed, then renamed over it), readable by its owner only. A full
    or read-only disk is a named ``keychain_error``."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(
            prefix=f".{path.stem}-", suffix=".tmp", dir=path.parent
        )
    except OSError as error:
        raise _unwritable(path, error) from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(document, stream, indent=2, ensure_ascii=False)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o600)
        os.replace(temporary, path)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError):
            raise _unwritable(path, error) from None
        raise


def _unwritable(path: Path, error: OSError) -> WizardError:
    return WizardError(
        ErrorCode.KEYCHAIN_ERROR,
        params={
            "details": f"{path} cannot be written ({error.strerror or type(error).__name__}); "
            "free some disk space or make the folder writable, then try again. Nothing "
            "was changed"
        },
    )


class KeyIndex:
    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or config_dir()
        self.path = self.folder / INDEX_FILE

    def load(self) -> list[StoredKey]:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return []
        except OSError as error:
            raise WizardError(
                ErrorCode.KEYCHAIN_ERROR,
                params={"details": f"the list of stored keys cannot be read ({error.strerror})"},
            ) from None
        try:
            document = json.loads(raw.decode("utf-8"))
            entries = document["keys"]
            if not isinstance(entries, list):
                raise ValueError("keys is not a list")
            return [parse_record(entry) for entry in entries]
        except (ValueError, KeyError, TypeError, RecursionError):
            raise damaged(self.path, "the list of stored keys") from None

    def find(self, label: str) -> StoredKey | None:
        return next((key for key in self.load() if key.label == label), None)

    def save(self, keys: list[StoredKey]) -> None:
        write_private_json(self.path, {"version": 1, "keys": [asdict(key) for key in keys]})

    def put(self, key: StoredKey) -> None:
        keys = [existing for existing in self.load() if existing.label != key.label]
        self.save([*keys, key])

    def remove(self, label: str) -> None:
        self.save([key for key in self.load() if key.label != label])

    def update(self, label: str, **changes: Any) -> None:
        self.save([replace(key, **changes) if key.label == label else key for key in self.load()])

"""The one door to the operating system's keychain.

Only real keychains are used: macOS Keychain, Windows Credential Manager, the
Secret Service (GNOME Keyring, KeePassXC) and KWallet, with keyring priority 1
or more. A plaintext or null backend is never used, even when installed or named
in PYTHON_KEYRING_BACKEND: with no real keychain the answer is an error that
says what is missing. Every call runs off the caller's thread with a time limit,
because an unlock prompt can wait forever.
"""

from __future__ import annotations

import functools
import json
import sys
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from wizard.errors import ErrorCode, WizardError
from wizard.verify.model import Credentials

SERVICE = "halal-key-wizard"  # stored keys: one item each, "<exchange>:<label>"
# Items on their way: a new key during a replacement, and the private key of a key
# pair made here until the exchange gives its API key. A service of their own each,
# so that no label can name one of them (a key stored as "bot~staging" is a key).
STAGING_SERVICE = "halal-key-wizard-staging"
PENDING_SERVICE = "halal-key-wizard-pending"
# Windows Credential Manager keeps at most 2,560 bytes per secret, stored as UTF-16.
MAX_SECRET_BYTES = 2560
CALL_TIMEOUT_S = 20.0

ALLOWED_BACKENDS = frozenset(
    {
        "keyring.backends.macOS.Keyring",
        "keyring.backends.Windows.WinVaultKeyring",
        "keyring.backends.SecretService.Keyring",
        "keyring.backends.kwallet.DBusKeyring",
    }
)

T = TypeVar("T")


def item_name(exchange: str, label: str) -> str:
    """The keychain user name of a stored key: ``<exchange>:<label>``."""
    return f"{exchange}:{label}"


def _missing_backend_advice() -> str:
    if sys.platform == "darwin":
        return "the macOS Keychain could not be reached"
    if sys.platform == "win32":
        return "the Windows Credential Manager could not be reached"
    return (
        "no Secret Service is running on this session's D-Bus; install and start "
        "GNOME Keyring (package gnome-keyring) or KWallet, or sign in to a desktop "
        "session"
    )


def _qualified(backend: Any) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}"


def choose_backend() -> Any:
    """The allowed keychain with the highest priority, or ``keychain_unavailable``."""
    from keyring.backend import get_all_keyring

    try:
        backends = get_all_keyring()
    except Exception as error:  # e.g. a KEYRING_PROPERTY_* variable it cannot apply
        raise WizardError(
            ErrorCode.KEYCHAIN_UNAVAILABLE,
            params={
                "details": "the keychain settings in this environment cannot be used "
                f"({type(error).__name__}); unset the KEYRING_PROPERTY_ variables"
            },
        ) from None
    candidates = []
    for backend in backends:
        try:
            priority = float(backend.priority)
        except Exception:  # noqa: S112 - a backend that cannot say is not usable
            continue
        if _qualified(backend) in ALLOWED_BACKENDS and priority >= 1:
            candidates.append((priority, backend))
    if not candidates:
        raise WizardError(
            ErrorCode.KEYCHAIN_UNAVAILABLE, params={"details": _missing_backend_advice()}
        )
    chosen = max(candidates, key=lambda pair: pair[0])[1]
    if _forgets_at_logout(chosen):
        raise WizardError(
            ErrorCode.KEYCHAIN_UNAVAILABLE,
            params={
                "details": "the keychain is set to its session collection, which forgets "
                "every key at logout; unset KEYRING_PROPERTY_PREFERRED_COLLECTION"
            },
        )
    return chosen


def _forgets_at_logout(backend: Any) -> bool:
    """A Secret Service told (KEYRING_PROPERTY_PREFERRED_COLLECTION) to keep items in
    its session collection, which lives in memory only."""
    preferred = getattr(backend, "preferred_collection", None)
    if preferred is None:
        return False
    preferred = str(preferred)
    if preferred.rstrip("/").endswith("/session"):
        return True
    try:
        from contextlib import closing

        import secretstorage

        with closing(secretstorage.dbus_init()) as bus:
            session = secretstorage.get_collection_by_alias(bus, "session")
            return bool(session.collection_path == preferred)
    except Exception:
        return False  # no session alias to compare with: the path alone decides


def encode_secret(credentials: Credentials) -> str:
    value = json.dumps(
        {
            "apiKey": credentials.api_key,
            "secret": credentials.secret,
            "passphrase": credentials.passphrase,
        }
    )
    if len(value.encode("utf-16-le")) > MAX_SECRET_BYTES:
        raise WizardError(
            ErrorCode.KEYCHAIN_ERROR,
            params={
                "details": f"the key is too large for a keychain item "
                f"(at most {MAX_SECRET_BYTES // 2} characters)"
            },
        )
    return value


def decode_secret(value: str) -> Credentials:
    try:
        document = json.loads(value)
        return Credentials(
            api_key=str(document["apiKey"]),
            secret=str(document["secret"]),
            passphrase=document.get("passphrase"),
        )
    except (ValueError, KeyError, TypeError):
        raise WizardError(
            ErrorCode.KEYCHAIN_ERROR,
            params={"details": "the stored item is damaged; remove it and store the key again"},
        ) from None


class Keychain:
    """Reads, writes and deletes stored keys in one real keychain.

    The program uses one, ``process_keychain()``: one chosen backend and one lock
    for every call, whichever page or command makes it. Other instances exist only
    where a test hands in a backend of its own.
    """

    def __init__(self, backend: Any | None = None, timeout_s: float = CALL_TIMEOUT_S) -> None:
        self._backend = backend
        self.timeout_s = timeout_s
        self._lock = threading.Lock()

    @property
    def backend(self) -> Any:
        if self._backend is None:
            self._backend = choose_backend()
        return self._backend

    @property
    def backend_name(self) -> str:
        names = {
            "keyring.backends.macOS.Keyring": "macOS Keychain",
            "keyring.backends.Windows.WinVaultKeyring": "Windows Credential Manager",
            "keyring.backends.SecretService.Keyring": "Secret Service (GNOME Keyring)",
            "keyring.backends.kwallet.DBusKeyring": "KWallet",
        }
        return names.get(_qualified(self.backend), _qualified(self.backend))

    def write(
        self, exchange: str, label: str, credentials: Credentials, service: str = SERVICE
    ) -> None:
        value = encode_secret(credentials)
        self._call(lambda b: b.set_password(service, item_name(exchange, label), value))

    def read(self, exchange: str, label: str, service: str = SERVICE) -> Credentials:
        value = self._call(lambda b: b.get_password(service, item_name(exchange, label)))
        if value is None:
            raise WizardError(ErrorCode.NOT_FOUND, params={"label": label})
        return decode_secret(value)

    def read_if_there(
        self, exchange: str, label: str, service: str = SERVICE
    ) -> Credentials | None:
        try:
            return self.read(exchange, label, service)
        except WizardError as error:
            if error.code is ErrorCode.NOT_FOUND:
                return None
            raise

    def delete(self, exchange: str, label: str, service: str = SERVICE) -> None:
        self._call(
            lambda b: b.delete_password(service, item_name(exchange, label)),
            missing_ok=False,
            label=label,
        )

    def delete_if_there(self, exchange: str, label: str, service: str = SERVICE) -> None:
        try:
            self.delete(exchange, label, service)
        except WizardError as error:
            if error.code is not ErrorCode.NOT_FOUND:
                raise

    def _call(self, action: Callable[[Any], T], *, missing_ok: bool = True, label: str = "") -> T:
        """Run ``action`` on a worker thread; a call still waiting after the time
        limit (an unlock prompt nobody answers) is reported as locked."""
        backend = self.backend
        outcome: list[Any] = []

        def work() -> None:
            try:
                outcome.append(("ok", action(backend)))
            except BaseException as error:
                outcome.append(("error", error))

        with self._lock:
            worker = threading.Thread(target=work, name="keychain-call", daemon=True)
            worker.start()
            worker.join(self.timeout_s)
        if not outcome:
            raise WizardError(ErrorCode.KEYCHAIN_LOCKED, detail="timeout")
        kind, value = outcome[0]
        if kind == "ok":
            return value  # type: ignore[no-any-return]
        raise _named(value, missing_ok=missing_ok, label=label) from None


@functools.cache
def process_keychain() -> Keychain:
    """This process's keychain (its backend is chosen on first use and kept)."""
    return Keychain()


def _named(error: BaseException, *, missing_ok: bool, label: str) -> WizardError:
    from keyring import errors

    if isinstance(error, WizardError):
        return error
    if isinstance(error, errors.PasswordDeleteError) and not missing_ok:
        return WizardError(ErrorCode.NOT_FOUND, params={"label": label})
    if isinstance(error, errors.KeyringLocked):
        return WizardError(ErrorCode.KEYCHAIN_LOCKED, detail=type(error).__name__)
    if isinstance(error, errors.InitError) and "dismissed" in str(error).lower():
        return WizardError(ErrorCode.KEYCHAIN_LOCKED, detail="prompt dismissed")
    if isinstance(error, errors.NoKeyringError):
        return WizardError(
            ErrorCode.KEYCHAIN_UNAVAILABLE, params={"details": _missing_backend_advice()}
        )
    reason = str(error).strip() or type(error).__name__
    return WizardError(
        ErrorCode.KEYCHAIN_ERROR, params={"details": reason[:300]}, detail=type(error).__name__
    )

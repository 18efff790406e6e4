"""One program at a time changes the stored keys.

Every change to the store (the key index, the keychain items, the journal of a
change under way) and every read that hands out a secret happens while holding
one lock file in the config folder, across processes and threads: two ``store``
commands, a window and a scheduled check cannot interleave their writes. The lock
is the operating system's own (``flock``/``LockFileEx``, through ``filelock``), so
a process that dies lets go of it at once.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from wizard.errors import ErrorCode, WizardError

LOCK_FILE = "store.lock"
# Long enough for another process's keychain calls (each has its own time limit).
WAIT_S = 60.0


@functools.cache
def _lock(path: Path) -> object:
    from filelock import FileLock

    return FileLock(path, timeout=WAIT_S, mode=0o600, preserve_lock_file=True)


@contextmanager
def store_lock(folder: Path, wait_s: float | None = None) -> Iterator[None]:
    """Hold the store's lock (re-entrant in one thread) or name who holds it."""
    from filelock import Timeout

    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise WizardError(
            ErrorCode.KEYCHAIN_ERROR,
            params={"details": f"the folder {folder} cannot be made ({error.strerror})"},
        ) from None
    lock = _lock(folder / LOCK_FILE)
    try:
        lock.acquire(timeout=WAIT_S if wait_s is None else wait_s)  # type: ignore[attr-defined]
    except Timeout:
        raise WizardError(
            ErrorCode.KEYCHAIN_ERROR,
            params={
                "details": "another Halal Key Wizard is changing the stored keys; "
                "try again when it has finished"
            },
        ) from None
    except OSError as error:
        raise WizardError(
            ErrorCode.KEYCHAIN_ERROR,
            params={"details": f"the store's lock cannot be taken ({error.strerror})"},
        ) from None
    try:
        yield
    finally:
        lock.release()  # type: ignore[attr-defined]

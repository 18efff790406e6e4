"""Shared fixtures: a fresh keychain choice per test, a running Binance simulator
on 127.0.0.1, and the real Secret Service emptied after each test. Helpers that are
not fixtures live in tests/helpers."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from keyring import errors as keyring_errors

from tests.helpers.systemd import systemctl
from wizard.errors import WizardError
from wizard.sim.binance import BinanceVenue
from wizard.sim.server import Simulator
from wizard.store.index import KeyIndex
from wizard.store.keychain import (
    PENDING_SERVICE,
    SERVICE,
    STAGING_SERVICE,
    Keychain,
    choose_backend,
    process_keychain,
)

# Fuzzing profiles: "ci" (the default, every run) and "long" (HYPOTHESIS_PROFILE=long).
settings.register_profile(
    "ci", max_examples=200, deadline=1000, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "long", max_examples=10_000, deadline=1000, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(autouse=True)
def fresh_process_keychain() -> Iterator[None]:
    """Every test starts as a new run of the program does: no keychain chosen yet
    (a test may offer other backends than the one before it)."""
    process_keychain.cache_clear()
    yield
    process_keychain.cache_clear()


@pytest.fixture
def binance_sim() -> Iterator[Simulator]:
    with Simulator(BinanceVenue()) as simulator:
        yield simulator


def _secret_service_available() -> bool:
    try:
        backend = choose_backend()
    except WizardError:
        return False
    return type(backend).__module__ == "keyring.backends.SecretService"


@pytest.fixture
def secret_service(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Keychain]:
    """The real keychain, an empty config folder, and every item removed after."""
    if not _secret_service_available():
        if os.environ.get("HALAL_REQUIRE_SECRET_SERVICE") == "1":
            pytest.fail("no Secret Service: run the tests with scripts/run-tests")
        pytest.skip("no Secret Service in this session")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    chain = process_keychain()
    yield chain
    names = {"binance:bot", "binance:other", "binance:bot~private", "binance:bot~staging"}
    with contextlib.suppress(WizardError):
        names |= {f"{entry.exchange}:{entry.label}" for entry in KeyIndex().load()}
    for service in (SERVICE, STAGING_SERVICE, PENDING_SERVICE):
        for name in names:
            with contextlib.suppress(keyring_errors.PasswordDeleteError):
                chain.backend.delete_password(service, name)


# -- a systemd user manager of the test's own (the scheduled check) -----------------
SYSTEMD = Path("/usr/lib/systemd/systemd")
BOOTED = Path("/run/systemd/system")  # what systemd looks for: "booted with systemd"


def _unavailable(reason: str) -> None:
    if os.environ.get("HALAL_REQUIRE_USER_SYSTEMD") == "1":
        pytest.fail(f"no systemd user manager for the schedule test: {reason}")
    pytest.skip(reason)


@pytest.fixture
def user_systemd(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, secret_service: Keychain
) -> Iterator[None]:
    """A systemd user manager started with the test's environment (its D-Bus session
    and keychain, its config folder), as a desktop session starts one. On a computer
    booted with systemd the person's own manager is left alone (skipped); in a
    container run as root (CI) the marker systemd looks for is made, then removed."""
    if not SYSTEMD.exists() or shutil.which("systemctl") is None:
        _unavailable("systemd is not installed")
    if BOOTED.is_dir():
        _unavailable("this computer runs its own systemd: its user manager is left alone")
    if os.geteuid() != 0:
        _unavailable("a container's systemd user manager needs root to be started here")
    BOOTED.mkdir(parents=True)
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    log = (tmp_path / "manager.log").open("w")
    manager = subprocess.Popen([str(SYSTEMD), "--user"], stdout=log, stderr=log)
    try:
        for _ in range(100):
            state = systemctl("is-system-running", check=False).stdout.strip()
            if state in ("running", "degraded"):
                break
            time.sleep(0.1)
        else:
            pytest.fail(f"the user manager did not start: {state}")
        yield
    finally:
        manager.terminate()
        manager.wait(10)
        log.close()
        BOOTED.rmdir()

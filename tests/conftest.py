"""Shared fixtures: a fresh keychain choice per test, a running Binance simulator
on 127.0.0.1, and the real Secret Service emptied after each test. Helpers that are
not fixtures live in tests/helpers."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from keyring import errors as keyring_errors

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

"""Shared fixtures: a running Binance simulator on 127.0.0.1, and the command line."""

from __future__ import annotations

import contextlib
import io
import json
import os
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from keyring import errors as keyring_errors

from wizard import cli
from wizard.errors import WizardError
from wizard.sim.binance import BinanceVenue
from wizard.sim.scenarios import Scenario
from wizard.sim.server import Simulator
from wizard.store.index import KeyIndex
from wizard.store.keychain import SERVICE, Keychain, choose_backend, process_keychain

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


@dataclass
class CliResult:
    exit_code: int
    stdout: str
    stderr: str

    @property
    def document(self) -> dict[str, Any]:
        parsed = json.loads(self.stdout)
        assert isinstance(parsed, dict)
        return parsed


def run_cli(
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    *,
    api_key: str | None = None,
    secret: str | None = None,
    passphrase: str | None = None,
) -> CliResult:
    """Run the real command line in this process, with the key in the environment."""
    for name, value in (
        (cli.ENV_KEY, api_key),
        (cli.ENV_SECRET, secret),
        (cli.ENV_PASSPHRASE, passphrase),
    ):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = cli.main(args)
        except SystemExit as leave:
            code = leave.code if isinstance(leave.code, int) else 1
    return CliResult(code, out.getvalue(), err.getvalue())


def verify_args(simulator: Simulator, *extra: str) -> list[str]:
    return ["verify", "--exchange", "binance", "--api-url", simulator.base_url, *extra]


def run_scenario(
    monkeypatch: pytest.MonkeyPatch, simulator: Simulator, scenario: Scenario, *extra: str
) -> CliResult:
    return run_cli(
        monkeypatch,
        verify_args(simulator, *extra),
        api_key=scenario.api_key,
        secret=scenario.secret,
    )


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
    for entry in KeyIndex().load():
        with contextlib.suppress(WizardError):
            chain.delete(entry.exchange, entry.label)
    for name in ("binance:bot", "binance:other", "binance:bot~private"):
        with contextlib.suppress(keyring_errors.PasswordDeleteError):
            chain.backend.delete_password(SERVICE, name)


def canary_hits(forms: set[str], texts: list[str], folders: list[Path], since: float) -> list[str]:
    """The forms of a secret found in ``texts`` or in any file written under
    ``folders`` since ``since`` (a canary scan)."""
    found = list(texts)
    for folder in folders:
        for path in folder.rglob("*"):
            try:  # other programs' temporary files come and go while this reads
                if path.is_file() and path.stat().st_mtime >= since:
                    found.append(path.read_bytes().decode("utf-8", "replace"))
            except OSError:
                continue
    return [form for form in forms for text in found if form in text]

"""Rotation survives a crash at every step: a real subprocess dies at each step
boundary, and the next start leaves a working, verified key."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.cli import run_cli, run_program
from wizard.sim.scenarios import binance_scenario
from wizard.sim.server import Simulator
from wizard.store.index import KeyIndex
from wizard.store.keychain import SERVICE, Keychain
from wizard.store.rotation import CRASH_VARIABLE, JOURNAL_FILE, STAGING_SUFFIX, STEPS

OLD = binance_scenario("clean")
NEW = binance_scenario("ed25519")

# After a crash right after each step, which key the label must hold once recovered.
EXPECTED_AFTER_CRASH = {
    "started": OLD,
    "staged": OLD,
    "checked": NEW,
    "swapped": NEW,
    "indexed": NEW,
    "cleaned": NEW,
}


def test_every_step_has_an_expectation() -> None:
    assert set(EXPECTED_AFTER_CRASH) == set(STEPS)


def _wizard(
    args: list[str], stdin: str = "", crash_at: str | None = None
) -> subprocess.CompletedProcess[str]:
    return run_program(
        *args,
        stdin=stdin,
        drop_env=[CRASH_VARIABLE],
        set_env={CRASH_VARIABLE: crash_at} if crash_at is not None else None,
    )


def _store_old(monkeypatch: pytest.MonkeyPatch, sim: Simulator) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{OLD.api_key}\n{OLD.secret}\n"))
    result = run_cli(
        monkeypatch, ["store", "--exchange", "binance", "--label", "bot", "--api-url", sim.base_url]
    )
    assert result.exit_code == 0, result.stderr


def _held_key(chain: Keychain) -> str:
    raw = chain.backend.get_password(SERVICE, "binance:bot")
    assert raw is not None
    return str(json.loads(raw)["apiKey"])


@pytest.mark.slow
@pytest.mark.parametrize("step", STEPS)
def test_a_crash_after_each_step_leaves_a_working_key(
    monkeypatch: pytest.MonkeyPatch,
    binance_sim: Simulator,
    secret_service: Keychain,
    step: str,
) -> None:
    _store_old(monkeypatch, binance_sim)
    crashed = _wizard(
        ["rotate", "--label", "bot", "--api-url", binance_sim.base_url],
        stdin=f"{NEW.api_key}\n{NEW.secret}",
        crash_at=step,
    )
    assert crashed.returncode == 86, crashed.stderr  # it really died at that point

    # The next start settles the rotation, then the key verifies.
    verified = _wizard(["verify", "--label", "bot", "--api-url", binance_sim.base_url, "--json"])
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert json.loads(verified.stdout)["verdict"] == "warn"

    expected = EXPECTED_AFTER_CRASH[step]
    assert _held_key(secret_service) == expected.api_key
    record = KeyIndex().find("bot")
    assert record is not None
    assert record.masked_key == "…" + expected.api_key[-4:]
    assert secret_service.backend.get_password(SERVICE, "binance:bot" + STAGING_SUFFIX) is None
    assert not (KeyIndex().folder / JOURNAL_FILE).exists()


def test_rotation_without_a_crash(
    monkeypatch: pytest.MonkeyPatch,
    binance_sim: Simulator,
    secret_service: Keychain,
) -> None:
    _store_old(monkeypatch, binance_sim)
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{NEW.api_key}\n{NEW.secret}"))
    result = run_cli(monkeypatch, ["rotate", "--label", "bot", "--api-url", binance_sim.base_url])
    assert result.exit_code == 0, result.stderr
    assert "delete the old key" in result.stdout
    assert _held_key(secret_service) == NEW.api_key
    assert KeyIndex().find("bot").key_type == "ed25519"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("scenario", "words"),
    [("clean", "the key that is stored already"), ("futures", "not stored")],
    ids=["same-key", "critical-key"],
)
def test_rotation_refusals_keep_the_old_key(
    monkeypatch: pytest.MonkeyPatch,
    binance_sim: Simulator,
    secret_service: Keychain,
    scenario: str,
    words: str,
    tmp_path: Path,
) -> None:
    _store_old(monkeypatch, binance_sim)
    new = binance_scenario(scenario)
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{new.api_key}\n{new.secret}\n"))
    result = run_cli(monkeypatch, ["rotate", "--label", "bot", "--api-url", binance_sim.base_url])
    assert result.exit_code == 1
    assert words in result.stderr
    assert _held_key(secret_service) == OLD.api_key

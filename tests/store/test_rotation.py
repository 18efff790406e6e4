"""Every change of the store survives a crash at every step: a real subprocess dies
at each step boundary of keep, replace and remove, and the next start leaves the
store as before or as after the change, never in between."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.cli import run_cli, run_program, store_key
from wizard.sim.scenarios import binance_scenario
from wizard.sim.server import Simulator
from wizard.store.changes import CRASH_POINTS, CRASH_VARIABLE, JOURNAL_FILE
from wizard.store.index import KeyIndex
from wizard.store.keychain import SERVICE, STAGING_SERVICE, Keychain

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
    assert set(EXPECTED_AFTER_CRASH) == set(CRASH_POINTS["replace"])


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
    result = store_key(monkeypatch, sim, OLD)
    assert result.exit_code == 0, result.stderr


def _held_key(chain: Keychain) -> str:
    raw = chain.backend.get_password(SERVICE, "binance:bot")
    assert raw is not None
    return str(json.loads(raw)["apiKey"])


@pytest.mark.slow
@pytest.mark.parametrize("step", CRASH_POINTS["replace"])
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
        crash_at=f"replace:{step}",
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
    assert secret_service.backend.get_password(STAGING_SERVICE, "binance:bot") is None
    assert not (KeyIndex().folder / JOURNAL_FILE).exists()


# After a crash right after each step of keeping a key, whether it is stored.
KEEP_AFTER_CRASH = {"started": False, "written": True, "indexed": True}


@pytest.mark.slow
@pytest.mark.parametrize("step", CRASH_POINTS["keep"])
def test_a_crash_while_keeping_leaves_the_key_stored_whole_or_not_at_all(
    binance_sim: Simulator, secret_service: Keychain, step: str
) -> None:
    crashed = _wizard(
        ["store", "--exchange", "binance", "--label", "bot", "--api-url", binance_sim.base_url],
        stdin=f"{OLD.api_key}\n{OLD.secret}\n",
        crash_at=f"keep:{step}",
    )
    assert crashed.returncode == 86, crashed.stderr
    listed = _wizard(["list", "--json"])
    assert listed.returncode == 0, listed.stderr
    labels = [entry["label"] for entry in json.loads(listed.stdout)]
    held = secret_service.backend.get_password(SERVICE, "binance:bot")
    if KEEP_AFTER_CRASH[step]:
        assert labels == ["bot"]
        assert held is not None
        assert json.loads(held)["apiKey"] == OLD.api_key
    else:  # neither a listed key without its secret, nor a secret nobody lists
        assert labels == []
        assert held is None
    assert not (KeyIndex().folder / JOURNAL_FILE).exists()


@pytest.mark.slow
@pytest.mark.parametrize("step", CRASH_POINTS["remove"])
def test_a_crash_while_removing_finishes_the_removal(
    monkeypatch: pytest.MonkeyPatch, binance_sim: Simulator, secret_service: Keychain, step: str
) -> None:
    _store_old(monkeypatch, binance_sim)
    crashed = _wizard(["remove", "--label", "bot"], crash_at=f"remove:{step}")
    assert crashed.returncode == 86, crashed.stderr
    listed = _wizard(["list", "--json"])
    assert json.loads(listed.stdout) == []
    assert secret_service.backend.get_password(SERVICE, "binance:bot") is None
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

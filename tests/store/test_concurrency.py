"""Two programs change the store at once: real processes started together, each
pair repeated. Whatever the timing, no key is silently replaced, lost, or left
listed without its secret (or kept in the keychain without being listed)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Sequence

import pytest

from tests.helpers.cli import run_program
from wizard.sim.scenarios import Scenario, binance_scenario
from wizard.sim.server import Simulator
from wizard.store.changes import JOURNAL_FILE
from wizard.store.index import KeyIndex, key_fingerprint
from wizard.store.keychain import SERVICE, STAGING_SERVICE, Keychain
from wizard.store.lock import store_lock

FIRST, SECOND, THIRD = (binance_scenario(name) for name in ("clean", "ed25519", "read_only"))
ROUNDS = range(int(os.environ.get("CONCURRENCY_ROUNDS", "5")))  # the benchmark asks for more


def _start(args: Sequence[str], stdin: str) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "wizard", *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdin is not None
    process.stdin.write(stdin)
    process.stdin.close()
    process.stdin = None  # given whole: communicate() only reads
    return process


def _together(*runs: tuple[Sequence[str], Scenario]) -> list[tuple[int, str]]:
    """Start every run at once; their exit codes and error output, in order."""
    processes = [_start(args, f"{key.api_key}\n{key.secret}\n") for args, key in runs]
    finished = []
    for process in processes:
        _, err = process.communicate(timeout=120)
        finished.append((process.returncode, err))
    return finished


def _store(sim: Simulator, label: str) -> list[str]:
    return ["store", "--exchange", "binance", "--label", label, "--api-url", sim.base_url]


def _assert_consistent(chain: Keychain) -> dict[str, str]:
    """Every listed key has its very secret, no other item of ours is left, no
    change is pending; returns label -> fingerprint of the key held."""
    held = {}
    for record in KeyIndex().load():
        raw = chain.backend.get_password(SERVICE, f"binance:{record.label}")
        assert raw is not None, f"{record.label} is listed without its secret"
        fingerprint = key_fingerprint(json.loads(raw)["apiKey"])
        assert fingerprint == record.fingerprint, f"{record.label}: index and keychain disagree"
        assert chain.backend.get_password(STAGING_SERVICE, f"binance:{record.label}") is None
        held[record.label] = fingerprint
    assert not (KeyIndex().folder / JOURNAL_FILE).exists()
    assert not list(KeyIndex().folder.glob(".*.tmp")), "a temporary file was left behind"
    return held


def _no_traceback(*errors: str) -> None:
    for err in errors:
        assert "Traceback" not in err, err


@pytest.mark.slow
@pytest.mark.parametrize("round_", ROUNDS)
def test_two_stores_on_one_label_store_one_and_refuse_the_other(
    binance_sim: Simulator, secret_service: Keychain, round_: int
) -> None:
    (code_a, err_a), (code_b, err_b) = _together(
        (_store(binance_sim, "bot"), FIRST), (_store(binance_sim, "bot"), SECOND)
    )
    _no_traceback(err_a, err_b)
    assert sorted((code_a, code_b)) == [0, 1], (err_a, err_b)
    refused = err_b if code_a == 0 else err_a
    assert "is stored already" in refused
    winner = FIRST if code_a == 0 else SECOND
    assert _assert_consistent(secret_service) == {"bot": key_fingerprint(winner.api_key)}


@pytest.mark.slow
@pytest.mark.parametrize("round_", ROUNDS)
def test_two_stores_on_two_labels_keep_both(
    binance_sim: Simulator, secret_service: Keychain, round_: int
) -> None:
    results = _together((_store(binance_sim, "bot"), FIRST), (_store(binance_sim, "other"), SECOND))
    _no_traceback(*(err for _, err in results))
    assert [code for code, _ in results] == [0, 0], results
    assert _assert_consistent(secret_service) == {
        "bot": key_fingerprint(FIRST.api_key),
        "other": key_fingerprint(SECOND.api_key),
    }


@pytest.mark.slow
@pytest.mark.parametrize("round_", ROUNDS)
def test_two_rotations_of_one_label_leave_index_and_keychain_agreeing(
    binance_sim: Simulator, secret_service: Keychain, round_: int
) -> None:
    stored = run_program(*_store(binance_sim, "bot"), stdin=f"{FIRST.api_key}\n{FIRST.secret}\n")
    assert stored.returncode == 0, stored.stderr
    rotate = ["rotate", "--label", "bot", "--api-url", binance_sim.base_url]
    results = _together((rotate, SECOND), (rotate, THIRD))
    _no_traceback(*(err for _, err in results))
    # Both may replace in turn; the one that came last is the key the label holds.
    assert all(code in (0, 1) for code, _ in results), results
    assert any(code == 0 for code, _ in results), results
    held = _assert_consistent(secret_service)
    assert held["bot"] in {key_fingerprint(SECOND.api_key), key_fingerprint(THIRD.api_key)}


def test_recovery_waits_for_the_program_that_is_changing_the_store(
    binance_sim: Simulator, secret_service: Keychain
) -> None:
    """A journal of a change under way is another program's business while that
    program holds the lock: a reader waits instead of rolling it back."""
    stored = run_program(*_store(binance_sim, "bot"), stdin=f"{FIRST.api_key}\n{FIRST.secret}\n")
    assert stored.returncode == 0, stored.stderr
    folder = KeyIndex().folder
    journal = {
        "operation": "remove",
        "label": "bot",
        "exchange": "binance",
        "step": "started",
        "record": json.loads((folder / "keys.json").read_text())["keys"][0],
    }
    with store_lock(folder):
        (folder / JOURNAL_FILE).write_text(json.dumps(journal))
        reader = subprocess.Popen(
            [sys.executable, "-m", "wizard", "list", "--json"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=dict(os.environ),
        )
        time.sleep(2.0)
        assert reader.poll() is None, "the reader did not wait for the lock"
        assert (folder / JOURNAL_FILE).exists()
        assert KeyIndex().find("bot") is not None
        # The "other program" finishes its change as it planned: nothing to settle.
        (folder / JOURNAL_FILE).unlink()
    out, err = reader.communicate(timeout=60)
    assert reader.returncode == 0, err
    assert [entry["label"] for entry in json.loads(out)] == ["bot"]
    assert "interrupted change" not in err
    _assert_consistent(secret_service)

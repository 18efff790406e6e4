"""``schedule``: the per-user job really installed in a systemd user manager of the
test's own (the ``user_systemd`` fixture), triggered once as its timer would, and
removed again."""

from __future__ import annotations

import pytest

from tests.helpers.cli import run_cli, store_key
from tests.helpers.systemd import systemctl
from wizard.schedule import JOB, systemd_folder
from wizard.sim.scenarios import BINANCE_SCENARIOS
from wizard.sim.server import Simulator
from wizard.store.index import KeyIndex
from wizard.store.keychain import Keychain

CLEAN = next(s for s in BINANCE_SCENARIOS if s.name == "clean")


def test_schedule_weekly_installs_a_timer_that_really_runs_check_all(
    monkeypatch: pytest.MonkeyPatch,
    binance_sim: Simulator,
    secret_service: Keychain,
    user_systemd: None,
) -> None:
    assert store_key(monkeypatch, binance_sim, CLEAN).exit_code == 0

    installed = run_cli(monkeypatch, ["schedule", "--weekly"])
    assert installed.exit_code == 0, installed.stderr
    assert "weekly" in installed.stdout
    assert systemctl("is-enabled", f"{JOB}.timer").stdout.strip() == "enabled"
    assert systemctl("is-active", f"{JOB}.timer").stdout.strip() == "active"
    timers = systemctl("list-timers", "--all", "--no-pager").stdout
    assert f"{JOB}.timer" in timers

    # Triggered once, as the timer does on Monday morning: check --all runs from the
    # keychain alone and records its check in the key's history (the exchange here is
    # the real address, which a test machine may not reach: either answer is a check).
    started = systemctl("start", f"{JOB}.service", check=False)
    assert started.returncode == 0, started.stderr
    (record,) = KeyIndex().load()
    assert len(record.history) == 1, systemctl("status", f"{JOB}.service", check=False).stdout
    assert record.history[0]["verdict"] is not None or record.history[0]["error"]

    removed = run_cli(monkeypatch, ["schedule", "--off"])
    assert removed.exit_code == 0
    assert not (systemd_folder() / f"{JOB}.timer").exists()
    assert not (systemd_folder() / f"{JOB}.service").exists()
    assert systemctl("is-enabled", f"{JOB}.timer", check=False).returncode != 0

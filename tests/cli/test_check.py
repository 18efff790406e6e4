"""``check``: stored keys verified again from the keychain alone, compared with what
was recorded at the last check, the history kept in the key index (never a secret),
and a desktop notification sent to the session's notification service when
something changed. The exchange is the Binance simulator; a permission is switched
on there between two runs, as a person (or someone else) would on the exchange."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from tests.helpers.cli import CliResult, run_cli, store_key
from tests.helpers.notifications import Received, notification_service
from wizard.checkup import EXIT_CHANGED, HISTORY_LENGTH
from wizard.sim.scenarios import BINANCE_SCENARIOS, Scenario
from wizard.sim.server import Simulator
from wizard.store.index import KeyIndex
from wizard.store.keychain import Keychain

CLEAN = next(s for s in BINANCE_SCENARIOS if s.name == "clean")


@pytest.fixture
def notifications() -> Iterator[list[Received]]:
    with notification_service() as received:
        yield received


def _check(monkeypatch: pytest.MonkeyPatch, simulator: Simulator, *extra: str) -> CliResult:
    return run_cli(
        monkeypatch, ["check", "--all", "--json", "--api-url", simulator.base_url, *extra]
    )


def _switch(simulator: Simulator, **changes: object) -> None:
    """What the exchange now says of the clean practice key."""
    venue = simulator.venue
    scenario: Scenario = venue.scenarios[CLEAN.api_key]  # type: ignore[attr-defined]
    venue.scenarios[CLEAN.api_key] = replace(scenario, **changes)  # type: ignore[attr-defined]


def _changed_fields(result: CliResult) -> set[str]:
    (key,) = result.document["keys"]
    return {change["field"] for change in key["changes"]}


def test_a_permission_switched_on_between_two_checks_is_found_and_told(
    monkeypatch: pytest.MonkeyPatch,
    binance_sim: Simulator,
    secret_service: Keychain,
    notifications: list[Received],
) -> None:
    assert store_key(monkeypatch, binance_sim, CLEAN).exit_code == 0

    first = _check(monkeypatch, binance_sim)
    assert first.exit_code == 0, first.stdout + first.stderr
    assert first.document["keys"][0]["changes"] == []  # a starting point, not a change
    assert notifications == []

    # Someone takes the IP restriction off the key: a warning, and a change.
    _switch(binance_sim, allowed_ips=None)
    second = _check(monkeypatch, binance_sim)
    assert second.exit_code == EXIT_CHANGED, second.stdout + second.stderr
    assert {"permission.ip_restricted", "finding.ip_unrestricted"} <= _changed_fields(second)
    (told,) = notifications
    assert told.summary == "Key bot: a new warning"
    assert "changed on Binance" in told.body
    assert CLEAN.api_key not in told.summary + told.body  # never the key, nor its secret
    assert CLEAN.secret not in told.summary + told.body

    # Then withdrawals switched on: the key fails the policy (1 before 3, DESIGN.md).
    _switch(binance_sim, restrictions={**CLEAN.restrictions, "enableWithdrawals": True})
    third = _check(monkeypatch, binance_sim)
    assert third.exit_code == 1
    (key,) = third.document["keys"]
    assert key["verdict"] == "fail"
    assert {"field": "permission.withdraw", "before": "no", "after": "yes"} in key["changes"]
    assert len(notifications) == 2
    assert notifications[1].urgency == 2  # critical

    # A clean run after that changes nothing and tells nothing.
    fourth = _check(monkeypatch, binance_sim)
    assert fourth.exit_code == 1  # still failing, as the exchange still says
    assert fourth.document["keys"][0]["changes"] == []
    assert len(notifications) == 2


def test_a_clean_second_run_changes_nothing(
    monkeypatch: pytest.MonkeyPatch,
    binance_sim: Simulator,
    secret_service: Keychain,
    notifications: list[Received],
) -> None:
    store_key(monkeypatch, binance_sim, CLEAN)
    assert _check(monkeypatch, binance_sim).exit_code == 0
    again = _check(monkeypatch, binance_sim)
    assert again.exit_code == 0
    assert again.document["keys"][0]["changes"] == []
    assert notifications == []
    (record,) = KeyIndex().load()
    verdicts = [entry["verdict"] for entry in record.history]
    assert len(verdicts) == 2
    assert verdicts[0] == verdicts[1] != "fail"
    assert record.last_check["permission.withdraw"] == "no"


def test_the_history_keeps_the_newest_checks_and_no_secret(
    monkeypatch: pytest.MonkeyPatch,
    binance_sim: Simulator,
    secret_service: Keychain,
    notifications: list[Received],
) -> None:
    store_key(monkeypatch, binance_sim, CLEAN)
    index = KeyIndex()
    (record,) = index.load()
    old = [{"checked_at": "2026-01-01T00:00:00+00:00", "verdict": "pass", "changes": []}]
    index.update(record.label, history=old * HISTORY_LENGTH)
    _check(monkeypatch, binance_sim)
    (record,) = index.load()
    assert len(record.history) == HISTORY_LENGTH
    assert record.history[-1]["checked_at"].startswith("20")
    assert record.history[-1]["checked_at"] != old[0]["checked_at"]
    text = index.path.read_text(encoding="utf-8")
    assert CLEAN.secret not in text
    assert CLEAN.api_key not in text


def test_a_key_the_exchange_no_longer_accepts_is_told_and_not_verified(
    monkeypatch: pytest.MonkeyPatch,
    binance_sim: Simulator,
    secret_service: Keychain,
    notifications: list[Received],
) -> None:
    store_key(monkeypatch, binance_sim, CLEAN)
    _check(monkeypatch, binance_sim)
    del binance_sim.venue.scenarios[CLEAN.api_key]  # type: ignore[attr-defined]
    result = _check(monkeypatch, binance_sim)
    assert result.exit_code == 2
    (key,) = result.document["keys"]
    assert key["verdict"] is None
    assert key["error"] == "invalid_credentials"
    (told,) = notifications
    assert told.summary == "Key bot no longer works"
    (record,) = KeyIndex().load()
    assert record.history[-1]["error"] == "invalid_credentials"
    assert record.last_check["permission.withdraw"] == "no"  # what the next check compares with


def test_keys_are_checked_at_once(
    monkeypatch: pytest.MonkeyPatch, secret_service: Keychain, notifications: list[Received]
) -> None:
    """Two stored keys: the simulator answers nothing until the requests of both keys'
    verifications have arrived, so a check that verified one key after the other would
    wait in vain (and fail)."""
    from wizard.sim.binance import BinanceVenue

    other = next(s for s in BINANCE_SCENARIOS if s.name == "read_only")
    with Simulator(BinanceVenue()) as simulator:
        assert store_key(monkeypatch, simulator, CLEAN).exit_code == 0
        assert store_key(monkeypatch, simulator, other, label="other").exit_code == 0
        both_keys = len(simulator.recorded)  # the requests of both verifications
    with Simulator(BinanceVenue(), hold_until=both_keys) as simulator:
        result = _check(monkeypatch, simulator)
    assert {key["label"] for key in result.document["keys"]} == {"bot", "other"}
    assert all(key["verdict"] is not None for key in result.document["keys"]), result.stdout


def test_check_needs_a_label_or_all(monkeypatch: pytest.MonkeyPatch) -> None:
    assert run_cli(monkeypatch, ["check"]).exit_code == 64
    assert run_cli(monkeypatch, ["check", "--all", "--label", "bot"]).exit_code == 64

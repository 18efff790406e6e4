"""``audit``: the account's own records on the Kraken simulator read with the
stored key (its query permissions only), each non-spot event planted in a practice
history found, and none in the clean one."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from dataclasses import replace

import pytest

from tests.helpers.cli import CliResult, run_cli
from wizard.sim.kraken import KRAKEN_SCENARIOS, KrakenScenario, KrakenVenue
from wizard.sim.okx import OKX_SCENARIOS, OkxVenue
from wizard.sim.server import Simulator
from wizard.store.keychain import Keychain

CLEAN = KRAKEN_SCENARIOS[0]
OKX_CLEAN = OKX_SCENARIOS[0]
HISTORIES = {
    name: replace(CLEAN, name=f"history-{name}", history=name)
    for name in ("clean", "margin_loan", "earn", "futures_transfer")
}


@pytest.fixture
def kraken() -> Iterator[Simulator]:
    with Simulator(KrakenVenue((*KRAKEN_SCENARIOS, *HISTORIES.values()))) as simulator:
        yield simulator


def _store(monkeypatch: pytest.MonkeyPatch, simulator: Simulator, key: KrakenScenario) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{key.api_key}\n{key.secret}\n"))
    stored = run_cli(
        monkeypatch,
        ["store", "--exchange", "kraken", "--label", "bot", "--api-url", simulator.base_url],
    )
    assert stored.exit_code == 0, stored.stdout + stored.stderr


def _audit(monkeypatch: pytest.MonkeyPatch, simulator: Simulator, *extra: str) -> CliResult:
    return run_cli(
        monkeypatch, ["audit", "--label", "bot", "--api-url", simulator.base_url, *extra]
    )


def _kinds(result: CliResult) -> list[str]:
    return [finding["kind"] for finding in result.document["findings"]]


def test_a_clean_month_is_nothing_but_spot(
    monkeypatch: pytest.MonkeyPatch, kraken: Simulator, secret_service: Keychain
) -> None:
    _store(monkeypatch, kraken, HISTORIES["clean"])
    result = _audit(monkeypatch, kraken, "--json")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert result.document["findings"] == []
    assert result.document["requests"] == 4  # ledger, trades, orders, positions
    assert any("Kraken Futures" in text for text in result.document["not_visible"])
    said = _audit(monkeypatch, kraken)
    assert "nothing but spot trades" in said.stdout


@pytest.mark.parametrize(
    ("history", "expected"),
    [
        (
            "margin_loan",
            ["margin_loan", "non_spot_order", "non_spot_order", "margin_interest", "margin_loan"],
        ),
        ("earn", ["earn_subscription", "earn_subscription", "earn_subscription"]),
        ("futures_transfer", ["derivatives_activity"]),
    ],
)
def test_each_planted_event_is_found(
    monkeypatch: pytest.MonkeyPatch,
    kraken: Simulator,
    secret_service: Keychain,
    history: str,
    expected: list[str],
) -> None:
    _store(monkeypatch, kraken, HISTORIES[history])
    result = _audit(monkeypatch, kraken, "--json")
    assert result.exit_code == 1, result.stdout + result.stderr
    assert sorted(_kinds(result)) == sorted(expected)
    assert all(finding["at"] for finding in result.document["findings"])
    text = _audit(monkeypatch, kraken).stdout
    assert "riba" in text or "derivatives" in text


def test_a_shorter_period_leaves_older_events_out(
    monkeypatch: pytest.MonkeyPatch, kraken: Simulator, secret_service: Keychain
) -> None:
    _store(monkeypatch, kraken, HISTORIES["earn"])  # staked 15 days ago, reward 8 days ago
    result = _audit(monkeypatch, kraken, "--json", "--days", "10")
    assert _kinds(result) == ["earn_subscription"]


def test_an_exchange_whose_records_are_not_read_yet_says_so(
    monkeypatch: pytest.MonkeyPatch, binance_sim: Simulator, secret_service: Keychain
) -> None:
    from tests.helpers.cli import store_key
    from wizard.sim.scenarios import BINANCE_SCENARIOS

    store_key(monkeypatch, binance_sim, BINANCE_SCENARIOS[0])
    sent_before = len(binance_sim.recorded)
    result = run_cli(monkeypatch, ["audit", "--label", "bot", "--api-url", binance_sim.base_url])
    assert result.exit_code == 2
    assert "not read yet" in result.stderr
    assert len(binance_sim.recorded) == sent_before  # nothing was sent


OKX_HISTORIES = {
    name: replace(OKX_CLEAN, name=f"history-{name}", history=name)
    for name in ("clean", "margin_loan", "earn", "futures")
}


@pytest.fixture
def okx() -> Iterator[Simulator]:
    with Simulator(OkxVenue((*OKX_SCENARIOS, *OKX_HISTORIES.values()))) as simulator:
        yield simulator


@pytest.mark.parametrize(
    ("history", "expected"),
    [
        ("clean", []),  # funding -> trading and spot fills: what every spot trader does
        ("margin_loan", ["margin_loan", "margin_interest", "non_spot_order"]),
        ("earn", ["earn_subscription"]),
        ("futures", ["derivatives_activity", "derivatives_activity", "derivatives_position"]),
    ],
)
def test_okx_each_planted_event_is_found(
    monkeypatch: pytest.MonkeyPatch,
    okx: Simulator,
    secret_service: Keychain,
    history: str,
    expected: list[str],
) -> None:
    key = OKX_HISTORIES[history]
    monkeypatch.setattr(
        sys, "stdin", io.StringIO(f"{key.api_key}\n{key.secret}\n{key.passphrase}\n")
    )
    stored = run_cli(
        monkeypatch, ["store", "--exchange", "okx", "--label", "bot", "--api-url", okx.base_url]
    )
    assert stored.exit_code == 0, stored.stdout + stored.stderr
    result = _audit(monkeypatch, okx, "--json")
    assert sorted(_kinds(result)) == sorted(expected), result.stdout
    assert result.exit_code == (1 if expected else 0)
    assert result.document["requests"] == 3  # two ledgers and the positions, at once

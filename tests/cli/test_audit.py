"""``audit``: the account's own records on each simulator read with the stored key
(its read permissions only): each non-spot event planted in a practice history
found, and none in the clean one."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest

from tests.helpers.cli import CliResult, run_cli
from wizard.sim.catalog import SIMULATED_EXCHANGES, make_venue, practice_accounts
from wizard.sim.kraken import KRAKEN_SCENARIOS, KrakenVenue
from wizard.sim.server import Simulator
from wizard.store.keychain import Keychain

# What each practice history holds besides spot trades, as the audit names it.
PLANTED: dict[str, dict[str, list[str]]] = {
    "binance": {
        "clean": [],
        "margin_loan": ["margin_loan", "margin_interest", "margin_loan"],
        "earn": ["earn_subscription"],
        "futures_transfer": ["derivatives_activity"],
        "withdrawal": ["withdrawal"],
    },
    "kraken": {
        "clean": [],
        "margin_loan": [
            "margin_loan",
            "margin_interest",
            "non_spot_order",
            "non_spot_order",
            "margin_loan",
        ],
        "earn": ["earn_subscription", "earn_subscription", "earn_subscription"],
        "futures_transfer": ["derivatives_activity"],
    },
    "okx": {
        "clean": [],
        "margin_loan": ["margin_loan", "margin_interest", "non_spot_order"],
        "earn": ["earn_subscription"],
        "futures": ["derivatives_activity", "derivatives_activity", "derivatives_position"],
    },
    "bybit": {
        "clean": [],
        "margin_loan": ["margin_interest"],
        "earn": ["earn_subscription"],
        "futures": ["derivatives_activity", "derivatives_activity", "derivatives_position"],
    },
    "coinbase": {
        "clean": [],
        "earn": ["earn_subscription"],
        "futures": ["derivatives_activity", "derivatives_activity", "derivatives_position"],
        "withdrawal": ["withdrawal"],
    },
}
# Requests for 30 quiet days.
REQUESTS = {
    "binance": 5 + 1 + 1 + 2 + 1 + 5,  # borrowing by week, interest, loans, Earn, withdrawals,
    # and five transfer directions
    "kraken": 4,
    "okx": 3,
    "bybit": 5 + 4 + 2,
    "coinbase": 3 + 4,  # the four sample wallets
}


def _keys(exchange: str) -> dict[str, Any]:
    """The practice accounts (as practice mode offers them), by history."""
    return {key.history: key for key in practice_accounts(exchange)}  # type: ignore[attr-defined]


def test_every_practice_history_is_audited_here() -> None:
    assert {exchange: set(_keys(exchange)) for exchange in SIMULATED_EXCHANGES} == {
        exchange: set(planted) for exchange, planted in PLANTED.items()
    }


@pytest.fixture
def simulators() -> Iterator[dict[str, Simulator]]:
    running = {}
    for exchange in SIMULATED_EXCHANGES:
        running[exchange] = Simulator(make_venue(exchange))
        running[exchange].start()
    yield running
    for simulator in running.values():
        simulator.stop()


def _store(monkeypatch: pytest.MonkeyPatch, simulator: Simulator, exchange: str, key: Any) -> None:
    lines = [key.api_key, key.secret, *([key.passphrase] if key.passphrase else [])]
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(lines) + "\n"))
    stored = run_cli(
        monkeypatch,
        ["store", "--exchange", exchange, "--label", "bot", "--api-url", simulator.base_url],
    )
    assert stored.exit_code == 0, stored.stdout + stored.stderr


def _audit(monkeypatch: pytest.MonkeyPatch, simulator: Simulator, *extra: str) -> CliResult:
    return run_cli(
        monkeypatch, ["audit", "--label", "bot", "--api-url", simulator.base_url, *extra]
    )


def _kinds(result: CliResult) -> list[str]:
    return sorted(finding["kind"] for finding in result.document["findings"])


@pytest.mark.parametrize(
    ("exchange", "history"),
    [(exchange, history) for exchange, planted in PLANTED.items() for history in planted],
)
def test_each_planted_event_is_found_and_none_in_a_clean_month(
    monkeypatch: pytest.MonkeyPatch,
    simulators: dict[str, Simulator],
    secret_service: Keychain,
    exchange: str,
    history: str,
) -> None:
    simulator = simulators[exchange]
    _store(monkeypatch, simulator, exchange, _keys(exchange)[history])
    result = _audit(monkeypatch, simulator, "--json")
    expected = sorted(PLANTED[exchange][history])
    assert _kinds(result) == expected, result.stdout + result.stderr
    assert result.exit_code == (1 if expected else 0)
    assert result.document["requests"] == REQUESTS[exchange]
    assert all(finding["at"] for finding in result.document["findings"])
    assert result.document["read"]
    assert result.document["not_visible"]
    said = _audit(monkeypatch, simulator).stdout
    if not expected:
        assert "nothing but spot trades" in said
    else:
        assert f"{len(expected)} finding(s)" in said


def test_a_shorter_period_leaves_older_events_out(
    monkeypatch: pytest.MonkeyPatch, simulators: dict[str, Simulator], secret_service: Keychain
) -> None:
    simulator = simulators["kraken"]
    _store(monkeypatch, simulator, "kraken", _keys("kraken")["earn"])  # 15 and 8 days ago
    result = _audit(monkeypatch, simulator, "--json", "--days", "10")
    assert _kinds(result) == ["earn_subscription"]


def test_days_are_a_number_from_1_to_365(monkeypatch: pytest.MonkeyPatch) -> None:
    for days in ("0", "366", "-3", "ten"):
        assert run_cli(monkeypatch, ["audit", "--label", "bot", "--days", days]).exit_code == 64


def test_records_the_key_may_not_read_are_never_taken_as_clean(
    monkeypatch: pytest.MonkeyPatch, secret_service: Keychain
) -> None:
    """A Kraken key without "Query Ledger Entries": the ledger is refused, and the
    audit says it could not audit rather than "nothing but spot"."""
    clean = KRAKEN_SCENARIOS[0]
    no_ledger = replace(
        clean,
        name="no-ledger",
        permissions=tuple(p for p in clean.permissions if p != "query-ledger"),
    )
    with Simulator(KrakenVenue((no_ledger,))) as simulator:
        _store(monkeypatch, simulator, "kraken", no_ledger)
        result = _audit(monkeypatch, simulator, "--json")
    assert result.exit_code == 2, result.stdout
    assert "nothing but spot" not in result.stdout
    assert result.document["error"]["code"]


def test_the_report_is_a_pdf_beside_its_json_twin(
    monkeypatch: pytest.MonkeyPatch,
    simulators: dict[str, Simulator],
    secret_service: Keychain,
    tmp_path: Any,
) -> None:
    import hashlib
    import json

    from tests.helpers.cli import run_apart

    simulator = simulators["okx"]
    _store(monkeypatch, simulator, "okx", _keys("okx")["margin_loan"])
    pdf = tmp_path / "audit.pdf"
    # A program of its own, as a person runs it: the PDF needs Qt's fonts, and a Qt
    # application made for them stays for the rest of a process.
    result = run_apart(
        "audit", "--label", "bot", "--api-url", simulator.base_url, "--json", "--report", str(pdf)
    )
    assert result.exit_code == 1
    assert pdf.read_bytes().startswith(b"%PDF")
    twin_text = pdf.with_suffix(".json").read_text(encoding="utf-8")
    twin = json.loads(twin_text)
    assert twin["findings"] == result.document["findings"]
    assert twin["report"] == "Halal Key Wizard audit report"
    assert hashlib.sha256(twin_text.encode()).hexdigest() in result.stderr
    # A report whose folder does not exist is refused before anything is sent.
    sent = len(simulator.recorded)
    missing = _audit(monkeypatch, simulator, "--report", str(tmp_path / "no" / "audit.pdf"))
    assert missing.exit_code == 64
    assert len(simulator.recorded) == sent


def test_each_answer_is_told_as_it_comes(simulators: dict[str, Simulator]) -> None:
    """The progress a window shows: how many answers have come, after each one."""
    from wizard.audit.service import audit_key_blocking
    from wizard.verify.model import Credentials

    key = _keys("binance")["clean"]
    heard: list[int] = []
    report = audit_key_blocking(
        "bot",
        "binance",
        Credentials(key.api_key, key.secret),
        days=30,
        api_url=simulators["binance"].base_url,
        answered=heard.append,
    )
    assert heard == list(range(1, REQUESTS["binance"] + 1))
    assert report.requests == REQUESTS["binance"]

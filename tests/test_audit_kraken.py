"""Kraken's records read as an audit reads them: free of the network. What is not
known to be spot is a finding, never left out."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from wizard.audit.kraken import (
    LEDGER_KINDS,
    SPOT_TYPES,
    ledger_findings,
    order_findings,
    trade_findings,
)
from wizard.audit.model import KINDS
from wizard.sim.kraken_history import HISTORIES, records

NOW_S = 1_796_000_000


def _entry(kind: str, asset: str = "ZUSD", subtype: str = "") -> dict[str, object]:
    return {"time": NOW_S, "type": kind, "subtype": subtype, "asset": asset, "amount": "1"}


@given(st.text(min_size=1, max_size=12), st.text(max_size=12))
def test_every_ledger_entry_is_spot_or_a_finding_of_a_known_kind(kind: str, subtype: str) -> None:
    found = ledger_findings({"L1": _entry(kind, subtype=subtype)})
    if kind in SPOT_TYPES:
        assert found == []
    else:
        (finding,) = found
        assert finding.kind in KINDS


def test_unknown_entries_and_earn_balances_are_findings() -> None:
    (unknown,) = ledger_findings({"L1": _entry("nfttrade")})
    assert "does not know" in unknown.detail
    (earn,) = ledger_findings({"L2": _entry("trade", asset="DOT.S")})
    assert earn.kind == "earn_subscription"
    assert ledger_findings({"L3": _entry("trade", asset="XXBT")}) == []
    assert {kind for kind, _ in LEDGER_KINDS.values()} <= set(KINDS)


def test_leverage_makes_an_order_or_a_trade_a_finding() -> None:
    spot = {"descr": {"leverage": "none"}, "opentm": NOW_S}
    margin = {"descr": {"leverage": "3:1", "pair": "XBTUSD"}, "opentm": NOW_S}
    assert [f.detail for f in order_findings({"O1": spot, "O2": margin})] == [
        "a  order with leverage 3:1 (O2)"
    ]
    assert trade_findings({"T1": {"margin": "0.0", "time": NOW_S}}) == []
    (trade,) = trade_findings({"T2": {"margin": "12.5", "time": NOW_S, "type": "sell"}})
    assert trade.kind == "non_spot_order"
    assert trade.at == datetime.fromtimestamp(NOW_S, UTC)


def test_the_clean_practice_month_is_all_spot() -> None:
    clean = records("clean", NOW_S)
    assert ledger_findings(clean["ledger"]) == []
    assert trade_findings(clean["trades"]) == []
    assert order_findings(clean["closed"]) == []
    assert clean["positions"] == {}
    assert set(HISTORIES) == {"clean", "margin_loan", "earn", "futures_transfer"}

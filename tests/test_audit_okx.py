"""OKX's bills read as an audit reads them: free of the network. What is not known
to be spot is a finding; the person's own funding-trading transfers are not."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from wizard.audit.model import KINDS
from wizard.audit.okx import funding_findings, position_findings, trading_findings
from wizard.sim.okx_history import records

NOW_MS = 1_796_000_000_000


@given(st.text(min_size=1, max_size=4), st.sampled_from(["SPOT", "MARGIN", "SWAP", "OPTION", ""]))
def test_every_trading_bill_is_spot_or_a_finding_of_a_known_kind(kind: str, inst: str) -> None:
    bill = {"type": kind, "instType": inst, "ts": str(NOW_MS), "billId": "1"}
    found = trading_findings([bill])
    if kind == "1" or (kind == "2" and inst in ("SPOT", "")):
        assert found == []
    else:
        (finding,) = found
        assert finding.kind in KINDS


def test_unknown_funding_bills_are_findings_and_own_transfers_are_not() -> None:
    (unknown,) = funding_findings([{"type": "999", "ts": str(NOW_MS)}])
    assert "does not know" in unknown.detail
    assert (
        funding_findings([{"type": t, "ts": str(NOW_MS)} for t in ("1", "13", "130", "131")]) == []
    )
    (withdrawal,) = funding_findings([{"type": "2", "ts": str(NOW_MS), "ccy": "BTC"}])
    assert withdrawal.kind == "withdrawal"


def test_an_open_margin_position_is_a_loan_and_a_swap_a_derivative() -> None:
    now = datetime.fromtimestamp(NOW_MS / 1000, UTC)
    kinds = [f.kind for f in position_findings([{"instType": "MARGIN"}, {"instType": "SWAP"}], now)]
    assert kinds == ["margin_loan", "derivatives_position"]


def test_the_clean_practice_month_is_all_spot() -> None:
    clean = records("clean", NOW_MS)
    assert trading_findings(clean["trading"]) == []
    assert funding_findings(clean["funding"]) == []
    assert clean["positions"] == []

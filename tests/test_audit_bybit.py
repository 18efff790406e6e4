"""Bybit's records read as an audit reads them: free of the network."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from wizard.audit.bybit import NOT_FINDINGS, log_findings, position_findings
from wizard.audit.model import KINDS
from wizard.audit.paging import windows
from wizard.sim.bybit_history import records

NOW_MS = 1_796_000_000_000


@given(st.text(min_size=1, max_size=20), st.sampled_from(["spot", "linear", "option", ""]))
def test_every_log_entry_is_spot_or_a_finding_of_a_known_kind(kind: str, category: str) -> None:
    entry = {"type": kind, "category": category, "transactionTime": str(NOW_MS)}
    found = log_findings([entry])
    if kind in NOT_FINDINGS or (kind == "TRADE" and category == "spot"):
        assert found == []
    else:
        (finding,) = found
        assert finding.kind in KINDS


def test_the_period_is_cut_into_windows_bybit_allows() -> None:
    until = datetime(2026, 12, 7, tzinfo=UTC)
    cuts = windows(until - timedelta(days=30), until, timedelta(days=7))
    assert len(cuts) == 5
    assert all(end - start <= 7 * 86_400_000 for start, end in cuts)
    assert cuts[0][0] == int((until - timedelta(days=30)).timestamp() * 1000)
    assert cuts[-1][1] == int(until.timestamp() * 1000)


def test_an_empty_position_is_not_a_finding() -> None:
    now = datetime.fromtimestamp(NOW_MS / 1000, UTC)
    assert position_findings([{"size": "0", "symbol": "BTCUSDT"}], now) == []
    (open_now,) = position_findings([{"size": "0.5", "symbol": "BTCUSDT"}], now)
    assert open_now.kind == "derivatives_position"


def test_the_clean_practice_month_is_all_spot() -> None:
    clean = records("clean", NOW_MS)
    assert log_findings(clean["log"]) == []
    assert clean["positions"] == []
    assert clean["withdrawals"] == []

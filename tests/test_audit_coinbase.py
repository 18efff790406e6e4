"""Coinbase's records read as an audit reads them: free of the network."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from wizard.audit.coinbase import (
    SPOT_TRANSACTIONS,
    order_findings,
    transaction_findings,
)
from wizard.audit.model import KINDS
from wizard.sim.coinbase_history import records

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
PERIOD = (NOW - timedelta(days=30), NOW)


def _transaction(kind: str, amount: str = "1", days_ago: int = 1) -> dict[str, object]:
    at = (NOW - timedelta(days=days_ago)).isoformat().replace("+00:00", "Z")
    return {
        "id": "t",
        "type": kind,
        "amount": {"amount": amount, "currency": "BTC"},
        "created_at": at,
    }


@given(st.text(min_size=1, max_size=20))
def test_every_transaction_is_spot_or_a_finding_of_a_known_kind(kind: str) -> None:
    found = transaction_findings([_transaction(kind, "-1")], *PERIOD)
    if kind in SPOT_TRANSACTIONS:
        assert found == []
    else:
        (finding,) = found
        assert finding.kind in KINDS


def test_a_send_out_is_a_withdrawal_and_one_received_is_not() -> None:
    (sent,) = transaction_findings([_transaction("send", "-0.1")], *PERIOD)
    assert sent.kind == "withdrawal"
    assert transaction_findings([_transaction("send", "0.1")], *PERIOD) == []


def test_transactions_outside_the_period_are_left_out() -> None:
    assert transaction_findings([_transaction("staking_reward", days_ago=40)], *PERIOD) == []


def test_futures_leverage_and_liquidations_make_an_order_a_finding() -> None:
    base = {"created_time": "2026-12-01T00:00:00Z", "product_id": "BTC-USDC"}
    orders = [
        {**base, "product_type": "SPOT"},
        {**base, "product_type": "FUTURE"},
        {**base, "product_type": "SPOT", "leverage": "3"},
        {**base, "product_type": "SPOT", "is_liquidation": True},
    ]
    assert [f.kind for f in order_findings(orders)] == [
        "derivatives_activity",
        "non_spot_order",
        "derivatives_activity",
    ]


def test_the_clean_practice_month_is_all_spot() -> None:
    clean = records("clean", int(NOW.timestamp() * 1000))
    assert order_findings(clean["orders"]) == []
    assert clean["positions"] == []
    every = [t for rows in clean["transactions"].values() for t in rows]
    assert transaction_findings(every, *PERIOD) == []

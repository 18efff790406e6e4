"""Binance's records read as an audit reads them: free of the network."""

from __future__ import annotations

from wizard.audit.binance import (
    TRANSFER_KINDS,
    earn_findings,
    transfer_findings,
    withdrawal_findings,
)
from wizard.audit.model import KINDS
from wizard.sim.binance_history import HISTORIES, records

NOW_MS = 1_796_000_000_000


def test_every_direction_out_of_spot_read_is_a_known_kind() -> None:
    assert set(TRANSFER_KINDS.values()) <= set(KINDS)
    for direction in TRANSFER_KINDS:
        (found,) = transfer_findings(direction, [{"timestamp": NOW_MS, "asset": "USDT"}])
        assert found.kind == TRANSFER_KINDS[direction]


def test_a_failed_transfer_or_subscription_is_not_a_finding() -> None:
    assert transfer_findings("MAIN_UMFUTURE", [{"timestamp": NOW_MS, "status": "FAILED"}]) == []
    assert earn_findings("Simple Earn flexible", [{"time": NOW_MS, "status": "FAILED"}]) == []


def test_a_send_to_a_binance_user_is_a_withdrawal_too() -> None:
    (sent,) = withdrawal_findings(
        [{"applyTime": "2026-12-05 10:00:00", "coin": "BTC", "transferType": 1}]
    )
    assert sent.kind == "withdrawal"
    assert sent.product == "send to a Binance user"
    assert sent.at.isoformat().startswith("2026-12-05T10:00:00")


def test_the_clean_practice_month_has_nothing_in_these_records() -> None:
    assert records("clean", NOW_MS) == {}
    assert "clean" in HISTORIES

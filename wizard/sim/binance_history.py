"""The practice accounts' own records on the Binance simulator, in Binance's answer
shapes: a clean spot-only month (nothing in any of these records: Binance keeps spot
trades apart), and months holding a margin loan with its interest, a Simple Earn
subscription, money moved to the USD-M futures wallet, or a withdrawal. Times are
days before now, in milliseconds."""

from __future__ import annotations

from typing import Any

DAY_MS = 86_400_000

HISTORIES = ("clean", "margin_loan", "earn", "futures_transfer", "withdrawal")


def records(history: str, now_ms: int) -> dict[str, list[dict[str, Any]]]:
    """Rows by record: borrow, interest, loan, flexible, locked, withdraw, and one per
    transfer direction (MAIN_UMFUTURE…)."""
    rows: dict[str, list[dict[str, Any]]] = {}
    if history == "margin_loan":
        rows["borrow"] = [
            {
                "type": "MANUAL",
                "asset": "USDT",
                "amount": "100",
                "timestamp": now_ms - 12 * DAY_MS,
                "status": "CONFIRMED",
                "txId": 12807067523,
            }
        ]
        rows["interest"] = [
            {
                "txId": 1352286576452864727,
                "interestAccuredTime": now_ms - 11 * DAY_MS,
                "asset": "USDT",
                "principal": "100",
                "interest": "0.02",
                "interestRate": "0.00020000",
                "type": "ON_BORROW",
            }
        ]
        rows["MAIN_MARGIN"] = [_transfer("MAIN_MARGIN", now_ms - 12 * DAY_MS, "USDT", "50")]
    elif history == "earn":
        rows["flexible"] = [
            {
                "amount": "50",
                "asset": "USDT",
                "time": now_ms - 15 * DAY_MS,
                "purchaseId": 26055,
                "productId": "USDT001",
                "type": "NORMAL",
                "sourceAccount": "SPOT",
                "status": "SUCCESS",
            }
        ]
    elif history == "futures_transfer":
        rows["MAIN_UMFUTURE"] = [_transfer("MAIN_UMFUTURE", now_ms - 6 * DAY_MS, "USDT", "30")]
    elif history == "withdrawal":
        rows["withdraw"] = [
            {
                "id": "b6ae22b3aa844210a7041aee7589627c",
                "amount": "0.001",
                "transactionFee": "0.0001",
                "coin": "BTC",
                "status": 6,
                "address": "bc1qpractice",
                "applyTime": _utc_text(now_ms - 2 * DAY_MS),
                "network": "BTC",
                "transferType": 0,
            }
        ]
    elif history != "clean":
        raise ValueError(f"unknown practice history {history!r}")
    return rows


def _transfer(direction: str, ts: int, asset: str, amount: str) -> dict[str, Any]:
    return {
        "asset": asset,
        "amount": amount,
        "type": direction,
        "status": "CONFIRMED",
        "tranId": ts // 1000,
        "timestamp": ts,
    }


def _utc_text(ms: int) -> str:
    from datetime import UTC, datetime

    return datetime.fromtimestamp(ms / 1000, UTC).strftime("%Y-%m-%d %H:%M:%S")

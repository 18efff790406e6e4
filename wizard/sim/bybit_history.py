"""The practice accounts' own records on the Bybit simulator, in Bybit's answer
shapes (transaction log, positions, withdrawals): a clean spot-only month, and
months holding a margin loan's interest, an Earn subscription or a perpetual
position, each beside ordinary spot trades. Times are days before now, in ms."""

from __future__ import annotations

from typing import Any

DAY_MS = 86_400_000

HISTORIES = ("clean", "margin_loan", "earn", "futures")


def records(history: str, now_ms: int) -> dict[str, list[dict[str, Any]]]:
    log = [
        _entry(now_ms - 20 * DAY_MS, "TRANSFER_IN", "spot", "USDT", "150", "1"),
        _entry(now_ms - 20 * DAY_MS, "TRADE", "spot", "BTC", "0.0025", "2"),
        _entry(now_ms - 3 * DAY_MS, "TRADE", "spot", "BTC", "-0.001", "3"),
    ]
    positions: list[dict[str, Any]] = []
    withdrawals: list[dict[str, Any]] = []
    if history == "margin_loan":
        log.append(_entry(now_ms - 11 * DAY_MS, "INTEREST", "spot", "USDT", "-0.02", "11"))
    elif history == "earn":
        log.append(
            _entry(now_ms - 15 * DAY_MS, "FLEXIBLE_STAKING_SUBSCRIPTION", "", "USDT", "-50", "21")
        )
    elif history == "futures":
        log += [
            _entry(now_ms - 5 * DAY_MS, "TRADE", "linear", "USDT", "-5", "31"),
            _entry(now_ms - 4 * DAY_MS, "SETTLEMENT", "linear", "USDT", "-0.01", "32"),
        ]
        positions.append(
            {
                "category": "linear",
                "symbol": "BTCUSDT",
                "side": "Buy",
                "size": "0.001",
                "settleCoin": "USDT",
                "createdTime": str(now_ms - 5 * DAY_MS),
            }
        )
    elif history != "clean":
        raise ValueError(f"unknown practice history {history!r}")
    return {"log": log, "positions": positions, "withdrawals": withdrawals}


def _entry(
    ts: int, kind: str, category: str, currency: str, change: str, entry_id: str
) -> dict[str, Any]:
    return {
        "id": entry_id,
        "symbol": "BTCUSDT" if kind == "TRADE" else "",
        "category": category,
        "transactionTime": str(ts),
        "type": kind,
        "currency": currency,
        "change": change,
        "cashFlow": change,
    }

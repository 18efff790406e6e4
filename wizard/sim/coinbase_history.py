"""The practice accounts' own records on the Coinbase simulator, in Coinbase's
answer shapes (orders, US futures positions, each wallet's transactions): a clean
spot-only month, and months holding a staking reward, a futures order with its
open position and settlement, or coins sent out, each beside ordinary spot fills.
Times are days before now."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

HISTORIES = ("clean", "earn", "futures", "withdrawal")


def _iso(now_ms: int, days_ago: float) -> str:
    moment = datetime.fromtimestamp(now_ms / 1000, UTC) - timedelta(days=days_ago)
    return moment.isoformat(timespec="seconds").replace("+00:00", "Z")


def records(history: str, now_ms: int) -> dict[str, Any]:
    """``orders``, ``positions``, and ``transactions`` by wallet currency."""
    orders = [
        _order(now_ms, 20, "BTC-USDC", "SPOT", "BUY"),
        _order(now_ms, 3, "BTC-USDC", "SPOT", "SELL"),
    ]
    transactions: dict[str, list[dict[str, Any]]] = {
        "BTC": [
            _transaction(now_ms, 3, "advanced_trade_fill", "-0.001", "BTC", "t-btc-2"),
            _transaction(now_ms, 20, "advanced_trade_fill", "0.0025", "BTC", "t-btc-1"),
        ],
        "USDC": [_transaction(now_ms, 25, "receive", "200", "USDC", "t-usdc-1")],
    }
    positions: list[dict[str, Any]] = []
    if history == "earn":
        transactions["ETH"] = [_transaction(now_ms, 8, "staking_reward", "0.001", "ETH", "t-eth-1")]
    elif history == "futures":
        orders.append(_order(now_ms, 6, "BIT-26DEC26-CDE", "FUTURE", "BUY"))
        transactions["USD"] = [
            _transaction(now_ms, 5, "derivatives_settlement", "-12.50", "USD", "t-usd-1")
        ]
        positions.append(
            {"product_id": "BIT-26DEC26-CDE", "side": "LONG", "number_of_contracts": "1"}
        )
    elif history == "withdrawal":
        transactions["BTC"].insert(0, _transaction(now_ms, 2, "send", "-0.0015", "BTC", "t-btc-3"))
    elif history != "clean":
        raise ValueError(f"unknown practice history {history!r}")
    return {"orders": orders, "positions": positions, "transactions": transactions}


def _order(
    now_ms: int, days_ago: float, product: str, product_type: str, side: str
) -> dict[str, Any]:
    return {
        "order_id": f"o-{product}-{days_ago}",
        "product_id": product,
        "product_type": product_type,
        "side": side,
        "status": "FILLED",
        "created_time": _iso(now_ms, days_ago),
        "filled_size": "0.0025",
        "leverage": "",
        "margin_type": "",
        "is_liquidation": False,
    }


def _transaction(
    now_ms: int, days_ago: float, kind: str, amount: str, currency: str, transaction_id: str
) -> dict[str, Any]:
    return {
        "id": transaction_id,
        "type": kind,
        "status": "completed",
        "amount": {"amount": amount, "currency": currency},
        "created_at": _iso(now_ms, days_ago),
    }

"""The practice accounts' own records on the Kraken simulator, in Kraken's answer
shapes (Ledgers, TradesHistory, ClosedOrders, OpenPositions): a clean spot-only
month, and months holding a margin loan, an Earn subscription or a transfer to
Kraken Futures, each beside ordinary spot trades. Times are days before now."""

from __future__ import annotations

from typing import Any

DAY_S = 86_400

HISTORIES = ("clean", "margin_loan", "earn", "futures_transfer")


def _spot_month(now_s: int) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """What every practice account did: bought and sold a little bitcoin for dollars."""
    ledger = {
        "L4UESK-KG3EQ-UFO4T5": _entry(now_s - 20 * DAY_S, "trade", "", "ZUSD", "-150.0000"),
        "LFEMSW-7ZOTY-QWRQKK": _entry(now_s - 20 * DAY_S, "trade", "", "XXBT", "0.0025000000"),
        "LIZNV3-IZ6SC-BRPDG6": _entry(now_s - 9 * DAY_S, "deposit", "", "ZUSD", "100.0000"),
        "L3R5OB-X5WZV-7ZUOH3": _entry(now_s - 3 * DAY_S, "trade", "", "XXBT", "-0.0010000000"),
        "LNH2BP-RNN6K-2CXTWP": _entry(now_s - 3 * DAY_S, "trade", "", "ZUSD", "61.0000"),
    }
    trades = {
        "TSTGZC-D3W3C-RVEWFI": _trade(now_s - 20 * DAY_S, "buy", "0.0025000000"),
        "T2WB2B-3D7ZP-7RLA64": _trade(now_s - 3 * DAY_S, "sell", "0.0010000000"),
    }
    orders = {
        "OZ3GDB-3QJ6M-6JFDCL": _order(now_s - 20 * DAY_S, "buy", "none"),
        "ORZ5PU-MX7TL-NGLHSV": _order(now_s - 3 * DAY_S, "sell", "none"),
    }
    return ledger, trades, orders


def records(history: str, now_s: int) -> dict[str, Any]:
    """Every record of the practice account ``history``, by endpoint."""
    ledger, trades, orders = _spot_month(now_s)
    positions: dict[str, Any] = {}
    if history == "margin_loan":
        opened = now_s - 12 * DAY_S
        ledger["LMRG01-AAAAA-MARGIN"] = _entry(opened, "margin", "", "ZUSD", "-0.4000")
        ledger["LROL01-AAAAA-ROLLOV"] = _entry(opened + 4 * 3600, "rollover", "", "ZUSD", "-0.0800")
        trades["TMRG01-AAAAA-MARGIN"] = {
            **_trade(opened, "buy", "0.0040000000"),
            "margin": "48.0000",
            "posstatus": "open",
        }
        orders["OMRG01-AAAAA-MARGIN"] = _order(opened, "buy", "2:1")
        positions["TPOS01-AAAAA-OPENPS"] = {
            "ordertxid": "OMRG01-AAAAA-MARGIN",
            "pair": "XXBTZUSD",
            "time": opened,
            "type": "buy",
            "ordertype": "limit",
            "cost": "240.0000",
            "fee": "0.4000",
            "vol": "0.0040000000",
            "vol_closed": "0.0000000000",
            "margin": "120.0000",
            "misc": "",
        }
    elif history == "earn":
        day = now_s - 15 * DAY_S
        ledger["LERN01-AAAAA-STAKE1"] = _entry(day, "transfer", "spottostaking", "DOT", "-10.0")
        ledger["LERN02-AAAAA-STAKE2"] = _entry(day, "transfer", "stakingfromspot", "DOT.S", "10.0")
        ledger["LERN03-AAAAA-REWARD"] = _entry(now_s - 8 * DAY_S, "staking", "", "DOT.S", "0.02")
    elif history == "futures_transfer":
        day = now_s - 6 * DAY_S
        ledger["LFUT01-AAAAA-TOFUTR"] = _entry(day, "transfer", "spottofutures", "ZUSD", "-50.0000")
    elif history != "clean":
        raise ValueError(f"unknown practice history {history!r}")
    return {"ledger": ledger, "trades": trades, "closed": orders, "positions": positions}


def _entry(time_s: int, kind: str, subtype: str, asset: str, amount: str) -> dict[str, Any]:
    return {
        "refid": f"R{time_s}",
        "time": float(time_s),
        "type": kind,
        "subtype": subtype,
        "aclass": "currency",
        "asset": asset,
        "amount": amount,
        "fee": "0.0000",
        "balance": "0.0000",
    }


def _trade(time_s: int, side: str, volume: str) -> dict[str, Any]:
    return {
        "ordertxid": f"O{time_s}",
        "pair": "XXBTZUSD",
        "time": float(time_s),
        "type": side,
        "ordertype": "limit",
        "price": "60000.0",
        "cost": "150.0000",
        "fee": "0.2400",
        "vol": volume,
        "margin": "0.00000",
        "misc": "",
    }


def _order(time_s: int, side: str, leverage: str) -> dict[str, Any]:
    return {
        "status": "closed",
        "opentm": float(time_s),
        "closetm": float(time_s + 60),
        "descr": {
            "pair": "XBTUSD",
            "type": side,
            "ordertype": "limit",
            "price": "60000.0",
            "leverage": leverage,
        },
        "vol": "0.0025000000",
        "vol_exec": "0.0025000000",
        "cost": "150.0000",
        "fee": "0.2400",
        "misc": "",
    }

"""The practice accounts' own records on the OKX simulator, in OKX's answer shapes
(trading-account bills, funding-account bills, positions): a clean spot-only month,
and months holding a margin loan, an Earn subscription or a futures position, each
beside ordinary spot fills. Times are days before now, in milliseconds."""

from __future__ import annotations

from typing import Any

DAY_MS = 86_400_000

HISTORIES = ("clean", "margin_loan", "earn", "futures")


def records(history: str, now_ms: int) -> dict[str, list[dict[str, Any]]]:
    trading = [
        _bill(now_ms - 20 * DAY_MS, "1", "USDT", "150", "9001"),  # funding -> trading
        _fill(now_ms - 20 * DAY_MS, "SPOT", "BTC-USDT", "BTC", "0.0025", "9002"),
        _fill(now_ms - 3 * DAY_MS, "SPOT", "BTC-USDT", "BTC", "-0.001", "9003"),
    ]
    funding = [
        _bill(now_ms - 25 * DAY_MS, "1", "USDT", "200", "8001"),  # a deposit
        _bill(now_ms - 20 * DAY_MS, "131", "USDT", "-150", "8002"),  # to the trading account
    ]
    positions: list[dict[str, Any]] = []
    if history == "margin_loan":
        trading += [
            _bill(now_ms - 12 * DAY_MS, "16", "USDT", "100", "9101"),
            _bill(now_ms - 11 * DAY_MS, "7", "USDT", "-0.02", "9102"),
            _fill(now_ms - 12 * DAY_MS, "MARGIN", "BTC-USDT", "BTC", "0.004", "9103"),
        ]
    elif history == "earn":
        funding.append(_bill(now_ms - 15 * DAY_MS, "75", "USDT", "-50", "8101"))
    elif history == "futures":
        trading += [
            _fill(now_ms - 5 * DAY_MS, "SWAP", "BTC-USDT-SWAP", "USDT", "-5", "9201"),
            _bill(now_ms - 4 * DAY_MS, "8", "USDT", "-0.01", "9202"),
        ]
        positions.append(
            {
                "instType": "SWAP",
                "instId": "BTC-USDT-SWAP",
                "posId": "307173036051017730",
                "pos": "1",
                "posCcy": "",
                "ccy": "USDT",
                "mgnMode": "cross",
                "cTime": str(now_ms - 5 * DAY_MS),
            }
        )
    elif history != "clean":
        raise ValueError(f"unknown practice history {history!r}")
    newest_first = sorted(trading, key=lambda bill: -int(bill["ts"]))
    return {
        "trading": newest_first,
        "funding": sorted(funding, key=lambda bill: -int(bill["ts"])),
        "positions": positions,
    }


def _bill(ts: int, kind: str, ccy: str, change: str, bill_id: str) -> dict[str, Any]:
    return {"billId": bill_id, "type": kind, "ccy": ccy, "balChg": change, "ts": str(ts)}


def _fill(
    ts: int, instrument: str, inst_id: str, ccy: str, size: str, bill_id: str
) -> dict[str, Any]:
    return {
        **_bill(ts, "2", ccy, size, bill_id),
        "instType": instrument,
        "instId": inst_id,
        "sz": size.lstrip("-"),
    }

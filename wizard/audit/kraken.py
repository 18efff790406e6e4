"""Kraken: the account's own records of a period, read with the key's query
permissions (docs/exchange-history/kraken.md has the facts and their sources).

- ``Ledgers``: the master record. Margin fees (``margin``), rollover interest
  (``rollover``), credit lines (``credit``), settled positions (``settled``),
  transfers (to Futures, to staking…), withdrawals and Earn rewards each have
  their own entry type; trades, deposits and conversions are spot.
- ``TradesHistory`` and ``ClosedOrders``: a trade or order with leverage is on
  margin.
- ``OpenPositions``: a margin position open now.

Kraken wants each request's nonce larger than the last, so the requests go one
after the other (each pages by 50 rows); a quiet month is four requests.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from wizard.audit.model import AuditFinding
from wizard.audit.pacing import Counter, Limit
from wizard.audit.paging import Asker, field
from wizard.i18n import QT_TRANSLATE_NOOP

PAGE = 50  # rows per page of Ledgers, TradesHistory and ClosedOrders

READ = (
    QT_TRANSLATE_NOOP(
        "AuditRecords",
        "ledger entries (margin, rollover, credit, transfers, withdrawals, staking, rewards)",
    ),
    QT_TRANSLATE_NOOP("AuditRecords", "trades (leverage)"),
    QT_TRANSLATE_NOOP("AuditRecords", "closed orders (leverage)"),
    QT_TRANSLATE_NOOP("AuditRecords", "open margin positions"),
)
NOT_VISIBLE = (
    QT_TRANSLATE_NOOP(
        "AuditRecords",
        "Kraken Futures: a separate platform with keys of its own; only the ledger's "
        "transfers to and from it show here",
    ),
    QT_TRANSLATE_NOOP(
        "AuditRecords",
        "Earn allocations and withdrawal status: they need Query Funds, which a spot-only "
        "key must not have; the ledger's staking, reward and withdrawal entries stand in",
    ),
    QT_TRANSLATE_NOOP("AuditRecords", "how long Kraken keeps each record is not documented"),
)

# Kraken's call counter (docs/exchange-history/kraken.md), at the Starter tier, the
# lowest: 15 at most, falling by 0.33 a second; ledger and trade history calls count
# 2, others 1. Whether closed orders count 2 is not documented: they count 2 here.
COSTS = {
    "private_post_ledgers": ("counter", 2),
    "private_post_tradeshistory": ("counter", 2),
    "private_post_closedorders": ("counter", 2),
    "private_post_openpositions": ("counter", 1),
}


def limits() -> dict[str, Limit]:
    return {"counter": Counter(15, 0.33)}


# Ledger entry type -> (kind, what it means on Kraken). Types not listed here and
# not spot (SPOT_TYPES) are findings too: unknown is never taken as spot.
LEDGER_KINDS: Mapping[str, tuple[str, str]] = {
    "margin": ("margin_loan", "a margin position's fee: the position was on borrowed funds"),
    "rollover": ("margin_interest", "rollover fee: interest on a margin position"),
    "settled": ("margin_loan", "a margin position settled"),
    "credit": ("loan", "a credit line was used"),
    "withdrawal": ("withdrawal", "a withdrawal"),
    "staking": ("earn_subscription", "staking"),
    "reward": ("earn_subscription", "an Earn or staking reward"),
    "dividend": ("earn_subscription", "a dividend or reward"),
}
SPOT_TYPES = frozenset(
    {"trade", "deposit", "spend", "receive", "conversion", "sale", "adjustment", "fee"}
)
# Kraken's marks of balances in Earn: staked, opt-in rewards, yield, auto-earn.
EARN_SUFFIXES = (".S", ".M", ".B", ".F")


def _when(value: object) -> datetime:
    return datetime.fromtimestamp(float(str(value)), UTC)


def ledger_findings(entries: Mapping[str, Mapping[str, Any]]) -> list[AuditFinding]:
    found = []
    for entry_id, entry in entries.items():
        kind_of = str(entry.get("type", ""))
        subtype = str(entry.get("subtype", "") or "")
        asset = str(entry.get("asset", ""))
        amount = str(entry.get("amount", ""))
        at = _when(entry.get("time", 0))
        if kind_of == "transfer":
            if "futures" in subtype:
                kind, detail = "derivatives_activity", f"a transfer {subtype} (Kraken Futures)"
            elif "staking" in subtype or "earn" in subtype:
                kind, detail = "earn_subscription", f"a transfer {subtype} (Earn)"
            else:
                kind, detail = "transfer", f"a transfer {subtype or 'between wallets'}"
        elif kind_of in LEDGER_KINDS:
            kind, detail = LEDGER_KINDS[kind_of]
        elif kind_of in SPOT_TYPES:
            if not asset.endswith(EARN_SUFFIXES):
                continue
            kind, detail = "earn_subscription", f"{kind_of} of an Earn balance"
        else:
            kind, detail = "transfer", f"an entry of a type this audit does not know: {kind_of}"
        found.append(
            AuditFinding(at, kind, f"ledger {kind_of}", asset, amount, f"{detail} ({entry_id})")
        )
    return found


def trade_findings(trades: Mapping[str, Mapping[str, Any]]) -> list[AuditFinding]:
    """Trades opened or closed as a margin position (with leverage)."""
    found = []
    for trade_id, trade in trades.items():
        margin = str(trade.get("margin", "0") or "0")
        if "posstatus" not in trade and float(margin) == 0:
            continue
        found.append(
            AuditFinding(
                _when(trade.get("time", 0)),
                "non_spot_order",
                "margin trade",
                str(trade.get("pair", "")),
                str(trade.get("vol", "")),
                f"a {trade.get('type', '')} trade on margin ({trade_id})",
            )
        )
    return found


def order_findings(orders: Mapping[str, Mapping[str, Any]]) -> list[AuditFinding]:
    """Orders placed with leverage."""
    found = []
    for order_id, order in orders.items():
        description = order.get("descr") or {}
        leverage = str(description.get("leverage", "none") or "none")
        if leverage == "none":
            continue
        found.append(
            AuditFinding(
                _when(order.get("opentm", 0)),
                "non_spot_order",
                "leveraged order",
                str(description.get("pair", "")),
                str(order.get("vol_exec", order.get("vol", ""))),
                f"a {description.get('type', '')} order with leverage {leverage} ({order_id})",
            )
        )
    return found


def position_findings(
    positions: Mapping[str, Mapping[str, Any]], now: datetime
) -> list[AuditFinding]:
    """Margin positions open now: on borrowed funds until closed."""
    return [
        AuditFinding(
            now,
            "margin_loan",
            "open margin position",
            str(position.get("pair", "")),
            str(position.get("vol", "")),
            f"a margin position open now, since {_when(position.get('time', 0)).date()} "
            f"({position_id})",
        )
        for position_id, position in positions.items()
    ]


async def read_records(
    client: Any, since: datetime, until: datetime, asker: Asker
) -> list[AuditFinding]:
    """Every record of the period, one request after the other."""
    window = {"start": int(since.timestamp()), "end": int(until.timestamp()), "ofs": 0}

    async def paged(call: Any, key: str) -> dict[str, Any]:
        pages = await asker.pages(
            call,
            window,
            lambda answer: list((field(answer, "result", key) or {}).items()),
            lambda answer, page, seen: (
                {"ofs": seen}
                if page and seen < int(field(answer, "result", "count") or 0)
                else None
            ),
        )
        return dict(pages)

    ledger = await paged(client.private_post_ledgers, "ledger")
    trades = await paged(client.private_post_tradeshistory, "trades")
    orders = await paged(client.private_post_closedorders, "closed")
    positions = field(await asker.ask(client.private_post_openpositions, {}), "result") or {}
    found = [
        *ledger_findings(ledger),
        *trade_findings(trades),
        *order_findings(orders),
        *position_findings(positions, until),
    ]
    return found

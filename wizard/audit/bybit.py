"""Bybit (v5, unified trading account): the account's own records of a period, read
with the key's read access (docs/exchange-history/bybit.md has the facts and their
sources).

- The unified account's transaction log (``/v5/account/transaction-log``), seven
  days a request: every trade with its category (a linear, inverse or option trade
  is not spot), funding settlements, deliveries, liquidations, interest, loans,
  Earn subscriptions, leveraged tokens.
- The positions open now (``/v5/position/list``: linear USDT, linear USDC,
  inverse, option).
- Withdrawals, on-chain and to other Bybit users (``/v5/asset/withdraw/query-record``,
  under thirty days a request).

All asked at once; each pages with its cursor.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from wizard.audit.model import AuditFinding
from wizard.audit.pacing import Limit, Window, each_its_own
from wizard.audit.paging import Asker, field, windows
from wizard.i18n import QT_TRANSLATE_NOOP

LOG_WINDOW = timedelta(days=7)
WITHDRAW_WINDOW = timedelta(days=29)

READ = (
    QT_TRANSLATE_NOOP(
        "AuditRecords",
        "the unified account's transaction log (trades by category, funding, delivery, "
        "liquidation, interest, loans, Earn, leveraged tokens)",
    ),
    QT_TRANSLATE_NOOP("AuditRecords", "open positions (linear USDT and USDC, inverse, option)"),
    QT_TRANSLATE_NOOP("AuditRecords", "withdrawals, on-chain and to other Bybit users"),
)
NOT_VISIBLE = (
    QT_TRANSLATE_NOOP(
        "AuditRecords",
        "the Funding account's own movements other than withdrawals (Earn or loans paid "
        "from it, P2P): Bybit's funding history has no stable types to read",
    ),
    QT_TRANSLATE_NOOP(
        "AuditRecords", "On-chain Earn orders, which Bybit lists only one order at a time by its id"
    ),
    QT_TRANSLATE_NOOP(
        "AuditRecords", "the time before the account became a unified trading account"
    ),
    QT_TRANSLATE_NOOP("AuditRecords", "cancelled or rejected orders after 24 hours"),
)


# Bybit's limits, per endpoint (docs/exchange-history/bybit.md): the transaction log
# 25 a second, positions 50 a second, withdrawal records 300 a minute.
def limits() -> dict[str, Limit]:
    return {
        "private_get_v5_account_transaction_log": Window(25, 1),
        "private_get_v5_position_list": Window(50, 1),
        "private_get_v5_asset_withdraw_query_record": Window(300, 60),
    }


COSTS = each_its_own(dict.fromkeys(limits(), 1))  # one request each


# Transaction-log type -> (kind, what it is). TRADE is judged by its category;
# transfers between the person's own accounts are not findings; any type not
# listed here is.
LOG_KINDS: Mapping[str, tuple[str, str]] = {
    "SETTLEMENT": ("derivatives_activity", "a funding settlement of a perpetual contract"),
    "DELIVERY": ("derivatives_activity", "a futures delivery"),
    "LIQUIDATION": ("derivatives_activity", "a liquidation"),
    "ADL": ("derivatives_activity", "an auto-deleveraging"),
    "INTEREST": ("margin_interest", "interest on borrowed funds"),
    "LOANS_BORROW_FUNDS": ("loan", "a loan"),
    "LOANS_PLEDGE_ASSET": ("loan", "coins pledged for a loan"),
    "BORROWED_AMOUNT_INS_LOAN": ("loan", "an institutional loan"),
    "FLEXIBLE_STAKING_SUBSCRIPTION": ("earn_subscription", "a flexible savings subscription"),
    "FIXED_STAKING_SUBSCRIPTION": ("earn_subscription", "a fixed-term savings subscription"),
    "ONCHAINEARN_SUBSCRIPTION": ("earn_subscription", "an on-chain Earn subscription"),
    "TOKENS_SUBSCRIPTION": ("derivatives_activity", "leveraged tokens bought"),
}
NOT_FINDINGS = frozenset(
    {
        "TRANSFER_IN",  # from the person's own Funding account
        "TRANSFER_OUT",
        "FEE_REFUND",
        "FLEXIBLE_STAKING_REDEMPTION",  # money coming back from Earn, not going in
        "ONCHAINEARN_REDEMPTION",
    }
)
POSITION_KINDS = (
    {"category": "linear", "settleCoin": "USDT"},
    {"category": "linear", "settleCoin": "USDC"},
    {"category": "inverse"},
    {"category": "option"},
)


def _when(value: object) -> datetime:
    return datetime.fromtimestamp(int(str(value or 0)) / 1000, UTC)


def log_findings(entries: Iterable[Mapping[str, Any]]) -> list[AuditFinding]:
    found = []
    for entry in entries:
        kind_of = str(entry.get("type", ""))
        category = str(entry.get("category", ""))
        if kind_of in NOT_FINDINGS:
            continue
        if kind_of == "TRADE":
            if category == "spot":
                continue
            kind, detail = "derivatives_activity", f"a {category} trade on {entry.get('symbol')}"
        elif kind_of in LOG_KINDS:
            kind, detail = LOG_KINDS[kind_of]
        else:
            kind, detail = "transfer", f"an entry of a type this audit does not know: {kind_of}"
        found.append(
            AuditFinding(
                _when(entry.get("transactionTime")),
                kind,
                f"transaction log {kind_of}",
                str(entry.get("currency", "")),
                str(entry.get("change") or entry.get("cashFlow") or entry.get("qty") or ""),
                f"{detail} ({entry.get('id', '')})",
            )
        )
    return found


def position_findings(positions: Iterable[Mapping[str, Any]], now: datetime) -> list[AuditFinding]:
    return [
        AuditFinding(
            now,
            "derivatives_position",
            "open position",
            str(position.get("symbol", "")),
            str(position.get("size", "")),
            f"a {position.get('side', '')} position on {position.get('symbol', '')} open now",
        )
        for position in positions
        if str(position.get("size", "0")) not in ("0", "", "0.0")
    ]


def withdrawal_findings(rows: Iterable[Mapping[str, Any]]) -> list[AuditFinding]:
    return [
        AuditFinding(
            _when(row.get("createTime")),
            "withdrawal",
            "withdrawal" if str(row.get("withdrawType", "0")) == "0" else "send to a Bybit user",
            str(row.get("coin", "")),
            str(row.get("amount", "")),
            f"a withdrawal ({row.get('withdrawId', '')})",
        )
        for row in rows
    ]


async def read_records(
    client: Any, since: datetime, until: datetime, asker: Asker
) -> list[AuditFinding]:
    """Every record of the period at once (each source's pages one after the other)."""

    def cursor_paged(call: Any, params: dict[str, Any], rows_key: str) -> Any:
        return asker.pages(
            call,
            params,
            lambda answer: list(field(answer, "result", rows_key) or []),
            lambda answer, page, seen: (
                {"cursor": cursor}
                if (cursor := str(field(answer, "result", "nextPageCursor") or ""))
                else None
            ),
        )

    log_calls = [
        cursor_paged(
            client.private_get_v5_account_transaction_log,
            {"accountType": "UNIFIED", "startTime": start, "endTime": end, "limit": 50},
            "list",
        )
        for start, end in windows(since, until, LOG_WINDOW)
    ]
    position_calls = [
        cursor_paged(client.private_get_v5_position_list, {**kind, "limit": 200}, "list")
        for kind in POSITION_KINDS
    ]
    withdrawal_calls = [
        cursor_paged(
            client.private_get_v5_asset_withdraw_query_record,
            {"withdrawType": 2, "startTime": start, "endTime": end, "limit": 50},
            "rows",
        )
        for start, end in windows(since, until, WITHDRAW_WINDOW)
    ]
    answers = await asyncio.gather(*log_calls, *position_calls, *withdrawal_calls)
    logs = answers[: len(log_calls)]
    positions = answers[len(log_calls) : len(log_calls) + len(position_calls)]
    withdrawals = answers[len(log_calls) + len(position_calls) :]
    return [
        *log_findings(entry for rows in logs for entry in rows),
        *position_findings((p for rows in positions for p in rows), until),
        *withdrawal_findings(row for rows in withdrawals for row in rows),
    ]

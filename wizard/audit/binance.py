"""Binance: the account's own records of a period, read with the key's Reading
permission (docs/exchange-history/binance.md has the facts and their sources).
Binance keeps no account-wide ledger; each product has its own record:

- margin borrowing (``/sapi/v1/margin/borrow-repay``, type BORROW, seven days a
  request) and margin interest (``/sapi/v1/margin/interestHistory``, 30 days);
- Crypto Loan borrowing (``/sapi/v2/loan/flexible/borrow/history``, 180 days);
- money moved from the Spot wallet to the futures, margin, options and portfolio
  margin wallets (``/sapi/v1/asset/transfer``, one direction a request);
- Simple Earn subscriptions, flexible and locked (three months a request);
- withdrawals (``/sapi/v1/capital/withdraw/history``, 90 days a request).

All asked at once, each paging by ``current``.
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

PAGE = 100

READ = (
    QT_TRANSLATE_NOOP("AuditRecords", "margin borrowing and interest"),
    QT_TRANSLATE_NOOP("AuditRecords", "Crypto Loan borrowing"),
    QT_TRANSLATE_NOOP(
        "AuditRecords",
        "money moved from Spot to the futures, margin, options and portfolio margin wallets",
    ),
    QT_TRANSLATE_NOOP("AuditRecords", "Simple Earn subscriptions, flexible and locked"),
    QT_TRANSLATE_NOOP("AuditRecords", "withdrawals, on-chain and to other Binance users"),
)
NOT_VISIBLE = (
    QT_TRANSLATE_NOOP(
        "AuditRecords",
        "futures positions and income: read through the futures API, which a key made "
        "before the futures account was opened cannot use; the money moved to the futures "
        "wallets in the period is read instead, positions from before it are not",
    ),
    QT_TRANSLATE_NOOP(
        "AuditRecords", "Dual Investment, staking and Auto-Invest, which have records of their own"
    ),
    QT_TRANSLATE_NOOP("AuditRecords", "isolated margin pairs that were closed"),
    QT_TRANSLATE_NOOP("AuditRecords", "universal transfers older than six months"),
)

# The directions out of the Spot wallet worth a finding: into a wallet that trades
# derivatives or lends against borrowed funds.
TRANSFER_KINDS: Mapping[str, str] = {
    "MAIN_UMFUTURE": "derivatives_activity",
    "MAIN_CMFUTURE": "derivatives_activity",
    "MAIN_OPTION": "derivatives_activity",
    "MAIN_PORTFOLIO_MARGIN": "margin_loan",
    "MAIN_MARGIN": "margin_loan",
}
WINDOWS = {
    "borrow": timedelta(days=7),
    "interest": timedelta(days=30),
    "loan": timedelta(days=180),
    "transfer": timedelta(days=30),
    "earn": timedelta(days=90),
    "withdraw": timedelta(days=90),
}

# Binance's limits (docs/exchange-history/binance.md): each IP-limited /sapi endpoint
# has its own 12,000 weight a minute, each UID-limited one its own 180,000.
COSTS = each_its_own(
    {
        "sapi_get_margin_borrow_repay": 10,
        "sapi_get_margin_interesthistory": 1,
        "sapiv2_get_loan_flexible_borrow_history": 400,
        "sapi_get_simple_earn_flexible_history_subscriptionrecord": 150,
        "sapi_get_simple_earn_locked_history_subscriptionrecord": 150,
        "sapi_get_capital_withdraw_history": 18_000,  # UID-limited
        "sapi_get_asset_transfer": 1,
    }
)


def limits() -> dict[str, Limit]:
    uid_limited = {"sapi_get_capital_withdraw_history"}
    return {name: Window(180_000 if name in uid_limited else 12_000, 60) for name in COSTS}


def _when(value: object) -> datetime:
    return datetime.fromtimestamp(int(str(value or 0)) / 1000, UTC)


def _row_finding(
    row: Mapping[str, Any], kind: str, product: str, time_field: str, detail: str
) -> AuditFinding:
    return AuditFinding(
        _when(row.get(time_field)),
        kind,
        product,
        str(row.get("asset") or row.get("loanCoin") or row.get("coin") or ""),
        str(
            row.get("amount")
            or row.get("interest")
            or row.get("initialLoanAmount")
            or row.get("principal")
            or ""
        ),
        detail,
    )


def borrow_findings(rows: Iterable[Mapping[str, Any]]) -> list[AuditFinding]:
    return [
        _row_finding(row, "margin_loan", "margin borrowing", "timestamp", "a margin loan")
        for row in rows
    ]


def interest_findings(rows: Iterable[Mapping[str, Any]]) -> list[AuditFinding]:
    return [
        _row_finding(
            row, "margin_interest", "margin interest", "interestAccuredTime", "interest charged"
        )
        for row in rows
    ]


def loan_findings(rows: Iterable[Mapping[str, Any]]) -> list[AuditFinding]:
    return [
        _row_finding(row, "loan", "Crypto Loan", "borrowTime", "a Crypto Loan taken")
        for row in rows
    ]


def transfer_findings(direction: str, rows: Iterable[Mapping[str, Any]]) -> list[AuditFinding]:
    return [
        _row_finding(
            row,
            TRANSFER_KINDS[direction],
            f"transfer {direction}",
            "timestamp",
            f"money moved {direction.replace('_', ' to ').lower()}",
        )
        for row in rows
        if str(row.get("status", "CONFIRMED")) != "FAILED"
    ]


def earn_findings(product: str, rows: Iterable[Mapping[str, Any]]) -> list[AuditFinding]:
    return [
        _row_finding(row, "earn_subscription", product, "time", f"a {product} subscription")
        for row in rows
        if str(row.get("status", "SUCCESS")) != "FAILED"
    ]


def withdrawal_findings(rows: Iterable[Mapping[str, Any]]) -> list[AuditFinding]:
    found = []
    for row in rows:
        applied = str(row.get("applyTime", ""))
        try:
            at = datetime.fromisoformat(applied).replace(tzinfo=UTC)
        except ValueError:
            at = datetime.fromtimestamp(0, UTC)
        internal = str(row.get("transferType", "0")) == "1"
        found.append(
            AuditFinding(
                at,
                "withdrawal",
                "send to a Binance user" if internal else "withdrawal",
                str(row.get("coin", "")),
                str(row.get("amount", "")),
                f"a withdrawal ({row.get('id', '')})",
            )
        )
    return found


async def read_records(
    client: Any, since: datetime, until: datetime, asker: Asker
) -> list[AuditFinding]:
    """Every record of the period at once (each source's pages one after the other)."""

    def rows_only(answer: Any) -> list[Any]:
        rows = answer if isinstance(answer, list) else field(answer, "rows")
        return list(rows or [])

    def next_page(params: dict[str, Any]) -> Any:
        return lambda answer, page, seen: (
            {"current": params.get("current", 1) + seen // PAGE} if len(page) == PAGE else None
        )

    def each_window(call: Any, window: str, params: dict[str, Any]) -> list[Any]:
        calls = []
        for start, end in windows(since, until, WINDOWS[window]):
            asked = {**params, "startTime": start, "endTime": end, "size": PAGE, "current": 1}
            calls.append(asker.pages(call, asked, rows_only, next_page(asked)))
        return calls

    def flattened(pages: Iterable[list[Any]]) -> list[Any]:
        return [row for page in pages for row in page]

    groups: dict[str, list[Any]] = {
        "borrow": each_window(client.sapi_get_margin_borrow_repay, "borrow", {"type": "BORROW"}),
        "interest": each_window(client.sapi_get_margin_interesthistory, "interest", {}),
        "loan": each_window(client.sapiv2_get_loan_flexible_borrow_history, "loan", {}),
        "flexible": each_window(
            client.sapi_get_simple_earn_flexible_history_subscriptionrecord, "earn", {}
        ),
        "locked": each_window(
            client.sapi_get_simple_earn_locked_history_subscriptionrecord, "earn", {}
        ),
        "withdraw": [
            asker.pages(
                client.sapi_get_capital_withdraw_history,
                {"startTime": start, "endTime": end},
                rows_only,
                lambda answer, page, seen: None,  # up to 1000 rows, one page
            )
            for start, end in windows(since, until, WINDOWS["withdraw"])
        ],
        **{
            direction: each_window(client.sapi_get_asset_transfer, "transfer", {"type": direction})
            for direction in TRANSFER_KINDS
        },
    }
    names = list(groups)
    answers = await asyncio.gather(*(asyncio.gather(*groups[name]) for name in names))
    read = {name: flattened(pages) for name, pages in zip(names, answers, strict=True)}
    return [
        *borrow_findings(read["borrow"]),
        *interest_findings(read["interest"]),
        *loan_findings(read["loan"]),
        *earn_findings("Simple Earn flexible", read["flexible"]),
        *earn_findings("Simple Earn locked", read["locked"]),
        *withdrawal_findings(read["withdraw"]),
        *(
            finding
            for direction in TRANSFER_KINDS
            for finding in transfer_findings(direction, read[direction])
        ),
    ]

"""OKX: the account's own records of a period, read with the key's Read permission
(docs/exchange-history/okx.md has the facts and their sources).

- The trading account's bills (``/api/v5/account/bills-archive``, three months):
  borrowing and repaying, interest, transfers, and every fill with the kind of
  instrument it was on (a margin, swap, futures or option fill is not spot).
- The funding account's bills (``/api/v5/asset/bills-history``, since 2021):
  withdrawals, transfers, Earn and staking, Flexible Loan.
- The positions open now (``/api/v5/account/positions``).

The three are asked at once; each pages by 100 rows, newest first.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from wizard.audit.model import AuditFinding
from wizard.audit.pacing import Limit, Window, each_its_own
from wizard.audit.paging import Asker, field
from wizard.i18n import QT_TRANSLATE_NOOP

PAGE = 100

READ = (
    QT_TRANSLATE_NOOP(
        "AuditRecords",
        "trading-account bills (borrowing, interest, transfers, fills by instrument type)",
    ),
    QT_TRANSLATE_NOOP(
        "AuditRecords", "funding-account bills (withdrawals, transfers, Earn and staking, loans)"
    ),
    QT_TRANSLATE_NOOP("AuditRecords", "open positions"),
)
NOT_VISIBLE = (
    QT_TRANSLATE_NOOP(
        "AuditRecords",
        "trading-account bills older than three months (OKX keeps them as a quarterly "
        "download only)",
    ),
    QT_TRANSLATE_NOOP(
        "AuditRecords", "transfers between sub-accounts, which only the main account's key sees"
    ),
    QT_TRANSLATE_NOOP("AuditRecords", "convert history, which needs the Trade permission"),
)


# OKX's limits, per endpoint (docs/exchange-history/okx.md): trading bills 5 per 2
# seconds, funding bills 1 a second, positions 10 per 2 seconds.
def limits() -> dict[str, Limit]:
    return {
        "private_get_account_bills_archive": Window(5, 2),
        "private_get_asset_bills_history": Window(1, 1),
        "private_get_account_positions": Window(10, 2),
    }


COSTS = each_its_own(dict.fromkeys(limits(), 1))  # one request each


# Trading-account bill types (OKX's "type") -> (kind, what it is). Fills (2) are
# judged by their instrument type; types not listed are findings too.
TRADING_BILLS: Mapping[str, tuple[str, str]] = {
    "3": ("derivatives_activity", "a futures delivery"),
    "4": ("margin_loan", "a forced repayment of a loan"),
    "5": ("derivatives_activity", "a liquidation"),
    "6": ("margin_loan", "a margin transfer"),
    "7": ("margin_interest", "interest deducted on a loan"),
    "8": ("derivatives_activity", "a funding fee of a perpetual swap"),
    "16": ("margin_loan", "borrowing"),
    "22": ("margin_loan", "a loan repaid"),
    "29": ("margin_loan", "a one-click repayment"),
}
SPOT_INSTRUMENTS = frozenset({"SPOT", ""})
FILL = "2"
# A transfer between the person's own funding and trading accounts (1): what every
# spot trader on OKX does to trade; what it is used for shows in the other bills.
OWN_TRANSFER = "1"

# Funding-account bill types -> kind. Deposits (1), cancelled withdrawals (13) and
# transfers from and to the person's own trading account (130, 131) are not
# findings; anything else not listed is.
FUNDING_BILLS: Mapping[str, str] = {
    "2": "withdrawal",
    "20": "transfer",
    "21": "transfer",
    "22": "transfer",
    "23": "transfer",
    "72": "transfer",
    "73": "transfer",
    "74": "transfer",
    **dict.fromkeys(
        ("75", "76", "80", "82", "83", "137", "138", "139", "160", "161", "162", "163"),
        "earn_subscription",
    ),
    **dict.fromkeys(("176", "179", "212", "215", "217", "218", "232"), "loan"),
}
FUNDING_NOT_FINDINGS = frozenset({"1", "13", "130", "131"})


def _when(value: object) -> datetime:
    return datetime.fromtimestamp(int(str(value or 0)) / 1000, UTC)


def trading_findings(bills: Iterable[Mapping[str, Any]]) -> list[AuditFinding]:
    found = []
    for bill in bills:
        kind_of = str(bill.get("type", ""))
        instrument = str(bill.get("instType", "") or "")
        if kind_of == OWN_TRANSFER:
            continue
        if kind_of == FILL:
            if instrument in SPOT_INSTRUMENTS:
                continue
            kind = "non_spot_order" if instrument == "MARGIN" else "derivatives_activity"
            detail = f"a {instrument.lower()} fill on {bill.get('instId', '')}"
        elif kind_of in TRADING_BILLS:
            kind, detail = TRADING_BILLS[kind_of]
        else:
            kind, detail = "transfer", f"a bill of a type this audit does not know: {kind_of}"
        found.append(
            AuditFinding(
                _when(bill.get("ts")),
                kind,
                f"trading bill {kind_of}",
                str(bill.get("ccy", "")),
                str(bill.get("balChg", bill.get("sz", ""))),
                f"{detail} ({bill.get('billId', '')})",
            )
        )
    return found


def funding_findings(bills: Iterable[Mapping[str, Any]]) -> list[AuditFinding]:
    found = []
    for bill in bills:
        kind_of = str(bill.get("type", ""))
        if kind_of in FUNDING_NOT_FINDINGS:
            continue
        kind = FUNDING_BILLS.get(kind_of, "transfer")
        detail = (
            f"funding bill type {kind_of}"
            if kind_of in FUNDING_BILLS
            else f"a funding bill of a type this audit does not know: {kind_of}"
        )
        found.append(
            AuditFinding(
                _when(bill.get("ts")),
                kind,
                f"funding bill {kind_of}",
                str(bill.get("ccy", "")),
                str(bill.get("balChg", "")),
                f"{detail} ({bill.get('billId', '')})",
            )
        )
    return found


def position_findings(positions: Iterable[Mapping[str, Any]], now: datetime) -> list[AuditFinding]:
    found = []
    for position in positions:
        instrument = str(position.get("instType", ""))
        kind = "margin_loan" if instrument == "MARGIN" else "derivatives_position"
        found.append(
            AuditFinding(
                now,
                kind,
                f"open {instrument.lower()} position",
                str(position.get("posCcy") or position.get("ccy") or ""),
                str(position.get("pos", "")),
                f"a {instrument.lower()} position on {position.get('instId', '')} open now "
                f"({position.get('posId', '')})",
            )
        )
    return found


async def read_records(
    client: Any, since: datetime, until: datetime, asker: Asker
) -> list[AuditFinding]:
    """The three records at once."""
    begin, end = int(since.timestamp() * 1000), int(until.timestamp() * 1000)

    def older_than_the_last(cursor: str) -> Any:
        """Newest first, 100 a page: the next page is what is older than the last row
        (``after`` its ``cursor``: the bill id, or the time for the funding bills)."""
        return lambda answer, page, seen: (
            {"after": str(page[-1].get(cursor, ""))} if len(page) == PAGE else None
        )

    def rows(answer: Any) -> list[Any]:
        return list(field(answer, "data") or [])

    trading, funding, open_now = await asyncio.gather(
        asker.pages(
            client.private_get_account_bills_archive,
            {"begin": str(begin), "end": str(end), "limit": str(PAGE)},
            rows,
            older_than_the_last("billId"),
        ),
        # The funding bills take the period as "newer than" and "older than" times.
        asker.pages(
            client.private_get_asset_bills_history,
            {"before": str(begin), "after": str(end), "limit": str(PAGE)},
            rows,
            older_than_the_last("ts"),
        ),
        asker.ask(client.private_get_account_positions, {}),
    )
    return [
        *trading_findings(trading),
        *funding_findings(funding),
        *position_findings(rows(open_now), until),
    ]

"""Coinbase (Advanced Trade, with the Coinbase App's transaction lists): the records
a key's portfolio shows for a period, read with its View permission
(docs/exchange-history/coinbase.md has the facts and their sources).

- The orders of the period (``orders/historical/batch``): a futures order, one
  with leverage or a margin type, or a liquidation is not spot.
- The US futures positions open now (``cfm/positions``).
- Each wallet's transactions (``/v2/accounts/:id/transactions``): withdrawals and
  sends, derivatives settlements, Earn and staking, transfers. That list has no
  date filter: it is read newest first until the period's start, a wallet a
  request, after one request for the wallets themselves.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from wizard.audit.model import AuditFinding
from wizard.audit.pacing import Limit, Window
from wizard.audit.paging import Asker, field
from wizard.i18n import QT_TRANSLATE_NOOP

READ = (
    QT_TRANSLATE_NOOP("AuditRecords", "orders (futures, leverage, margin, liquidation)"),
    QT_TRANSLATE_NOOP("AuditRecords", "US futures positions open now"),
    QT_TRANSLATE_NOOP(
        "AuditRecords",
        "each wallet's transactions (sends and withdrawals, derivatives settlements, "
        "Earn and staking, transfers)",
    ),
)
NOT_VISIBLE = (
    QT_TRANSLATE_NOOP(
        "AuditRecords",
        "other portfolios: a Coinbase key sees its own portfolio only, and moves between "
        "portfolios have no history",
    ),
    QT_TRANSLATE_NOOP(
        "AuditRecords",
        "international perpetuals, which left the Advanced Trade API in 2026 for a "
        "platform with keys of its own",
    ),
)

# Coinbase's limits (docs/exchange-history/coinbase.md): Advanced Trade 30 private
# requests a second per user; the v2 API 10,000 requests an hour per key.
COSTS = {
    "v3_private_get_brokerage_orders_historical_batch": ("v3", 1),
    "v3_private_get_brokerage_cfm_positions": ("v3", 1),
    "v3_private_get_brokerage_accounts": ("v3", 1),
    "v2_private_get_accounts_account_id_transactions": ("v2", 1),
}


def limits() -> dict[str, Limit]:
    return {"v3": Window(30, 1), "v2": Window(10_000, 3600)}


# Transaction type -> kind. Spot buying, selling and deposits are not findings; a
# type not listed in either is.
TRANSACTION_KINDS: Mapping[str, str] = {
    "fiat_withdrawal": "withdrawal",
    "derivatives_settlement": "derivatives_activity",
    "intx_deposit": "derivatives_activity",
    "intx_withdrawal": "derivatives_activity",
    "fcm_futures_usdc_sell": "derivatives_activity",
    "earn_payout": "earn_subscription",
    "staking_transfer": "earn_subscription",
    "unstaking_transfer": "earn_subscription",
    "staking_reward": "earn_subscription",
    "inflation_reward": "earn_subscription",
    "interest": "earn_subscription",
    "incentives_rewards_payout": "earn_subscription",
    "transfer": "transfer",
    "vault_withdrawal": "transfer",
}
SPOT_TRANSACTIONS = frozenset(
    {"advanced_trade_fill", "buy", "sell", "trade", "fiat_deposit", "receive", "retail_simple_dust"}
)
PAGE = 100


def _when(text: object) -> datetime:
    return datetime.fromisoformat(str(text).replace("Z", "+00:00"))


def order_findings(orders: Iterable[Mapping[str, Any]]) -> list[AuditFinding]:
    found = []
    for order in orders:
        futures = str(order.get("product_type", "SPOT")) == "FUTURE"
        leverage = str(order.get("leverage") or "")
        margin = str(order.get("margin_type") or "")
        liquidation = bool(order.get("is_liquidation"))
        if not (futures or leverage not in ("", "1", "1.0") or margin or liquidation):
            continue
        found.append(
            AuditFinding(
                _when(order.get("created_time")),
                "derivatives_activity" if futures or liquidation else "non_spot_order",
                "futures order" if futures else "order with leverage",
                str(order.get("product_id", "")),
                str(order.get("filled_size", "")),
                f"a {str(order.get('side', '')).lower()} order on {order.get('product_id')}"
                f"{' (a liquidation)' if liquidation else ''} ({order.get('order_id', '')})",
            )
        )
    return found


def position_findings(positions: Iterable[Mapping[str, Any]], now: datetime) -> list[AuditFinding]:
    return [
        AuditFinding(
            now,
            "derivatives_position",
            "US futures position",
            str(position.get("product_id", "")),
            str(position.get("number_of_contracts", "")),
            f"a {str(position.get('side', '')).lower()} futures position open now",
        )
        for position in positions
    ]


def transaction_findings(
    transactions: Iterable[Mapping[str, Any]], since: datetime, until: datetime
) -> list[AuditFinding]:
    found = []
    for transaction in transactions:
        at = _when(transaction.get("created_at"))
        if not since <= at <= until:
            continue
        kind_of = str(transaction.get("type", ""))
        amount = transaction.get("amount") or {}
        value = str(amount.get("amount", ""))
        if kind_of == "send":
            if not value.startswith("-"):
                continue  # coins received from someone
            kind, detail = "withdrawal", "coins sent out of the account"
        elif kind_of in SPOT_TRANSACTIONS:
            continue
        elif kind_of in TRANSACTION_KINDS:
            kind, detail = TRANSACTION_KINDS[kind_of], kind_of.replace("_", " ")
        else:
            kind, detail = (
                "transfer",
                f"a transaction of a type this audit does not know: {kind_of}",
            )
        found.append(
            AuditFinding(
                at,
                kind,
                f"transaction {kind_of}",
                str(amount.get("currency", "")),
                value,
                f"{detail} ({transaction.get('id', '')})",
            )
        )
    return found


async def read_records(
    client: Any, since: datetime, until: datetime, asker: Asker
) -> list[AuditFinding]:
    """Every record of the period at once (each source's pages one after the other)."""

    def while_there_is_more(answer: Any, page: list[Any], seen: int) -> dict[str, Any] | None:
        cursor = str(field(answer, "cursor") or "")
        return {"cursor": cursor} if field(answer, "has_next") and cursor else None

    def back_to_the_start(answer: Any, page: list[Any], seen: int) -> dict[str, Any] | None:
        """Newest first, until a page reaches back past the period's start."""
        more = page and field(answer, "pagination", "next_uri")
        if not more or _when(page[-1].get("created_at")) < since:
            return None
        return {"starting_after": str(page[-1].get("id", ""))}

    period = {
        "start_date": since.isoformat().replace("+00:00", "Z"),
        "end_date": until.isoformat().replace("+00:00", "Z"),
        "limit": PAGE,
    }
    placed, open_now, wallets = await asyncio.gather(
        asker.pages(
            client.v3_private_get_brokerage_orders_historical_batch,
            period,
            lambda answer: list(field(answer, "orders") or []),
            while_there_is_more,
        ),
        asker.ask(client.v3_private_get_brokerage_cfm_positions, {}),
        asker.pages(
            client.v3_private_get_brokerage_accounts,
            {"limit": 250},
            lambda answer: list(field(answer, "accounts") or []),
            while_there_is_more,
        ),
    )
    lists = await asyncio.gather(
        *(
            asker.pages(
                client.v2_private_get_accounts_account_id_transactions,
                {"account_id": str(wallet.get("uuid")), "limit": PAGE},
                lambda answer: list(field(answer, "data") or []),
                back_to_the_start,
            )
            for wallet in wallets
        )
    )
    return [
        *order_findings(placed),
        *position_findings(list(field(open_now, "positions") or []), until),
        *transaction_findings((t for rows in lists for t in rows), since, until),
    ]

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

READ = (
    "orders (futures, leverage, margin, liquidation)",
    "US futures positions open now",
    "each wallet's transactions (sends and withdrawals, derivatives settlements, "
    "Earn and staking, transfers)",
)
NOT_VISIBLE = (
    "other portfolios: a Coinbase key sees its own portfolio only, and moves between "
    "portfolios have no history",
    "international perpetuals, which left the Advanced Trade API in 2026 for a "
    "platform with keys of its own",
)

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
    client: Any, since: datetime, until: datetime
) -> tuple[list[AuditFinding], int]:
    requests = 0

    async def orders() -> list[Any]:
        nonlocal requests
        rows: list[Any] = []
        cursor = ""
        while True:
            params = {
                "start_date": since.isoformat().replace("+00:00", "Z"),
                "end_date": until.isoformat().replace("+00:00", "Z"),
                "limit": PAGE,
                **({"cursor": cursor} if cursor else {}),
            }
            answer = await client.v3_private_get_brokerage_orders_historical_batch(params)
            requests += 1
            rows += answer.get("orders") or []
            cursor = str(answer.get("cursor") or "")
            if not answer.get("has_next") or not cursor:
                return rows

    async def positions() -> list[Any]:
        nonlocal requests
        answer = await client.v3_private_get_brokerage_cfm_positions({})
        requests += 1
        return list(answer.get("positions") or [])

    async def wallets() -> list[str]:
        nonlocal requests
        ids: list[str] = []
        cursor = ""
        while True:
            params = {"limit": 250, **({"cursor": cursor} if cursor else {})}
            answer = await client.v3_private_get_brokerage_accounts(params)
            requests += 1
            ids += [str(wallet.get("uuid")) for wallet in answer.get("accounts") or []]
            cursor = str(answer.get("cursor") or "")
            if not answer.get("has_next") or not cursor:
                return ids

    async def transactions(wallet: str) -> list[Any]:
        """Newest first, until one is older than the period's start."""
        nonlocal requests
        rows: list[Any] = []
        after = ""
        while True:
            params = {
                "account_id": wallet,
                "limit": PAGE,
                **({"starting_after": after} if after else {}),
            }
            answer = await client.v2_private_get_accounts_account_id_transactions(params)
            requests += 1
            page = answer.get("data") or []
            rows += page
            following = (answer.get("pagination") or {}).get("next_uri")
            if not page or not following or _when(page[-1].get("created_at")) < since:
                return rows
            after = str(page[-1].get("id", ""))

    placed, open_now, ids = await asyncio.gather(orders(), positions(), wallets())
    lists = await asyncio.gather(*(transactions(wallet) for wallet in ids))
    return [
        *order_findings(placed),
        *position_findings(open_now, until),
        *transaction_findings((t for rows in lists for t in rows), since, until),
    ], requests

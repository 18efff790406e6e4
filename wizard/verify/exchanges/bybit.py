"""Bybit: which requests tell a key's permissions, and how to read them.

Bybit reports a key's permissions as a map of groups (Spot, ContractTrade,
Derivatives, Options, Wallet, …); margin is an account switch, not a key
permission: with spot margin on, any spot order may borrow, so a key that can
trade spot on such an account is judged able to borrow.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from wizard.verify.errors import ErrorCode, VerificationError
from wizard.verify.exchanges.base import (
    Outcome,
    Probe,
    ban_params,
    classify_ccxt,
    key_end_params,
    parse_decimal,
    rate_limit_params,
    unexpected,
)
from wizard.verify.model import AccountSwitches, KeyFacts, Permissions

EXCHANGE = "bybit"
UNBOUND_KEY_DAYS = 90  # Bybit expires keys bound to no IP address after 90 days

_CODES: Mapping[str, ErrorCode] = {
    "10003": ErrorCode.INVALID_CREDENTIALS,  # invalid key
    "10005": ErrorCode.INVALID_CREDENTIALS,  # permission denied
    "10010": ErrorCode.INVALID_CREDENTIALS,  # IP not allowed
    "33004": ErrorCode.INVALID_CREDENTIALS,  # key expired
    "10004": ErrorCode.BAD_SIGNATURE,
    "10002": ErrorCode.CLOCK_SKEW,
    "10006": ErrorCode.RATE_LIMITED,
    "10018": ErrorCode.RATE_LIMITED,
    "10009": ErrorCode.IP_BANNED,
}
# Permission names that trade derivatives or move funds; anything unknown in these
# groups counts as dangerous too.
_DERIVATIVE_GROUPS = ("ContractTrade", "Derivatives")


def _result(answer: Any, name: str) -> dict[str, Any]:
    if not isinstance(answer, dict) or not isinstance(answer.get("result"), dict):
        raise unexpected(EXCHANGE, name)
    result: dict[str, Any] = answer["result"]
    return result


class BybitAdapter:
    exchange = EXCHANGE
    clock_probe = "clock"
    probes: tuple[Probe, ...] = (
        Probe("restrictions", lambda c: c.private_get_v5_user_query_api()),
        Probe("account", lambda c: c.private_get_v5_account_info()),
        Probe("margin", lambda c: c.private_get_v5_spot_margin_trade_state()),
        Probe(
            "balances",
            lambda c: c.private_get_v5_account_wallet_balance({"accountType": "UNIFIED"}),
        ),
        Probe("clock", lambda c: c.public_get_v5_market_time()),
    )

    def server_time_ms(self, answer: Any) -> int:
        value = answer.get("time") if isinstance(answer, dict) else None
        if isinstance(value, bool) or not isinstance(value, int):
            raise unexpected(EXCHANGE, "time")
        return value

    def classify(self, error: BaseException, client: Any) -> VerificationError:
        if isinstance(error, VerificationError):
            return error
        match = re.search(r'"retCode"\s*:\s*(\d+)', str(error))
        code = match.group(1) if match else None
        if code is not None and code in _CODES:
            mapped = _CODES[code]
            params = key_end_params(client)
            if mapped is ErrorCode.RATE_LIMITED:
                params = rate_limit_params(client, 60)
            if mapped is ErrorCode.IP_BANNED:
                params = ban_params(10)
            return VerificationError(mapped, exchange=EXCHANGE, detail=code, params=params)
        return classify_ccxt(error, EXCHANGE)

    def interpret(self, outcomes: Mapping[str, Outcome]) -> KeyFacts:
        restrictions = outcomes["restrictions"]
        if isinstance(restrictions, BaseException):
            raise restrictions
        info = _result(restrictions, "query-api")
        spot_margin = _spot_margin_on(outcomes["margin"])
        permissions = parse_key(info, spot_margin)
        balances, debt = _balances(outcomes["balances"])
        created = _iso_datetime(info.get("createdAt"), "createdAt")
        expires = _iso_datetime(info.get("expiredAt"), "expiredAt")
        if permissions.ip_restricted is False and created is not None and expires is None:
            expires = created + timedelta(days=UNBOUND_KEY_DAYS)
        return KeyFacts(
            exchange=EXCHANGE,
            permissions=permissions,
            account=AccountSwitches(margin_account=spot_margin, margin_debt=debt),
            ip_whitelist=tuple(ip for ip in info.get("ips", []) if ip != "*")
            if isinstance(info.get("ips"), list)
            else None,
            created_at=created,
            trading_expires_at=expires if permissions.ip_restricted is False else None,
            balances=balances,
        )


ADAPTER_CLASS = BybitAdapter


def parse_key(info: Mapping[str, Any], spot_margin_on: bool | None) -> Permissions:
    """GET /v5/user/query-api to the normalized permissions."""
    groups = info.get("permissions")
    ips = info.get("ips")
    read_only = info.get("readOnly")
    if not isinstance(groups, dict) or not isinstance(ips, list) or read_only not in (0, 1):
        raise unexpected(EXCHANGE, "query-api")
    if not all(isinstance(v, list) and all(isinstance(p, str) for p in v) for v in groups.values()):
        raise unexpected(EXCHANGE, "permissions")

    def has(group: str, *names: str) -> bool:
        granted = groups.get(group, [])
        return any(name in granted for name in names) if names else bool(granted)

    spot_trade = read_only == 0 and has("Spot", "SpotTrade")
    wallet = set(groups.get("Wallet", []))
    known_wallet = {"AccountTransfer", "SubMemberTransfer", "Withdraw"}
    return Permissions(
        read=True,  # every Bybit key can read; readOnly means it can do nothing else
        spot_trade=spot_trade,
        margin=bool(spot_trade and spot_margin_on),
        futures=read_only == 0 and any(has(group) for group in _DERIVATIVE_GROUPS),
        options=read_only == 0 and has("Options"),
        withdraw="Withdraw" in wallet or bool(wallet - known_wallet),
        internal_transfer="SubMemberTransfer" in wallet,
        universal_transfer="AccountTransfer" in wallet,
        ip_restricted=ips != ["*"] and bool(ips),
    )


def _spot_margin_on(outcome: Outcome) -> bool | None:
    if isinstance(outcome, BaseException):
        raise outcome
    mode = _result(outcome, "spot-margin-trade/state").get("spotMarginMode")
    if mode not in ("0", "1", None):
        raise unexpected(EXCHANGE, "spotMarginMode")
    return None if mode is None else mode == "1"


def _balances(outcome: Outcome) -> tuple[dict[str, Decimal], bool]:
    if isinstance(outcome, BaseException):
        raise outcome
    accounts = _result(outcome, "wallet-balance").get("list")
    if not isinstance(accounts, list):
        raise unexpected(EXCHANGE, "wallet-balance")
    balances: dict[str, Decimal] = {}
    debt = False
    for account in accounts:
        coins = account.get("coin") if isinstance(account, dict) else None
        if not isinstance(coins, list):
            raise unexpected(EXCHANGE, "coin")
        for coin in coins:
            if not isinstance(coin, dict) or not isinstance(coin.get("coin"), str):
                raise unexpected(EXCHANGE, "coin")
            amount = parse_decimal(coin.get("walletBalance"), EXCHANGE, "walletBalance")
            borrowed = parse_decimal(coin.get("borrowAmount") or "0", EXCHANGE, "borrowAmount")
            debt = debt or borrowed > 0
            if amount:
                balances[coin["coin"]] = amount
    return balances, debt


def _iso_datetime(value: Any, field: str) -> datetime | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise unexpected(EXCHANGE, field)
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC)
    except ValueError:
        raise unexpected(EXCHANGE, field) from None

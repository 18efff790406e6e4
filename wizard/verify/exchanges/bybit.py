"""Bybit: which requests tell a key's permissions, and how to read them.

Bybit reports a key's permissions as a map of groups (Spot, ContractTrade,
Derivatives, Options, Wallet, Earn, …), each a list of names; every name is judged
through Bybit's capability map (``bybit_capabilities``), and a name the map does not
know, switched on, is an unknown permission. Two things the groups do not show:
the spot trading permission itself opens Crypto Loan (borrowing and lending), which
nothing switches off, and spot margin is an account switch: with it on, any spot
order may borrow. What limits Crypto Loan now (a loan open, collateral in the
Funding wallet) is read in the same round trip.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from wizard.errors import ErrorCode, WizardError
from wizard.verify.capabilities import Reach
from wizard.verify.exchanges.base import (
    Outcome,
    Probe,
    classify_ccxt,
    key_end_params,
    optional_strings,
    parse_decimal,
    rate_limit_params,
    unexpected,
)
from wizard.verify.exchanges.bybit_capabilities import CAPABILITIES
from wizard.verify.model import AccountSwitches, KeyFacts, Permissions

EXCHANGE = "bybit"
UNBOUND_KEY_DAYS = 90  # Bybit expires keys bound to no IP address after 90 days

_CODES: Mapping[str, ErrorCode] = {
    "10003": ErrorCode.INVALID_CREDENTIALS,  # invalid key
    "10005": ErrorCode.INVALID_CREDENTIALS,  # permission denied
    "10010": ErrorCode.INVALID_CREDENTIALS,  # IP not allowed
    "33004": ErrorCode.INVALID_CREDENTIALS,  # (Derivatives) key expired
    "-2015": ErrorCode.INVALID_CREDENTIALS,  # (Spot) key expired
    "10004": ErrorCode.BAD_SIGNATURE,
    "10002": ErrorCode.CLOCK_SKEW,
    "10006": ErrorCode.RATE_LIMITED,
    "10018": ErrorCode.RATE_LIMITED,  # deprecated by Bybit, still read
    # "Service Restricted: access is currently unavailable for your region" since
    # 2026-05-28 (it meant "IP banned" before), and "Compliance rules triggered".
    "10009": ErrorCode.ACCESS_RESTRICTED,
    "10024": ErrorCode.ACCESS_RESTRICTED,
}
_EXPIRED = frozenset({"33004", "-2015"})
# Groups whose names trade: a read-only key (readOnly 1) cannot use them. Every other
# group counts whatever readOnly says (Bybit's own example lists Wallet names on a
# read-only key).
_TRADING_GROUPS = frozenset({"Spot", "ContractTrade", "Derivatives", "Options", "BlockTrade"})
_NO_DATE = datetime(1970, 1, 1, tzinfo=UTC)  # what Bybit reports for "no expiry"


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
        Probe("loans", lambda c: c.private_get_v5_crypto_loan_common_position()),
        Probe(
            "funding",
            lambda c: c.private_get_v5_asset_transfer_query_account_coins_balance(
                {"accountType": "FUND"}
            ),
        ),
        Probe("clock", lambda c: c.public_get_v5_market_time()),
    )

    def server_time_ms(self, answer: Any) -> int:
        value = answer.get("time") if isinstance(answer, dict) else None
        if isinstance(value, bool) or not isinstance(value, int):
            raise unexpected(EXCHANGE, "time")
        return value

    def classify(self, error: BaseException, client: Any) -> WizardError:
        if isinstance(error, WizardError):
            return error
        match = re.search(r'"retCode"\s*:\s*(-?\d+)', str(error))
        code = match.group(1) if match else None
        if code is not None and code in _CODES:
            mapped = _CODES[code]
            params = key_end_params(client)
            if code in _EXPIRED:
                params["field"] = "expired"
            if mapped is ErrorCode.RATE_LIMITED:
                params = rate_limit_params(client, 60)
            if mapped is ErrorCode.ACCESS_RESTRICTED:
                params = {}
            return WizardError(mapped, exchange=EXCHANGE, detail=code, params=params)
        return classify_ccxt(error, EXCHANGE)

    def interpret(self, outcomes: Mapping[str, Outcome]) -> KeyFacts:
        restrictions = outcomes["restrictions"]
        if isinstance(restrictions, BaseException):
            raise restrictions
        info = _result(restrictions, "query-api")
        reading = parse_key(info, _spot_margin_on(outcomes["margin"]))
        permissions = reading.permissions
        balances, debt = _balances(outcomes["balances"])
        doors = reading.reach.open_doors(
            lambda family: _loan_limit(outcomes) if family.id == "crypto_loan" else None
        )
        created = _iso_datetime(info.get("createdAt"), "createdAt")
        expires = _iso_datetime(info.get("expiredAt"), "expiredAt")
        if expires == _NO_DATE:
            expires = None
        unbound = permissions.ip_restricted is False
        if unbound and created is not None and expires is None:
            expires = created + timedelta(days=UNBOUND_KEY_DAYS)
        reason = None
        if expires is not None:
            reason = "unbound_key" if unbound else "key_end_date"
        ips = optional_strings(info, "ips", EXCHANGE)
        return KeyFacts(
            exchange=EXCHANGE,
            permissions=permissions,
            account=AccountSwitches(margin_account=reading.spot_margin_on, margin_debt=debt),
            ip_whitelist=None if ips is None else tuple(ip for ip in ips if ip != "*"),
            created_at=created,
            trading_expires_at=expires,
            expiry_reason=reason,
            balances=balances,
            unknown_permissions=reading.reach.unknown,
            unblockable=doors,
        )


ADAPTER_CLASS = BybitAdapter


@dataclass(frozen=True)
class KeyReading:
    """What GET /v5/user/query-api says a key may do, judged through the map."""

    permissions: Permissions
    reach: Reach
    spot_margin_on: bool | None


def granted_names(info: Mapping[str, Any]) -> tuple[list[str], bool]:
    """Every name the key holds, as "<group>.<name>", and whether the answer listed
    them (a missing ``permissions`` map leaves everything unknown)."""
    groups = info.get("permissions")
    if groups is None:
        return [], False
    if not isinstance(groups, dict) or not all(
        isinstance(names, list) and all(isinstance(name, str) for name in names)
        for names in groups.values()
    ):
        raise unexpected(EXCHANGE, "permissions")
    read_only = info.get("readOnly")
    names = [
        f"{group}.{name}"
        for group, granted in groups.items()
        for name in granted
        if not (read_only == 1 and group in _TRADING_GROUPS)
    ]
    return names, True


def parse_key(info: Mapping[str, Any], spot_margin_on: bool | None) -> KeyReading:
    """GET /v5/user/query-api (and the spot margin switch) to the normalized
    permissions. A field the answer leaves out stays unknown; one of the wrong kind is
    an unexpected answer."""
    read_only = info.get("readOnly")
    ips = optional_strings(info, "ips", EXCHANGE)
    if read_only not in (0, 1, None) or isinstance(read_only, bool):
        raise unexpected(EXCHANGE, "readOnly")
    names, answered = granted_names(info)
    trades = CAPABILITIES.classify(names).opens >= {"spot_trade"}
    # With spot margin on, any spot order may borrow.
    reach = CAPABILITIES.reach(
        names, also_open=("margin",) if trades and spot_margin_on else (), complete=answered
    )
    overrides: dict[str, bool | None] = {}
    if reach.fields["margin"] is False and trades:
        # Spot margin off now, or its state unknown: a trading key may switch it on
        # where the account has activated spot margin, which no answer shows.
        overrides["margin"] = None
    permissions = reach.permissions(
        ip_restricted=None if ips is None else (ips != ["*"] and bool(ips)),
        read=True,  # every Bybit key can read; readOnly means it can do nothing else
        **overrides,
    )
    return KeyReading(permissions, reach, spot_margin_on)


def _loan_limit(outcomes: Mapping[str, Outcome]) -> str | None:
    """What limits Crypto Loan now: a loan or supply open, else whether the Funding
    wallet (its collateral) holds anything. Unknown when Bybit did not say."""
    position = outcomes.get("loans")
    if isinstance(position, BaseException) or not isinstance(position, dict):
        return None
    result = position.get("result")
    if not isinstance(result, dict):
        return None
    try:
        owed = [
            parse_decimal(result.get(name) or "0", EXCHANGE, name)
            for name in ("totalDebt", "totalSupply", "totalCollateral")
        ]
    except WizardError:
        return None
    if any(amount > 0 for amount in owed):
        return "loan_open"
    funding = outcomes.get("funding")
    result = funding.get("result") if isinstance(funding, dict) else None
    coins = result.get("balance") if isinstance(result, dict) else None
    if not isinstance(coins, list):
        return None
    try:
        held = any(
            parse_decimal(coin.get("walletBalance") or "0", EXCHANGE, "walletBalance") > 0
            for coin in coins
            if isinstance(coin, dict)
        )
    except WizardError:
        return None
    return "collateral_held" if held else "collateral_empty"


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

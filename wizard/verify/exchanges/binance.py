"""Binance: which requests tell a key's permissions, and how to read them.

Only ccxt's implicit endpoint methods are used; they never load markets, so a
verification is exactly the five requests below, sent at once. Every switch of the
key's answer is judged through Binance's capability map (``binance_capabilities``):
a switch the map does not know, turned on, is an unknown permission, and one the
answer leaves out leaves what it opens unknown.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from wizard.errors import ErrorCode, WizardError
from wizard.verify.capabilities import Family, Reach
from wizard.verify.exchanges.base import (
    Outcome,
    Probe,
    classify_ccxt,
    exchange_error_code,
    key_end_params,
    optional_bool,
    parse_decimal,
    parse_ms_datetime,
    unexpected,
)
from wizard.verify.exchanges.binance_capabilities import CAPABILITIES
from wizard.verify.model import AccountSwitches, KeyFacts, Permissions

EXCHANGE = "binance"

# Binance's own error codes (https://developers.binance.com/docs/binance-spot-api-docs/errors).
_CODES: Mapping[str, ErrorCode] = {
    "-2015": ErrorCode.INVALID_CREDENTIALS,  # unknown key, IP not allowed, or no permission
    "-2014": ErrorCode.INVALID_CREDENTIALS,  # key format invalid
    "-2008": ErrorCode.INVALID_CREDENTIALS,  # invalid Api-Key ID
    "-1022": ErrorCode.BAD_SIGNATURE,
    "-1021": ErrorCode.CLOCK_SKEW,
    "-1003": ErrorCode.RATE_LIMITED,
    "-1001": ErrorCode.EXCHANGE_UNAVAILABLE,  # internal error
    "-1016": ErrorCode.EXCHANGE_UNAVAILABLE,  # service shutting down
}
_NO_MARGIN_ACCOUNT = "-3003"
# Fields of apiRestrictions that are not switches of the key.
_FACTS = frozenset({"ipRestrict", "createTime", "tradingAuthorityExpirationTime"})
# What a switch of Binance's is called: enableX, permitsX, canX.
_SWITCH_NAME = re.compile(r"^(enable|permits|can)[A-Z]")
_SPECIAL_KEY_VIP_LEVEL = 7  # Binance offers the margin special key from VIP level 7
_MIN_BAN_S = 120  # Binance's shortest automatic ban, used when it does not say


class BinanceAdapter:
    exchange = EXCHANGE
    clock_probe = "clock"
    probes: tuple[Probe, ...] = (
        Probe("restrictions", lambda c: c.sapi_get_account_apirestrictions()),
        Probe("account", lambda c: c.sapi_get_account_info()),
        Probe("balances", lambda c: c.private_get_account({"omitZeroBalances": "true"})),
        Probe("margin", lambda c: _margin_account(c)),
        Probe("clock", lambda c: c.public_get_time()),
    )

    def server_time_ms(self, answer: Any) -> int:
        value = answer.get("serverTime") if isinstance(answer, dict) else None
        if isinstance(value, bool) or not isinstance(value, int):
            raise unexpected(EXCHANGE, "serverTime")
        return value

    # -- errors -----------------------------------------------------------------
    def classify(self, error: BaseException, client: Any) -> WizardError:
        if isinstance(error, WizardError):
            return error
        text = str(error)
        if re.search(r"\s451\s", text):
            # "Service unavailable from a restricted location"
            return WizardError(ErrorCode.ACCESS_RESTRICTED, exchange=EXCHANGE, detail="451")
        status = re.match(r"binance (418|429) ", text)
        if status is not None:
            return self._limit_error(status.group(1) == "418", text, client)
        code = exchange_error_code(error)
        if code is not None and code in _CODES:
            # ccxt turns a second -2015 on one client into DDoSProtection; the code decides.
            mapped = _CODES[code]
            if mapped is ErrorCode.RATE_LIMITED:
                return self._limit_error(False, text, client)
            return WizardError(
                mapped, exchange=EXCHANGE, detail=code, params=key_end_params(client)
            )
        return classify_ccxt(error, EXCHANGE)

    def _limit_error(self, banned: bool, text: str, client: Any) -> WizardError:
        headers = getattr(client, "last_response_headers", None) or {}
        retry_after = _int_or_none(headers.get("Retry-After") or headers.get("retry-after"))
        if banned:
            until_ms = re.search(r"banned until (\d{10,})", text)
            if until_ms is not None:
                until = datetime.fromtimestamp(int(until_ms.group(1)) / 1000, UTC)
            else:
                until = datetime.now(UTC) + timedelta(seconds=retry_after or _MIN_BAN_S)
            return WizardError(
                ErrorCode.IP_BANNED,
                exchange=EXCHANGE,
                detail="418",
                params={
                    "until": until.strftime("%Y-%m-%d %H:%M:%S UTC"),
                    "retry_after_s": str(retry_after or ""),
                },
            )
        return WizardError(
            ErrorCode.RATE_LIMITED,
            exchange=EXCHANGE,
            detail="429",
            params={
                "wait_seconds": str(retry_after or 60),
                "retry_after_s": str(retry_after) if retry_after is not None else "",
            },
        )

    # -- answers ----------------------------------------------------------------
    def interpret(self, outcomes: Mapping[str, Outcome]) -> KeyFacts:
        restrictions = outcomes["restrictions"]
        if isinstance(restrictions, BaseException):
            raise restrictions
        if not isinstance(restrictions, dict):
            raise unexpected(EXCHANGE, "apiRestrictions")

        switches = AccountSwitches()
        balances: dict[str, Decimal] | None = None
        vip_level: int | None = None
        if optional_bool(restrictions, "enableReading", EXCHANGE) is not False:
            account = _answer(outcomes["account"])
            switches = _parse_account_info(account)
            switches = _with_margin(switches, outcomes["margin"])
            balances = parse_balances(_answer(outcomes["balances"]))
            vip = account.get("vipLevel") if isinstance(account, dict) else None
            vip_level = vip if isinstance(vip, int) and not isinstance(vip, bool) else None
        # A margin special key trades through the margin account: with none open, and
        # none this key can open (it takes Binance's quiz on the website), it has
        # nothing to borrow through.
        closed = ("margin_special_key",) if switches.margin_account is False else ()
        reach = read_restrictions(restrictions, closed)
        permissions = restrictions_permissions(restrictions, reach)

        expires = parse_ms_datetime(
            restrictions.get("tradingAuthorityExpirationTime"),
            EXCHANGE,
            "tradingAuthorityExpirationTime",
        )
        reason = None
        if expires is not None:
            reason = "unrestricted_key" if permissions.ip_restricted is False else "key_end_date"
        return KeyFacts(
            exchange=EXCHANGE,
            permissions=permissions,
            account=switches,
            ip_whitelist=None,  # Binance tells whether a list is set, never the list
            created_at=parse_ms_datetime(restrictions.get("createTime"), EXCHANGE, "createTime"),
            trading_expires_at=expires,
            expiry_reason=reason,
            balances=balances,
            unknown_permissions=reach.unknown,
            unblockable=reach.open_doors(lambda family: _door_limit(family, vip_level)),
        )


def read_restrictions(document: Mapping[str, Any], closed: tuple[str, ...] = ()) -> Reach:
    """GET /sapi/v1/account/apiRestrictions judged through Binance's capability map."""
    on: list[str] = []
    left_out: list[str] = []
    for name in CAPABILITIES.grants:
        value = optional_bool(document, name, EXCHANGE)
        if value is None:
            left_out.append(name)
        elif value:
            on.append(name)
    for name, value in document.items():
        if name in CAPABILITIES.grants or name in _FACTS or not _SWITCH_NAME.match(name):
            continue
        if not isinstance(value, bool):
            raise unexpected(EXCHANGE, name)
        if value:
            on.append(name)  # a switch this wizard has never seen, turned on
    return CAPABILITIES.reach(on, unsure=left_out, closed=closed)


def restrictions_permissions(document: Mapping[str, Any], reach: Reach) -> Permissions:
    """Reading and spot trading are the REST switches themselves (the FIX switches
    open nothing a REST verification can use)."""
    return reach.permissions(
        ip_restricted=optional_bool(document, "ipRestrict", EXCHANGE),
        read=optional_bool(document, "enableReading", EXCHANGE),
        spot_trade=optional_bool(document, "enableSpotAndMarginTrading", EXCHANGE),
    )


def parse_restrictions(document: Mapping[str, Any]) -> Permissions:
    """GET /sapi/v1/account/apiRestrictions to the normalized permissions."""
    return restrictions_permissions(document, read_restrictions(document))


def _door_limit(family: Family, vip_level: int | None) -> str | None:
    """What limits a margin special key now: the account's VIP level."""
    if family.id != "margin_special_key" or vip_level is None:
        return None
    return "vip_reached" if vip_level >= _SPECIAL_KEY_VIP_LEVEL else "vip_short"


def parse_balances(document: Any) -> dict[str, Decimal]:
    """GET /api/v3/account: free + locked per asset, zero balances left out."""
    if not isinstance(document, dict) or not isinstance(document.get("balances"), list):
        raise unexpected(EXCHANGE, "balances")
    balances: dict[str, Decimal] = {}
    for entry in document["balances"]:
        if not isinstance(entry, dict) or not isinstance(entry.get("asset"), str):
            raise unexpected(EXCHANGE, "balances")
        total = parse_decimal(entry.get("free"), EXCHANGE, "free") + parse_decimal(
            entry.get("locked"), EXCHANGE, "locked"
        )
        if total:
            balances[entry["asset"]] = total
    return balances


def _parse_account_info(document: Any) -> AccountSwitches:
    if not isinstance(document, dict):
        raise unexpected(EXCHANGE, "account/info")
    return AccountSwitches(
        margin_account=optional_bool(document, "isMarginEnabled", EXCHANGE),
        futures_account=optional_bool(document, "isFutureEnabled", EXCHANGE),
        options_account=optional_bool(document, "isOptionsEnabled", EXCHANGE),
        portfolio_margin=optional_bool(document, "isPortfolioMarginRetailEnabled", EXCHANGE),
    )


async def _margin_account(client: Any) -> Any:
    """GET /sapi/v1/margin/account. Binance answers -3003 when margin was never
    opened: that is an answer (no loan), not a failure."""
    try:
        return await client.sapi_get_margin_account()
    except Exception as error:
        if exchange_error_code(error) == _NO_MARGIN_ACCOUNT:
            return {"created": False, "totalLiabilityOfBtc": "0"}
        raise


def _with_margin(switches: AccountSwitches, outcome: Outcome) -> AccountSwitches:
    """A margin loan open now shows as a liability above zero."""
    if isinstance(outcome, BaseException):
        raise outcome
    if not isinstance(outcome, dict):
        raise unexpected(EXCHANGE, "margin/account")
    liability = parse_decimal(outcome.get("totalLiabilityOfBtc"), EXCHANGE, "totalLiabilityOfBtc")
    return replace(switches, margin_debt=liability > 0)


def _answer(outcome: Outcome) -> Any:
    if isinstance(outcome, BaseException):
        raise outcome
    return outcome


def _int_or_none(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


ADAPTER_CLASS = BinanceAdapter

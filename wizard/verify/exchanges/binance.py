"""Binance: which requests tell a key's permissions, and how to read them.

Only ccxt's implicit endpoint methods are used; they never load markets, so a
verification is exactly the five requests below, sent at once.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from wizard.verify.errors import ErrorCode, VerificationError
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
    def classify(self, error: BaseException, client: Any) -> VerificationError:
        if isinstance(error, VerificationError):
            return error
        text = str(error)
        status = re.match(r"binance (418|429) ", text)
        if status is not None:
            return self._limit_error(status.group(1) == "418", text, client)
        code = exchange_error_code(error)
        if code is not None and code in _CODES:
            # ccxt turns a second -2015 on one client into DDoSProtection; the code decides.
            mapped = _CODES[code]
            if mapped is ErrorCode.RATE_LIMITED:
                return self._limit_error(False, text, client)
            return VerificationError(
                mapped, exchange=EXCHANGE, detail=code, params=key_end_params(client)
            )
        return classify_ccxt(error, EXCHANGE)

    def _limit_error(self, banned: bool, text: str, client: Any) -> VerificationError:
        headers = getattr(client, "last_response_headers", None) or {}
        retry_after = _int_or_none(headers.get("Retry-After") or headers.get("retry-after"))
        if banned:
            until_ms = re.search(r"banned until (\d{10,})", text)
            if until_ms is not None:
                until = datetime.fromtimestamp(int(until_ms.group(1)) / 1000, UTC)
            else:
                until = datetime.now(UTC) + timedelta(seconds=retry_after or _MIN_BAN_S)
            return VerificationError(
                ErrorCode.IP_BANNED,
                exchange=EXCHANGE,
                detail="418",
                params={
                    "until": until.strftime("%Y-%m-%d %H:%M:%S UTC"),
                    "retry_after_s": str(retry_after or ""),
                },
            )
        return VerificationError(
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
        permissions = parse_restrictions(restrictions)

        switches = AccountSwitches()
        balances: dict[str, Decimal] | None = None
        if permissions.read is not False:
            switches = _parse_account_info(_answer(outcomes["account"]))
            switches = _with_margin(switches, outcomes["margin"])
            balances = parse_balances(_answer(outcomes["balances"]))

        return KeyFacts(
            exchange=EXCHANGE,
            permissions=permissions,
            account=switches,
            ip_whitelist=None,  # Binance tells whether a list is set, never the list
            created_at=parse_ms_datetime(restrictions.get("createTime"), EXCHANGE, "createTime"),
            trading_expires_at=parse_ms_datetime(
                restrictions.get("tradingAuthorityExpirationTime"),
                EXCHANGE,
                "tradingAuthorityExpirationTime",
            ),
            balances=balances,
        )


def parse_restrictions(document: Mapping[str, Any]) -> Permissions:
    """GET /sapi/v1/account/apiRestrictions to the normalized permissions."""

    def field(name: str) -> bool | None:
        return optional_bool(document, name, EXCHANGE)

    margin = field("enableMargin")
    portfolio_margin = field("enablePortfolioMarginTrading")
    return Permissions(
        read=field("enableReading"),
        spot_trade=field("enableSpotAndMarginTrading"),
        margin=True if True in (margin, portfolio_margin) else margin,
        futures=field("enableFutures"),
        options=field("enableVanillaOptions"),
        withdraw=field("enableWithdrawals"),
        internal_transfer=field("enableInternalTransfer"),
        universal_transfer=field("permitsUniversalTransfer"),
        ip_restricted=field("ipRestrict"),
    )


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

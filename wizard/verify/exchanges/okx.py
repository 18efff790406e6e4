"""OKX: which requests tell a key's permissions, and how to read them.

OKX gives a key one permission list (``read_only``, ``trade``, ``withdraw``) and no
switch per product: ``trade`` reaches every product the account's mode allows. So
a trade key is judged together with the account's mode (``acctLv``) from the same
answer: only Spot mode with spot borrowing off keeps it to spot. Futures mode
allows derivatives and margin positions; multi-currency and portfolio margin add
borrowing on every order.

``trade`` also covers funds transfers between the account's own funding and
trading accounts and to and from its sub-accounts, with no way to switch that off:
universal transfer is left ``None`` (see ``parse_key``). A transfer to another
OKX user is a withdrawal, so internal transfer follows ``withdraw``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
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
    rate_limit_params,
    unexpected,
)
from wizard.verify.model import AccountSwitches, KeyFacts, Permissions

EXCHANGE = "okx"

# acctLv, the account mode (https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-account-configuration)
SPOT_MODE = "1"
FUTURES_MODE = "2"
MULTI_CURRENCY_MARGIN = "3"
PORTFOLIO_MARGIN = "4"
ACCOUNT_MODES = (SPOT_MODE, FUTURES_MODE, MULTI_CURRENCY_MARGIN, PORTFOLIO_MARGIN)
PERMISSION_NAMES = ("read_only", "trade", "withdraw")

# OKX's own error codes (https://www.okx.com/docs-v5/en/#error-code-rest-api).
_CODES: Mapping[str, ErrorCode] = {
    "50100": ErrorCode.INVALID_CREDENTIALS,  # key frozen
    "50101": ErrorCode.INVALID_CREDENTIALS,  # a demo-trading key on the live site, or back
    "50103": ErrorCode.INVALID_CREDENTIALS,  # no key sent
    "50104": ErrorCode.INVALID_CREDENTIALS,  # no passphrase sent
    "50105": ErrorCode.INVALID_CREDENTIALS,  # wrong passphrase
    "50110": ErrorCode.INVALID_CREDENTIALS,  # this IP is not on the key's list
    "50111": ErrorCode.INVALID_CREDENTIALS,  # invalid key
    "50119": ErrorCode.INVALID_CREDENTIALS,  # key does not exist
    "50120": ErrorCode.INVALID_CREDENTIALS,  # key lacks the permission
    "50113": ErrorCode.BAD_SIGNATURE,
    "50102": ErrorCode.CLOCK_SKEW,  # more than 30 s from OKX's clock
    "50011": ErrorCode.RATE_LIMITED,
    "50001": ErrorCode.EXCHANGE_UNAVAILABLE,  # service temporarily unavailable
    "50013": ErrorCode.EXCHANGE_UNAVAILABLE,  # systems busy
    "50026": ErrorCode.EXCHANGE_UNAVAILABLE,  # system error
}
_PASSPHRASE_CODES = frozenset({"50104", "50105"})
# OKX counts its limits per 2 seconds and sends no Retry-After: one window is enough.
_RATE_WINDOW_S = 2
_HTTP_429 = re.compile(r"\s429\s")


class OkxAdapter:
    exchange = EXCHANGE
    clock_probe = "clock"
    probes: tuple[Probe, ...] = (
        Probe("restrictions", lambda c: c.private_get_account_config()),
        Probe("balances", lambda c: c.private_get_account_balance()),
        Probe("clock", lambda c: c.public_get_public_time()),
    )

    def server_time_ms(self, answer: Any) -> int:
        value = _first(answer, "public/time").get("ts")
        if not isinstance(value, str) or not value.isdigit():
            raise unexpected(EXCHANGE, "ts")
        return int(value)

    # -- errors -----------------------------------------------------------------
    def classify(self, error: BaseException, client: Any) -> VerificationError:
        """The exchange's code in the answer decides, before ccxt's class: ccxt
        turns OKX's HTTP 429 into ExchangeNotAvailable."""
        if isinstance(error, VerificationError):
            return error
        code = exchange_error_code(error)
        if code is not None and code in _CODES:
            return _coded_error(_CODES[code], code, client)
        if _HTTP_429.search(str(error)):
            return _coded_error(ErrorCode.RATE_LIMITED, "429", client)
        if 'requires "password"' in str(error):  # ccxt refuses to sign without one
            return _coded_error(ErrorCode.INVALID_CREDENTIALS, "50104", client)
        return classify_ccxt(error, EXCHANGE)

    # -- answers ----------------------------------------------------------------
    def interpret(self, outcomes: Mapping[str, Outcome]) -> KeyFacts:
        config = _first(_answer(outcomes["restrictions"]), "account/config")
        permissions = parse_key(config)
        balances, debt = parse_balances(_answer(outcomes["balances"]))
        return KeyFacts(
            exchange=EXCHANGE,
            permissions=permissions,
            account=replace(parse_account(config), margin_debt=debt),
            ip_whitelist=_ip_list(config),
            # OKX tells neither when a key was made nor a date it stops trading: an
            # unbound trade key is deleted after 14 days without use, a date no
            # endpoint gives.
            created_at=None,
            trading_expires_at=None,
            balances=balances,
        )


ADAPTER_CLASS = OkxAdapter


def parse_key(config: Mapping[str, Any]) -> Permissions:
    """GET /api/v5/account/config to the normalized permissions of the key.

    ``perm`` says what the key may do; ``acctLv``, ``enableSpotBorrow`` and
    ``opAuth`` say what ``trade`` reaches on this account. Transfers between the
    account's own wallets and sub-accounts come with every trade key and cannot
    be switched off, so universal transfer is ``None``: neither a pass nor a flag
    the person could act on.
    """
    granted = _permissions(config)
    mode = _account_mode(config)
    spot_borrow = optional_bool(config, "enableSpotBorrow", EXCHANGE)
    options_on = _options_activated(config)
    trade = "trade" in granted
    derivatives_mode = mode != SPOT_MODE
    borrowing: bool | None = True if derivatives_mode else spot_borrow
    withdraw = "withdraw" in granted
    return Permissions(
        read=True,  # the answer itself needs Read: OKX refuses it with 50120 otherwise
        spot_trade=trade,
        margin=_when_trading(trade, borrowing),
        futures=trade and derivatives_mode,
        options=_when_trading(trade, options_on),
        withdraw=withdraw,
        internal_transfer=withdraw,  # to another OKX user is a withdrawal (dest 3)
        universal_transfer=None,
        ip_restricted=bool(_ip_text(config)),
    )


def parse_account(config: Mapping[str, Any]) -> AccountSwitches:
    """What the account's mode opens, whatever the key may do."""
    mode = _account_mode(config)
    spot_borrow = optional_bool(config, "enableSpotBorrow", EXCHANGE)
    return AccountSwitches(
        margin_account=mode in (FUTURES_MODE, MULTI_CURRENCY_MARGIN) or spot_borrow is True,
        futures_account=mode != SPOT_MODE,
        options_account=_options_activated(config),
        portfolio_margin=mode == PORTFOLIO_MARGIN,
    )


def parse_balances(answer: Any) -> tuple[dict[str, Decimal], bool | None]:
    """GET /api/v5/account/balance: cash per currency, and whether anything is owed.

    OKX fills liabilities only where the account mode has them (not in Futures
    mode, whose loans sit in margin positions); when no currency reports one,
    whether a loan is open is unknown (``None``).
    """
    details = _first(answer, "account/balance").get("details")
    if not isinstance(details, list):
        raise unexpected(EXCHANGE, "details")
    balances: dict[str, Decimal] = {}
    owed: list[Decimal] = []
    for detail in details:
        if not isinstance(detail, dict) or not isinstance(detail.get("ccy"), str):
            raise unexpected(EXCHANGE, "details")
        cash = parse_decimal(detail.get("cashBal"), EXCHANGE, "cashBal")
        if cash:
            balances[detail["ccy"]] = cash
        owed.extend(
            parse_decimal(detail[name], EXCHANGE, name)
            for name in ("liab", "crossLiab", "isoLiab")
            if detail.get(name) not in (None, "")
        )
    if details and not owed:
        return balances, None
    return balances, any(amount != 0 for amount in owed)


# -- reading the documents -------------------------------------------------------
def _answer(outcome: Outcome) -> Any:
    if isinstance(outcome, BaseException):
        raise outcome
    return outcome


def _first(answer: Any, name: str) -> dict[str, Any]:
    """OKX wraps every answer as {"code": "0", "data": [ … ], "msg": ""}."""
    if not isinstance(answer, dict) or answer.get("code") != "0":
        raise unexpected(EXCHANGE, name)
    data = answer.get("data")
    if not isinstance(data, list) or not data or not isinstance(data[0], dict):
        raise unexpected(EXCHANGE, name)
    first: dict[str, Any] = data[0]
    return first


def _permissions(config: Mapping[str, Any]) -> set[str]:
    perm = config.get("perm")
    if not isinstance(perm, str):
        raise unexpected(EXCHANGE, "perm")
    granted = {name.strip() for name in perm.split(",") if name.strip()}
    if not granted or granted - set(PERMISSION_NAMES):
        raise unexpected(EXCHANGE, "perm")  # a permission we cannot judge
    return granted


def _account_mode(config: Mapping[str, Any]) -> str:
    mode = config.get("acctLv")
    if mode not in ACCOUNT_MODES:
        raise unexpected(EXCHANGE, "acctLv")
    return str(mode)


def _options_activated(config: Mapping[str, Any]) -> bool | None:
    value = config.get("opAuth")
    if value is None:
        return None
    if value not in ("0", "1"):
        raise unexpected(EXCHANGE, "opAuth")
    return bool(value == "1")


def _when_trading(trade: bool, reachable: bool | None) -> bool | None:
    """A key that cannot trade reaches nothing; one that can reaches what the
    account allows, unknown when the account does not say."""
    return False if not trade else reachable


def _ip_text(config: Mapping[str, Any]) -> str:
    ips = config.get("ip")
    if not isinstance(ips, str):
        raise unexpected(EXCHANGE, "ip")
    return ips.strip()


def _ip_list(config: Mapping[str, Any]) -> tuple[str, ...]:
    return tuple(ip.strip() for ip in _ip_text(config).split(",") if ip.strip())


def _coded_error(code: ErrorCode, detail: str, client: Any) -> VerificationError:
    params = key_end_params(client)
    if code is ErrorCode.RATE_LIMITED:
        params = rate_limit_params(client, _RATE_WINDOW_S, documented=True)
    elif detail in _PASSPHRASE_CODES:
        params["field"] = "passphrase"
    return VerificationError(code, exchange=EXCHANGE, detail=detail, params=params)

"""OKX: which requests tell a key's permissions, and how to read them.

OKX gives a key one permission list (``read_only``, ``trade``, ``withdraw``) and no
switch per product: ``trade`` reaches every product the account's mode allows. So
a trade key is judged together with the account's mode (``acctLv``) from the same
answer: Futures mode allows derivatives and margin positions; multi-currency and
portfolio margin add borrowing on every order. Even in Spot mode a trading key may
switch the account back to a mode it used before, and activate options: whether it
can is not in any answer, so the person checks (``not_verified``).

``trade`` also opens Earn products, Flexible Loan and funds transfers between the
account's own wallets and sub-accounts, which nothing switches off (see
``okx_capabilities``). What limits Flexible Loan now (a loan open, coins in the
funding account its collateral comes from) is read in the same round trip.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from wizard.errors import ErrorCode, WizardError
from wizard.verify.capabilities import Reach
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
from wizard.verify.exchanges.okx_capabilities import CAPABILITIES
from wizard.verify.model import AccountSwitches, KeyFacts, Permissions

EXCHANGE = "okx"

# acctLv, the account mode (https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-account-configuration)
SPOT_MODE = "1"
FUTURES_MODE = "2"
MULTI_CURRENCY_MARGIN = "3"
PORTFOLIO_MARGIN = "4"
ACCOUNT_MODES = (SPOT_MODE, FUTURES_MODE, MULTI_CURRENCY_MARGIN, PORTFOLIO_MARGIN)

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
    "50030": ErrorCode.INVALID_CREDENTIALS,  # no permission to use this endpoint
    "50051": ErrorCode.ACCESS_RESTRICTED,  # compliance restrictions in the country or region
    "50121": ErrorCode.ACCESS_RESTRICTED,  # "You can't access our services through the IP"
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
        Probe("loans", lambda c: c.private_get_finance_flexible_loan_loan_info()),
        Probe("funding", lambda c: c.private_get_asset_balances()),
        Probe("clock", lambda c: c.public_get_public_time()),
    )

    def server_time_ms(self, answer: Any) -> int:
        value = _first(answer, "public/time").get("ts")
        if not isinstance(value, str) or not value.isdigit():
            raise unexpected(EXCHANGE, "ts")
        return int(value)

    # -- errors -----------------------------------------------------------------
    def classify(self, error: BaseException, client: Any) -> WizardError:
        """The exchange's code in the answer decides, before ccxt's class: ccxt
        turns OKX's HTTP 429 into ExchangeNotAvailable."""
        if isinstance(error, WizardError):
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
        reading = read_key(config)
        balances, debt = parse_balances(_answer(outcomes["balances"]))
        return KeyFacts(
            exchange=EXCHANGE,
            permissions=reading.permissions,
            account=replace(parse_account(config), margin_debt=debt),
            ip_whitelist=_ip_list(config),
            # OKX tells neither when a key was made nor a date it stops trading: an
            # unbound trade key expires after 14 days without use, a date no
            # endpoint gives.
            created_at=None,
            trading_expires_at=None,
            balances=balances,
            unknown_permissions=reading.unknown,
            unblockable=reading.reach.open_doors(
                lambda family: _loan_limit(outcomes) if family.id == "flexible_loan" else None
            ),
        )


ADAPTER_CLASS = OkxAdapter


@dataclass(frozen=True)
class KeyReading:
    permissions: Permissions
    reach: Reach
    unknown: tuple[str, ...]


def read_key(config: Mapping[str, Any]) -> KeyReading:
    """GET /api/v5/account/config to the normalized permissions of the key.

    ``perm`` says what the key may do; ``acctLv``, ``enableSpotBorrow`` and
    ``opAuth`` say what ``trade`` reaches on this account. A field left out leaves
    what it decides unknown; a permission or account mode this module does not know
    is an unknown permission.
    """
    granted = _permissions(config)
    unknown: list[str] = []
    mode = config.get("acctLv")
    if mode is not None and mode not in ACCOUNT_MODES:
        unknown.append(f"acctLv {mode}")
        mode = None
    spot_borrow = optional_bool(config, "enableSpotBorrow", EXCHANGE)
    options_on = _options_activated(config)
    trade = granted is not None and "trade" in granted
    opened: list[str] = []
    if trade and mode is not None and mode != SPOT_MODE:
        opened += ["futures", "margin"]
    if trade and mode == SPOT_MODE and spot_borrow:
        opened.append("margin")
    if trade and options_on:
        opened.append("options")
    reach = CAPABILITIES.reach(granted or (), also_open=opened, complete=granted is not None)
    overrides: dict[str, bool | None] = {}
    if trade:
        # Not opened now, but a trading key may switch the account to a mode it used
        # before, or activate options: whether it can is in no answer.
        overrides = {name: None for name in ("futures", "margin", "options") if name not in opened}
    ips = _ip_text(config)
    permissions = reach.permissions(
        ip_restricted=None if ips is None else bool(ips),
        read=True,  # the answer itself needs Read: OKX refuses it with 50120 otherwise
        **overrides,
    )
    return KeyReading(permissions, reach, (*reach.unknown, *unknown))


def parse_key(config: Mapping[str, Any]) -> Permissions:
    """GET /api/v5/account/config to the normalized permissions (see ``read_key``)."""
    return read_key(config).permissions


def _loan_limit(outcomes: Mapping[str, Outcome]) -> str | None:
    """What limits Flexible Loan now: a loan open, else whether the funding account
    (its collateral) holds anything. Unknown when OKX did not say."""
    loans = outcomes.get("loans")
    data = loans.get("data") if isinstance(loans, dict) and loans.get("code") == "0" else None
    if not isinstance(data, list):
        return None
    try:
        for entry in data:
            owed = entry.get("loanData") if isinstance(entry, dict) else None
            for loan in owed if isinstance(owed, list) else ():
                if isinstance(loan, dict) and parse_decimal(loan.get("amt"), EXCHANGE, "amt"):
                    return "loan_open"
        funding = outcomes.get("funding")
        coins = funding.get("data") if isinstance(funding, dict) else None
        if not isinstance(coins, list):
            return None
        held = any(
            parse_decimal(coin.get("bal"), EXCHANGE, "bal") > 0
            for coin in coins
            if isinstance(coin, dict)
        )
    except WizardError:
        return None
    return "collateral_held" if held else "collateral_empty"


def parse_account(config: Mapping[str, Any]) -> AccountSwitches:
    """What the account's mode opens, whatever the key may do (``None`` where the
    answer leaves the mode out or names one this module does not know)."""
    mode = config.get("acctLv")
    spot_borrow = optional_bool(config, "enableSpotBorrow", EXCHANGE)
    if mode not in ACCOUNT_MODES:
        return AccountSwitches(
            margin_account=True if spot_borrow else None,
            options_account=_options_activated(config),
        )
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


def _permissions(config: Mapping[str, Any]) -> list[str] | None:
    """The key's permission names; ``None`` when the answer leaves ``perm`` out."""
    perm = config.get("perm")
    if perm is None:
        return None
    if not isinstance(perm, str):
        raise unexpected(EXCHANGE, "perm")
    return [name.strip() for name in perm.split(",") if name.strip()]


def _options_activated(config: Mapping[str, Any]) -> bool | None:
    value = config.get("opAuth")
    if value is None:
        return None
    if value not in ("0", "1"):
        raise unexpected(EXCHANGE, "opAuth")
    return bool(value == "1")


def _ip_text(config: Mapping[str, Any]) -> str | None:
    """The key's IP list as OKX sends it ("" when bound to none); ``None`` when left out."""
    ips = config.get("ip")
    if ips is None:
        return None
    if not isinstance(ips, str):
        raise unexpected(EXCHANGE, "ip")
    return ips.strip()


def _ip_list(config: Mapping[str, Any]) -> tuple[str, ...] | None:
    text = _ip_text(config)
    if text is None:
        return None
    return tuple(ip.strip() for ip in text.split(",") if ip.strip())


def _coded_error(code: ErrorCode, detail: str, client: Any) -> WizardError:
    params = key_end_params(client)
    if code is ErrorCode.RATE_LIMITED:
        params = rate_limit_params(client, _RATE_WINDOW_S, documented=True)
    elif detail in _PASSPHRASE_CODES:
        params["field"] = "passphrase"
    return WizardError(code, exchange=EXCHANGE, detail=detail, params=params)

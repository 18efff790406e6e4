"""Coinbase Advanced Trade: which requests tell a CDP key's permissions, and how to read them.

A CDP key has three switches (view, trade, transfer) and is bound to one portfolio;
a key bound to an INTX portfolio trades perpetuals. Coinbase does not report the
key's IP allowlist or its age, so those stay unknown.

Every request carries a JWT signed on this computer's clock, and Coinbase answers
one 401 for an unknown key, a wrong secret, a refused address and a JWT outside
its lifetime alike. Setting ccxt's ``timeDifference`` cannot help (ccxt dates the
JWT with ``seconds()``), so a 401 is never called a clock refusal for the service to
retry; ``interpret`` names the clock instead when the clock probe shows it off by
more than a JWT tolerates.
"""

from __future__ import annotations

import base64
import binascii
import time
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from wizard.errors import ErrorCode, WizardError
from wizard.verify.capabilities import Reach
from wizard.verify.exchanges.base import (
    Outcome,
    Probe,
    classify_ccxt,
    key_end_params,
    parse_decimal,
    rate_limit_params,
    unexpected,
    unreadable_secret,
)
from wizard.verify.exchanges.coinbase_capabilities import CAPABILITIES
from wizard.verify.model import AccountSwitches, KeyFacts, Permissions

EXCHANGE = "coinbase"
# How far this computer's clock may be off before Coinbase refuses the JWT. Coinbase
# does not publish its tolerance; beyond this a clock is wrong enough to fix first.
JWT_LEEWAY_MS = 30_000
ACCOUNT_PAGE_SIZE = 250  # the most Coinbase returns per page
MAX_ACCOUNT_PAGES = 40  # 10,000 wallets: more means the cursor is going round in circles
# Coinbase's portfolio types: INTX is the international perpetuals exchange; UNDEFINED
# tells nothing; a type Coinbase adds later is not known to be spot-only.
PORTFOLIO_TYPES = ("UNDEFINED", "DEFAULT", "CONSUMER", "INTX")
DERIVATIVE_PORTFOLIOS = ("INTX",)
# Wallets on these platforms hold futures (US derivatives) or perpetuals (INTX).
DERIVATIVES_PLATFORMS = ("ACCOUNT_PLATFORM_CFM_CONSUMER", "ACCOUNT_PLATFORM_INTX")
SPOT_ACCOUNT_TYPES = ("ACCOUNT_TYPE_CRYPTO", "ACCOUNT_TYPE_FIAT")


@dataclass(frozen=True)
class ClockReading:
    """The exchange's time answer and this computer's clock halfway through asking."""

    answer: Any
    local_ms: int


async def _read_clock(client: Any) -> ClockReading:
    sent = time.time()
    answer = await client.v3_public_get_brokerage_time()
    return ClockReading(answer, round((sent + time.time()) * 500))


async def _all_wallet_pages(client: Any) -> list[Any]:
    """Every page of the key's wallets. Only more than 250 wallets cost another trip."""
    params: dict[str, Any] = {"limit": ACCOUNT_PAGE_SIZE}
    pages: list[Any] = []
    while len(pages) < MAX_ACCOUNT_PAGES:
        page = await client.v3_private_get_brokerage_accounts(params)
        pages.append(page)
        cursor = page.get("cursor") if isinstance(page, dict) else None
        if not (isinstance(page, dict) and page.get("has_next") is True and cursor):
            break
        params = {"limit": ACCOUNT_PAGE_SIZE, "cursor": cursor}
    return pages


def _epoch_millis(reading: Any) -> int:
    document = reading.answer if isinstance(reading, ClockReading) else None
    millis = document.get("epochMillis") if isinstance(document, dict) else None
    if not isinstance(millis, str) or not millis.isdigit():
        raise unexpected(EXCHANGE, "epochMillis")
    return int(millis)


class CoinbaseAdapter:
    exchange = EXCHANGE
    clock_probe = "clock"
    probes: tuple[Probe, ...] = (
        Probe("restrictions", lambda c: c.v3_private_get_brokerage_key_permissions()),
        Probe("balances", _all_wallet_pages),
        Probe("clock", _read_clock),
    )

    def server_time_ms(self, answer: Any) -> int:
        return _epoch_millis(answer)

    # -- errors -----------------------------------------------------------------
    def classify(self, error: BaseException, client: Any) -> WizardError:
        import ccxt

        if isinstance(error, WizardError):
            return error
        key_params = key_end_params(client)
        if "-----BEGIN" in (getattr(client, "apiKey", "") or ""):
            # A private key where the key's name belongs: key and secret swapped.
            return WizardError(
                ErrorCode.INVALID_CREDENTIALS, exchange=EXCHANGE, detail="key", params=key_params
            )
        if not isinstance(error, ccxt.BaseError) and not secret_is_readable(
            getattr(client, "secret", "") or ""
        ):
            return unreadable_secret(EXCHANGE)
        if isinstance(error, ccxt.RateLimitExceeded):
            return _rate_limited(client)
        if isinstance(error, ccxt.AuthenticationError):  # 401, and 403 PERMISSION_DENIED
            status = "403" if isinstance(error, ccxt.PermissionDenied) else "401"
            return WizardError(
                ErrorCode.INVALID_CREDENTIALS, exchange=EXCHANGE, detail=status, params=key_params
            )
        return classify_ccxt(error, EXCHANGE)

    # -- answers ----------------------------------------------------------------
    def interpret(self, outcomes: Mapping[str, Outcome]) -> KeyFacts:
        _refuse_when_the_clock_is_off(outcomes)
        document = outcomes["restrictions"]
        if isinstance(document, BaseException):
            raise document
        if not isinstance(document, dict):
            raise unexpected(EXCHANGE, "key_permissions")
        wallets = _readable_wallets(outcomes["balances"], document)
        derivatives = None if wallets is None else _has_derivatives_wallet(wallets)
        reach = read_key(document, derivatives)
        return KeyFacts(
            exchange=EXCHANGE,
            permissions=key_permissions(document, reach),
            account=AccountSwitches(futures_account=derivatives),
            ip_whitelist=None,  # an allowlist set in the CDP portal is not reported
            created_at=None,  # nor is the key's creation time
            balances=None if wallets is None else spot_balances(wallets),
            unknown_permissions=(*reach.unknown, *unknown_portfolio(document)),
        )


ADAPTER_CLASS = CoinbaseAdapter


def read_key(document: Mapping[str, Any], derivatives_wallet: bool | None) -> Reach:
    """GET /api/v3/brokerage/key_permissions judged through Coinbase's capability map.

    ``can_transfer`` is one switch for everything that moves funds (sends, deposits
    and withdrawals, moves between portfolios), so it counts as withdraw, internal and
    universal transfer at once. A trading key reaches derivatives where the account
    is onboarded for them, which the answer shows only through the portfolio (INTX
    trades perpetuals) or a futures or perpetuals wallet the key can see.
    """
    on: list[str] = []
    for name, value in document.items():
        if not name.startswith("can_") or value is None:  # null: left out
            continue
        if not isinstance(value, bool):
            raise unexpected(EXCHANGE, name)
        if value:
            on.append(name)  # a name the map does not know, switched on: unknown
    left_out = [name for name in CAPABILITIES.grants if document.get(name) is None]
    portfolio_type = document.get("portfolio_type")
    if portfolio_type is not None and not isinstance(portfolio_type, str):
        raise unexpected(EXCHANGE, "portfolio_type")
    shown = portfolio_type in DERIVATIVE_PORTFOLIOS or derivatives_wallet is True
    # Derivatives the answer shows, and nothing showing the key cannot trade them (a
    # ``can_trade`` left out counts as trading): no tick by hand may stand in for that.
    may_trade = "can_trade" in on or "can_trade" in left_out
    opened = ["futures"] if may_trade and shown else []
    return CAPABILITIES.reach(on, unsure=left_out, also_open=opened)


def key_permissions(document: Mapping[str, Any], reach: Reach) -> Permissions:
    """Derivatives a trading key may reach stay unknown unless shown; spot orders
    carry no borrowing (leverage exists only on derivatives, judged as futures)."""
    overrides: dict[str, bool | None] = {"margin": False}
    if reach.fields["spot_trade"] is not False:
        overrides.update(
            {name: None for name in ("futures", "options") if reach.fields[name] is not True}
        )
    return reach.permissions(ip_restricted=None, **overrides)  # the allowlist is not reported


def parse_key(document: Mapping[str, Any], derivatives_wallet: bool | None) -> Permissions:
    """GET /api/v3/brokerage/key_permissions to the normalized permissions."""
    return key_permissions(document, read_key(document, derivatives_wallet))


def unknown_portfolio(document: Mapping[str, Any]) -> tuple[str, ...]:
    """A portfolio type Coinbase did not document: not known to be spot-only."""
    portfolio_type = document.get("portfolio_type")
    if portfolio_type is None or portfolio_type in PORTFOLIO_TYPES:
        return ()
    return (f"portfolio_type {portfolio_type}",)


def secret_is_readable(secret: str) -> bool:
    """Whether ``secret`` is a CDP private key: an EC PEM or a base64 Ed25519 key."""
    from cryptography.exceptions import UnsupportedAlgorithm
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    if "-----BEGIN" in secret:
        try:
            load_pem_private_key(secret.encode(), None)
        except (ValueError, TypeError, UnsupportedAlgorithm):
            return False
        return True
    try:
        return len(base64.b64decode(secret, validate=True)) == 64
    except (binascii.Error, ValueError):
        return False


def spot_balances(wallets: list[dict[str, Any]]) -> dict[str, Decimal]:
    """Available plus on hold, per currency, over the spot wallets; zeros left out."""
    totals: dict[str, Decimal] = {}
    for wallet in wallets:
        if wallet.get("type") not in SPOT_ACCOUNT_TYPES:
            continue
        if wallet.get("platform") in DERIVATIVES_PLATFORMS:
            continue
        available = _amount(wallet.get("available_balance"), "available_balance")
        held = _amount(wallet.get("hold") or {"value": "0"}, "hold")
        currency = wallet["currency"]
        totals[currency] = totals.get(currency, Decimal(0)) + available + held
    return {currency: amount for currency, amount in totals.items() if amount}


def _refuse_when_the_clock_is_off(outcomes: Mapping[str, Outcome]) -> None:
    """A 401 while this computer's clock is off by more than a JWT tolerates: the
    clock is the likely cause, and the one to fix first."""
    import ccxt

    refused = any(
        isinstance(outcomes[name], ccxt.AuthenticationError)
        and not isinstance(outcomes[name], ccxt.PermissionDenied)
        for name in ("restrictions", "balances")
    )
    reading = outcomes["clock"]
    if not refused or not isinstance(reading, ClockReading):
        return
    skew_ms = _epoch_millis(reading) - reading.local_ms
    if abs(skew_ms) > JWT_LEEWAY_MS:
        raise WizardError(
            ErrorCode.CLOCK_SKEW, exchange=EXCHANGE, detail="401", params={"skew_ms": str(skew_ms)}
        )


def _readable_wallets(outcome: Outcome, document: Mapping[str, Any]) -> list[dict[str, Any]] | None:
    """The wallets on every page; ``None`` when the key may not view them (and says so)."""
    import ccxt

    if isinstance(outcome, ccxt.PermissionDenied) and document.get("can_view") is False:
        return None
    if isinstance(outcome, BaseException):
        raise outcome
    if not isinstance(outcome, list) or not outcome:
        raise unexpected(EXCHANGE, "accounts")
    wallets: list[dict[str, Any]] = []
    for page in outcome:
        if not isinstance(page, dict) or not isinstance(page.get("accounts"), list):
            raise unexpected(EXCHANGE, "accounts")
        for wallet in page["accounts"]:
            if not isinstance(wallet, dict) or not isinstance(wallet.get("currency"), str):
                raise unexpected(EXCHANGE, "currency")
            wallets.append(wallet)
    if outcome[-1].get("has_next", False) is not False:
        raise unexpected(EXCHANGE, "has_next")  # pages left unread, or no answer at all
    return wallets


def _has_derivatives_wallet(wallets: list[dict[str, Any]]) -> bool:
    return any(wallet.get("platform") in DERIVATIVES_PLATFORMS for wallet in wallets)


def _amount(balance: Any, field: str) -> Decimal:
    if not isinstance(balance, dict):
        raise unexpected(EXCHANGE, field)
    return parse_decimal(balance.get("value"), EXCHANGE, field)


def _rate_limited(client: Any) -> WizardError:
    return WizardError(
        ErrorCode.RATE_LIMITED,
        exchange=EXCHANGE,
        detail="429",
        params=rate_limit_params(client, 60),
    )

"""Kraken: which requests tell a key's permissions, and how to read them.

Kraken lists a key's permissions by name in GetApiKeyInfo, which any key may call;
each is judged through Kraken's capability map (``kraken_capabilities``), and a name
the map does not know is an unknown permission. Margin is not a permission of its
own: a key that may create orders may create leveraged ones wherever the account is
allowed margin, and nothing the key can read says whether it is, so margin stays
unknown for a trading key. Kraken Futures is a separate system with keys of its own;
but "Query Funds" alone lets a key move funds into a Futures wallet (WalletTransfer).

Every private request carries a nonce that must be larger than the key's last one.
Requests sent at once can arrive in another order than their nonces, and the one
that comes late is refused (EAPI:Invalid nonce); it is sent again, once, with a new
nonce. A refusal that survives that is another program using the same key with
larger nonces.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import re
import threading
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from wizard.errors import ErrorCode, WizardError
from wizard.verify.capabilities import Reach
from wizard.verify.exchanges.base import (
    Outcome,
    Probe,
    ban_params,
    classify_ccxt,
    key_end_params,
    optional_strings,
    parse_decimal,
    rate_limit_params,
    unexpected,
    unreadable_secret,
)
from wizard.verify.exchanges.kraken_capabilities import CAPABILITIES
from wizard.verify.model import KeyFacts, Permissions

EXCHANGE = "kraken"

_CODES: Mapping[str, ErrorCode] = {
    "EAPI:Invalid key": ErrorCode.INVALID_CREDENTIALS,  # unknown key, or IP not allowed
    "EGeneral:Permission denied": ErrorCode.INVALID_CREDENTIALS,
    "EAPI:Invalid signature": ErrorCode.BAD_SIGNATURE,
    "EAPI:Invalid nonce": ErrorCode.NONCE_REJECTED,
    "EAPI:Rate limit exceeded": ErrorCode.RATE_LIMITED,
    "EGeneral:Too many requests": ErrorCode.RATE_LIMITED,
    "EGeneral:Temporary lockout": ErrorCode.IP_BANNED,
    "EService:Unavailable": ErrorCode.EXCHANGE_UNAVAILABLE,
    "EService:Busy": ErrorCode.EXCHANGE_UNAVAILABLE,
    "EGeneral:Internal error": ErrorCode.EXCHANGE_UNAVAILABLE,
}
_INVALID_NONCE = "EAPI:Invalid nonce"
_PERMISSION_DENIED = "EGeneral:Permission denied"
_UNKNOWN_METHOD = "EGeneral:Unknown method"
_LOCKOUT_MINUTES = 15  # how long Kraken's temporary lockout usually lasts
_RATE_LIMIT_WAIT_S = 60  # Kraken sends no Retry-After; its counters drain within a minute

# Of two private requests sent together, the second leaves this much later, with the
# larger nonce. Sent at the same instant they reach Kraken in either order, and the
# later nonce arriving first gets the other refused; a head start of a few
# milliseconds keeps their order, and costs far less than a round trip. A refusal
# that still happens is repaired by sending that request again.
HEAD_START_S = 0.01

# Fallback probes, for a server that does not know GetApiKeyInfo. Neither can move
# funds or place an order: WithdrawInfo only quotes a fee, for a withdrawal address
# name no account has saved, and CancelOrder names an order id of Kraken's shape that
# no order has (letters, so Kraken cannot take it for a numeric user reference).
_NO_SUCH_WITHDRAW_KEY = "halal-key-wizard: no such address"
_NO_SUCH_ORDER = "OHALAL-WIZRD-NOORDR"


class IncreasingNonce:
    """Millisecond nonces, each larger than the last one given in this process.

    ccxt keeps nonces increasing per client; this keeps them increasing across the
    clients of successive verifications too (a retry, "verify again"), so one
    verification can never reuse a nonce another one in this process already sent.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._last = 0

    def __call__(self) -> int:
        with self._lock:
            self._last = max(time.time_ns() // 1_000_000, self._last + 1)
            return self._last


PROCESS_NONCE = IncreasingNonce()


@dataclass(frozen=True)
class ProbedPermissions:
    """What the fallback probes found, where GetApiKeyInfo is not available."""

    withdraw: bool
    cancel_orders: bool


class KrakenAdapter:
    exchange = EXCHANGE
    clock_probe = "clock"
    # ccxt sets constructor settings as attributes: this replaces the client's nonce().
    client_config: Mapping[str, Any] = {"nonce": PROCESS_NONCE}
    probes: tuple[Probe, ...] = (
        Probe("restrictions", lambda c: _key_document(c)),
        Probe("balances", lambda c: _balances(c)),
        Probe("clock", lambda c: c.public_get_time()),
    )

    def server_time_ms(self, answer: Any) -> int:
        """Kraken's clock has whole seconds only. The moment it names can be anywhere in
        that second, so the moment of ours nearest to it is taken: the skew measured is
        the smallest the answer allows, and a clock in step is never called off."""
        result = answer.get("result") if isinstance(answer, dict) else None
        unixtime = result.get("unixtime") if isinstance(result, dict) else None
        if isinstance(unixtime, bool) or not isinstance(unixtime, int):
            raise unexpected(EXCHANGE, "unixtime")
        second_starts_ms = unixtime * 1000
        return min(max(time.time_ns() // 1_000_000, second_starts_ms), second_starts_ms + 999)

    # -- errors -----------------------------------------------------------------
    def classify(self, error: BaseException, client: Any) -> WizardError:
        if isinstance(error, WizardError):
            return error
        if isinstance(error, binascii.Error | ValueError) and not _base64_secret(
            getattr(client, "secret", "") or ""
        ):
            return unreadable_secret(EXCHANGE)
        for message in kraken_errors(error):
            mapped = _CODES.get(message)
            if mapped is not None:
                return WizardError(
                    mapped, exchange=EXCHANGE, detail=message, params=_params(mapped, client)
                )
        return classify_ccxt(error, EXCHANGE)

    # -- answers ----------------------------------------------------------------
    def interpret(self, outcomes: Mapping[str, Outcome]) -> KeyFacts:
        key = outcomes["restrictions"]
        if isinstance(key, BaseException):
            raise key
        if isinstance(key, ProbedPermissions):
            return _probed_facts(key, outcomes["balances"])
        info = _result(key, "GetApiKeyInfo")
        reach = read_key(info)
        ips = optional_strings(info, "ipAllowlist", EXCHANGE)
        balances_outcome = outcomes["balances"]
        return KeyFacts(
            exchange=EXCHANGE,
            permissions=key_permissions(info, reach),
            ip_whitelist=None if ips is None else tuple(ips),
            created_at=_unix_seconds(info.get("createdTime"), "createdTime"),
            trading_expires_at=_unix_seconds(info.get("validUntil"), "validUntil"),
            expiry_reason="key_end_date" if info.get("validUntil") not in (None, "0", 0) else None,
            balances=parse_balances(_result(balances_outcome, "BalanceEx"))
            if _funds_readable(balances_outcome)
            else None,
            unknown_permissions=reach.unknown,
        )


ADAPTER_CLASS = KrakenAdapter


def read_key(info: Mapping[str, Any]) -> Reach:
    """GetApiKeyInfo's permission codes judged through Kraken's capability map."""
    granted = info.get("permissions")
    ips = info.get("ipAllowlist")
    if granted is not None and (
        not isinstance(granted, list) or not all(isinstance(p, str) for p in granted)
    ):
        raise unexpected(EXCHANGE, "permissions")
    if ips is not None and (
        not isinstance(ips, list) or not all(isinstance(ip, str) for ip in ips)
    ):
        raise unexpected(EXCHANGE, "ipAllowlist")
    return CAPABILITIES.reach(granted or (), complete=granted is not None)


def key_permissions(info: Mapping[str, Any], reach: Reach) -> Permissions:
    """A key that may create orders can borrow wherever the account may use margin,
    which no answer tells: margin stays unknown for it."""
    ips = optional_strings(info, "ipAllowlist", EXCHANGE)
    margin = reach.fields["margin"]
    if reach.fields["spot_trade"] is not False:
        margin = None
    return reach.permissions(ip_restricted=None if ips is None else bool(ips), margin=margin)


def parse_key(info: Mapping[str, Any]) -> Permissions:
    """GetApiKeyInfo's result to the normalized permissions."""
    return key_permissions(info, read_key(info))


def parse_probed(probed: ProbedPermissions, funds_readable: bool) -> Permissions:
    """The fallback probes to the normalized permissions. Without AddOrder nothing can
    test order creation, so the cancel permission stands for trading: Kraken's key
    form offers the two together for a trading bot. Funds readable means "Query Funds",
    which also moves funds to a Futures wallet; withdrawing means "Withdraw Funds",
    which also moves them to sub-accounts. Everything else (Earn, the address book,
    permissions Kraken may add, the IP list) is what only GetApiKeyInfo tells: unknown."""
    return Permissions(
        read=True if funds_readable else None,  # orders or the ledger may still be readable
        spot_trade=probed.cancel_orders,
        withdraw=True if probed.withdraw else None,
        internal_transfer=True if probed.withdraw else None,
        universal_transfer=True if funds_readable else None,
    )


def parse_balances(result: Mapping[str, Any]) -> dict[str, Decimal]:
    """BalanceEx: each asset's total balance (held amounts included), zeros left out.
    Asset names stay Kraken's own (XXBT, ZUSD, DOT.S...)."""
    balances: dict[str, Decimal] = {}
    for asset, entry in result.items():
        if not isinstance(entry, dict):
            raise unexpected(EXCHANGE, "BalanceEx")
        amount = parse_decimal(entry.get("balance"), EXCHANGE, "balance")
        if amount:
            balances[asset] = amount
    return balances


# Kraken's older asset codes (X before crypto, Z before money; its own XBT and XDG),
# named as people know them. Newer assets carry no prefix and keep their code.
_KRAKEN_CODES = {
    **{
        f"X{coin}": coin for coin in ("ETH", "LTC", "XRP", "XLM", "XMR", "ZEC", "ETC", "REP", "MLN")
    },
    **{f"Z{money}": money for money in ("USD", "EUR", "GBP", "CAD", "JPY", "AUD", "CHF")},
    "XXBT": "BTC",
    "XBT": "BTC",
    "XXDG": "DOGE",
    "XDG": "DOGE",
}


def asset_name(code: str) -> str:
    """Kraken's asset code as people know the coin: XXBT is BTC, ZUSD is USD, XETH is
    ETH; a suffix for coins in Kraken's earn products stays (DOT.S)."""
    base, dot, suffix = code.partition(".")
    return _KRAKEN_CODES.get(base, base) + dot + suffix


def _base64_secret(secret: str) -> bool:
    try:
        base64.b64decode(secret, validate=True)
    except (binascii.Error, ValueError):
        return False
    return True


def kraken_errors(error: BaseException) -> list[str]:
    """Kraken's error strings from a ccxt message like ``kraken {"error":["EAPI:…"]}``."""
    return re.findall(r'"([EW][A-Za-z]+:[^"]*)"', str(error))


# -- requests -----------------------------------------------------------------------
async def _sent_again_on_nonce(send: Callable[[], Awaitable[Any]]) -> Any:
    """Send a request; if Kraken refused its nonce, send it once more. ccxt signs every
    request with a fresh, larger nonce, so the second one is newer than any sent before."""
    try:
        return await send()
    except Exception as error:
        if _INVALID_NONCE not in kraken_errors(error):
            raise
    return await send()


async def _balances(client: Any) -> Any:
    """BalanceEx, sent together with GetApiKeyInfo but a moment after it."""
    await asyncio.sleep(HEAD_START_S)
    return await _sent_again_on_nonce(lambda: client.private_post_balanceex())


async def _key_document(client: Any) -> Any:
    """GetApiKeyInfo; where the server does not know it, the two fallback probes, sent
    together (this costs a second round trip, only then)."""
    try:
        return await _sent_again_on_nonce(lambda: client.private_post_getapikeyinfo())
    except Exception as error:
        if not _is_unknown_method(error):
            raise
    withdraw, cancel_orders = await asyncio.gather(
        _permission_present(
            lambda: client.private_post_withdrawinfo(
                {"asset": "XBT", "key": _NO_SUCH_WITHDRAW_KEY, "amount": "0.001"}
            ),
            "EFunding:Unknown withdraw key",
        ),
        _permission_present(
            lambda: client.private_post_cancelorder({"txid": _NO_SUCH_ORDER}),
            "EOrder:Unknown order",
            head_start_s=HEAD_START_S,
        ),
    )
    return ProbedPermissions(withdraw=withdraw, cancel_orders=cancel_orders)


async def _permission_present(
    send: Callable[[], Awaitable[Any]], past_the_gate: str, head_start_s: float = 0.0
) -> bool:
    """Whether the key may call a method: an answer about the method's own arguments
    (``past_the_gate``) means Kraken let the key through; permission denied means not."""
    await asyncio.sleep(head_start_s)
    try:
        await _sent_again_on_nonce(send)
    except Exception as error:
        messages = kraken_errors(error)
        if past_the_gate in messages:
            return True
        if _PERMISSION_DENIED in messages:
            return False
        raise
    return True


def _is_unknown_method(error: BaseException) -> bool:
    return _UNKNOWN_METHOD in kraken_errors(error) or " 404 " in str(error)


# -- reading answers ----------------------------------------------------------------
def _result(answer: Outcome, name: str) -> dict[str, Any]:
    if isinstance(answer, BaseException):
        raise answer
    result = answer.get("result") if isinstance(answer, dict) else None
    if not isinstance(result, dict):
        raise unexpected(EXCHANGE, name)
    return result


def _funds_readable(outcome: Outcome) -> bool:
    """Whether BalanceEx answered; permission denied is an answer too (the key cannot
    read funds), anything else is a failure of the verification."""
    if isinstance(outcome, BaseException):
        if _PERMISSION_DENIED in kraken_errors(outcome):
            return False
        raise outcome
    return True


def _probed_facts(probed: ProbedPermissions, balances: Outcome) -> KeyFacts:
    readable = _funds_readable(balances)
    return KeyFacts(
        exchange=EXCHANGE,
        permissions=parse_probed(probed, readable),
        balances=parse_balances(_result(balances, "BalanceEx")) if readable else None,
    )


def _unix_seconds(value: Any, field: str) -> datetime | None:
    """Kraken's times: unix seconds as a string, "0" for none."""
    if value in (None, "0", 0):
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise unexpected(EXCHANGE, field)
    try:
        return datetime.fromtimestamp(int(value), UTC)
    except (ValueError, OverflowError, OSError):
        raise unexpected(EXCHANGE, field) from None


def _params(code: ErrorCode, client: Any) -> dict[str, str]:
    if code is ErrorCode.RATE_LIMITED:
        return rate_limit_params(client, _RATE_LIMIT_WAIT_S)
    if code is ErrorCode.IP_BANNED:
        return ban_params(_LOCKOUT_MINUTES)
    return key_end_params(client)

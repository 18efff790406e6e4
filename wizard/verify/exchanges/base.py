"""What every exchange adapter provides, and the shared reading of ccxt's errors."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any, Protocol

from wizard.errors import ErrorCode, WizardError
from wizard.verify.model import KeyFacts

# What a probe gave: the exchange's parsed answer, or the exception it raised.
Outcome = object


@dataclass(frozen=True)
class Probe:
    """One request of a verification. All probes of an adapter run at once."""

    name: str
    call: Callable[[Any], Awaitable[Any]]


class Adapter(Protocol):
    exchange: str
    probes: tuple[Probe, ...]
    clock_probe: str  # the name of the probe that reads the exchange's clock

    def server_time_ms(self, answer: Any) -> int:
        """The exchange's clock from the clock probe's answer."""
        ...

    def interpret(self, outcomes: Mapping[str, Outcome]) -> KeyFacts:
        """Turn every probe's outcome into facts, or raise ``WizardError``."""
        ...

    def classify(self, error: BaseException, client: Any) -> WizardError:
        """Name the error in the stable vocabulary of docs/command-line.md."""
        ...


def unexpected(exchange: str, detail: str) -> WizardError:
    return WizardError(ErrorCode.UNEXPECTED_RESPONSE, exchange=exchange, detail=detail)


def unreadable_secret(exchange: str) -> WizardError:
    """ccxt could not even sign: what was entered as the secret is not in the form the
    exchange gives (a bad paste). Nothing was sent."""
    return WizardError(
        ErrorCode.BAD_SIGNATURE,
        exchange=exchange,
        detail="unreadable secret",
        params={"field": "unreadable"},
    )


def classify_ccxt(error: BaseException, exchange: str) -> WizardError:
    """The fallback for errors an adapter did not recognise, by ccxt's exception class.

    Order matters: ccxt's classes nest (DDoSProtection and RateLimitExceeded are
    NetworkErrors), so the most specific comes first.
    """
    import ccxt

    table: tuple[tuple[type[BaseException], ErrorCode], ...] = (
        (ccxt.InvalidNonce, ErrorCode.CLOCK_SKEW),
        (ccxt.DDoSProtection, ErrorCode.RATE_LIMITED),
        (ccxt.RateLimitExceeded, ErrorCode.RATE_LIMITED),
        (ccxt.RequestTimeout, ErrorCode.NETWORK_UNREACHABLE),
        (ccxt.OnMaintenance, ErrorCode.EXCHANGE_UNAVAILABLE),
        (ccxt.ExchangeNotAvailable, ErrorCode.EXCHANGE_UNAVAILABLE),
        (ccxt.BadResponse, ErrorCode.UNEXPECTED_RESPONSE),
        (ccxt.NullResponse, ErrorCode.UNEXPECTED_RESPONSE),
        (ccxt.AuthenticationError, ErrorCode.INVALID_CREDENTIALS),
        (ccxt.PermissionDenied, ErrorCode.INVALID_CREDENTIALS),
        (ccxt.NetworkError, ErrorCode.NETWORK_UNREACHABLE),
    )
    if isinstance(error, WizardError):
        return error
    # An answer with a 5xx status is the exchange's trouble, whatever class ccxt gives
    # it (a 504 from the exchange's gateway arrives as RequestTimeout).
    if re.search(r" 5\d\d ", str(error)) and isinstance(
        error, ccxt.NetworkError | ccxt.ExchangeError
    ):
        return WizardError(
            ErrorCode.EXCHANGE_UNAVAILABLE, exchange=exchange, detail=type(error).__name__
        )
    for error_class, code in table:
        if isinstance(error, error_class):
            if code is ErrorCode.EXCHANGE_UNAVAILABLE and _is_connection_failure(error):
                code = ErrorCode.NETWORK_UNREACHABLE
            return WizardError(code, exchange=exchange, detail=type(error).__name__)
    return unexpected(exchange, type(error).__name__)


def _is_connection_failure(error: BaseException) -> bool:
    """ccxt reports "could not connect" and "DNS failed" as ExchangeNotAvailable;
    the cause tells them apart from an exchange that answered with 5xx."""
    import socket

    import aiohttp

    cause = error.__cause__
    return isinstance(cause, socket.gaierror | aiohttp.ClientConnectionError)


def key_end_params(client: Any) -> dict[str, str]:
    """The last four characters of the key: the most an error may name of it."""
    return {"key_end": (getattr(client, "apiKey", "") or "")[-4:]}


def rate_limit_params(
    client: Any, usual_wait_s: int, *, documented: bool = False
) -> dict[str, str]:
    """How long to wait: the exchange's Retry-After (whole seconds), else its usual
    wait, which the service waits out by itself only where the exchange documents it."""
    headers = getattr(client, "last_response_headers", None) or {}
    retry = str(headers.get("Retry-After") or headers.get("retry-after") or "")
    if not retry.isdigit():
        retry = str(usual_wait_s) if documented else ""
    return {"wait_seconds": retry or str(usual_wait_s), "retry_after_s": retry}


def ban_params(minutes: int) -> dict[str, str]:
    """When a ban the exchange gave no end for is likely over."""
    until = datetime.now(UTC) + timedelta(minutes=minutes)
    return {"until": until.strftime("%Y-%m-%d %H:%M:%S UTC")}


def exchange_error_code(error: BaseException) -> str | None:
    """The exchange's own error code from a ccxt message like ``binance {"code":-2015,…}``."""
    match = re.search(r'"code"\s*:\s*"?(-?\d+)', str(error))
    return match.group(1) if match else None


def parse_ms_datetime(value: Any, exchange: str, field: str) -> datetime | None:
    """Milliseconds since the epoch, as the exchange sent them, to an aware datetime."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise unexpected(exchange, field)
    try:
        return datetime.fromtimestamp(int(value) / 1000, UTC)
    except (ValueError, OverflowError, OSError):
        raise unexpected(exchange, field) from None


def parse_decimal(value: Any, exchange: str, field: str) -> Decimal:
    """An exact amount; exchanges send them as strings to keep every digit."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise unexpected(exchange, field)
    try:
        amount = Decimal(value)
    except InvalidOperation:
        raise unexpected(exchange, field) from None
    if not amount.is_finite():
        raise unexpected(exchange, field)
    return amount


def optional_bool(document: Mapping[str, Any], name: str, exchange: str) -> bool | None:
    """A yes/no field: ``None`` when the exchange leaves it out, an error when it is
    something other than true or false."""
    value = document.get(name)
    if value is None or isinstance(value, bool):
        return value
    raise unexpected(exchange, name)


def optional_strings(document: Mapping[str, Any], name: str, exchange: str) -> list[str] | None:
    """A list of names or addresses: ``None`` when the exchange leaves it out, an error
    when it is anything but a list of strings."""
    value = document.get(name)
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise unexpected(exchange, name)
    return value

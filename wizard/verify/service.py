"""Runs one live verification: every request at once, then the policy.

A verification costs one network round trip. The clock is read in parallel with
the signed requests; only when the exchange refuses a request for its timestamp
is that request sent again, once, with the measured offset applied. An adapter may
give ccxt constructor settings of its own in ``client_config`` (Kraken: its nonce).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any

from wizard.errors import ErrorCode, WizardError
from wizard.verify.catalog import adapter_for
from wizard.verify.client import REQUEST_TIMEOUT_MS, make_client, parse_api_url
from wizard.verify.exchanges.base import Adapter, Outcome
from wizard.verify.http import RefusedAnswer, make_session
from wizard.verify.model import Confirmation, Credentials, KeyFacts, VerificationReport
from wizard.verify.policy import judge

# Called as each check completes: (check name, True when it succeeded).
ProgressCallback = Callable[[str, bool], None]


async def verify_key(
    exchange: str,
    credentials: Credentials,
    *,
    api_url: str | None = None,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
    on_progress: ProgressCallback | None = None,
    timeout_ms: int = REQUEST_TIMEOUT_MS,
    on_wait: Callable[[int], None] | None = None,
    confirmations: Iterable[Confirmation] = (),
) -> VerificationReport:
    """Verify ``credentials`` live. Raises ``WizardError`` when it cannot.
    ``confirmations``: what the person checked by hand, counted where the exchange
    does not report it.

    When the exchange answers 429 with a Retry-After of at most
    ``MAX_RATE_LIMIT_WAIT_S``, nothing is sent until that time has passed, then the
    verification runs again, at most ``MAX_RATE_LIMIT_RETRIES`` times, each wait half
    again as long as asked. A ban (418) is never retried: retrying lengthens it.
    """
    confirmations = tuple(confirmations)
    retries = 0
    while True:
        try:
            facts, skew_ms = await _ask_once(
                exchange, credentials, api_url, on_progress, timeout_ms
            )
            return judge(facts, skew_ms, now(), confirmations)
        except WizardError as error:
            wait_s = _retry_after_s(error)
            if wait_s is None or retries >= MAX_RATE_LIMIT_RETRIES:
                raise
            retries += 1
            wait_s *= 1.5 ** (retries - 1)
            if on_wait is not None:
                on_wait(round(wait_s))
            await asyncio.sleep(wait_s)


MAX_RATE_LIMIT_RETRIES = 2
TLS_CLOSE_S = 0.25  # what ccxt itself waits on close, for TLS connections to end


def certifi_bundle() -> str:
    """The certificates ccxt trusts (certifi's bundle)."""
    import certifi

    return str(certifi.where())


MAX_RATE_LIMIT_WAIT_S = 30


def _retry_after_s(error: WizardError) -> float | None:
    """How long to wait before asking again, when waiting is worth it."""
    if error.code is not ErrorCode.RATE_LIMITED:
        return None
    try:
        wait_s = float(error.params.get("retry_after_s") or "")
    except ValueError:
        return None
    return wait_s if 0 <= wait_s <= MAX_RATE_LIMIT_WAIT_S else None


async def _ask_once(
    exchange: str,
    credentials: Credentials,
    api_url: str | None,
    on_progress: ProgressCallback | None,
    timeout_ms: int,
) -> tuple[KeyFacts, int | None]:
    """Every request of one verification, at once: the facts and the clock's skew."""
    adapter = adapter_for(exchange)
    plain = api_url is not None and parse_api_url(api_url)[0] == "http"  # checked first
    session = make_session(certifi_bundle())
    client = make_client(
        exchange,
        credentials,
        api_url,
        timeout_ms,
        getattr(adapter, "client_config", None),
        session=session,
    )
    try:
        outcomes, skew_ms = await _run_probes(adapter, client, on_progress)
        refused = next((o for o in outcomes.values() if isinstance(o, RefusedAnswer)), None)
        if refused is not None:
            raise refused.as_error(exchange)
        outcomes = await _retry_clock_refusals(adapter, client, outcomes, skew_ms)
        try:
            facts = adapter.interpret(outcomes)
        except WizardError:
            raise
        except Exception as error:
            raise adapter.classify(error, client) from None
    finally:
        await client.close()
        await session.close()
        if not plain:
            await asyncio.sleep(TLS_CLOSE_S)  # TLS connections end cleanly meanwhile
    return facts, skew_ms


def verify_key_blocking(
    exchange: str, credentials: Credentials, **options: Any
) -> VerificationReport:
    """``verify_key`` for callers without an event loop (the command line)."""
    return asyncio.run(verify_key(exchange, credentials, **options))


async def _run_probes(
    adapter: Adapter, client: Any, on_progress: ProgressCallback | None
) -> tuple[dict[str, Outcome], int | None]:
    outcomes: dict[str, Outcome] = {}
    skew_ms: int | None = None

    async def run(probe_name: str, call: Callable[[Any], Any]) -> None:
        nonlocal skew_ms
        sent = time.time()
        try:
            answer = await call(client)
        except Exception as error:
            outcomes[probe_name] = error
        else:
            outcomes[probe_name] = answer
            if probe_name == adapter.clock_probe:
                received = time.time()
                try:
                    server_ms = adapter.server_time_ms(answer)
                except WizardError as error:
                    outcomes[probe_name] = error
                else:
                    skew_ms = round(server_ms - (sent + received) * 500)
        if on_progress is not None:
            on_progress(probe_name, not isinstance(outcomes[probe_name], BaseException))

    await asyncio.gather(*(run(p.name, p.call) for p in adapter.probes))
    return outcomes, skew_ms


async def _retry_clock_refusals(
    adapter: Adapter, client: Any, outcomes: dict[str, Outcome], skew_ms: int | None
) -> dict[str, Outcome]:
    """Send again, once, the requests refused for their timestamp, with the
    exchange's clock applied. The clock itself is reported as a flag."""
    refused = [
        probe
        for probe in adapter.probes
        if _is_clock_refusal(adapter, client, outcomes[probe.name])
    ]
    if not refused:
        return outcomes
    if skew_ms is None:
        raise WizardError(ErrorCode.CLOCK_SKEW, exchange=adapter.exchange, params={"skew_ms": "?"})
    client.options["timeDifference"] = -skew_ms  # ccxt signs with time() - timeDifference
    retried = await asyncio.gather(*(_outcome(p.call(client)) for p in refused))
    updated = dict(outcomes)
    for probe, outcome in zip(refused, retried, strict=True):
        if _is_clock_refusal(adapter, client, outcome):
            raise WizardError(
                ErrorCode.CLOCK_SKEW, exchange=adapter.exchange, params={"skew_ms": str(skew_ms)}
            )
        updated[probe.name] = outcome
    return updated


def _is_clock_refusal(adapter: Adapter, client: Any, outcome: Outcome) -> bool:
    return (
        isinstance(outcome, BaseException)
        and adapter.classify(outcome, client).code is ErrorCode.CLOCK_SKEW
    )


async def _outcome(awaitable: Any) -> Outcome:
    try:
        return await awaitable
    except Exception as error:
        return error

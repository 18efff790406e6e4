"""Running an audit with a stored key: one client, the exchange's records read by
its own module (``wizard.audit.<exchange>``), the findings put in order."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from wizard.audit.model import AuditReport
from wizard.audit.pacing import Pacer
from wizard.audit.paging import Asker
from wizard.verify.model import Credentials


async def audit_key(
    label: str,
    exchange: str,
    credentials: Credentials,
    *,
    days: int,
    api_url: str | None = None,
    now: datetime | None = None,
    answered: Callable[[int], None] | None = None,
) -> AuditReport:
    """The key's account over the last ``days`` days; a ``WizardError`` when the
    exchange cannot be asked. ``answered`` hears how many of the exchange's answers
    have come, after each one."""
    import importlib

    from wizard.verify.catalog import adapter_for
    from wizard.verify.client import make_client
    from wizard.verify.http import make_session
    from wizard.verify.service import certifi_bundle

    until = now or datetime.now(UTC)
    since = until - timedelta(days=days)
    adapter = adapter_for(exchange)
    session = make_session(certifi_bundle())
    client: Any = make_client(
        exchange,
        credentials,
        api_url,
        settings=getattr(adapter, "client_config", None),
        session=session,
    )
    reader = importlib.import_module(f"wizard.audit.{exchange}")
    pacer = Pacer(reader.limits(), reader.COSTS).knowing(client)
    asker = Asker(answered, pacer)
    try:
        try:
            found = await reader.read_records(client, since, until, asker)
        except Exception as error:
            raise adapter.classify(error, client) from None
    finally:
        await client.close()
        await session.close()
    return AuditReport(
        label,
        exchange,
        since,
        until,
        tuple(sorted(found, key=lambda finding: finding.at)),
        reader.READ,
        reader.NOT_VISIBLE,
        asker.count,
    )


def audit_key_blocking(*args: Any, **options: Any) -> AuditReport:
    return asyncio.run(audit_key(*args, **options))

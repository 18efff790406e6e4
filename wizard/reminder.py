"""A calendar reminder (.ics, RFC 5545) for the day a key should be replaced."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

from wizard.i18n import EXCHANGE_NAMES


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def rotation_reminder(
    exchange: str, label: str, masked_key: str, due: date, now: datetime | None = None
) -> str:
    """An all-day event on ``due`` with an alarm the morning of the day before.
    It names the key only by its label and last four characters."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    name = EXCHANGE_NAMES.get(exchange, exchange)
    summary = f"Replace the {name} API key {label}"
    description = (
        f"The key {masked_key} ({label}) is 90 days old today. Make a new key on "
        f'{name}, run Halal Key Wizard and choose "Replace (rotate) a key", then '
        "delete the old key on the exchange."
    )
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Halal Key Wizard//EN",
        "CALSCALE:GREGORIAN",
        "BEGIN:VEVENT",
        f"UID:{uuid.uuid4()}@halal-key-wizard",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{due:%Y%m%d}",
        f"DTEND;VALUE=DATE:{due + timedelta(days=1):%Y%m%d}",
        f"SUMMARY:{_escape(summary)}",
        f"DESCRIPTION:{_escape(description)}",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        f"DESCRIPTION:{_escape(summary)}",
        "TRIGGER:-PT15H",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"

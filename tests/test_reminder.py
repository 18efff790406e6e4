"""The calendar reminder file."""

from __future__ import annotations

from datetime import UTC, date, datetime

from wizard.reminder import rotation_reminder


def test_reminder_is_an_all_day_event_on_the_due_date() -> None:
    text = rotation_reminder(
        "binance",
        "HalalSpot-2026-11-21",
        "…9c42",
        date(2027, 2, 19),
        now=datetime(2026, 11, 21, 10, tzinfo=UTC),
    )
    lines = text.split("\r\n")
    assert lines[0] == "BEGIN:VCALENDAR"
    assert "DTSTART;VALUE=DATE:20270219" in lines
    assert "DTEND;VALUE=DATE:20270220" in lines
    assert "DTSTAMP:20261121T100000Z" in lines
    assert any(line.startswith("SUMMARY:Replace the Binance API key") for line in lines)
    assert "TRIGGER:-PT15H" in lines
    assert text.endswith("END:VCALENDAR\r\n")
    description = next(line for line in lines if line.startswith("DESCRIPTION:The key"))
    assert "…9c42" in description
    assert "\\," in description  # commas escaped as RFC 5545 requires

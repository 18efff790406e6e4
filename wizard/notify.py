"""Desktop notifications for what a ``check`` found: one per key that has news,
in the person's language, naming the key by its label and the exchange only (never
a secret, never the key itself). Sent through desktop-notifier (the freedesktop
notification service over D-Bus on Linux, the notification centres of macOS and
Windows). Texts are free of Qt: ``translate`` is given.

A notification that cannot be shown (no notification service, say) never fails
the check: the terminal and the exit code still say everything.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING

from wizard.checkup import (
    NEWS_CHANGED,
    NEWS_EXPIRES,
    NEWS_NEW_FINDING,
    NEWS_REFUSED,
    NEWS_ROTATION,
)
from wizard.i18n import EXCHANGE_NAMES, QT_TRANSLATE_NOOP, Translate, english

if TYPE_CHECKING:
    from wizard.checkup import KeyCheck

APP_NAME = "Halal Key Wizard"
_N = "Notify"

# News kind -> (title, sentence). The title of a notification is its first news's.
NEWS_TEXTS: dict[str, tuple[str, str]] = {
    NEWS_REFUSED: (
        QT_TRANSLATE_NOOP("Notify", "Key {label} no longer works"),
        QT_TRANSLATE_NOOP(
            "Notify",
            "{exchange} no longer accepts this key. A bot using it cannot trade or close "
            "its orders: set up a new key with Halal Key Wizard.",
        ),
    ),
    NEWS_NEW_FINDING: (
        QT_TRANSLATE_NOOP("Notify", "Key {label}: a new warning"),
        QT_TRANSLATE_NOOP(
            "Notify",
            "The check found something new about this key. Open Halal Key Wizard and "
            "verify it to read what and how to fix it.",
        ),
    ),
    NEWS_CHANGED: (
        QT_TRANSLATE_NOOP("Notify", "Key {label} changed"),
        QT_TRANSLATE_NOOP(
            "Notify", "Something about this key changed on {exchange} since the last check."
        ),
    ),
    NEWS_EXPIRES: (
        QT_TRANSLATE_NOOP("Notify", "Key {label} stops trading soon"),
        QT_TRANSLATE_NOOP("Notify", "{exchange} switches this key's trading off within 14 days."),
    ),
    NEWS_ROTATION: (
        QT_TRANSLATE_NOOP("Notify", "Time to replace key {label}"),
        QT_TRANSLATE_NOOP(
            "Notify", "Its replace-by date has come or is near: make a new key and replace it."
        ),
    ),
}


def notification_text(result: KeyCheck, translate: Translate = english) -> tuple[str, str]:
    """The title and the text of the notification for ``result`` (which has news)."""
    values = {"label": result.label, "exchange": EXCHANGE_NAMES.get(result.exchange, "")}

    def said(text: str) -> str:
        for name, value in values.items():
            text = text.replace("{" + name + "}", value)
        return text

    title = said(translate(_N, NEWS_TEXTS[result.news[0]][0]))
    body = " ".join(said(translate(_N, NEWS_TEXTS[kind][1])) for kind in result.news)
    return title, body


def notify_checks(results: Iterable[KeyCheck], translate: Translate = english) -> int:
    """Show one notification per result that has news; how many were shown. One that
    cannot be shown is said on standard error (the check itself goes on)."""
    told = [result for result in results if result.news]
    if not told:
        return 0
    try:
        return asyncio.run(_send_all(told, translate))
    except Exception as error:  # any failure to notify is only reported
        print(f"Could not show a desktop notification ({type(error).__name__}).", file=sys.stderr)
        return 0


async def _send_all(told: list[KeyCheck], translate: Translate) -> int:
    from desktop_notifier import DesktopNotifier, Urgency

    from wizard.verify.model import Verdict

    notifier = DesktopNotifier(app_name=APP_NAME)
    try:
        for result in told:
            title, body = notification_text(result, translate)
            urgent = NEWS_REFUSED in result.news or result.verdict is Verdict.FAIL
            await notifier.send(
                title=title,
                message=body,
                urgency=Urgency.Critical if urgent else Urgency.Normal,
            )
    finally:
        # The D-Bus connection desktop-notifier opened on Linux ends with this run
        # (it has no call of its own for that; elsewhere there is none to end).
        bus = getattr(getattr(notifier, "_backend", None), "bus", None)
        if bus is not None:
            bus.disconnect()
    return len(told)

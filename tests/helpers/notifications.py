# ruff: noqa: F821, F722 - D-Bus signatures ("s", "as") as annotations, as dbus-fast reads them
"""A freedesktop notification service on the test's own D-Bus session bus: it takes
the bus name ``org.freedesktop.Notifications`` and records every notification sent
to it, as a notification daemon receives them. The wizard's client is the real one
(desktop-notifier over D-Bus); only the receiving end is ours.

No ``from __future__ import annotations`` here: dbus-fast reads the D-Bus signatures
("s", "u", "as"…) from the methods' annotations as written.
"""

import asyncio
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from dbus_fast import Variant
from dbus_fast.aio import MessageBus
from dbus_fast.service import ServiceInterface, method, signal

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


@dataclass(frozen=True)
class Received:
    app_name: str
    summary: str
    body: str
    urgency: int | None


class _Notifications(ServiceInterface):
    def __init__(self, received: list) -> None:
        super().__init__(NAME)
        self._received = received

    @method()
    def Notify(
        self,
        app_name: "s",
        replaces_id: "u",
        app_icon: "s",
        summary: "s",
        body: "s",
        actions: "as",
        hints: "a{sv}",
        expire_timeout: "i",
    ) -> "u":
        urgency = hints.get("urgency")
        self._received.append(
            Received(
                app_name, summary, body, urgency.value if isinstance(urgency, Variant) else None
            )
        )
        return len(self._received)

    @method()
    def CloseNotification(self, notification_id: "u") -> None:
        return None

    @method()
    def GetCapabilities(self) -> "as":
        return ["body", "actions"]

    @method()
    def GetServerInformation(self) -> "ssss":
        return ["recording-notifications", "tests", "1", "1.2"]

    @signal()
    def NotificationClosed(self) -> "uu":
        return [0, 0]

    @signal()
    def ActionInvoked(self) -> "us":
        return [0, ""]


@contextmanager
def notification_service() -> Iterator[list]:
    """Run the service in a thread of its own; yields the list of what it received."""
    received: list = []
    ready = threading.Event()
    loop = asyncio.new_event_loop()
    stopped: list = []

    async def serve() -> None:
        bus = await MessageBus().connect()
        bus.export(PATH, _Notifications(received))
        await bus.request_name(NAME)
        ready.set()
        while not stopped:
            await asyncio.sleep(0.02)
        bus.disconnect()

    thread = threading.Thread(target=lambda: loop.run_until_complete(serve()), daemon=True)
    thread.start()
    if not ready.wait(10):
        raise RuntimeError("the test notification service did not start")
    try:
        yield received
    finally:
        stopped.append(True)
        thread.join(5)
        loop.close()

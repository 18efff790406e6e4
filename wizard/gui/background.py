"""Runs one blocking call (a keychain call, a file write) off the GUI thread and
hands its result back through a signal. The worker never touches a widget."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot


class BackgroundCall(QObject):
    finished = Signal(object)  # the call's result
    failed = Signal(object)  # the exception it raised

    _done = Signal(int, bool, object)

    def __init__(self) -> None:
        super().__init__()
        self._run = 0
        self.running = False
        self._done.connect(self._deliver)

    def start(self, call: Callable[[], Any]) -> None:
        self._run += 1
        run = self._run
        self.running = True

        def work() -> None:
            try:
                result = call()
            except Exception as error:
                self._done.emit(run, False, error)
            else:
                self._done.emit(run, True, result)

        threading.Thread(target=work, name=f"background-{run}", daemon=True).start()

    def cancel(self) -> None:
        self._run += 1
        self.running = False

    @Slot(int, bool, object)
    def _deliver(self, run: int, ok: bool, value: object) -> None:
        if run != self._run:
            return
        self.running = False
        (self.finished if ok else self.failed).emit(value)

"""Runs a verification off the GUI thread and reports back through signals.

The worker never touches a widget. Each run has a number; results of a run that
was cancelled or replaced are dropped, so a late answer can never overwrite a
newer one.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal, Slot

from wizard.errors import ErrorCode, WizardError
from wizard.verify.model import Confirmation, Credentials, VerificationReport


class VerificationRunner(QObject):
    check_finished = Signal(str, bool)  # check name, succeeded
    succeeded = Signal(object)  # VerificationReport
    failed = Signal(object)  # WizardError

    # From the worker thread, tagged with the run's number; delivered queued.
    _progress = Signal(int, str, bool)
    _done = Signal(int, object)

    def __init__(self) -> None:
        super().__init__()
        self._run = 0
        self._progress.connect(self._on_progress)
        self._done.connect(self._on_done)
        self.running = False

    def start(
        self,
        exchange: str,
        credentials: Credentials,
        api_url: str | None,
        confirmations: tuple[Confirmation, ...] = (),
    ) -> None:
        self._run += 1
        self.running = True
        run = self._run
        threading.Thread(
            target=self._work,
            args=(run, exchange, credentials, api_url, confirmations),
            name=f"verification-{run}",
            daemon=True,
        ).start()

    def cancel(self) -> None:
        self._run += 1
        self.running = False

    def _work(
        self,
        run: int,
        exchange: str,
        credentials: Credentials,
        api_url: str | None,
        confirmations: tuple[Confirmation, ...],
    ) -> None:
        import asyncio

        from wizard.verify.service import verify_key

        outcome: VerificationReport | WizardError
        try:
            outcome = asyncio.run(
                verify_key(
                    exchange,
                    credentials,
                    api_url=api_url,
                    on_progress=lambda name, ok: self._progress.emit(run, name, ok),
                    confirmations=confirmations,
                )
            )
        except WizardError as error:
            outcome = error
        except Exception as error:
            outcome = WizardError(
                ErrorCode.UNEXPECTED_RESPONSE, exchange=exchange, detail=type(error).__name__
            )
        self._done.emit(run, outcome)

    @Slot(int, str, bool)
    def _on_progress(self, run: int, name: str, ok: bool) -> None:
        if run == self._run:
            self.check_finished.emit(name, ok)

    @Slot(int, object)
    def _on_done(self, run: int, outcome: object) -> None:
        if run != self._run:
            return
        self.running = False
        if isinstance(outcome, VerificationReport):
            self.succeeded.emit(outcome)
        else:
            self.failed.emit(outcome)

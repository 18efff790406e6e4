"""The Welcome page's "Check what my bot did": for a stored key, the account's own
records on the Kraken simulator read in the background and said in words."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from tests.helpers.cli import run_cli
from tests.helpers.driver import open_wizard
from wizard.gui.audit_dialog import AuditDialog
from wizard.sim.kraken import KRAKEN_SCENARIOS, KrakenScenario, KrakenVenue
from wizard.sim.server import Simulator
from wizard.store.keychain import Keychain

CLEAN = KRAKEN_SCENARIOS[0]
MARGIN = replace(CLEAN, name="history-margin", history="margin_loan")
NO_LEDGER = replace(
    CLEAN,
    name="no-ledger",
    permissions=tuple(p for p in CLEAN.permissions if p != "query-ledger"),
)


@pytest.fixture
def kraken() -> Iterator[Simulator]:
    with Simulator(KrakenVenue((CLEAN, MARGIN, NO_LEDGER))) as simulator:
        yield simulator


def _store(monkeypatch: pytest.MonkeyPatch, simulator: Simulator, key: KrakenScenario) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{key.api_key}\n{key.secret}\n"))
    args = ["store", "--exchange", "kraken", "--label", "bot", "--api-url", simulator.base_url]
    assert run_cli(monkeypatch, args).exit_code == 0


def _audit(qtbot: QtBot, simulator: Simulator) -> AuditDialog:
    window = open_wizard(qtbot, api_url=simulator.base_url)
    button = window.welcome.audit
    qtbot.waitUntil(button.isVisible, timeout=5000)
    button.click()
    dialog = window.welcome.audit_dialog
    qtbot.waitExposed(dialog)
    dialog.check.click()
    qtbot.waitUntil(dialog.check.isEnabled, timeout=20_000)
    return dialog


def _said(dialog: AuditDialog) -> str:
    # Every label the dialog holds (one added a moment ago is shown at the next turn
    # of the event loop; the old results are deleted, not kept hidden).
    QApplication.processEvents()
    return "\n".join(label.text() for label in dialog.findChildren(QLabel) if not label.isHidden())


def test_what_was_not_spot_is_said_in_words(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, kraken: Simulator, secret_service: Keychain
) -> None:
    _store(monkeypatch, kraken, MARGIN)
    dialog = _audit(qtbot, kraken)
    said = _said(dialog)
    assert "5 records were not spot trading" in said
    assert "a margin loan carries interest (riba)" in said
    assert dialog.save.isEnabled()
    assert "the report lists them" in said
    dialog.close()


def test_a_clean_month_is_nothing_but_spot(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, kraken: Simulator, secret_service: Keychain
) -> None:
    _store(monkeypatch, kraken, CLEAN)
    dialog = _audit(qtbot, kraken)
    assert "Nothing but spot trades in the last 30 days." in _said(dialog)
    dialog.close()


def test_records_the_key_may_not_read_are_a_problem_not_a_clean_month(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, kraken: Simulator, secret_service: Keychain
) -> None:
    _store(monkeypatch, kraken, NO_LEDGER)
    dialog = _audit(qtbot, kraken)
    assert dialog.problem.isVisible()
    assert "Nothing but spot" not in _said(dialog)
    assert not dialog.save.isEnabled()
    dialog.close()
    QApplication.processEvents()

"""The Welcome page's "Check what my bot did": for a stored key, the account's own
records on the Kraken simulator read in the background and said in words; in
practice mode, the practice exchange's accounts, each with a month of a bot's doing."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from tests.helpers.cli import run_cli
from tests.helpers.driver import open_wizard
from wizard.gui.audit_dialog import AuditDialog
from wizard.gui.language import install_language
from wizard.gui.pages.base import translate
from wizard.gui.window import KeyWizard
from wizard.practice import PracticeExchange
from wizard.sim.catalog import practice_accounts
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


def _open_dialog(qtbot: QtBot, window: KeyWizard) -> AuditDialog:
    """The Welcome page's "Check what my bot did…", clicked."""
    button = window.welcome.audit
    qtbot.waitUntil(button.isVisible, timeout=5000)
    button.click()
    dialog = window.welcome.audit_dialog
    dialog.window_kept = window  # type: ignore[attr-defined]  # the window lives on with it
    qtbot.waitExposed(dialog)
    return dialog


def _audit(qtbot: QtBot, simulator: Simulator) -> AuditDialog:
    dialog = _open_dialog(qtbot, open_wizard(qtbot, api_url=simulator.base_url))
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
    # What the audit read, and what it could not see: a clean month is not a proof
    # of what the records do not hold.
    assert "ledger entries (margin, rollover" in said
    assert "What Kraken's records cannot show, so this check did not see:" in said
    assert "Kraken Futures: a separate platform" in said
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


def _practice_audit(
    qtbot: QtBot, practice: PracticeExchange, exchange: str, title: str
) -> AuditDialog:
    dialog = _open_dialog(qtbot, open_wizard(qtbot, practice, exchange=exchange))
    names = [dialog.keys.itemText(row) for row in range(dialog.keys.count())]
    titles = [translate("Practice", account.title) for account in practice_accounts(exchange)]
    assert names == titles
    dialog.keys.setCurrentIndex(titles.index(translate("Practice", title)))
    dialog.check.click()
    qtbot.waitUntil(dialog.check.isEnabled, timeout=20_000)
    return dialog


def test_practice_mode_shows_what_each_practice_bot_did(
    qtbot: QtBot, practice: PracticeExchange
) -> None:
    """No key stored, nothing read from the keychain: the practice accounts of the
    exchange chosen, under the practice banner."""
    dialog = _practice_audit(qtbot, practice, "okx", "A bot that borrowed on margin")
    said = _said(dialog)
    assert "PRACTICE: a pretend exchange" in said
    assert "3 records were not spot trading" in said
    assert "interest (riba) was charged on borrowed funds" in said
    dialog.keys.setCurrentIndex(0)  # the bot that traded spot only
    dialog.check.click()
    qtbot.waitUntil(dialog.check.isEnabled, timeout=20_000)
    assert "Nothing but spot trades in the last 30 days." in _said(dialog)
    dialog.close()


def test_the_pages_read_so_far_are_said_while_reading(qtbot: QtBot) -> None:
    """Kraken's records are asked one after the other: with a slow exchange the
    dialog says how far it has come, and the window stays free."""
    slow = PracticeExchange(latency_ms=300)
    try:
        dialog = _open_dialog(qtbot, open_wizard(qtbot, slow, exchange="kraken"))
        dialog.check.click()
        assert dialog.busy.isVisible()
        qtbot.waitUntil(lambda: "2 pages read" in dialog.status.text(), timeout=10_000)
        assert not dialog.check.isEnabled()
        qtbot.waitUntil(dialog.check.isEnabled, timeout=20_000)
        assert not dialog.busy.isVisible()
        assert dialog.status.text() == ""
        dialog.close()
    finally:
        slow.stop()


def test_what_was_read_is_said_in_the_persons_language(
    qtbot: QtBot, practice: PracticeExchange
) -> None:
    from wizard.audit.okx import NOT_VISIBLE, READ

    install_language("ar")
    try:
        dialog = _practice_audit(qtbot, practice, "okx", "A bot that traded spot only")
        said = _said(dialog)
        for item in (*READ, *NOT_VISIBLE):
            arabic = translate("AuditRecords", item)
            assert arabic != item
            assert arabic in said
            assert item not in said
        dialog.close()
    finally:
        install_language("en")


def test_the_saved_report_speaks_the_persons_language(
    qtbot: QtBot, practice: PracticeExchange, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The PDF in Arabic, right to left; its JSON twin the same in every language."""
    import wizard.gui.audit_dialog as dialog_module
    from wizard.audit.model import MEANINGS
    from wizard.gui.audit_pdf import audit_html

    install_language("ar")
    try:
        dialog = _practice_audit(qtbot, practice, "okx", "A bot that borrowed on margin")
        target = tmp_path / "audit.pdf"
        monkeypatch.setattr(
            dialog_module.QFileDialog, "getSaveFileName", lambda *args: (str(target), "")
        )
        dialog.save.click()
        assert target.read_bytes().startswith(b"%PDF")
        twin = json.loads(target.with_suffix(".json").read_text(encoding="utf-8"))
        assert sorted(f["kind"] for f in twin["findings"]) == [
            "margin_interest",
            "margin_loan",
            "non_spot_order",
        ]
        assert twin["label"] == "practice-margin-loan"
        html = audit_html(twin, "0" * 64, translate, "ar")
        assert "<div dir='rtl'>" in html
        title = translate("AuditReport", "What the account did")
        assert title != "What the account did"
        assert title in html
        assert translate("Audit", MEANINGS["margin_interest"]) in html
        assert translate("AuditRecords", twin["not_visible"][0]) in html
        dialog.close()
    finally:
        install_language("en")


def test_the_dialog_works_from_the_keyboard(qtbot: QtBot, practice: PracticeExchange) -> None:
    """Down picks the next practice account, Enter reads it, Escape closes."""
    dialog = _open_dialog(qtbot, open_wizard(qtbot, practice, exchange="kraken"))
    qtbot.waitUntil(dialog.keys.hasFocus, timeout=2000)
    qtbot.keyClick(dialog.keys, Qt.Key.Key_Down)
    assert dialog.keys.currentIndex() == 1  # a bot that borrowed on margin
    qtbot.keyClick(dialog.keys, Qt.Key.Key_Return)
    assert not dialog.check.isEnabled()  # reading
    qtbot.waitUntil(dialog.check.isEnabled, timeout=20_000)
    assert "5 records were not spot trading" in _said(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_welcome_page_with_its_audit_is_still_read_at_a_glance(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, kraken: Simulator, secret_service: Keychain
) -> None:
    """With a key stored, the Welcome page offers both practice and the audit, and
    stays within the guide pages' word budget."""
    from tests.gui.test_pages_ux import WORD_BUDGET, _visible_words

    _store(monkeypatch, kraken, CLEAN)
    window = open_wizard(qtbot, api_url=kraken.base_url)
    qtbot.waitUntil(window.welcome.audit.isVisible, timeout=5000)
    assert window.welcome.practice is not None
    assert window.welcome.practice.isVisible()
    assert _visible_words(window) <= WORD_BUDGET


def test_opening_it_again_leaves_no_old_dialog_behind(qtbot: QtBot) -> None:
    """Even with a reading still running in the old one: it ends unheard."""
    import shiboken6
    from PySide6.QtCore import QEvent

    slow = PracticeExchange(latency_ms=200)
    try:
        window = open_wizard(qtbot, slow, exchange="kraken")
        first = _open_dialog(qtbot, window)
        first.check.click()  # four requests, one after the other
        first.close()
        second = _open_dialog(qtbot, window)
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert not shiboken6.isValid(first)
        qtbot.wait(1500)  # the old reading ends meanwhile
        second.check.click()
        qtbot.waitUntil(second.check.isEnabled, timeout=20_000)
        assert "Nothing but spot trades" in _said(second)
        second.close()
    finally:
        slow.stop()

"""The one wizard driver: the window opened and used as a person would, with clicks
and keys, waiting on what the pages announce (never on a timer)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget, QWizard
from pytestqt.qtbot import QtBot

from wizard.flow import PageId
from wizard.gui.pages.checklist import ChecklistPage
from wizard.gui.window import KeyWizard
from wizard.practice import PracticeExchange
from wizard.sim.scenarios import Scenario

ANSWER_TIMEOUT_MS = 20_000


def open_wizard(
    qtbot: QtBot,
    practice: PracticeExchange | None = None,
    *,
    exchange: str | None = None,
    api_url: str | None = None,
    languages: dict[str, str] | None = None,
) -> KeyWizard:
    """The window, shown: with the practice exchange, or (``api_url``) against a
    simulator the test runs, with the real keychain."""
    window = KeyWizard(practice, languages)
    window.context.api_url = api_url
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    if exchange is not None:
        choose_exchange(window, exchange)
    return window


def choose_exchange(window: KeyWizard, exchange: str) -> None:
    combo = window.welcome.exchange
    combo.setCurrentIndex(combo.findData(exchange))
    assert window.state.exchange == exchange
    if window.context.practice is not None:
        assert window.context.practice.exchange == exchange


def click(qtbot: QtBot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def next_page(qtbot: QtBot, window: KeyWizard) -> None:
    button = window.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled(), f"Next is disabled on {PageId(window.currentId()).name}"
    click(qtbot, button)


def tick_all(qtbot: QtBot, window: KeyWizard) -> None:
    """Tick every box of the checklist page shown; Next waits for the last one."""
    page = window.currentPage()
    assert isinstance(page, ChecklistPage)
    next_button = window.button(QWizard.WizardButton.NextButton)
    items = list(page.items.values())
    for item in items:
        assert not next_button.isEnabled(), "Next was enabled before every box was ticked"
        click(qtbot, item.box)
        assert item.box.isChecked()
    assert next_button.isEnabled()


def walk_to(qtbot: QtBot, window: KeyWizard, page: PageId) -> None:
    """From the page shown to ``page``, ticking every checklist on the way (one the
    person ticked already is left as it is)."""
    while window.currentId() != page:
        shown = window.currentPage()
        key_pair = getattr(shown, "key_pair", None)
        if key_pair is not None and not key_pair.ready:
            # The practice keys are keys the exchange made ("System generated").
            click(qtbot, key_pair.system)
        if isinstance(shown, ChecklistPage) and not all(
            item.box.isChecked() for item in shown.items.values()
        ):
            tick_all(qtbot, window)
        next_page(qtbot, window)


def choose_practice_key(window: KeyWizard, name: str) -> None:
    combo = window.enter.practice_keys
    index = combo.findData(name)
    assert index > 0, f"no practice key {name}"
    combo.setCurrentIndex(index)


def type_key(window: KeyWizard, scenario: Scenario) -> None:
    window.enter.key.setText(scenario.api_key)
    window.enter.secret.setText(scenario.secret)
    window.enter.passphrase.setText(scenario.passphrase or "")


def verify(qtbot: QtBot, window: KeyWizard, practice_key: str | None = None) -> str:
    """From the page shown to the verification's result; returns the page's text.
    ``practice_key``: choose it on the Enter page (else the key entered stands)."""
    walk_to(qtbot, window, PageId.ENTER)
    if practice_key is not None:
        choose_practice_key(window, practice_key)
    with qtbot.waitSignal(window.verification.result_shown, timeout=ANSWER_TIMEOUT_MS):
        next_page(qtbot, window)
    return shown_text(window.verification)


def verify_again(qtbot: QtBot, window: KeyWizard, button: QWidget) -> str:
    """Press a button that verifies again (Retry, "verify again") and wait for it."""
    with qtbot.waitSignal(window.verification.result_shown, timeout=ANSWER_TIMEOUT_MS):
        click(qtbot, button)
    return shown_text(window.verification)


def finish_storing(qtbot: QtBot, window: KeyWizard) -> str:
    """From a verified key to the Done page's outcome; returns the page's text."""
    with qtbot.waitSignal(window.done_page.outcome_shown, timeout=ANSWER_TIMEOUT_MS):
        next_page(qtbot, window)
    assert window.currentId() == PageId.DONE
    return shown_text(window.done_page)


def shown_text(widget: QWidget) -> str:
    """Every label a person can see on ``widget`` now. Widgets added to a shown page
    appear at the next turn of the event loop: that turn is taken first."""
    QApplication.processEvents()
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


def all_text(widget: QWidget) -> str:
    """Every label on ``widget``, shown or not (a page not reached yet)."""
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def answer_leave_question(window: KeyWizard, *, leave: bool) -> None:
    """Answer the question "Leave the wizard?" that the next Cancel, Escape or
    close mid-way opens (it waits in its own event loop until answered)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    def answer() -> None:
        box = window.leave_question
        wanted = (
            QMessageBox.ButtonRole.DestructiveRole if leave else QMessageBox.ButtonRole.RejectRole
        )
        for button in box.buttons():
            if box.buttonRole(button) == wanted:
                button.click()

    QTimer.singleShot(50, answer)

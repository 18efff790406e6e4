"""The pages as a worried person meets them: right-to-left that reads right to left,
what must be done always in sight in a small window, a keyboard that is never
trapped, Help that never throws progress away, and a refused key's verdict and
fixes in view without scrolling."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QPlainTextEdit,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from tests.helpers.driver import open_wizard, verify, walk_to
from wizard.flow import PageId
from wizard.gui.language import install_language
from wizard.gui.pages.base import RIGHT_TO_LEFT_MARK
from wizard.gui.pages.checklist import ChecklistPage
from wizard.gui.window import KeyWizard
from wizard.practice import PracticeExchange

pytestmark = pytest.mark.gui

RIGHT_TO_LEFT_CLASSES = {"R", "AL", "RLE", "RLO", "RLI"}


@pytest.fixture
def language() -> Iterator[None]:
    yield
    install_language("en")


def _every_page(qtbot: QtBot, window: KeyWizard) -> Iterator[PageId]:
    """Walk from Welcome to Done with the clean practice key, yielding each page."""
    for page_id in PageId:
        walk_to(qtbot, window, page_id) if page_id is not PageId.VERIFY else verify(
            qtbot, window, "clean"
        )
        QApplication.processEvents()
        yield page_id


def _paragraph_direction(text: str) -> str | None:
    """ "rtl" or "ltr", as the Unicode bidi algorithm starts the paragraph (its first
    strong character), or None for text with no strong character at all."""
    for sign in text.replace("&", ""):
        kind = unicodedata.bidirectional(sign)
        if sign == RIGHT_TO_LEFT_MARK or kind in RIGHT_TO_LEFT_CLASSES:
            return "rtl"
        if kind in ("L", "LRE", "LRO", "LRI"):
            return "ltr"
    return None


def _texts(page: QWidget) -> Iterator[tuple[QWidget, str]]:
    for widget in page.findChildren(QWidget):
        if not widget.isVisibleTo(page):
            continue
        if widget.layoutDirection() == Qt.LayoutDirection.LeftToRight:
            continue  # set so on purpose: a web address, a key field
        if isinstance(widget, QLabel | QAbstractButton) and widget.text().strip():
            for line in widget.text().split("\n"):
                yield widget, line


@pytest.mark.slow
@pytest.mark.parametrize("code", ["ar", "ur"])
def test_every_text_of_every_page_runs_right_to_left(
    qtbot: QtBot, practice: PracticeExchange, language: None, code: str
) -> None:
    install_language(code)
    window = open_wizard(qtbot, practice, exchange="binance")
    wrong = []
    for page_id in _every_page(qtbot, window):
        page = window.currentPage()
        assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
        for widget, line in _texts(page):
            if _paragraph_direction(line) == "ltr":
                wrong.append((page_id.name, type(widget).__name__, line[:60]))
    assert wrong == []


@pytest.mark.slow
@pytest.mark.parametrize("code", ["en", "ar", "ur"])
def test_every_page_at_800_by_560_shows_what_must_be_done(
    qtbot: QtBot, practice: PracticeExchange, language: None, code: str
) -> None:
    """The ticks in sight, and room left for at least three lines of the page's
    text (Urdu's Nastaliq is about twice as tall as Latin script)."""
    install_language(code)
    window = open_wizard(qtbot, practice, exchange="binance")
    window.resize(800, 560)
    for page_id in _every_page(qtbot, window):
        page = window.currentPage()
        text_room = page.scroll_area.viewport().height()
        assert text_room >= 3 * page.fontMetrics().lineSpacing(), (page_id.name, text_room)
        if not isinstance(page, ChecklistPage):
            continue
        for name, item in page.items.items():
            box = item.box
            top_left = box.mapTo(window, QPoint(0, 0))
            assert not box.visibleRegion().isEmpty(), (page_id.name, name)
            assert top_left.y() >= 0
            assert top_left.y() + box.height() <= window.height()
        waiting = page.waiting
        assert waiting.isVisible() == (not page.isComplete())


@pytest.mark.slow
def test_a_refused_keys_verdict_and_fixes_fit_without_scrolling(
    qtbot: QtBot, practice: PracticeExchange
) -> None:
    window = open_wizard(qtbot, practice, exchange="binance")
    window.resize(920, 720)
    verify(qtbot, window, "withdraw")
    page = window.verification
    viewport = page.scroll_area.viewport()
    assert page.scroll_area.verticalScrollBar().value() == 0
    assert not page.checks.isVisible()  # no progress mark stays beside the verdict
    critical = [
        widget
        for widget in page.findChildren(QWidget)
        if widget.objectName() in ("verdict", "flag") and widget.isVisible()
    ]
    assert critical, "no verdict shown"
    verdict, *cards = critical
    shown = [verdict, *cards[:1]]  # the verdict and the first (critical) finding
    for widget in shown:
        top = widget.mapTo(viewport, QPoint(0, 0)).y()
        assert top >= 0
        assert top + widget.height() <= viewport.height(), widget.objectName()


def test_tab_never_types_into_the_address_box(qtbot: QtBot, practice: PracticeExchange) -> None:
    window = open_wizard(qtbot, practice)
    walk_to(qtbot, window, PageId.IP_WHITELIST)
    box = window.currentPage().findChild(QPlainTextEdit)
    assert box is not None
    before = box.toPlainText()
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert box.toPlainText() == before
    assert not box.hasFocus()


@pytest.mark.slow
def test_tab_goes_round_every_page_without_a_trap(qtbot: QtBot, practice: PracticeExchange) -> None:
    """From the first control, Tab visits every control of the page and the
    wizard's buttons, and comes back round: it is never stuck on one."""
    window = open_wizard(qtbot, practice, exchange="binance")
    for page_id in _every_page(qtbot, window):
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
        first = QApplication.focusWidget()
        assert first is not None
        page = window.currentPage()
        assert first is not window, page_id.name
        seen = [first]
        for _ in range(80):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            focused = QApplication.focusWidget()
            assert focused is not seen[-1], f"Tab is stuck on {type(focused).__name__}"
            if focused is first:
                break
            seen.append(focused)
        else:
            pytest.fail(f"Tab never came back round on {page_id.name}")
        next_button = window.button(QWizard.WizardButton.NextButton)
        assert next_button in seen or not next_button.isEnabled()
        assert any(page.isAncestorOf(widget) for widget in seen), page_id.name


def test_after_next_the_first_control_of_the_page_has_the_focus(
    qtbot: QtBot, practice: PracticeExchange
) -> None:
    window = open_wizard(qtbot, practice)
    walk_to(qtbot, window, PageId.SECURE)
    page = window.currentPage()
    first_tick = next(iter(page.items.values())).box  # not the page's scrolling area
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first_tick, timeout=2000)


def _mnemonics(widgets: list[QWidget]) -> list[str]:
    found = []
    for widget in widgets:
        if isinstance(widget, QLabel | QAbstractButton) and widget.isVisible():
            match = re.search(r"&([^&\s])", widget.text().replace("&&", ""))
            if match:
                found.append(match.group(1).lower())
    return found


@pytest.mark.slow
@pytest.mark.parametrize("code", ["en", "ar", "ur", "ms", "id", "tr"])
def test_each_pages_shortcuts_are_its_own(
    qtbot: QtBot, practice: PracticeExchange, language: None, code: str
) -> None:
    install_language(code)
    window = open_wizard(qtbot, practice, exchange="binance")
    window.context.language = code
    window._set_button_texts()
    buttons = [
        window.button(which)
        for which in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
            QWizard.WizardButton.HelpButton,
        )
    ]
    clashes = {}
    for page_id in _every_page(qtbot, window):
        letters = _mnemonics([*window.currentPage().findChildren(QWidget), *buttons])
        repeated = sorted({letter for letter in letters if letters.count(letter) > 1})
        if repeated:
            clashes[page_id.name] = repeated
    assert clashes == {}


def test_enter_in_help_closes_it_and_never_starts_over(
    qtbot: QtBot, practice: PracticeExchange
) -> None:
    from wizard.gui.pages.help import HelpDialog

    window = open_wizard(qtbot, practice)
    walk_to(qtbot, window, PageId.DERIVATIVES)
    dialog = HelpDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.close_button.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert not dialog.rotate_requested
    assert window.currentId() == PageId.DERIVATIVES


def test_the_welcome_page_offers_practice_in_place(qtbot: QtBot) -> None:
    window = open_wizard(qtbot)
    assert window.context.practice is None
    window.welcome.practice.click()
    assert window.context.practice is not None
    assert window.state.practice
    assert window.currentId() == PageId.WELCOME
    assert "PRACTICE" in window.welcome.findChild(QLabel, "practiceBanner").text()
    window.welcome.practice.click()  # and back to the real account
    assert window.context.practice is None
    assert window.welcome.findChild(QLabel, "practiceBanner") is None


def test_every_page_says_which_step_it_is(qtbot: QtBot, practice: PracticeExchange) -> None:
    window = open_wizard(qtbot, practice)
    assert window.welcome.step.text() == "Step 1 of 9"
    walk_to(qtbot, window, PageId.CREATE)
    assert window.currentPage().step.text() == "Step 4 of 9"


def _visible_words(window: KeyWizard) -> int:
    page = window.currentPage()
    texts = [page.title()]  # the subtitle is a label of the page
    texts += [
        widget.text()
        for widget in page.findChildren(QWidget)
        if isinstance(widget, QLabel | QAbstractButton)
        and widget.isVisible()
        and widget.objectName() not in ("practiceBanner", "step")
    ]
    return sum(len(text.replace("&", "").split()) for text in texts)


# Words a guide page shows at once, before "Why?" (the practice banner and the step
# line not counted), on every exchange.
WORD_BUDGET = 80


@pytest.mark.slow
@pytest.mark.parametrize("exchange", ["binance", "bybit", "okx", "kraken", "coinbase"])
def test_each_page_is_read_at_a_glance(
    qtbot: QtBot, practice: PracticeExchange, exchange: str
) -> None:
    window = open_wizard(qtbot, practice, exchange=exchange)
    counts = {}
    for page_id in PageId:
        if page_id in (PageId.VERIFY, PageId.DONE):
            break
        walk_to(qtbot, window, page_id)
        counts[page_id] = _visible_words(window)
    assert {p.name: n for p, n in counts.items() if n > WORD_BUDGET} == {}


def test_why_shows_the_explanation_and_hides_it_again(
    qtbot: QtBot, practice: PracticeExchange
) -> None:
    window = open_wizard(qtbot, practice, exchange="binance")
    walk_to(qtbot, window, PageId.IP_WHITELIST)
    page = window.currentPage()
    toggle = page.findChild(QAbstractButton, "why")
    assert page.findChild(QLabel, "explanation") is None  # laid out only when asked for
    toggle.click()
    explanation = page.findChild(QLabel, "explanation")
    assert explanation.isVisible()
    assert "trading service's addresses" in explanation.text()
    toggle.click()
    assert not explanation.isVisible()


def test_the_ip_page_takes_no_fixed_address_as_an_honest_answer(
    qtbot: QtBot, practice: PracticeExchange
) -> None:
    window = open_wizard(qtbot, practice, exchange="binance")
    walk_to(qtbot, window, PageId.IP_WHITELIST)
    page = window.currentPage()
    next_button = window.button(QWizard.WizardButton.NextButton)
    restricted = page.items["restricted"].box
    no_address = page.no_fixed_address.box
    assert not next_button.isEnabled()
    assert page.waiting.isVisible()
    no_address.click()
    assert next_button.isEnabled()
    assert not page.waiting.isVisible()
    restricted.click()  # the other answer takes this one back
    assert not no_address.isChecked()
    assert next_button.isEnabled()
    restricted.click()
    assert not next_button.isEnabled()


def test_the_note_on_replacing_is_said_only_to_who_replaces(qtbot: QtBot) -> None:
    window = open_wizard(qtbot)
    assert not window.welcome.replacing_note.isVisible()
    window.welcome.rotate.click()
    assert window.welcome.replacing_note.isVisible()


def test_a_self_made_key_is_not_asked_for_a_secret_to_see(
    qtbot: QtBot, practice: PracticeExchange
) -> None:
    window = open_wizard(qtbot, practice, exchange="binance")
    walk_to(qtbot, window, PageId.CREATE)
    page = window.currentPage()
    created = page.items["created"]
    assert page.key_pair.own.isChecked()  # the safest kind is the one chosen first
    assert "Secret" not in created.text.text()
    assert created.box.accessibleName() == created.text.text()
    page.key_pair.system.click()
    assert "Secret Key" in created.text.text()
    page.key_pair.own.click()
    assert "Secret" not in created.text.text()


def test_a_refused_key_offers_to_enter_a_new_one(qtbot: QtBot, practice: PracticeExchange) -> None:
    window = open_wizard(qtbot, practice, exchange="binance")
    verify(qtbot, window, "withdraw")
    page = window.verification
    page.new_key.click()
    assert window.currentId() == PageId.ENTER
    assert window.enter.key.text() == ""
    assert window.enter.secret.text() == ""
    assert window.enter.key.hasFocus()


def test_the_balances_are_a_card_near_the_verdict(qtbot: QtBot, practice: PracticeExchange) -> None:
    window = open_wizard(qtbot, practice, exchange="binance")
    verify(qtbot, window, "clean")
    card = window.verification.findChild(QWidget, "balances")
    assert card is not None
    assert card.isVisible()
    text = card.findChild(QLabel).text()
    assert "Spot balances:" in text
    labels = [
        label.text() for label in window.verification.findChildren(QLabel) if label.isVisible()
    ]
    assert sum("Spot balances:" in label for label in labels) == 1  # not twice


def test_dates_are_said_in_words(qtbot: QtBot, practice: PracticeExchange) -> None:
    from tests.helpers.driver import next_page, shown_text

    window = open_wizard(qtbot, practice, exchange="binance")
    page_text = verify(qtbot, window, "clean")
    iso_date = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
    assert "Key made:" in page_text
    assert iso_date.findall(page_text) == []
    assert re.search(r"\d{1,2} [A-Z][a-z]+ \d{4}", page_text)
    next_page(qtbot, window)
    done_text = shown_text(window.done_page)
    assert iso_date.findall(done_text) == []
    assert "Replace it by" in done_text


def test_the_products_no_setting_closes_are_named_in_the_persons_language(
    qtbot: QtBot, practice: PracticeExchange, language: None
) -> None:
    install_language("ar")
    window = open_wizard(qtbot, practice, exchange="binance")
    page_text = verify(qtbot, window, "clean")
    assert "التخزين" in page_text  # "staking", inside "Simple Earn, staking and …"
    assert "staking and" not in page_text
    assert "Simple Earn" in page_text  # the exchange's own product name stays


def test_the_passphrase_too_is_hidden_and_held_to_show(
    qtbot: QtBot, practice: PracticeExchange
) -> None:
    window = open_wizard(qtbot, practice, exchange="okx")
    walk_to(qtbot, window, PageId.ENTER)
    field, reveal = window.enter.passphrase, window.enter.reveal_passphrase
    assert reveal.isVisible()
    assert field.echoMode() is field.EchoMode.Password
    qtbot.mousePress(reveal, Qt.MouseButton.LeftButton)
    assert field.echoMode() is field.EchoMode.Normal
    qtbot.mouseRelease(reveal, Qt.MouseButton.LeftButton)
    assert field.echoMode() is field.EchoMode.Password


@pytest.mark.parametrize(
    ("exchange", "practice_key", "framed"),
    [
        ("binance", "withdraw", ["Enable Withdrawals"]),
        ("okx", "withdraw", ["Withdraw"]),
        ("kraken", "query_funds", ["Query Funds"]),
        ("coinbase", "intx_portfolio", ["Portfolio: Perpetuals"]),
        ("binance", "clean", None),
    ],
)
def test_a_refused_key_shows_the_panel_again_with_the_boxes_to_change(
    qtbot: QtBot,
    practice: PracticeExchange,
    exchange: str,
    practice_key: str,
    framed: list[str] | None,
) -> None:
    from PySide6.QtSvgWidgets import QSvgWidget

    window = open_wizard(qtbot, practice, exchange=exchange)
    verify(qtbot, window, practice_key)
    picture = window.verification.findChild(QSvgWidget, "markedPanel")
    if framed is None:
        assert picture is None
        return
    assert picture.isVisible()
    assert picture.property("framed") == framed
    for label in framed:  # said in words too, for a screen reader and in any language
        assert label in picture.accessibleName()


def _shows_focus_colour(widget: QWidget) -> bool:
    from PySide6.QtGui import QColor

    from wizard.gui.focus import FOCUS_COLOUR

    image = widget.grab().toImage()
    wanted = QColor(FOCUS_COLOUR).rgb()
    return any(
        image.pixel(x, y) == wanted for x in range(image.width()) for y in range(image.height())
    )


def test_the_control_the_keyboard_is_on_is_framed(qtbot: QtBot, practice: PracticeExchange) -> None:
    window = open_wizard(qtbot, practice, exchange="binance")
    walk_to(qtbot, window, PageId.SECURE)
    page = window.currentPage()
    item = next(iter(page.items.values()))
    qtbot.waitUntil(lambda: page.isAncestorOf(QApplication.focusWidget()), timeout=2000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is item.box, timeout=2000)
    assert _shows_focus_colour(item.box)
    assert not _shows_focus_colour(item.more)  # only where the keyboard is
    for control in (item.more, window.button(QWizard.WizardButton.BackButton)):
        control.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(lambda control=control: QApplication.focusWidget() is control)
        assert _shows_focus_colour(control), control


@pytest.mark.parametrize("code", ["ar", "ur"])
def test_dates_in_arabic_script_keep_the_digits_of_every_other_number(
    qtbot: QtBot, language: None, code: str
) -> None:
    from datetime import date

    from wizard.gui.pages.base import day_in_words

    install_language(code)
    words = day_in_words(date(2027, 2, 23))
    assert "2027" in words
    assert "23" in words
    assert not any("\u0660" <= c <= "\u0669" or "\u06f0" <= c <= "\u06f9" for c in words)


def test_urdu_words_get_room_between_them_and_english_none(qtbot: QtBot, language: None) -> None:
    """Nastaliq's sloping words reach into the next one: Urdu text is set with extra
    space between words, and a return to English takes it away again."""
    from PySide6.QtGui import QGuiApplication

    install_language("ur")
    assert QGuiApplication.font().wordSpacing() > 0
    install_language("en")
    assert QGuiApplication.font().wordSpacing() == 0


def test_a_refused_key_is_asked_too_what_the_exchange_does_not_say(
    qtbot: QtBot, practice: PracticeExchange
) -> None:
    """Its cards say "tick it below": the ticks are there, and ticking them all never
    turns a refused key into a safe one."""
    from wizard.verify.model import Verdict

    window = open_wizard(qtbot, practice, exchange="okx")
    verify(qtbot, window, "withdraw")
    page = window.verification
    assert page.report.verdict is Verdict.FAIL
    assert page.ticks, "no tick for what OKX does not report"
    for name in list(page.ticks):
        page.ticks[name].click()
    assert page.report.verdict is Verdict.FAIL
    assert not window.state.verified_safe

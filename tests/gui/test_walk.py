"""The wizard driven as a person would: real widgets, clicks and keys, against the
practice exchange on 127.0.0.1."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWizard
from pytestqt.qtbot import QtBot

from tests.helpers.driver import (
    all_text,
    answer_leave_question,
    choose_practice_key,
    click,
    next_page,
    open_wizard,
    tick_all,
    verify,
    walk_to,
)
from wizard.flow import KeyPath, PageId
from wizard.gui.pages.checklist import ChecklistPage
from wizard.gui.window import KeyWizard
from wizard.practice import PracticeExchange

pytestmark = pytest.mark.gui


@pytest.fixture
def wizard(qtbot: QtBot, practice: PracticeExchange) -> KeyWizard:
    return open_wizard(qtbot, practice)


def test_clean_key_from_welcome_to_done(qtbot: QtBot, wizard: KeyWizard) -> None:
    page_text = verify(qtbot, wizard, "clean")
    assert "The exchange shows nothing dangerous switched on." in page_text
    assert "No setting switches off" in page_text  # Simple Earn, Crypto Loan: said plainly
    next_page(qtbot, wizard)
    assert wizard.currentId() == PageId.DONE
    assert "Replace it by" in all_text(wizard.done_page)
    with qtbot.waitSignal(wizard.finished, timeout=5000) as finished:
        click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    assert finished.args == [QWizard.DialogCode.Accepted.value]
    assert wizard.enter.secret.text() == ""  # the secret left the window


BAD_KEYS = {
    "withdraw": "Can withdraw",
    "futures": "Can trade futures",
    "margin": "Can borrow (margin)",
    "options_transfers": "Can trade options",
    "reading_off": "Cannot read the account",
}


@pytest.mark.parametrize("scenario", sorted(BAD_KEYS))
def test_bad_key_is_shown_in_red_and_blocks_done(
    qtbot: QtBot, wizard: KeyWizard, scenario: str
) -> None:
    page_text = verify(qtbot, wizard, scenario)
    assert BAD_KEYS[scenario] in page_text
    assert "Not safe: this key will not be saved." in page_text
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert wizard.verification.again.isVisible()
    assert wizard.context.state.verified_safe is False


def test_verify_again_after_fixing_the_key(qtbot: QtBot, wizard: KeyWizard) -> None:
    verify(qtbot, wizard, "withdraw")
    # The person "changes the key": here, the practice key is swapped for the clean one.
    click(qtbot, wizard.button(QWizard.WizardButton.BackButton))
    verify(qtbot, wizard, "clean")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_warnings_do_not_block(qtbot: QtBot, wizard: KeyWizard) -> None:
    text = verify(qtbot, wizard, "unrestricted_old")
    assert "Usable from any address" in text
    assert "Time to replace this key" in text
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_error_is_titled_with_a_fix_and_retry(qtbot: QtBot, wizard: KeyWizard) -> None:
    text = verify(qtbot, wizard, "ip_blocked")
    assert "The exchange did not accept this key" in text
    assert "Traceback" not in text
    retry = [b for b in wizard.verification.findChildren(QPushButton) if b.text() == "&Retry"]
    assert len(retry) == 1
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    with qtbot.waitSignal(wizard.verification.result_shown, timeout=20_000):
        click(qtbot, retry[0])
        assert wizard.verification.runner.running


def test_checks_fill_in_as_they_complete(qtbot: QtBot, wizard: KeyWizard) -> None:
    finished: list[str] = []
    wizard.verification.runner.check_finished.connect(lambda name, ok: finished.append(name))
    verify(qtbot, wizard, "clean")
    assert sorted(finished) == sorted(wizard.verification.check_rows)


@pytest.mark.parametrize(
    ("key", "secret", "message"),
    [
        ("abc", "", "64 characters long, but this has 3"),
        ("k" * 63 + "!", "s" * 64, "characters it never contains: !"),
    ],
)
def test_entry_problems_shown_and_next_blocked(
    qtbot: QtBot, wizard: KeyWizard, key: str, secret: str, message: str
) -> None:
    walk_to(qtbot, wizard, PageId.ENTER)
    qtbot.keyClicks(wizard.enter.key, key)
    qtbot.keyClicks(wizard.enter.secret, secret)
    assert wizard.enter.key_problem.isVisible()
    assert message in wizard.enter.key_problem.text.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_secret_is_masked_and_held_to_reveal(qtbot: QtBot, wizard: KeyWizard) -> None:
    walk_to(qtbot, wizard, PageId.ENTER)
    secret = wizard.enter.secret
    assert secret.echoMode() is secret.EchoMode.Password
    qtbot.mousePress(wizard.enter.reveal, Qt.MouseButton.LeftButton)
    assert secret.echoMode() is secret.EchoMode.Normal
    qtbot.mouseRelease(wizard.enter.reveal, Qt.MouseButton.LeftButton)
    assert secret.echoMode() is secret.EchoMode.Password


def test_back_and_next_keep_what_was_entered(qtbot: QtBot, wizard: KeyWizard) -> None:
    walk_to(qtbot, wizard, PageId.ENTER)
    qtbot.keyClicks(wizard.enter.key, "partly typed")
    back = wizard.button(QWizard.WizardButton.BackButton)
    click(qtbot, back)
    click(qtbot, back)
    assert wizard.currentId() == PageId.PERMISSIONS
    page = wizard.currentPage()
    assert isinstance(page, ChecklistPage)
    assert all(item.box.isChecked() for item in page.items.values())
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    assert wizard.enter.key.text() == "partly typed"


def test_keyboard_alone_reaches_the_second_page(qtbot: QtBot, wizard: KeyWizard) -> None:
    qtbot.keyClick(wizard, Qt.Key.Key_Return)
    assert wizard.currentId() == PageId.SECURE
    page = wizard.currentPage()
    assert isinstance(page, ChecklistPage)
    for item in page.items.values():
        item.box.setFocus()
        qtbot.keyClick(item.box, Qt.Key.Key_Space)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.keyClick(wizard, Qt.Key.Key_Return)
    assert wizard.currentId() == PageId.DERIVATIVES


def test_i_cant_find_this_explains_more(qtbot: QtBot, wizard: KeyWizard) -> None:
    next_page(qtbot, wizard)
    page = wizard.currentPage()
    assert isinstance(page, ChecklistPage)
    item = page.items["authenticator"]
    assert not item.help.isVisible()
    click(qtbot, item.more)
    assert item.help.isVisible()
    assert "Authenticator App" in item.help.text()


def test_rotation_path_skips_account_pages(qtbot: QtBot, wizard: KeyWizard) -> None:
    click(qtbot, wizard.welcome.rotate)
    assert wizard.state.path is KeyPath.ROTATE
    next_page(qtbot, wizard)
    assert wizard.currentId() == PageId.CREATE


def test_cancel_clears_the_secret(qtbot: QtBot, wizard: KeyWizard) -> None:
    walk_to(qtbot, wizard, PageId.ENTER)
    choose_practice_key(wizard, "clean")
    assert wizard.enter.secret.text()
    answer_leave_question(wizard, leave=True)
    click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))
    assert wizard.enter.secret.text() == ""
    assert not wizard.isVisible()


def test_escape_mid_way_asks_and_staying_keeps_everything(qtbot: QtBot, wizard: KeyWizard) -> None:
    walk_to(qtbot, wizard, PageId.ENTER)
    choose_practice_key(wizard, "clean")
    secret = wizard.enter.secret.text()
    answer_leave_question(wizard, leave=False)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert wizard.isVisible()
    assert wizard.currentId() == PageId.ENTER
    assert wizard.enter.secret.text() == secret
    # On the first page there is nothing to lose: Escape closes without a question.
    wizard.restart()
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible()


def test_every_page_shows_the_practice_banner(wizard: KeyWizard) -> None:
    for page_id in PageId:
        banner = wizard.built(page_id).findChild(QLabel, "practiceBanner")
        assert banner is not None
        assert banner.text().startswith("PRACTICE")


def test_each_page_is_built_when_first_reached_and_anew_for_another_exchange(
    qtbot: QtBot, wizard: KeyWizard
) -> None:
    assert wizard.pageIds() == [int(PageId.WELCOME)]
    next_page(qtbot, wizard)
    assert wizard.pageIds() == [int(PageId.WELCOME), int(PageId.SECURE)]
    tick_all(qtbot, wizard)
    wizard.back()
    old_secure = wizard.page(int(PageId.SECURE))
    combo = wizard.welcome.exchange
    combo.setCurrentIndex(combo.findData("okx"))
    assert wizard.pageIds() == [int(PageId.WELCOME)]  # what was built for Binance is gone
    assert wizard.state.ticked == {}
    next_page(qtbot, wizard)
    assert wizard.page(int(PageId.SECURE)) is not old_secure
    assert "OKX" in wizard.currentPage().title()


def test_the_key_reaches_the_other_pages_through_the_context_only(
    qtbot: QtBot, wizard: KeyWizard
) -> None:
    enter = wizard.enter
    assert wizard.context.credentials is None
    combo = enter.practice_keys
    combo.setCurrentIndex(combo.findData("clean"))
    credentials = wizard.context.credentials
    assert credentials is not None
    assert (credentials.api_key, credentials.secret) == (enter.key.text(), enter.secret.text())
    enter.secret.setText(enter.secret.text()[:-5])  # no longer a whole secret
    assert wizard.context.credentials is None
    combo.setCurrentIndex(combo.findData("withdraw"))
    assert wizard.context.credentials is not None
    combo = wizard.welcome.exchange
    combo.setCurrentIndex(combo.findData("bybit"))  # another exchange: the key is forgotten
    assert wizard.context.credentials is None
    assert enter.secret.text() == ""


def test_language_switch_rebuilds_the_pages_right_to_left(
    qtbot: QtBot, practice: PracticeExchange
) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from wizard.gui.language import install_language

    window = KeyWizard(practice, {"en": "English", "pseudo": "pseudo", "ar": "ar"})
    qtbot.addWidget(window)
    window.show()
    try:
        combo = window.welcome.language
        combo.setCurrentIndex(combo.findData("pseudo"))
        assert window.context.language == "pseudo"
        assert QApplication.isRightToLeft()  # the test language exercises direction too
        mark = "\u200f"  # each line starts in the interface's direction
        assert window.welcome.title().lstrip(mark).startswith("[")  # built anew
        assert window.built(PageId.SECURE).title().lstrip(mark).startswith("[")
        assert QSettings("halal-key-wizard", "wizard").value("language") == "pseudo"
        combo = window.welcome.language
        combo.setCurrentIndex(combo.findData("ar"))
        assert QApplication.isRightToLeft()
        assert window.welcome.language.currentData() == "ar"
    finally:
        install_language("en")
        QSettings("halal-key-wizard", "wizard").remove("language")
    assert not QApplication.isRightToLeft()


def test_the_whole_wizard_with_the_keyboard_alone(qtbot: QtBot, wizard: KeyWizard) -> None:
    """Tab to each box and tick it with Space, pick the practice key with the arrow
    keys, and move on with Return: no mouse at all."""
    from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox

    def tab_to(predicate: object, limit: int = 60) -> object:
        for _ in range(limit):
            focused = QApplication.focusWidget()
            if focused is not None and predicate(focused):  # type: ignore[operator]
                return focused
            qtbot.keyClick(focused or wizard, Qt.Key.Key_Tab)
        raise AssertionError("could not reach the control with Tab")

    wizard.activateWindow()
    wizard.setFocus()
    qtbot.keyClick(wizard, Qt.Key.Key_Return)
    while wizard.currentId() != PageId.ENTER:
        page = wizard.currentPage()
        assert isinstance(page, ChecklistPage)
        key_pair = getattr(page, "key_pair", None)
        if key_pair is not None and not key_pair.ready:
            # The practice keys are the exchange's own: the arrow keys choose that kind.
            choice = tab_to(lambda w, pair=key_pair: w is pair.own)
            qtbot.keyClick(choice, Qt.Key.Key_Down)
            assert key_pair.system.isChecked()
        while not all(item.box.isChecked() for item in page.items.values()):
            box = tab_to(lambda w: isinstance(w, QCheckBox) and not w.isChecked())
            qtbot.keyClick(box, Qt.Key.Key_Space)
        shown = wizard.currentId()
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        assert wizard.currentId() != shown, f"Return did not move on from {PageId(shown).name}"
    combo = tab_to(lambda w: isinstance(w, QComboBox))
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the first practice key: the safe one
    assert wizard.enter.key.text()
    with qtbot.waitSignal(wizard.verification.result_shown, timeout=20_000):
        qtbot.keyClick(wizard.enter.key, Qt.Key.Key_Return)
    assert wizard.currentId() == PageId.VERIFY
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.keyClick(wizard, Qt.Key.Key_Return)
    assert wizard.currentId() == PageId.DONE
    with qtbot.waitSignal(wizard.finished, timeout=5000):
        qtbot.keyClick(wizard, Qt.Key.Key_Return)


def test_the_secret_field_exposes_no_characters_to_assistive_technology(
    qtbot: QtBot, wizard: KeyWizard
) -> None:
    from PySide6.QtGui import QAccessible

    walk_to(qtbot, wizard, PageId.ENTER)
    choose_practice_key(wizard, "clean")
    secret = wizard.enter.secret.text()
    accessible = QAccessible.queryAccessibleInterface(wizard.enter.secret)
    text_interface = accessible.textInterface()
    exposed = [
        accessible.text(QAccessible.Text.Value),
        accessible.text(QAccessible.Text.Name),
        text_interface.text(0, text_interface.characterCount()),
    ]
    assert all(secret[:8] not in value for value in exposed)
    assert accessible.text(QAccessible.Text.Name) == "Secret Key"


def test_every_control_has_an_accessible_name(qtbot: QtBot, wizard: KeyWizard) -> None:
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit

    unnamed = []
    for page_id in PageId:
        page = wizard.built(page_id)
        controls = [
            c for kind in (QAbstractButton, QComboBox, QLineEdit) for c in page.findChildren(kind)
        ]
        for control in controls:
            name = QAccessible.queryAccessibleInterface(control).text(QAccessible.Text.Name)
            if not name.strip():
                unnamed.append(f"{PageId(page_id).name}: {type(control).__name__}")
    assert unnamed == []


def test_practice_with_a_key_pair_made_here(qtbot: QtBot, wizard: KeyWizard) -> None:
    """Choose "this computer makes a key pair", make it, see its public key and QR
    code, then enter only the API Key; the verification signs with the pair."""
    walk_to(qtbot, wizard, PageId.CREATE)
    page = wizard.currentPage()
    panel = page.key_pair  # type: ignore[attr-defined]
    click(qtbot, panel.own)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    click(qtbot, panel.make)
    assert panel.public.toPlainText().startswith("-----BEGIN PUBLIC KEY-----")
    assert panel.qr.matrix is not None
    assert "PRIVATE" not in panel.public.toPlainText()
    walk_to(qtbot, wizard, PageId.ENTER)
    assert not wizard.enter.secret.isVisible()
    assert wizard.enter.key.text()  # the practice exchange's API key, filled in
    assert "The exchange shows nothing dangerous switched on." in verify(qtbot, wizard)


def test_ip_page_checks_addresses_and_shows_them_as_a_qr_code(
    qtbot: QtBot, wizard: KeyWizard
) -> None:
    walk_to(qtbot, wizard, PageId.IP_WHITELIST)
    page = wizard.currentPage()
    addresses = page.addresses  # type: ignore[attr-defined]
    addresses.setPlainText("203.0.113.7\nnot-an-address")
    assert page.problem.isVisible()  # type: ignore[attr-defined]
    assert "Line 2" in page.problem.text.text()  # type: ignore[attr-defined]
    assert page.addresses_qr.data == "203.0.113.7"  # type: ignore[attr-defined]
    addresses.setPlainText("203.0.113.7")
    assert not page.problem.isVisible()  # type: ignore[attr-defined]
    # The codes for a phone are shown when asked for.
    assert not page.addresses_qr.isVisible()  # type: ignore[attr-defined]
    click(qtbot, page.phone)  # type: ignore[attr-defined]
    assert page.addresses_qr.isVisible()  # type: ignore[attr-defined]
    assert page.link_qr.isVisible()  # type: ignore[attr-defined]


@pytest.mark.slow
def test_going_back_cancels_a_slow_verification(qtbot: QtBot) -> None:
    """With a slow exchange the window stays usable: Back cancels, and the late
    answer is dropped."""
    slow = PracticeExchange(latency_ms=1500)
    slow.start()
    try:
        window = open_wizard(qtbot, slow)
        walk_to(qtbot, window, PageId.ENTER)
        choose_practice_key(window, "clean")
        next_page(qtbot, window)
        assert window.verification.runner.running
        click(qtbot, window.button(QWizard.WizardButton.BackButton))
        assert window.currentId() == PageId.ENTER
        assert not window.verification.runner.running
        qtbot.wait(2500)  # the late answer arrives and must change nothing
        assert window.context.report is None
        assert window.state.verified_safe is False
    finally:
        slow.stop()

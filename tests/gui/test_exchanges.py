"""Every exchange's pages in practice mode: chosen on the first page, walked by
clicks, verified against that exchange's simulator, and its own trap shown in red."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QWizard
from pytestqt.qtbot import QtBot

from tests.helpers.driver import (
    all_text,
    next_page,
    open_wizard,
    shown_text,
    tick_all,
    verify,
)
from wizard.exchanges import exchange as exchange_facts
from wizard.flow import PageId
from wizard.guide import GUIDED_EXCHANGES
from wizard.i18n import EXCHANGE_NAMES
from wizard.practice import PracticeExchange

pytestmark = pytest.mark.gui

# Each exchange's own trap: a key that looks fine at a glance but is not spot-only.
TRAPS = {
    "binance": ("margin", "Can borrow (margin)"),
    "bybit": ("uta_derivatives", "Can trade futures"),
    "okx": ("non_spot_mode", "Can trade futures"),
    "kraken": ("query_funds", "Can move funds between wallets"),
    "coinbase": ("intx_portfolio", "Can trade futures"),
}


# What each exchange's safest practice key leaves unreported, in the order shown.
UNREPORTED = {
    "binance": (),
    "bybit": ("margin",),
    "okx": ("margin", "futures", "options"),
    "kraken": ("margin",),
    "coinbase": ("futures", "options", "ip"),
}


@pytest.fixture
def practice() -> Iterator[PracticeExchange]:
    exchange = PracticeExchange()
    yield exchange
    exchange.stop()


def test_every_exchange_is_offered() -> None:
    assert set(GUIDED_EXCHANGES) == set(EXCHANGE_NAMES)


@pytest.mark.parametrize("exchange", GUIDED_EXCHANGES)
def test_clean_key_walks_to_done_on_every_exchange(
    qtbot: QtBot, practice: PracticeExchange, exchange: str
) -> None:
    window = open_wizard(qtbot, practice, exchange=exchange)
    name = EXCHANGE_NAMES[exchange]
    window.next()
    assert name in window.currentPage().title()  # the pages speak of this exchange
    window.back()
    page_text = verify(qtbot, window, "clean")
    # What the exchange does not report waits for the person's own check.
    ticks = window.verification.findChildren(QCheckBox)
    assert [tick.objectName() for tick in ticks] == [
        f"confirm-{name}" for name in UNREPORTED[exchange]
    ]
    assert "Safe:" not in page_text
    window.activateWindow()
    qtbot.waitActive(window)
    for name in UNREPORTED[exchange]:
        # With the keyboard: judged again at once, with no new request, and the focus
        # stays on the same tick in the page built anew.
        window.verification.ticks[name].setFocus()
        qtbot.keyClick(window.verification.ticks[name], Qt.Key.Key_Space)
        assert window.verification.ticks[name].isChecked()
        qtbot.waitUntil(window.verification.ticks[name].hasFocus, timeout=2000)
    page_text = shown_text(window.verification)
    if exchange in ("kraken", "coinbase"):
        assert "Safe: this key is spot-only." in page_text, page_text
    else:  # what spot trading opens there, no setting closes
        assert "The exchange shows nothing dangerous switched on." in page_text, page_text
        assert "No setting switches off" in page_text
    assert ("Confirmed by you on" in page_text) == bool(UNREPORTED[exchange])
    assert window.context.report is not None
    assert [c.capability for c in window.context.report.confirmations] == list(UNREPORTED[exchange])
    passphrase_shown = window.enter.form.isRowVisible(2)
    assert passphrase_shown == (exchange == "okx")
    create = window.built(PageId.CREATE)
    assert (create.key_pair is not None) == exchange_facts(exchange).self_generated_keys  # type: ignore[attr-defined]
    next_page(qtbot, window)
    assert window.currentId() == PageId.DONE
    with qtbot.waitSignal(window.finished, timeout=5000):
        window.button(QWizard.WizardButton.FinishButton).click()
    assert window.enter.secret.text() == window.enter.passphrase.text() == ""


@pytest.mark.parametrize("exchange", GUIDED_EXCHANGES)
def test_each_exchanges_trap_is_red_and_blocks_done(
    qtbot: QtBot, practice: PracticeExchange, exchange: str
) -> None:
    window = open_wizard(qtbot, practice, exchange=exchange)
    key_name, words = TRAPS[exchange]
    page_text = verify(qtbot, window, key_name)
    assert words in page_text
    assert "Not safe: this key will not be saved." in page_text
    assert not window.button(QWizard.WizardButton.NextButton).isEnabled()


def test_switching_exchange_rebuilds_the_pages_and_forgets_ticks(
    qtbot: QtBot, practice: PracticeExchange
) -> None:
    window = open_wizard(qtbot, practice, exchange="binance")
    next_page(qtbot, window)
    tick_all(qtbot, window)
    window.back()
    combo = window.welcome.exchange
    combo.setCurrentIndex(combo.findData("kraken"))
    assert window.context.state.ticked.get(PageId.SECURE, set()) == set()
    window.next()
    assert not window.button(QWizard.WizardButton.NextButton).isEnabled()
    pictures = window.built(PageId.PERMISSIONS).findChildren(QLabel)
    assert any("Kraken" in label.text() for label in pictures) or "Kraken" in all_text(
        window.built(PageId.PERMISSIONS)
    )
    practice_titles = [
        window.enter.practice_keys.itemData(i) for i in range(window.enter.practice_keys.count())
    ]
    assert "unknown_permission" in practice_titles


def test_switching_exchange_drops_a_secret_already_typed(
    qtbot: QtBot, practice: PracticeExchange
) -> None:
    window = open_wizard(qtbot, practice, exchange="okx")
    old_enter = window.enter
    old_enter.secret.setText("0A1B2C3D4E5F60718293A4B5C6D7E8F9")
    old_enter.passphrase.setText("My-passphrase1!")
    combo = window.welcome.exchange
    combo.setCurrentIndex(combo.findData("bybit"))
    assert old_enter.secret.text() == old_enter.passphrase.text() == ""
    assert window.enter is not old_enter

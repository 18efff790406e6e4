"""The wizard window: puts the pages together, builds each one when it is first
reached, and rebuilds them when the person picks another exchange or language.

Only the Welcome page is built before the window shows; reading the stored keys and
settling an interrupted rotation wait until after the first paint.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QWidget, QWizard

from wizard import APP_NAME
from wizard.flow import KeyPath, PageId, WizardState, choose_exchange, state_for_language
from wizard.gui.pages.base import WizardContext, WizardPage, translate
from wizard.gui.pages.welcome import WelcomePage

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from wizard.gui.pages.done import DonePage
    from wizard.gui.pages.enter import EnterPage
    from wizard.gui.pages.verification import VerificationPage
    from wizard.practice import PracticeExchange

WINDOW_SIZE = (920, 720)


def _make_page(page_id: PageId, context: WizardContext) -> WizardPage:
    """One page, for the context's exchange and language."""
    if page_id in (PageId.SECURE, PageId.DERIVATIVES):
        from wizard.gui.pages.checklist import ChecklistPage

        page = ChecklistPage(page_id, context)
        page.finish_layout()
        return page
    if page_id is PageId.CREATE:
        from datetime import date

        from wizard.gui.pages.create import CreatePage

        return CreatePage(context, date.today())
    if page_id is PageId.PERMISSIONS:
        from wizard.gui.pages.permissions import PermissionsPage

        return PermissionsPage(context)
    if page_id is PageId.IP_WHITELIST:
        from wizard.gui.pages.ip import IpPage

        return IpPage(context)
    if page_id is PageId.ENTER:
        from wizard.gui.pages.enter import EnterPage

        return EnterPage(context)
    if page_id is PageId.VERIFY:
        from wizard.gui.pages.verification import VerificationPage

        return VerificationPage(context)
    if page_id is PageId.DONE:
        from wizard.gui.pages.done import DonePage

        return DonePage(context)
    raise ValueError(page_id)


def _takes_tab(widget: QWidget) -> bool:
    from PySide6.QtCore import Qt

    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None


def _controls(page: QWidget, *, shown_only: bool = False) -> list[QWidget]:
    """The page's controls a person can Tab to (``shown_only``: those visible and
    enabled now), in reading order: top to bottom, then in the direction the page is
    laid out."""
    from PySide6.QtCore import QPoint, Qt

    found = [
        widget
        for widget in page.findChildren(QWidget)
        if _takes_tab(widget)
        and widget.window() is page.window()  # not a drop-down's own list
        and (not shown_only or (widget.isVisibleTo(page) and widget.isEnabled()))
    ]
    right_to_left = page.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def place(widget: QWidget) -> tuple[int, int]:
        at = widget.mapTo(page, QPoint(0, 0))
        # Widgets on one line (within half a line) share a row.
        row = (at.y() + widget.height() // 2) // 24
        return row, -(at.x() + widget.width()) if right_to_left else at.x()

    return sorted(found, key=place)


def order_tabs_as_seen(page: QWidget) -> None:
    """Tab goes through the page's controls in the order they are seen, however the
    page was put together (a panel inserted above a field is reached before it)."""
    page.ensurePolished()
    page.adjustSize()
    controls = _controls(page)
    for before, after in itertools.pairwise(controls):
        QWidget.setTabOrder(before, after)


def focus_first_control(page: QWidget) -> None:
    """The page's first control that asks something of the person: not a link-like
    "Why?" or "How?", nor the page's scrolling area, which shows no focus (Tab still
    reaches them all)."""
    from PySide6.QtWidgets import QPushButton, QScrollArea

    controls = [
        control
        for control in _controls(page, shown_only=True)
        if not (isinstance(control, QPushButton) and control.isFlat())
        and not isinstance(control, QScrollArea)
    ]
    if controls and not any(control.hasFocus() for control in controls):
        from PySide6.QtCore import Qt

        controls[0].setFocus(Qt.FocusReason.TabFocusReason)


class KeyWizard(QWizard):
    def __init__(
        self,
        practice: PracticeExchange | None = None,
        languages: dict[str, str] | None = None,
        parent: QWidget | None = None,
        *,
        defer_loading: bool = False,
        language: str = "en",
    ) -> None:
        super().__init__(parent)
        self.context = WizardContext(
            state=WizardState(practice=practice is not None), practice=practice
        )
        self.context.language = language
        if practice is not None:  # practise on the exchange the pages speak of
            practice.select(self.state.exchange)
        self._languages = languages or {"en": "English"}
        self._set_title()
        self._set_button_texts()
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.HaveHelpButton, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        # Each page shows its subtitle itself: the header would keep room for two
        # lines of it, which a tall script (Urdu's Nastaliq) takes from a small window.
        self.setOption(QWizard.WizardOption.IgnoreSubTitles, True)
        self.helpRequested.connect(self.show_help)
        self._loaded = False
        self._load_after_first_paint = False
        self._add_welcome()
        self.currentIdChanged.connect(self._page_shown)
        self.resize(*WINDOW_SIZE)
        self._load_after_first_paint = defer_loading
        if not defer_loading:
            self._load()

    # -- pages, each built when first reached -----------------------------------
    def _add_welcome(self) -> None:
        self.welcome = WelcomePage(self.context, self._languages)
        self.welcome.language_chosen.connect(self.switch_language)
        self.welcome.exchange_chosen.connect(self.switch_exchange)
        self.welcome.practice_chosen.connect(self.switch_practice)
        self.setPage(int(PageId.WELCOME), self.welcome)

    def built(self, page_id: PageId) -> WizardPage:
        """The page ``page_id``, built now if it was not yet."""
        if int(page_id) not in self.pageIds():
            made = _make_page(page_id, self.context)
            order_tabs_as_seen(made)
            self.setPage(int(page_id), made)
        page = self.page(int(page_id))
        assert isinstance(page, WizardPage)
        return page

    def build_all_pages(self) -> None:
        """Every page at once (the self-test checks that each one can be built)."""
        for page_id in PageId:
            self.built(page_id)

    def validateCurrentPage(self) -> bool:
        """Before Next moves on, the page it leads to is built."""
        if not super().validateCurrentPage():
            return False
        following = self.nextId()
        if following != -1:
            self.built(PageId(following))
        return True

    @property
    def enter(self) -> EnterPage:
        return self.built(PageId.ENTER)  # type: ignore[return-value]

    @property
    def verification(self) -> VerificationPage:
        return self.built(PageId.VERIFY)  # type: ignore[return-value]

    @property
    def done_page(self) -> DonePage:
        return self.built(PageId.DONE)  # type: ignore[return-value]

    def _drop_pages(self, *, keep_welcome: bool) -> None:
        """Take the pages out, to be built anew when reached; everything entered for
        the key goes with them."""
        self._forget_key()
        for page_id in list(self.pageIds()):
            if not (keep_welcome and page_id == int(PageId.WELCOME)):
                page = self.page(page_id)
                self.removePage(page_id)
                page.deleteLater()

    def _forget_key(self) -> None:
        """The secret leaves the window: its fields, the clipboard, the context."""
        from wizard.gui.pages.base import clear_clipboard_if_holds

        built = self.pageIds()
        if int(PageId.ENTER) in built:
            clear_clipboard_if_holds(self.enter.secret.text())
            self.enter.clear_secret()
        if int(PageId.VERIFY) in built:
            self.verification.runner.cancel()
        self.context.forget()

    # -- after the first paint ----------------------------------------------------
    def event(self, event: QEvent) -> bool:
        # Events arrive during construction too, before the attribute exists.
        if getattr(self, "_load_after_first_paint", False) and (event.type() == QEvent.Type.Paint):
            self._load_after_first_paint = False
            QTimer.singleShot(0, self._load)
        return super().event(event)

    def _load(self) -> None:
        """What can wait for the first paint: the icon, the stored keys, and settling
        a rotation a crash interrupted."""
        if self._loaded:
            return
        self._loaded = True
        from wizard.gui.focus import use_visible_focus
        from wizard.gui.pages.base import icon

        use_visible_focus()  # the focus is first given below
        self.setWindowIcon(icon("app"))
        self.welcome.complete()
        if self.context.practice is None:
            self._settle_interrupted_rotation()
        self.welcome.load_stored_keys()
        self._check_keychain()
        self._show_step()
        self._focus_first_control()

    def _check_keychain(self) -> None:
        """Before anything else, whether a keychain can keep the key: found out on
        the first page, not after a real key was made on the exchange."""
        if self.context.practice is not None:
            return
        from wizard.gui.background import BackgroundCall
        from wizard.store.keychain import process_keychain

        def usable() -> str:
            return process_keychain().backend_name

        self.keychain_check = BackgroundCall()
        self.keychain_check.failed.connect(lambda error: self.welcome.show_no_keychain(error))
        self.keychain_check.finished.connect(lambda _: self.welcome.show_no_keychain(None))
        self.keychain_check.start(usable)

    def _settle_interrupted_rotation(self) -> None:
        """A rotation a crash interrupted is finished or undone before anything else
        touches the stored keys (off the GUI thread: the keychain may ask to unlock)."""
        from wizard.gui.background import BackgroundCall
        from wizard.store.keys import KeyStore

        self.recovery = BackgroundCall()
        self.recovery.finished.connect(lambda _: self.welcome.load_stored_keys())
        self.recovery.start(lambda: KeyStore().recover())

    # -- the person's choices on the Welcome page ------------------------------------
    def switch_exchange(self, exchange: str) -> None:
        """Guide through ``exchange`` from now on. Only the Welcome page offers this,
        so nothing entered later is lost: the pages after it are built anew, when
        reached, with that exchange's names, panel and fields."""
        if self.context.practice is not None:
            self.context.practice.select(exchange)
        if choose_exchange(self.state, exchange):
            self._drop_pages(keep_welcome=True)

    def switch_language(self, code: str) -> None:
        """Show the wizard in ``code`` from now on, and next time. Only the Welcome
        page offers this, so nothing the person entered later is lost: the pages
        are built anew in the new language, keeping the exchange and path."""
        from wizard.gui.language import install_language, remember_language

        install_language(code)
        remember_language(code)
        self.context.language = code
        self._rebuild_pages()
        self._set_button_texts()

    def switch_practice(self, on: bool) -> None:
        """Practise on a pretend exchange (or stop), in place: the Welcome page offers
        it, and the pages are built anew with or without the practice banner."""
        if on == (self.context.practice is not None):
            return
        if on:
            from wizard.practice import PracticeExchange

            self._own_practice = PracticeExchange(exchange=self.state.exchange)
            self.context.practice = self._own_practice
        else:
            self._stop_own_practice()
            self.context.practice = None
        self._rebuild_pages()

    _own_practice: PracticeExchange | None = None

    def _stop_own_practice(self) -> None:
        if self._own_practice is not None:
            self._own_practice.stop()
            self._own_practice = None

    def _rebuild_pages(self) -> None:
        """Every page anew (language or practice changed), on the Welcome page, with
        the exchange and path kept."""
        old = self.state
        self._drop_pages(keep_welcome=False)
        self.context.state = state_for_language(old)
        self.context.state.practice = self.context.practice is not None
        self._add_welcome()
        if self._loaded:
            self.welcome.complete()
            self.welcome.load_stored_keys()
            self._check_keychain()
        self.restart()
        self.welcome.choose_path(old.path)
        self.welcome.exchange.setCurrentIndex(self.welcome.exchange.findData(old.exchange))
        self._set_title()

    def _set_button_texts(self) -> None:
        """Our own words for the wizard's buttons: Qt ships no translation of its
        own for some of our languages (Urdu, Malay, Indonesian)."""
        buttons = {
            QWizard.WizardButton.BackButton: translate("Window", "< &Back"),
            QWizard.WizardButton.NextButton: translate("Window", "&Next >"),
            QWizard.WizardButton.FinishButton: translate("Window", "&Finish"),
            QWizard.WizardButton.CancelButton: translate("Window", "Cancel"),
            QWizard.WizardButton.HelpButton: translate("Window", "&Help"),
        }
        for which, text in buttons.items():
            self.setButtonText(which, text)

    def _set_title(self) -> None:
        title = APP_NAME
        if self.context.practice is not None:
            title = translate("Window", "{app} — Practice").format(app=APP_NAME)
        self.setWindowTitle(title)

    @property
    def state(self) -> WizardState:
        return self.context.state

    def show_help(self) -> None:
        from wizard.gui.pages.help import HelpDialog

        dialog = HelpDialog(self)
        dialog.exec()
        if dialog.rotate_requested:
            self.start_rotation()

    def start_rotation(self) -> None:
        self.restart()
        self.welcome.choose_path(KeyPath.ROTATE)

    def done(self, result: int) -> None:
        """Finished, cancelled or closed: the secret leaves the window."""
        self._forget_key()
        self._stop_own_practice()
        super().done(result)

    def _page_shown(self, _: int) -> None:
        """The page's step in the path; and after Next or Back the keyboard starts on
        the page's first control (once the page is laid out), not nowhere."""
        if getattr(self, "_load_after_first_paint", False):
            return  # the first page: its step and focus once it is on screen (_load)
        self._show_step()
        QTimer.singleShot(0, self, self._focus_first_control)

    def _show_step(self) -> None:
        shown = self.currentPage()
        if isinstance(shown, WizardPage):
            shown.show_step()

    def _focus_first_control(self) -> None:
        page = self.currentPage()
        if page is not None:
            focus_first_control(page)

    # -- leaving mid-way ------------------------------------------------------------
    def reject(self) -> None:
        """Escape, Cancel and the window's close button: past the first page and
        before the last, the person is asked first (nothing is lost by a slip)."""
        if self._closing_quietly or not self._mid_way() or self.confirm_leaving():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        # A close from the program itself (not the person) needs no question.
        self._closing_quietly = not event.spontaneous()
        try:
            super().closeEvent(event)
        finally:
            self._closing_quietly = False

    _closing_quietly = False

    def _mid_way(self) -> bool:
        return self.currentId() not in (-1, int(PageId.WELCOME), int(PageId.DONE))

    def confirm_leaving(self) -> bool:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("Window", "Leave the wizard?"),
            translate(
                "Window",
                "What you entered on these pages is forgotten, and no key is stored. "
                "A key you already made on the exchange stays there until you delete it.",
            ),
            parent=self,
        )
        leave = box.addButton(translate("Window", "&Leave"), QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton(translate("Window", "&Stay"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        self.leave_question = box  # for tests and screen readers: the open question
        box.exec()
        return box.clickedButton() is leave

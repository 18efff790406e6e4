"""The wizard window: puts the pages together and wires Help.

Only the first page is built before the window shows; the others are built right
after the first paint, so the person sees the wizard as early as possible.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QWidget, QWizard

from wizard import APP_NAME
from wizard.flow import KeyPath, PageId, WizardState
from wizard.gui.pages.base import WizardContext, translate
from wizard.gui.pages.welcome import WelcomePage

if TYPE_CHECKING:
    from wizard.gui.pages.done import DonePage
    from wizard.gui.pages.enter import EnterPage
    from wizard.gui.pages.verification import VerificationPage
    from wizard.practice import PracticeExchange

WINDOW_SIZE = (920, 720)


class KeyWizard(QWizard):
    def __init__(
        self,
        practice: PracticeExchange | None = None,
        languages: dict[str, str] | None = None,
        parent: QWidget | None = None,
        *,
        defer_pages: bool = False,
        language: str = "en",
    ) -> None:
        super().__init__(parent)
        self.context = WizardContext(state=WizardState(), practice=practice)
        self.context.language = language
        self.context.on_language = self.switch_language
        self.context.on_exchange = self.switch_exchange
        self._languages = languages or {"en": "English"}
        self._set_title()
        self._set_button_texts()
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.HaveHelpButton, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.helpRequested.connect(self.show_help)
        self._build_after_first_paint = False
        self.welcome = WelcomePage(self.context, self._languages)
        self.setPage(int(PageId.WELCOME), self.welcome)
        self.resize(*WINDOW_SIZE)
        self._pages_built = False
        self._first_build_done = False
        self._build_after_first_paint = defer_pages
        if not defer_pages:
            self.ensure_pages()

    def event(self, event: QEvent) -> bool:
        # Events arrive during construction too, before the attribute exists.
        if getattr(self, "_build_after_first_paint", False) and (event.type() == QEvent.Type.Paint):
            self._build_after_first_paint = False
            QTimer.singleShot(0, self.ensure_pages)
        return super().event(event)

    def ensure_pages(self) -> None:
        """Build every page after the first (once)."""
        if self._pages_built:
            return
        from datetime import date

        from wizard.gui.pages.checklist import ChecklistPage
        from wizard.gui.pages.create import CreatePage
        from wizard.gui.pages.done import DonePage
        from wizard.gui.pages.enter import EnterPage
        from wizard.gui.pages.ip import IpPage
        from wizard.gui.pages.permissions import PermissionsPage
        from wizard.gui.pages.verification import VerificationPage

        context = self.context
        self.enter: EnterPage = EnterPage(context)
        self.verification: VerificationPage = VerificationPage(context, self.enter.credentials)
        self.done_page: DonePage = DonePage(context, self.enter.credentials)
        plain = {page: ChecklistPage(page, context) for page in (PageId.SECURE, PageId.DERIVATIVES)}
        for page in plain.values():
            page.finish_layout()
        pages = {
            **plain,
            PageId.CREATE: CreatePage(context, date.today()),
            PageId.PERMISSIONS: PermissionsPage(context),
            PageId.IP_WHITELIST: IpPage(context),
            PageId.ENTER: self.enter,
            PageId.VERIFY: self.verification,
            PageId.DONE: self.done_page,
        }
        for page_id in sorted(pages):
            self.setPage(int(page_id), pages[page_id])
        self._pages_built = True
        context.pages_ready = True
        if not self._first_build_done:
            self._first_build_done = True
            from wizard.gui.pages.base import icon

            self.setWindowIcon(icon("app"))
            if context.practice is None:
                self._settle_interrupted_rotation()
            self.welcome.load_stored_keys()
        self.welcome.completeChanged.emit()

    def _settle_interrupted_rotation(self) -> None:
        """A rotation a crash interrupted is finished or undone before anything else
        touches the stored keys (off the GUI thread: the keychain may ask to unlock)."""
        from wizard.gui.background import BackgroundCall
        from wizard.store.keys import KeyStore

        self.recovery = BackgroundCall()
        self.recovery.finished.connect(lambda _: self.welcome.load_stored_keys())
        self.recovery.start(lambda: KeyStore().recover())

    def switch_exchange(self, exchange: str) -> None:
        """Guide through ``exchange`` from now on. Only the Welcome page offers this,
        so nothing entered later is lost: the pages after it are built anew with that
        exchange's names, panel and fields, and its ticks start empty."""
        state = self.state
        if self.context.practice is not None:
            self.context.practice.select(exchange)
        if exchange == state.exchange:
            return
        state.exchange = exchange
        state.ticked, state.required = {}, {}
        state.entry_valid = state.verified_safe = False
        self.context.report = None
        if not self._pages_built:
            return  # built after the first paint, already for this exchange
        self._remove_pages(keep_welcome=True)
        self.ensure_pages()

    def _remove_pages(self, *, keep_welcome: bool) -> None:
        """Take the pages out to be built anew; a secret typed into them goes first."""
        if self._pages_built:
            self.enter.clear_secret()
        for page_id in list(self.pageIds()):
            if not (keep_welcome and page_id == int(PageId.WELCOME)):
                page = self.page(page_id)
                self.removePage(page_id)
                page.deleteLater()
        self._pages_built = False

    def switch_language(self, code: str) -> None:
        """Show the wizard in ``code`` from now on, and next time. Only the Welcome
        page offers this, so nothing the person entered later is lost: the pages
        are built anew in the new language, keeping the exchange and path."""
        from wizard.gui.language import install_language, remember_language

        install_language(code)
        remember_language(code)
        self.context.language = code
        old = self.state
        self.context.state = WizardState(exchange=old.exchange, path=old.path)
        built_before = self._first_build_done
        self._remove_pages(keep_welcome=False)
        self.welcome = WelcomePage(self.context, self._languages)
        self.setPage(int(PageId.WELCOME), self.welcome)
        self.ensure_pages()
        if built_before:  # else the first build just offered them
            self.welcome.load_stored_keys()
        self.restart()
        self.welcome.choose_path(old.path)
        self.welcome.exchange.setCurrentIndex(self.welcome.exchange.findData(old.exchange))
        self._set_title()
        self._set_button_texts()

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
        if self._pages_built:
            from wizard.gui.pages.base import clear_clipboard_if_holds

            self.verification.runner.cancel()
            clear_clipboard_if_holds(self.enter.secret.text())
            self.enter.clear_secret()
        super().done(result)

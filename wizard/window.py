"""The wizard window: puts the pages together and wires Help."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget, QWizard

from wizard import APP_NAME
from wizard.flow import KeyPath, PageId, WizardState
from wizard.pages.base import WizardContext, tr
from wizard.pages.checklist import ChecklistPage
from wizard.pages.create import CreatePage
from wizard.pages.done import DonePage
from wizard.pages.enter import EnterPage
from wizard.pages.help import HelpDialog
from wizard.pages.permissions import PermissionsPage
from wizard.pages.verification import VerificationPage
from wizard.pages.welcome import WelcomePage
from wizard.practice import PracticeExchange

WINDOW_SIZE = (920, 720)


class KeyWizard(QWizard):
    def __init__(
        self,
        practice: PracticeExchange | None = None,
        languages: dict[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = WizardContext(state=WizardState(), practice=practice)
        title = (
            APP_NAME if practice is None else tr("Window", "{app} — Practice").format(app=APP_NAME)
        )
        self.setWindowTitle(title)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.HaveHelpButton, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.helpRequested.connect(self.show_help)

        context = self.context
        self.welcome = WelcomePage(context, languages or {"en": "English"})
        self.enter = EnterPage(context)
        self.verification = VerificationPage(context, self.enter.credentials)
        self.done_page = DonePage(context)
        pages = {
            PageId.WELCOME: self.welcome,
            PageId.SECURE: ChecklistPage(PageId.SECURE, context),
            PageId.DERIVATIVES: ChecklistPage(PageId.DERIVATIVES, context),
            PageId.CREATE: CreatePage(context, date.today()),
            PageId.PERMISSIONS: PermissionsPage(context),
            PageId.IP_WHITELIST: ChecklistPage(PageId.IP_WHITELIST, context),
            PageId.ENTER: self.enter,
            PageId.VERIFY: self.verification,
            PageId.DONE: self.done_page,
        }
        for page_id, page in pages.items():
            if isinstance(page, ChecklistPage) and type(page) is ChecklistPage:
                page.finish_layout()
            self.setPage(int(page_id), page)
        self.resize(*WINDOW_SIZE)

    @property
    def state(self) -> WizardState:
        return self.context.state

    def show_help(self) -> None:
        dialog = HelpDialog(self)
        dialog.exec()
        if dialog.rotate_requested:
            self.start_rotation()

    def start_rotation(self) -> None:
        self.restart()
        self.welcome.choose_path(KeyPath.ROTATE)

    def done(self, result: int) -> None:
        """Finished, cancelled or closed: the secret leaves the window."""
        self.verification.runner.cancel()
        self.enter.clear_secret()
        super().done(result)

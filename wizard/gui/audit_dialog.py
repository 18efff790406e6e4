"""What my bot did: an account's last 30 days, read from the exchange's own records
(``wizard.audit``) without freezing the window, with the pages read so far; everything
that was not spot trading listed with its date, amount and meaning, or "nothing but
spot trades", then what was read and what the records cannot show; the full audit
saved as a PDF beside its JSON twin.

The accounts are those of the stored keys, or in practice mode the practice
exchange's accounts, each with a month of a bot's doing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wizard.gui.background import BackgroundCall
from wizard.gui.colours import CRITICAL_RED, MARK_COLOURS
from wizard.gui.pages.base import (
    ProblemBox,
    clear_layout,
    day_in_words,
    practice_banner,
    text_label,
    translate,
)
from wizard.i18n import EXCHANGE_NAMES

if TYPE_CHECKING:
    from wizard.audit.model import AuditReport
    from wizard.practice import PracticeExchange
    from wizard.store.index import StoredKey
    from wizard.verify.model import Credentials

DAYS = 30


@dataclass(frozen=True)
class AuditSubject:
    """An account the dialog can read: how its list names it, where it is, and how
    to get its key (called off the window's thread: a keychain may ask to unlock)."""

    name: str
    label: str
    exchange: str
    api_url: str | None
    credentials: Callable[[], Credentials]

    def read(self, answered: Callable[[int], None]) -> AuditReport:
        """The account's last DAYS days; ``answered`` hears how many of the
        exchange's answers have come, after each one."""
        from wizard.audit.service import audit_key_blocking

        return audit_key_blocking(
            self.label,
            self.exchange,
            self.credentials(),
            days=DAYS,
            api_url=self.api_url,
            answered=answered,
        )


def stored_subjects(keys: list[StoredKey], api_url: str | None) -> list[AuditSubject]:
    """The stored keys' accounts, each key read from the keychain when asked."""

    def key_of(label: str) -> Callable[[], Credentials]:
        from wizard.store.keys import KeyStore

        return lambda: KeyStore().credentials(label)[1]

    return [
        AuditSubject(
            translate("Audit", "{label} ({exchange})").format(
                label=f"\u2066{key.label}\u2069",
                exchange=EXCHANGE_NAMES.get(key.exchange, key.exchange),
            ),
            key.label,
            key.exchange,
            api_url,
            key_of(key.label),
        )
        for key in keys
    ]


def practice_subjects(practice: PracticeExchange) -> list[AuditSubject]:
    """The practice exchange's accounts, each holding a month of a bot's doing."""
    from wizard.sim.catalog import practice_accounts
    from wizard.verify.model import Credentials

    exchange = practice.exchange
    api_url = practice.api_url  # the pretend exchange is running from here on

    def key_of(account: Any) -> Callable[[], Credentials]:
        def key() -> Credentials:
            practice.use(account)  # the pretend exchange's clock as this computer's
            return Credentials(account.api_key, account.secret, account.passphrase)

        return key

    return [
        AuditSubject(
            translate("Practice", account.title),
            f"practice-{account.history}".replace("_", "-"),
            exchange,
            api_url,
            key_of(account),
        )
        for account in practice_accounts(exchange)
    ]


class _Progress(QObject):
    answered = Signal(int)  # emitted off the window's thread, delivered on it


class AuditDialog(QDialog):
    def __init__(
        self,
        subjects: list[AuditSubject],
        parent: QWidget,
        *,
        language: str = "en",
        practice: bool = False,
    ) -> None:
        super().__init__(parent)
        self.language = language  # the saved report's
        self.setWindowTitle(translate("Audit", "What my bot did"))
        self.subjects = subjects
        self.report: AuditReport | None = None
        layout = QVBoxLayout(self)
        if practice:
            layout.addWidget(practice_banner())
        layout.addWidget(
            text_label(
                translate(
                    "Audit",
                    "The exchange's own records of the last {days} days, read with the key: "
                    "everything that was not spot trading.",
                ).format(days=DAYS),
                ours=True,
            )
        )
        self.keys = QComboBox()
        self.keys.setAccessibleName(translate("Audit", "The key whose account to read"))
        for subject in subjects:
            self.keys.addItem(subject.name)
        layout.addWidget(self.keys)
        self.status = text_label("", ours=True)  # shown while it has something to say
        self.status.setVisible(False)
        layout.addWidget(self.status)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # how many pages an account has is not known ahead
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(translate("Audit", "Reading the exchange's records"))
        self.busy.setVisible(False)
        layout.addWidget(self.busy)
        self.problem = ProblemBox(translate("Audit", "&Try again"))
        self.problem.setVisible(False)
        self.problem.button.setAutoDefault(False)
        self.problem.button.clicked.connect(self.start)
        layout.addWidget(self.problem)
        self.results = QVBoxLayout()
        holder = QWidget()
        holder.setLayout(self.results)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox()
        # Our own Close: Qt has no translation of its own for every language (Urdu).
        close = buttons.addButton(
            translate("Help", "&Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        close.setAutoDefault(False)
        self.check = QPushButton(translate("Audit", "&Check"))
        buttons.addButton(self.check, QDialogButtonBox.ButtonRole.ActionRole)
        self.check.setDefault(True)  # Enter reads (once in the dialog: Qt knows it then)
        self.save = QPushButton(translate("Audit", "&Save a report…"))
        self.save.setEnabled(False)
        buttons.addButton(self.save, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.check.clicked.connect(self.start)
        self.save.clicked.connect(self._save)
        layout.addWidget(buttons)
        self.resize(640, 480)
        self.reader = BackgroundCall()
        self.reader.finished.connect(self._show)
        self.reader.failed.connect(self._not_read)
        self.progress = _Progress()
        self.progress.answered.connect(self._answered)

    def start(self) -> None:
        subject = self.subjects[self.keys.currentIndex()]
        self.check.setEnabled(False)
        self.save.setEnabled(False)
        self.problem.setVisible(False)
        clear_layout(self.results)
        self._say(translate("Audit", "Reading the exchange's records…"))
        self.busy.setVisible(True)
        answered = self.progress.answered.emit
        self.reader.start(lambda: subject.read(answered))

    def _answered(self, pages: int) -> None:
        if self.reader.running:  # not a late word from a reading already over
            self._say(
                translate("Audit", "Reading the exchange's records… {count} pages read.").format(
                    count=pages
                )
            )

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _finished(self) -> None:
        self.check.setEnabled(True)
        self.busy.setVisible(False)
        self._say("")

    def _show(self, report: object) -> None:
        from wizard.audit.model import MEANINGS, AuditReport
        from wizard.verify.catalog import asset_name

        assert isinstance(report, AuditReport)
        self.report = report
        self._finished()
        self.save.setEnabled(True)
        if not report.findings:
            said = text_label(
                translate("Audit", "Nothing but spot trades in the last {days} days.").format(
                    days=DAYS
                ),
                bold=True,
            )
            said.setStyleSheet(f"color: {MARK_COLOURS['pass']};")
            self.results.addWidget(said)
        else:
            said = text_label(
                translate("Audit", "{count} records were not spot trading:").format(
                    count=len(report.findings)
                ),
                bold=True,
            )
            said.setStyleSheet(f"color: {CRITICAL_RED};")
            self.results.addWidget(said)
            for finding in report.findings:
                self.results.addWidget(
                    text_label(
                        translate("Audit", "{day}: {meaning}. {amount} {asset} ({record})").format(
                            day=day_in_words(finding.at.date()),
                            meaning=translate("Audit", MEANINGS[finding.kind]),
                            amount=f"\u2066{finding.amount}\u2069",
                            asset=f"\u2066{asset_name(report.exchange, finding.asset)}\u2069",
                            record=f"\u2066{finding.product}\u2069",
                        )
                    )
                )
        exchange = EXCHANGE_NAMES.get(report.exchange, report.exchange)
        for heading, items in (
            (translate("Audit", "What was read:"), report.read),
            (
                translate(
                    "Audit", "What {exchange}'s records cannot show, so this check did not see:"
                ).format(exchange=exchange),
                report.not_visible,
            ),
        ):
            self.results.addSpacing(self.fontMetrics().height() // 2)
            self.results.addWidget(text_label(heading, bold=True, ours=True))
            for item in items:
                self.results.addWidget(
                    text_label(
                        translate("Audit", "• {item}").format(item=translate("AuditRecords", item))
                    )
                )
        self.results.addStretch(1)

    def _not_read(self, error: object) -> None:
        from wizard.errors import WizardError
        from wizard.verify.texts import error_wording

        self._finished()
        if not isinstance(error, WizardError):
            raise error if isinstance(error, BaseException) else RuntimeError(error)
        wording = error_wording(error, translate, isolate=True)
        self.problem.show_problem(wording.title, f"{wording.message}\n{wording.fix}")

    def _save(self) -> None:
        from datetime import UTC, datetime
        from pathlib import Path

        from wizard.audit.model import audit_report_document
        from wizard.gui.audit_pdf import audit_html
        from wizard.gui.report_pdf import save_report

        if self.report is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("Audit", "Save the report"),
            f"audit-{self.report.label}.pdf",
            "PDF (*.pdf)",
        )
        if not path:
            return
        document: dict[str, Any] = audit_report_document(self.report, datetime.now(UTC))
        save_report(document, Path(path), translate, self.language, html=audit_html)
        self._say(translate("Audit", "Report saved."))

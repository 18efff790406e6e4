"""What my bot did: a stored key's account over the last 30 days, read from the
exchange's own records (``wizard.audit``) without freezing the window; everything
that was not spot trading listed with its date, amount and meaning, or "nothing
but spot trades"; the full audit saved as a PDF beside its JSON twin."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wizard.gui.background import BackgroundCall
from wizard.gui.colours import CRITICAL_RED, MARK_COLOURS
from wizard.gui.pages.base import ProblemBox, clear_layout, day_in_words, text_label, translate
from wizard.i18n import EXCHANGE_NAMES

if TYPE_CHECKING:
    from wizard.audit.model import AuditReport
    from wizard.store.index import StoredKey

DAYS = 30


class AuditDialog(QDialog):
    def __init__(self, keys: list[StoredKey], api_url: str | None, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Audit", "What my bot did"))
        self.api_url = api_url
        self.report: AuditReport | None = None
        layout = QVBoxLayout(self)
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
        for key in keys:
            self.keys.addItem(
                translate("Audit", "{label} ({exchange})").format(
                    label=f"\u2066{key.label}\u2069",
                    exchange=EXCHANGE_NAMES.get(key.exchange, key.exchange),
                ),
                key.label,
            )
        layout.addWidget(self.keys)
        self.status = text_label("", ours=True)
        layout.addWidget(self.status)
        self.problem = ProblemBox(translate("Audit", "&Try again"))
        self.problem.setVisible(False)
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
        self.check.setDefault(True)
        buttons.addButton(self.check, QDialogButtonBox.ButtonRole.ActionRole)
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

    def start(self) -> None:
        from wizard.audit.service import audit_key_blocking
        from wizard.store.keys import KeyStore

        label = str(self.keys.currentData())
        api_url = self.api_url
        self.check.setEnabled(False)
        self.save.setEnabled(False)
        self.problem.setVisible(False)
        clear_layout(self.results)
        self.status.setText(translate("Audit", "Reading the exchange's records…"))

        def read() -> AuditReport:
            record, credentials = KeyStore().credentials(label)
            return audit_key_blocking(
                record.label, record.exchange, credentials, days=DAYS, api_url=api_url
            )

        self.reader.start(read)

    def _show(self, report: object) -> None:
        from wizard.audit.model import MEANINGS, AuditReport
        from wizard.verify.catalog import asset_name

        assert isinstance(report, AuditReport)
        self.report = report
        self.check.setEnabled(True)
        self.save.setEnabled(True)
        self.status.setText("")
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
        self.results.addWidget(
            text_label(
                translate(
                    "Audit",
                    "Some records cannot be read with this key or are not kept by "
                    "{exchange}: the report lists them.",
                ).format(exchange=EXCHANGE_NAMES.get(report.exchange, report.exchange)),
                ours=True,
            )
        )
        self.results.addStretch(1)

    def _not_read(self, error: object) -> None:
        from wizard.errors import WizardError
        from wizard.verify.texts import error_wording

        self.check.setEnabled(True)
        self.status.setText("")
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
        save_report(document, Path(path), html=audit_html)
        self.status.setText(translate("Audit", "Report saved."))

"""Live verification: a checklist that fills in as answers arrive, then the result."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import astuple
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wizard.flow import PageId
from wizard.i18n import EXCHANGE_NAMES, QT_TRANSLATE_NOOP
from wizard.pages.base import WizardContext, WizardPage, icon, icon_label, text_label, translate
from wizard.pages.runner import VerificationRunner
from wizard.verify.catalog import check_names
from wizard.verify.document import amount_text
from wizard.verify.errors import VerificationError
from wizard.verify.model import Credentials, Severity, Verdict, VerificationReport
from wizard.verify.texts import Wording, error_wording, flag_wording, unreported_note
from wizard.verify.texts import left_to_right as ltr

CHECK_LABELS = {
    "restrictions": QT_TRANSLATE_NOOP("Verification", "The key's permissions"),
    "account": QT_TRANSLATE_NOOP("Verification", "Your account's settings"),
    "balances": QT_TRANSLATE_NOOP("Verification", "Spot balances"),
    "margin": QT_TRANSLATE_NOOP("Verification", "Margin loans"),
    "clock": QT_TRANSLATE_NOOP("Verification", "This computer's clock"),
}
PERMISSION_ROWS = (
    ("read", QT_TRANSLATE_NOOP("Verification", "Read the account"), True),
    ("spot_trade", QT_TRANSLATE_NOOP("Verification", "Spot trading"), True),
    ("margin", QT_TRANSLATE_NOOP("Verification", "Margin (borrowing)"), False),
    ("futures", QT_TRANSLATE_NOOP("Verification", "Futures"), False),
    ("options", QT_TRANSLATE_NOOP("Verification", "Options"), False),
    ("withdraw", QT_TRANSLATE_NOOP("Verification", "Withdrawals"), False),
    ("internal_transfer", QT_TRANSLATE_NOOP("Verification", "Internal transfer"), False),
    ("universal_transfer", QT_TRANSLATE_NOOP("Verification", "Universal transfer"), False),
    ("ip_restricted", QT_TRANSLATE_NOOP("Verification", "Limited to trusted IPs"), True),
)


def _clear(layout: QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()


class VerificationPage(WizardPage):
    def __init__(self, context: WizardContext, credentials: Callable[[], Credentials]) -> None:
        super().__init__(PageId.VERIFY, context)
        self._credentials = credentials
        self.runner = VerificationRunner()
        self.runner.check_finished.connect(self._check_finished)
        self.runner.succeeded.connect(self.show_report)
        self.runner.failed.connect(self.show_error)
        self.report: VerificationReport | None = None

        self.checks = QWidget()
        self.check_rows: dict[str, QLabel] = {}
        grid = QGridLayout(self.checks)
        grid.setColumnStretch(1, 1)
        for row, name in enumerate(check_names(self.state.exchange)):
            mark = icon_label("pending")
            self.check_rows[name] = mark
            grid.addWidget(mark, row, 0)
            grid.addWidget(
                text_label(translate("Verification", CHECK_LABELS.get(name, name))), row, 1
            )
        self.body.addWidget(self.checks)

        self.result = QVBoxLayout()
        self.body.addLayout(self.result)

        self.again = QPushButton()  # replaced by each failed result's own button
        self.again.setVisible(False)
        self.finish_layout()

    # -- running ---------------------------------------------------------------
    def initializePage(self) -> None:
        self.start()

    def cleanupPage(self) -> None:
        self.runner.cancel()

    def start(self) -> None:
        self.state.verified_safe = False
        self.report = None
        self.context.report = None
        self.completeChanged.emit()
        _clear(self.result)
        for mark in self.check_rows.values():
            mark.setPixmap(icon("pending").pixmap(20, 20))
        self.result.addWidget(text_label(translate("Verification", "Asking the exchange…")))
        self.runner.start(self.state.exchange, self._credentials(), self.context.exchange_url)

    def _check_finished(self, name: str, ok: bool) -> None:
        mark = self.check_rows.get(name)
        if mark is not None:
            mark.setPixmap(icon("pass" if ok else "unknown").pixmap(20, 20))

    # -- results ---------------------------------------------------------------
    def show_report(self, report: VerificationReport) -> None:
        self.report = report
        self.context.report = report
        _clear(self.result)
        facts = report.facts
        self.result.addWidget(_verdict_banner(report.verdict))
        if report.verdict is Verdict.FAIL:
            # Right under the verdict, where the eye already is.
            self.again = QPushButton(translate("Verification", "I changed it — &verify again"))
            self.again.clicked.connect(self.start)
            self.result.addWidget(self.again, 0, Qt.AlignmentFlag.AlignLeading)

        for flag in report.flags:
            self.result.addWidget(
                _flag_card(
                    flag.severity, flag_wording(flag, facts.exchange, translate, isolate=True)
                )
            )

        table = QWidget()
        grid = QGridLayout(table)
        grid.setColumnStretch(3, 1)  # keeps each value next to its name, in either direction
        grid.addWidget(
            text_label(translate("Verification", "What the key can do"), bold=True), 0, 0, 1, 3
        )
        for row, (name, label, safe_value) in enumerate(PERMISSION_ROWS, start=1):
            value = getattr(facts.permissions, name)
            if value is None:
                mark, words = "unknown", translate("Verification", "not reported by the exchange")
            elif value == safe_value:
                mark, words = (
                    "pass",
                    translate("Verification", "yes") if value else translate("Verification", "no"),
                )
            else:
                dangerous = name not in ("spot_trade", "ip_restricted")
                mark = "critical" if dangerous else "warning"
                words = (
                    translate("Verification", "YES") if value else translate("Verification", "NO")
                )
            grid.addWidget(icon_label(mark, 16), row, 0)
            name_label = QLabel(translate("Verification", label))
            name_label.setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(name_label, row, 1)
            value_label = text_label(words, bold=mark == "critical")
            if mark == "critical":
                value_label.setStyleSheet("color: #b00020;")
            grid.addWidget(value_label, row, 2)
        self.result.addWidget(table)
        note = unreported_note(facts.exchange, None in astuple(facts.permissions), translate)
        if note:
            self.result.addWidget(text_label(note))
        self.result.addWidget(_facts_text(report))

        self.state.verified_safe = report.verdict is not Verdict.FAIL
        self.completeChanged.emit()

    def show_error(self, error: VerificationError) -> None:
        _clear(self.result)
        wording = error_wording(error, translate, isolate=True)
        box = QFrame()
        box.setObjectName("errorBox")
        box.setStyleSheet("#errorBox { border: 2px solid #b00020; border-radius: 6px; }")
        layout = QVBoxLayout(box)
        title = QHBoxLayout()
        title.addWidget(icon_label("critical", 22))
        title.addWidget(text_label(wording.title, bold=True), 1)
        layout.addLayout(title)
        layout.addWidget(text_label(wording.message))
        layout.addWidget(text_label(translate("Verification", "What to do: ") + wording.fix))
        retry = QPushButton(translate("Verification", "&Retry"))
        retry.clicked.connect(self.start)
        layout.addWidget(retry, 0, Qt.AlignmentFlag.AlignLeading)
        self.result.addWidget(box)
        self.state.verified_safe = False
        self.completeChanged.emit()


def _verdict_banner(verdict: Verdict) -> QWidget:
    texts = {
        Verdict.PASS: (
            "pass",
            "#1e7e34",
            translate("Verification", "Safe: this key is spot-only."),
        ),
        Verdict.WARN: (
            "warning",
            "#8a5300",
            translate("Verification", "Spot-only, with notes below worth fixing."),
        ),
        Verdict.FAIL: (
            "critical",
            "#b00020",
            translate(
                "Verification",
                "Not safe: this key will not be saved. Change what is shown in "
                "red on the exchange, then verify again.",
            ),
        ),
    }
    name, colour, words = texts[verdict]
    banner = QFrame()
    banner.setObjectName("verdict")
    banner.setStyleSheet(f"#verdict {{ border: 2px solid {colour}; border-radius: 6px; }}")
    layout = QHBoxLayout(banner)
    layout.addWidget(icon_label(name, 28))
    label = text_label(words, bold=True)
    label.setStyleSheet(f"color: {colour};")
    layout.addWidget(label, 1)
    banner.setAccessibleName(words)
    return banner


def _flag_card(severity: Severity, wording: Wording) -> QWidget:
    critical = severity is Severity.CRITICAL
    card = QFrame()
    card.setObjectName("flag")
    colour = "#b00020" if critical else "#8a5300"
    card.setStyleSheet(f"#flag {{ border-left: 4px solid {colour}; }}")
    layout = QHBoxLayout(card)
    layout.addWidget(
        icon_label("critical" if critical else "warning"), 0, Qt.AlignmentFlag.AlignTop
    )
    column = QVBoxLayout()
    title = text_label(wording.title, bold=True)
    title.setStyleSheet(f"color: {colour};")
    column.addWidget(title)
    column.addWidget(text_label(wording.message))
    column.addWidget(text_label(translate("Verification", "Fix: ") + wording.fix))
    layout.addLayout(column, 1)
    return card


def _facts_text(report: VerificationReport) -> QLabel:
    facts = report.facts
    lines = []
    if facts.created_at is not None:
        age = (datetime.now(UTC) - facts.created_at).days
        lines.append(
            translate("Verification", "Key made: {date} ({days} days ago)").format(
                date=ltr(facts.created_at.date().isoformat()), days=age
            )
        )
    else:
        lines.append(
            translate(
                "Verification",
                "{exchange} does not tell when a key was made: replace it 90 days "
                "after you made it. When you save it, the wizard counts from today.",
            ).format(exchange=EXCHANGE_NAMES.get(facts.exchange, facts.exchange))
        )
    if report.rotation_due is not None:
        lines.append(
            translate("Verification", "Replace it by: {date}").format(
                date=ltr(report.rotation_due.isoformat())
            )
        )
    if report.clock_skew_ms is not None:
        lines.append(
            translate("Verification", "Clock difference: {ms} ms").format(
                ms=ltr(str(report.clock_skew_ms))
            )
        )
    if facts.balances is not None:
        shown = ", ".join(
            ltr(f"{asset} {amount_text(amount)}")
            for asset, amount in sorted(facts.balances.items())
        )
        lines.append(
            translate("Verification", "Spot balances: {balances}").format(
                balances=shown or translate("Verification", "none")
            )
        )
    return text_label("\n".join(lines), selectable=True)

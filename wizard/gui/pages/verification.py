"""Live verification: a checklist that fills in as answers arrive, then the result."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wizard.errors import WizardError
from wizard.flow import PageId
from wizard.gui.pages.base import WizardContext, WizardPage, icon, icon_label, text_label, translate
from wizard.gui.runner import VerificationRunner
from wizard.i18n import EXCHANGE_NAMES, QT_TRANSLATE_NOOP
from wizard.verify.catalog import check_names
from wizard.verify.document import amount_text
from wizard.verify.model import Confirmation, Credentials, Severity, Verdict, VerificationReport
from wizard.verify.table import confirmation_of
from wizard.verify.texts import (
    CAPABILITY_TEXTS,
    Wording,
    confirmation_tick,
    confirmed_note,
    error_wording,
    expiry_reason,
    flag_wording,
    unreported_note,
)
from wizard.verify.texts import left_to_right as ltr

CHECK_LABELS = {
    "restrictions": QT_TRANSLATE_NOOP("Verification", "The key's permissions"),
    "account": QT_TRANSLATE_NOOP("Verification", "Your account's settings"),
    "balances": QT_TRANSLATE_NOOP("Verification", "Spot balances"),
    "margin": QT_TRANSLATE_NOOP("Verification", "Margin loans"),
    "loans": QT_TRANSLATE_NOOP("Verification", "Loans open on the account"),
    "funding": QT_TRANSLATE_NOOP("Verification", "The funding wallet"),
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
    ("earn", QT_TRANSLATE_NOOP("Verification", "Earn (interest)"), False),
    ("loans", QT_TRANSLATE_NOOP("Verification", "Loans"), False),
    ("ip_restricted", QT_TRANSLATE_NOOP("Verification", "Limited to trusted IPs"), True),
)


def _clear(layout: QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()  # gone from the page now, not at the next turn of the event loop
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
        # The person's ticks for what the exchange does not report, by capability.
        self.ticks: dict[str, QCheckBox] = {}

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
        credentials = self._credentials()
        key_fingerprint = hashlib.sha256(credentials.api_key.encode()).hexdigest()
        if key_fingerprint != self.context.confirmations_for:
            # Another key: what was checked by hand for the last one does not carry over.
            self.context.confirmations = {}
            self.context.confirmations_for = key_fingerprint
        self.runner.start(
            self.state.exchange,
            credentials,
            self.context.exchange_url,
            tuple(self.context.confirmations.values()),
        )

    def _check_finished(self, name: str, ok: bool) -> None:
        mark = self.check_rows.get(name)
        if mark is not None:
            mark.setPixmap(icon("pass" if ok else "unknown").pixmap(20, 20))

    # -- results ---------------------------------------------------------------
    def show_report(self, report: VerificationReport) -> None:
        self.ticks.clear()
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

        # What the person can act on comes first: what is switched on, then what to
        # check by hand, then what no setting changes.
        shown = sorted(
            report.flags,
            key=lambda flag: (
                flag.severity is not Severity.CRITICAL,
                flag.code != "not_verified",
            ),
        )
        for flag in shown:
            wording = flag_wording(flag, facts.exchange, translate, isolate=True)
            tick = None
            lead = translate("Verification", "Fix: ")
            if flag.code == "not_verified":
                tick = self._tick(flag.params["capability"], checked=False)
                lead = translate("Verification", "Where to check: ")
            self.result.addWidget(_flag_card(flag.severity, wording, tick, lead))
        for confirmation in report.confirmations:
            tick = self._tick(confirmation.capability, checked=True)
            self.result.addWidget(_confirmed_card(confirmation, facts.exchange, tick))

        table = QWidget()
        grid = QGridLayout(table)
        grid.setColumnStretch(3, 1)  # keeps each value next to its name, in either direction
        grid.addWidget(
            text_label(translate("Verification", "What the key can do"), bold=True), 0, 0, 1, 3
        )
        for row, (name, label, safe_value) in enumerate(PERMISSION_ROWS, start=1):
            value = getattr(facts.permissions, name)
            confirmed = confirmation_of(report, name)
            if value is None and confirmed is not None:
                mark = "pass"
                words = translate("Verification", "off, checked by you")
            elif value is None:
                mark, words = "unknown", translate("Verification", "not reported by the exchange")
            elif value == safe_value:
                mark, words = (
                    "pass",
                    translate("Verification", "yes") if value else translate("Verification", "no"),
                )
            elif any(name in door.capabilities for door in facts.unblockable):
                mark = "warning"
                words = translate("Verification", "yes, and no setting stops it")
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
        note = unreported_note(facts.exchange, "not_verified" in report.flag_codes, translate)
        if note:
            self.result.addWidget(text_label(note))
        self.result.addWidget(_facts_text(report))

        self.state.verified_safe = report.verdict is not Verdict.FAIL
        self.completeChanged.emit()

    def _tick(self, capability: str, *, checked: bool) -> QCheckBox:
        """The tick that records (or takes back) the person's check of a capability;
        the verdict is judged again at once, with no new request."""
        tick = QCheckBox(confirmation_tick(capability, translate))
        tick.setObjectName(f"confirm-{capability}")
        tick.setChecked(checked)
        tick.toggled.connect(lambda on, name=capability: self.confirm(name, on))
        self.ticks[capability] = tick
        return tick

    def confirm(self, capability: str, checked: bool) -> None:
        """Record the person's check (or take it back) and judge the key again."""
        from datetime import date

        from wizard.verify.policy import rejudge

        if self.report is None:
            return
        if checked:
            self.context.confirmations[capability] = Confirmation(capability, date.today())
        else:
            self.context.confirmations.pop(capability, None)
        report = rejudge(self.report, self.context.confirmations.values())
        self.show_report(report)
        # Keep the keyboard where it was: on the same tick, now in its new card (once
        # the layout has shown it).
        tick = self.ticks.get(capability)
        if tick is not None:
            QTimer.singleShot(0, tick.setFocus)

    def show_error(self, error: WizardError) -> None:
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
            translate(
                "Verification",
                "Nothing dangerous is switched on. Read the notes below before you use this key.",
            ),
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


def _flag_card(
    severity: Severity, wording: Wording, tick: QCheckBox | None = None, lead: str = ""
) -> QWidget:
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
    column.addWidget(text_label((lead or translate("Verification", "Fix: ")) + wording.fix))
    if tick is not None:
        column.addWidget(tick)
    layout.addLayout(column, 1)
    return card


def _confirmed_card(confirmation: Confirmation, exchange: str, tick: QCheckBox) -> QWidget:
    """A capability the person checked by hand: said as theirs, not the exchange's."""
    card = QFrame()
    card.setObjectName("confirmed")
    card.setStyleSheet("#confirmed { border-left: 4px solid #1e7e34; }")
    layout = QHBoxLayout(card)
    layout.addWidget(icon_label("pass"), 0, Qt.AlignmentFlag.AlignTop)
    column = QVBoxLayout()
    name = translate("Flags", CAPABILITY_TEXTS[confirmation.capability][0])
    column.addWidget(text_label(name[:1].upper() + name[1:], bold=True))
    column.addWidget(text_label(confirmed_note(confirmation, exchange, translate, isolate=True)))
    column.addWidget(tick)
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
        why = expiry_reason(report, translate)
        if why:
            lines.append(why)
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

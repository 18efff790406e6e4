"""Live verification: a checklist that fills in as answers arrive, then the result."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer, Signal
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
from wizard.gui.colours import FRAME_ON_DARK, MARK_COLOURS
from wizard.gui.pages.base import (
    ProblemBox,
    WizardContext,
    WizardPage,
    clear_layout,
    day_in_words,
    guide_tr,
    icon,
    icon_label,
    text_label,
    translate,
)
from wizard.gui.runner import VerificationRunner
from wizard.guide import ExchangeGuide, boxes_to_change
from wizard.i18n import QT_TRANSLATE_NOOP
from wizard.panel_picture import marked_picture
from wizard.resources import resource_path
from wizard.verify.catalog import check_names
from wizard.verify.model import Confirmation, Verdict, VerificationReport
from wizard.verify.presentation import (
    CheckedByYou,
    Finding,
    Mark,
    ReportView,
    RowState,
    present,
)
from wizard.verify.texts import confirmation_tick, error_wording

CHECK_LABELS = {
    "restrictions": QT_TRANSLATE_NOOP("Verification", "The key's permissions"),
    "account": QT_TRANSLATE_NOOP("Verification", "Your account's settings"),
    "balances": QT_TRANSLATE_NOOP("Verification", "Spot balances"),
    "margin": QT_TRANSLATE_NOOP("Verification", "Margin loans"),
    "loans": QT_TRANSLATE_NOOP("Verification", "Loans open on the account"),
    "funding": QT_TRANSLATE_NOOP("Verification", "The funding wallet"),
    "clock": QT_TRANSLATE_NOOP("Verification", "This computer's clock"),
}


class VerificationPage(WizardPage):
    result_shown = Signal()  # a report or an error is on the page now

    def __init__(self, context: WizardContext) -> None:
        super().__init__(PageId.VERIFY, context)
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
        clear_layout(self.result)
        self.checks.setVisible(True)
        for mark in self.check_rows.values():
            mark.setPixmap(icon("pending").pixmap(20, 20))
        self.result.addWidget(text_label(translate("Verification", "Asking the exchange…")))
        credentials = self.context.credentials
        if credentials is None:  # the Enter page lets no one past without a key
            return
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
        """An answer arrived: a neutral mark (an answer is not yet a good one; the
        verdict says what it means)."""
        mark = self.check_rows.get(name)
        if mark is not None:
            mark.setPixmap(icon("answered" if ok else "unknown").pixmap(20, 20))

    # -- results ---------------------------------------------------------------
    def show_report(self, report: VerificationReport) -> None:
        self.ticks.clear()
        self.report = report
        self.context.report = report
        clear_layout(self.result)
        view = present(report, translate, isolate=True, now=datetime.now(UTC), day=day_in_words)
        self.checks.setVisible(False)  # the verdict takes their place: no mark contradicts it
        self.result.addWidget(_verdict_banner(view))
        if report.verdict is Verdict.FAIL:
            # Right under the verdict, where the eye already is: verify again after a
            # change on the exchange, or enter another key where the fix is a new one.
            self.again = QPushButton(translate("Verification", "I changed it — &verify again"))
            self.again.clicked.connect(self.start)
            self.new_key = QPushButton(translate("Verification", "&Enter a new key"))
            self.new_key.setAutoDefault(False)
            self.new_key.clicked.connect(self.enter_another_key)
            row = QHBoxLayout()
            row.addWidget(self.again)
            row.addWidget(self.new_key)
            row.addStretch(1)
            self.result.addLayout(row)
        if view.balances is not None:  # what people care about most, near the top
            self.result.addWidget(_balances_card(view.balances))
        # The panel with the boxes to change framed goes right after the criticals
        # it fixes (they come first), before the notes.
        panel = _panel_card(self.context.guide, view)
        for finding in view.findings:
            if panel is not None and finding.mark is not Mark.CRITICAL:
                self.result.addWidget(panel)
                panel = None
            tick = None
            if finding.capability is not None:
                # Asked on a refused key too (its card says "tick it below"): the
                # criticals still come first, and what is ticked now still counts when
                # the key is verified again after the fix.
                tick = self._tick(finding.capability, checked=False)
            self.result.addWidget(_finding_card(finding, tick))
        if panel is not None:
            self.result.addWidget(panel)
        for checked in view.checked_by_you:
            tick = self._tick(checked.confirmation.capability, checked=True)
            self.result.addWidget(_checked_card(checked, tick))
        self.result.addWidget(_permission_table(view))
        if view.unreported_note:
            self.result.addWidget(text_label(view.unreported_note))
        facts = view.facts[:-1] if view.balances is not None else view.facts
        self.result.addWidget(text_label("\n".join(facts), selectable=True))

        self.state.verified_safe = report.verdict is not Verdict.FAIL
        self.completeChanged.emit()
        self.result_shown.emit()

    def enter_another_key(self) -> None:
        """Back to the Enter page, its fields emptied for the new key."""
        wizard = self.wizard()
        self.runner.cancel()
        wizard.back()
        enter = wizard.currentPage()
        clear = getattr(enter, "clear_for_another_key", None)
        if clear is not None:
            clear()

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
            QTimer.singleShot(0, tick, tick.setFocus)  # dropped if it is gone by then

    def show_error(self, error: WizardError) -> None:
        clear_layout(self.result)
        self.checks.setVisible(False)
        wording = error_wording(error, translate, isolate=True)
        box = ProblemBox(translate("Verification", "&Retry"))
        box.show_problem(
            wording.title,
            f"{wording.message}\n{translate('Verification', 'What to do: ')}{wording.fix}",
        )
        box.button.clicked.connect(self.start)
        self.result.addWidget(box)
        self.state.verified_safe = False
        self.completeChanged.emit()
        self.result_shown.emit()


def _verdict_banner(view: ReportView) -> QWidget:
    mark = {Verdict.PASS: Mark.PASS, Verdict.WARN: Mark.WARNING, Verdict.FAIL: Mark.CRITICAL}[
        view.verdict
    ]
    colour = MARK_COLOURS[mark]
    banner = QFrame()
    banner.setObjectName("verdict")
    banner.setStyleSheet(f"#verdict {{ border: 2px solid {colour}; border-radius: 6px; }}")
    layout = QHBoxLayout(banner)
    layout.addWidget(icon_label(mark, 28))
    label = text_label(view.sentence, bold=True)
    label.setStyleSheet(f"color: {colour};")
    layout.addWidget(label, 1)
    banner.setAccessibleName(view.sentence)
    return banner


def _balances_card(line: str) -> QWidget:
    """The spot balances the key sees, as a card of their own."""
    card = QFrame()
    card.setObjectName("balances")
    card.setFrameShape(QFrame.Shape.StyledPanel)
    layout = QVBoxLayout(card)
    shown = text_label(line, bold=True, selectable=True)
    font = shown.font()
    font.setPointSizeF(font.pointSizeF() * 1.15)
    shown.setFont(font)
    layout.addWidget(shown)
    return card


def _card(name: str, mark: Mark) -> tuple[QFrame, QVBoxLayout]:
    """A card with a coloured edge and the mark's icon; its text goes in the column."""
    card = QFrame()
    card.setObjectName(name)
    card.setStyleSheet(f"#{name} {{ border-left: 4px solid {MARK_COLOURS[mark]}; }}")
    layout = QHBoxLayout(card)
    layout.addWidget(icon_label(mark), 0, Qt.AlignmentFlag.AlignTop)
    column = QVBoxLayout()
    layout.addLayout(column, 1)
    return card, column


def _finding_card(finding: Finding, tick: QCheckBox | None) -> QWidget:
    card, column = _card("flag", finding.mark)
    heading = finding.wording.title
    if finding.mark is Mark.CRITICAL:  # the verdict says "what is marked critical": so marked
        heading = translate("Verification", "Critical: {finding}").format(finding=heading)
    title = text_label(heading, bold=True)
    title.setStyleSheet(f"color: {MARK_COLOURS[finding.mark]};")
    column.addWidget(title)
    column.addWidget(text_label(finding.wording.message))
    column.addWidget(text_label(finding.lead + finding.wording.fix))
    if tick is not None:
        column.addWidget(tick)
    return card


def _panel_card(guide: ExchangeGuide, view: ReportView) -> QWidget | None:
    """The exchange's permission panel again, with the boxes to change framed in red
    and named in words: where the person is about to look. None when no box of the
    panel is set the wrong way (what is wrong lies elsewhere, or is not reported)."""
    from PySide6.QtCore import QByteArray
    from PySide6.QtSvgWidgets import QSvgWidget

    switched = [row.field for row in view.rows if row.state is RowState.SWITCHED]
    boxes = boxes_to_change(guide.permission_panel, switched)
    if not boxes:
        return None
    svg = resource_path(f"pictures/{guide.panel_picture}").read_text(encoding="utf-8")
    data, framed = marked_picture(svg, [box.label for box in boxes], FRAME_ON_DARK)
    card, column = _card("panel", Mark.CRITICAL)
    column.addWidget(
        text_label(
            translate(
                "Verification", "On {exchange}, change the boxes framed in red and save:"
            ).format(exchange=guide.name),
            bold=True,
        )
    )
    said = []
    for enable, heading in (
        (False, translate("Verification", "Untick:")),
        (True, translate("Verification", "Tick:")),
    ):
        names = [guide_tr(box.label) for box in boxes if box.enable is enable]
        if names:
            said.append("\n".join([heading, *(f"• \u2068{name}\u2069" for name in names)]))
    column.addWidget(text_label("\n".join(said)))
    picture = QSvgWidget()
    picture.setObjectName("markedPanel")
    picture.load(QByteArray(data))
    size = picture.renderer().defaultSize()
    picture.setFixedSize(size.width() * 3 // 4, size.height() * 3 // 4)
    picture.setAccessibleName("\n".join(said))
    picture.setProperty("framed", list(framed))
    column.addWidget(picture, 0, Qt.AlignmentFlag.AlignLeading)
    return card


def _checked_card(checked: CheckedByYou, tick: QCheckBox) -> QWidget:
    """A capability the person checked by hand: said as theirs, not the exchange's."""
    card, column = _card("confirmed", Mark.PASS)
    column.addWidget(text_label(checked.name[:1].upper() + checked.name[1:], bold=True))
    column.addWidget(text_label(checked.note))
    column.addWidget(tick)
    return card


def _permission_table(view: ReportView) -> QWidget:
    table = QWidget()
    grid = QGridLayout(table)
    grid.setColumnStretch(3, 1)  # keeps each value next to its name, in either direction
    grid.setHorizontalSpacing(16)  # a name never runs into its value
    grid.addWidget(
        text_label(translate("Verification", "What the key can do"), bold=True), 0, 0, 1, 3
    )
    for number, row in enumerate(view.rows, start=1):
        grid.addWidget(icon_label(row.mark, 16), number, 0)
        name = QLabel(row.label)
        name.setTextFormat(Qt.TextFormat.PlainText)
        grid.addWidget(name, number, 1)
        critical = row.mark is Mark.CRITICAL
        value = text_label(row.words, bold=critical)
        value.setWordWrap(False)  # a few words: on one line, next to the name
        if critical:
            value.setStyleSheet(f"color: {MARK_COLOURS[Mark.CRITICAL]};")
        grid.addWidget(value, number, 2)
    return table

"""Done: the key goes into the keychain (never in practice mode), the date to
replace it, a calendar reminder, and for a rotation, how to retire the old key."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QFileDialog, QHBoxLayout, QPushButton

from wizard.flow import KeyPath, PageId
from wizard.gui.background import BackgroundCall
from wizard.gui.pages.base import (
    ProblemBox,
    WizardContext,
    WizardPage,
    clear_clipboard_if_holds,
    text_label,
    translate,
)
from wizard.verify.model import VerificationReport
from wizard.verify.policy import replace_by
from wizard.verify.texts import left_to_right as ltr

if TYPE_CHECKING:
    from wizard.store.keys import Kept

CLIPBOARD_CLEAR_MS = 10_000


class DonePage(WizardPage):
    outcome_shown = Signal()  # stored, not stored, or (practice) nothing to store

    def __init__(self, context: WizardContext) -> None:
        super().__init__(PageId.DONE, context)
        self.summary = text_label("")
        self.body.addWidget(self.summary)
        self.due = text_label("", bold=True)  # when to replace it, or that it is overdue
        self.body.addWidget(self.due)
        self.open_notes = text_label("")  # the check's warnings, still true after storing
        self.body.addWidget(self.open_notes)
        self.storage = text_label("", selectable=True)
        self.body.addWidget(self.storage)
        self.problem = ProblemBox(translate("Done", "&Try again"))
        self.problem.button.clicked.connect(self._store)
        self.problem.setVisible(False)
        self.body.addWidget(self.problem)

        self.reminder = QPushButton(translate("Done", "Add a &reminder to my calendar…"))
        self.reminder.clicked.connect(self._save_reminder)
        self.reminder.setVisible(False)
        self.report_button = QPushButton(translate("Done", "Save a verification &report…"))
        self.report_button.clicked.connect(self._save_report)
        row = QHBoxLayout()
        row.addWidget(self.reminder)
        row.addWidget(self.report_button)
        row.addStretch(1)
        self.body.addLayout(row)

        # The scheduled check, offered once the key is kept (wizard.schedule).
        self.watch = QCheckBox(
            translate("Done", "&Check this key every week and tell me if anything changes")
        )
        self.watch.setVisible(False)
        self.watch.toggled.connect(self._watch_toggled)
        self.body.addWidget(self.watch)
        self.watch_said = text_label("")
        self.watch_said.setVisible(False)
        self.body.addWidget(self.watch_said)

        self.rotation_heading = text_label(
            translate("Done", "Now retire the old key on the exchange:"), bold=True
        )
        self.body.addWidget(self.rotation_heading)
        self.rotation_steps = text_label("")
        self.body.addWidget(self.rotation_steps)
        self.finish_layout()
        self.saver = BackgroundCall()
        self.saver.finished.connect(self._stored)
        self.saver.failed.connect(self._not_stored)
        self.watch_state = BackgroundCall()
        self.watch_state.finished.connect(self._watch_found)
        self.watch_state.failed.connect(lambda _error: self._watch_found(False))
        self.scheduler = BackgroundCall()
        self.scheduler.finished.connect(self._scheduled)
        self.scheduler.failed.connect(self._not_scheduled)
        self._old_masked_key = ""

    def initializePage(self) -> None:
        report = self.context.report
        self.summary.setText(_summary(report))
        self.due.setText(_due_sentence(report))
        self.open_notes.setText(_open_notes(report))
        self.open_notes.setVisible(bool(self.open_notes.text()))
        self.setTitle(translate("Done", "Storing your key…"))
        rotating = self.state.path is KeyPath.ROTATE
        self.rotation_heading.setVisible(False)
        self.rotation_steps.setVisible(False)
        self.problem.setVisible(False)
        self.reminder.setVisible(False)
        if self.context.practice is not None:
            self.storage.setText(
                translate(
                    "Done",
                    "Practice: nothing was saved. With a real key, the secret goes into "
                    "your computer's keychain and nowhere else.",
                )
            )
            self.setTitle(translate("Done", "Practice finished: nothing was stored"))
            self.state.stored = True
            self._show_rotation_steps(rotating)
            self.completeChanged.emit()
            self.outcome_shown.emit()
            return
        self._store()

    def cleanupPage(self) -> None:
        self.saver.cancel()

    # -- storing, off the GUI thread ------------------------------------------------
    def _store(self) -> None:
        from wizard.store.keys import KeyStore

        report, credentials = self.context.report, self.context.credentials
        if report is None or credentials is None:
            return
        self.state.stored = False
        self.completeChanged.emit()
        self.problem.setVisible(False)
        self.storage.setText(translate("Done", "Saving the key in your computer's keychain…"))
        exchange, label = self.state.exchange, self.state.label
        replacing = self.state.rotate_label if self.state.path is KeyPath.ROTATE else None
        pair_label = self.context.key_pair_label

        def save() -> Kept:
            store = KeyStore()
            if replacing:
                return store.replace(replacing, credentials, report, key_pair_label=pair_label)
            return store.keep(exchange, label, credentials, report, key_pair_label=pair_label)

        self.saver.start(save)

    def _stored(self, result: object) -> None:
        from wizard.store.keys import Kept

        assert isinstance(result, Kept)
        self._record = result.record
        self._old_masked_key = result.replaced.masked_key if result.replaced else ""
        self.storage.setText(
            translate(
                "Done",
                'Saved in {keychain} under the name "{item}" (service '
                "halal-key-wizard). The secret is nowhere else on this computer.",
            ).format(keychain=result.keychain, item=ltr(result.item))
        )
        self.state.stored = True
        self.setTitle(
            translate("Done", "Your new key is in place")
            if result.replaced is not None
            else translate("Done", "Your key is stored")
        )
        self.reminder.setVisible(result.record.rotation_due is not None)
        self._offer_watch()
        self._show_rotation_steps(result.replaced is not None)
        if self.context.credentials is not None:
            secret = self.context.credentials.secret
            QTimer.singleShot(CLIPBOARD_CLEAR_MS, lambda: clear_clipboard_if_holds(secret))
        self.context.key_pair = None  # stored: no longer needed in memory
        self.completeChanged.emit()
        self.outcome_shown.emit()

    # -- the weekly check ------------------------------------------------------------
    def _offer_watch(self) -> None:
        """The tick, as the job really is: asked off the window's thread (on Windows
        that is a schtasks process)."""
        from wizard.schedule import installed

        self.watch.setEnabled(False)
        self.watch.setVisible(True)
        self.watch_state.start(installed)

    def _watch_found(self, on: object) -> None:
        self.watch.blockSignals(True)
        self.watch.setChecked(bool(on))
        self.watch.blockSignals(False)
        self.watch.setEnabled(True)

    def _watch_toggled(self, on: bool) -> None:
        from wizard.schedule import install, remove

        self.watch.setEnabled(False)
        self.watch_said.setText(translate("Done", "Setting up the weekly check…"))
        self.watch_said.setVisible(True)
        self.scheduler.start((lambda: install("weekly")) if on else remove)

    def _scheduled(self, _said: object) -> None:
        self.watch.setEnabled(True)
        self.watch_said.setText(
            translate(
                "Done",
                "Checked every week: a notification tells you when anything changes.",
            )
            if self.watch.isChecked()
            else translate("Done", "The weekly check is off.")
        )

    def _not_scheduled(self, error: object) -> None:
        self.watch.blockSignals(True)
        self.watch.setChecked(not self.watch.isChecked())  # as it really is
        self.watch.blockSignals(False)
        self.watch.setEnabled(True)
        self.watch_said.setText(
            translate(
                "Done",
                "The weekly check could not be set up on this computer. Your key is "
                "stored all the same; you can check it any time with the wizard. "
                "(Details: {reason})",
            ).format(reason=str(error))
        )

    def _not_stored(self, error: object) -> None:
        from wizard.errors import WizardError
        from wizard.store.keys import StoreRefused
        from wizard.verify.texts import error_wording

        if isinstance(error, StoreRefused):
            title, text = translate("Done", "The key was not saved"), error.text(translate)
            can_retry = False
        elif isinstance(error, WizardError):
            wording = error_wording(error, translate, isolate=True)
            title, text = wording.title, f"{wording.message}\n{wording.fix}"
            can_retry = True
        else:
            title = translate("Done", "The key was not saved")
            text = translate("Done", "Something unexpected went wrong ({name}). Nothing was saved.")
            text = text.format(name=type(error).__name__)
            can_retry = True
        self.storage.setText("")
        self.setTitle(translate("Done", "The key was not stored"))
        self.problem.show_problem(title, text, can_retry=can_retry)
        self.outcome_shown.emit()

    def _show_rotation_steps(self, rotating: bool) -> None:
        key = self._old_masked_key or translate("Done", "the old key")
        self.rotation_steps.setText(
            "\n".join(
                (
                    translate("Done", "1. Open API Management on the exchange."),
                    translate(
                        "Done", "2. Find {key} by its name or its last four characters."
                    ).format(key=ltr(key)),
                    translate("Done", "3. Delete it. Only the new key works from now on."),
                )
            )
        )
        self.rotation_heading.setVisible(rotating)
        self.rotation_steps.setVisible(rotating)

    def report_document(self) -> dict[str, Any]:
        """The report of the last verification with this wizard's checklist answers."""
        from wizard.flow import PAGE_NAMES
        from wizard.i18n import RIGHT_TO_LEFT
        from wizard.report import build_report
        from wizard.store.keys import key_type

        report, credentials = self.context.report, self.context.credentials
        assert report is not None
        assert credentials is not None
        checklist = {
            PAGE_NAMES[page]: {
                item: item in self.state.ticked.get(page, set()) for item in sorted(required)
            }
            for page, required in self.state.required.items()
        }
        from wizard.gui.pages.base import guide_tr

        guide = self.context.guide
        checklist_words = [
            (
                guide_tr(guide.pages[page].title),
                guide_tr(item.text),
                item.id in self.state.ticked.get(page, set()),
            )
            for page in self.state.required
            for item in guide.pages[page].checklist
        ]
        return build_report(
            report,
            masked_key=credentials.masked_key,
            key_type=key_type(report.facts.exchange, credentials),
            checklist=checklist,
            checklist_words=checklist_words,
            translate=translate,
            isolate=self.context.language in RIGHT_TO_LEFT,
        )

    def _save_report(self) -> None:
        from wizard.gui.report_pdf import save_report

        if self.context.report is None or self.context.credentials is None:
            return
        name = (self.state.label or "key") + "-verification.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("Done", "Save the verification report"),
            str(Path.home() / name),
            translate("Done", "PDF files (*.pdf)"),
        )
        if path:
            save_report(self.report_document(), Path(path), translate, self.context.language)

    def _save_reminder(self) -> None:
        from datetime import date

        from wizard.reminder import rotation_reminder

        record = self._record
        if record.rotation_due is None:
            return
        suggested = str(Path.home() / f"{record.label}-replace-key.ics")
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("Done", "Save the reminder"),
            suggested,
            translate("Done", "Calendar files (*.ics)"),
        )
        if path:
            Path(path).write_text(
                rotation_reminder(
                    record.exchange,
                    record.label,
                    record.masked_key,
                    date.fromisoformat(record.rotation_due),
                ),
                encoding="utf-8",
                newline="",
            )


def _summary(report: VerificationReport | None) -> str:
    """What the check showed, in words that claim no more than it did."""
    from wizard.verify.model import Verdict

    if report is not None and report.verdict is Verdict.PASS and not report.confirmations:
        return translate(
            "Done", "The exchange's answers show that this key can only read and trade spot."
        )
    if report is not None and report.verdict is Verdict.PASS:
        return translate(
            "Done",
            "The exchange's answers and your own checks show that this key can only read "
            "and trade spot.",
        )
    return translate(
        "Done",
        "The exchange shows nothing dangerous switched on for this key; the notes of the "
        "check below still apply.",
    )


def _due_sentence(report: VerificationReport | None, today: date | None = None) -> str:
    """When to replace the key; a date already past is said as overdue, not as a plan."""
    if report is None:
        return ""
    from wizard.gui.pages.base import day_in_words

    due = replace_by(report)
    said = f"\u2068{day_in_words(due)}\u2069"  # isolated by its own first letter
    if due <= (today or date.today()):
        return translate(
            "Done", "Its replace-by date, {date}, has passed: replace it with a new key now."
        ).format(date=said)
    return translate("Done", "Replace it by {date}.").format(date=said)


def _open_notes(report: VerificationReport | None) -> str:
    """The check's warnings, one per line: storing the key does not make them go away."""
    from wizard.verify.presentation import present

    if report is None:
        return ""
    findings = present(report, translate, isolate=True).findings
    if not findings:
        return ""
    lines = [translate("Done", "Still open from the check:")]
    lines += [f"• {finding.wording.title}" for finding in findings]
    return "\n".join(lines)

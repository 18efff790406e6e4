"""Welcome: language, exchange, and whether this is a new key or a replacement."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QWidget,
)

from wizard.flow import KeyPath, PageId
from wizard.gui.pages.base import WizardContext, WizardPage, text_label, translate
from wizard.guide import GUIDED_EXCHANGES
from wizard.i18n import EXCHANGE_NAMES

if TYPE_CHECKING:
    from wizard.gui.audit_dialog import AuditDialog


class WelcomePage(WizardPage):
    """Announces the person's choices; the window rebuilds the pages for them."""

    language_chosen = Signal(str)  # a language code other than the one shown
    exchange_chosen = Signal(str)
    practice_chosen = Signal(bool)  # practise on a pretend exchange (True) or stop

    def __init__(self, context: WizardContext, languages: dict[str, str]) -> None:
        super().__init__(PageId.WELCOME, context)
        # Said first when no keychain can keep a key (built when found out).
        self.no_keychain: QWidget | None = None
        form = QFormLayout()
        self.language = QComboBox()
        for code, name in languages.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(context.language)))
        self.language.setAccessibleName(translate("Welcome", "Language"))
        self.language.currentIndexChanged.connect(self._language_chosen)
        form.addRow(translate("Welcome", "&Language:"), self.language)

        self.exchange = QComboBox()
        for exchange in GUIDED_EXCHANGES:
            self.exchange.addItem(EXCHANGE_NAMES[exchange], exchange)
        self.exchange.setAccessibleName(translate("Welcome", "Exchange"))
        self.exchange.currentIndexChanged.connect(self._exchange_chosen)
        form.addRow(translate("Welcome", "&Exchange:"), self.exchange)
        self.body.addLayout(form)

        # The choice stays in sight below the text, however small the window (with
        # what each answer opens: the stored keys, the note on replacing).
        question = translate("Welcome", "What would you like to do?")
        self.required.addWidget(text_label(question, bold=True, ours=True))
        self.new_key = QRadioButton(translate("Welcome", "&Set up a new key"))
        self.rotate = QRadioButton(translate("Welcome", "&Replace (rotate) a key I set up before"))
        self.new_key.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.new_key)
        group.addButton(self.rotate)
        self.rotate.toggled.connect(self._path_chosen)
        for choice in (self.new_key, self.rotate):
            row = QHBoxLayout()  # as wide as its text: a click beside it does nothing
            row.addWidget(choice)
            row.addStretch(1)
            self.required.addLayout(row)
        # Built after the first paint (load_stored_keys): reading files can wait.
        self._choices_at = self.required.count()
        self.stored_keys: QComboBox | None = None
        self.audit_dialog: AuditDialog | None = None  # the last one opened
        self.replacing_note: QWidget | None = None
        self.practice: QPushButton | None = None

    def complete(self) -> None:
        """What can wait until the page is on screen: the note on replacing, the way
        into practice mode and the "Why?" under the lead (the window calls this right
        after the first paint)."""
        if self.practice is not None:
            return
        # Said only to the person who chose to replace a key.
        self.replacing_note = text_label(
            translate(
                "Welcome",
                "Replacing skips the account checks you did the first time. Do it "
                "every 90 days, or at once if the key may have leaked.",
            ),
            ours=True,
        )
        self.replacing_note.setVisible(self.rotate.isChecked())
        self.required.addWidget(self.replacing_note)
        practising = self.context.practice is not None
        self.practice = QPushButton(
            translate("Welcome", "Back to my real acc&ount")
            if practising
            else translate("Welcome", "&Practise on a pretend exchange")
        )
        self.practice.setAutoDefault(False)
        self.practice.clicked.connect(lambda: self.practice_chosen.emit(not practising))
        row = QHBoxLayout()
        row.addWidget(self.practice)
        # What an account did: for a stored key (shown once keys are found), or in
        # practice mode for the practice accounts.
        self.audit = QPushButton(translate("Welcome", "Check what my bot &did…"))
        self.audit.setAutoDefault(False)
        self.audit.setVisible(
            practising or (self.stored_keys is not None and self.stored_keys.count() > 0)
        )
        self.audit.clicked.connect(self._open_audit)
        row.addWidget(self.audit)
        row.addStretch(1)
        self.body.addLayout(row)
        self.finish_layout()

    def show_no_keychain(self, error: object) -> None:
        """Say at once, above everything, that no keychain can keep a key, and how
        to get one (``error`` None: there is one, nothing to say)."""
        from wizard.errors import WizardError
        from wizard.gui.pages.base import ProblemBox
        from wizard.verify.texts import error_wording

        if self.no_keychain is not None:
            self.no_keychain.setVisible(False)
        if not isinstance(error, WizardError):
            return
        if self.no_keychain is None:
            box = ProblemBox(translate("Welcome", "&Practise on a pretend exchange"))
            box.button.clicked.connect(lambda: self.practice_chosen.emit(True))
            self.body.insertWidget(0, box)
            self.no_keychain = box
        wording = error_wording(error, translate, isolate=True)
        assert isinstance(self.no_keychain, ProblemBox)
        self.no_keychain.show_problem(wording.title, f"{wording.message}\n{wording.fix}")

    def load_stored_keys(self) -> None:
        """Offer the stored keys for replacement, each with its age and due date."""
        from datetime import date

        from wizard.errors import WizardError
        from wizard.store.index import KeyIndex
        from wizard.verify.texts import left_to_right as ltr

        if self.stored_keys is None:
            self.stored_keys = QComboBox()
            self.stored_keys.setAccessibleName(translate("Welcome", "The key to replace"))
            self.stored_keys.setVisible(False)
            self.stored_keys.currentIndexChanged.connect(self._path_chosen)
            self.required.insertWidget(self._choices_at, self.stored_keys)
            self.no_stored_key = text_label("", ours=True)
            self.no_stored_key.setVisible(False)
            self.required.insertWidget(self._choices_at + 1, self.no_stored_key)
        self.stored_keys.clear()
        if self.context.practice is not None:
            return
        try:
            keys = KeyIndex().load()
        except WizardError:
            keys = []
        today = date.today()
        for key in keys:
            made = key.created or key.stored_at[:10]
            age = (today - date.fromisoformat(made)).days
            text = translate(
                "Welcome", "{label} ({exchange}, key {key}, {days} days old, replace by {due})"
            ).format(
                label=ltr(key.label),
                exchange=EXCHANGE_NAMES.get(key.exchange, key.exchange),
                key=ltr(key.masked_key),
                days=age,
                due=ltr(key.rotation_due or "—"),
            )
            self.stored_keys.addItem(text, key.label)
        if self.practice is not None:  # the page is complete (see complete())
            self.audit.setVisible(bool(keys))
        self.no_stored_key.setText(
            translate(
                "Welcome",
                "No key is stored on this computer yet, so there is nothing to "
                'replace. Choose "Set up a new key".',
            )
        )
        self._path_chosen()

    def _open_audit(self) -> None:
        from wizard.errors import WizardError
        from wizard.gui.audit_dialog import AuditDialog, practice_subjects, stored_subjects
        from wizard.store.index import KeyIndex

        practice = self.context.practice
        if practice is not None:
            subjects = practice_subjects(practice)
        else:
            try:
                keys = KeyIndex().load()
            except WizardError:
                keys = []
            subjects = stored_subjects(keys, self.context.api_url)
        if self.audit_dialog is not None:
            self.audit_dialog.deleteLater()  # a reading left running there is dropped
        self.audit_dialog = AuditDialog(
            subjects, self, language=self.context.language, practice=practice is not None
        )
        self.audit_dialog.open()

    def choose_path(self, path: KeyPath) -> None:
        (self.rotate if path is KeyPath.ROTATE else self.new_key).setChecked(True)

    def _path_chosen(self) -> None:
        rotating = self.rotate.isChecked()
        self.state.path = KeyPath.ROTATE if rotating else KeyPath.NEW
        if self.replacing_note is not None:
            self.replacing_note.setVisible(rotating)
        if self.stored_keys is None:  # not built yet: load_stored_keys calls again
            return
        real = self.context.practice is None
        has_keys = self.stored_keys.count() > 0
        self.stored_keys.setVisible(rotating and real and has_keys)
        self.no_stored_key.setVisible(rotating and real and not has_keys)
        label = self.stored_keys.currentData()
        self.state.rotate_label = str(label) if rotating and label is not None else None
        if rotating and label is not None:
            index_exchange = self._exchange_of(str(label))
            if index_exchange:
                self.exchange.setCurrentIndex(self.exchange.findData(index_exchange))
        self.completeChanged.emit()

    def _exchange_of(self, label: str) -> str:
        from wizard.store.index import KeyIndex

        found = KeyIndex().find(label)
        return found.exchange if found else ""

    def _language_chosen(self) -> None:
        code = str(self.language.currentData())
        if code != self.context.language:
            self.language_chosen.emit(code)

    def _exchange_chosen(self) -> None:
        if self.exchange.currentData() is not None:  # else the list is being filled
            self.exchange_chosen.emit(str(self.exchange.currentData()))

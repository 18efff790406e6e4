"""Enter the key: key and secret fields, checked as they are typed or pasted."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wizard.entry import CleanEntry, check_entry, needs_passphrase
from wizard.flow import PageId
from wizard.gui.pages.base import WizardContext, WizardPage, icon, text_label, translate
from wizard.verify.model import Credentials

if TYPE_CHECKING:
    from wizard.practice import PracticeExchange


def _hold_to_show(field: QLineEdit, what: str) -> QToolButton:
    """A "Show" button that shows the hidden ``field`` only while it is held."""
    button = QToolButton()
    button.setText(translate("Enter", "Show"))
    button.setToolTip(what)
    button.setAccessibleName(what)
    button.pressed.connect(lambda: field.setEchoMode(QLineEdit.EchoMode.Normal))
    button.released.connect(lambda: field.setEchoMode(QLineEdit.EchoMode.Password))
    return button


def _buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A field label whose Alt+letter moves the focus to ``buddy``."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def _column(field: QWidget | QHBoxLayout, problem: QWidget) -> QVBoxLayout:
    """A field with its problem note under it."""
    column = QVBoxLayout()
    if isinstance(field, QHBoxLayout):
        column.addLayout(field)
    else:
        column.addWidget(field)
    column.addWidget(problem)
    return column


class ProblemLabel(QWidget):
    """A red note under a field: icon and text, never colour alone."""

    def __init__(self) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.icon = QLabel()
        self.icon.setPixmap(icon("critical").pixmap(16, 16))
        self.text = text_label("")
        self.text.setStyleSheet("color: #b00020;")
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        self.setVisible(False)

    def show_problem(self, text: str | None) -> None:
        self.text.setText(text or "")
        self.setVisible(bool(text))


class EnterPage(WizardPage):
    def __init__(self, context: WizardContext) -> None:
        super().__init__(PageId.ENTER, context)
        if context.practice is not None:
            self._add_practice_keys(context.practice)
        self.form = self._fields()
        self.body.addLayout(self.form)
        self.pair_note = text_label(
            translate(
                "Enter",
                "No secret to enter: this key signs with the key pair made on this "
                "computer, whose private key is already in your keychain.",
            )
        )
        self.pair_note.setVisible(False)
        self.body.addWidget(self.pair_note)
        self.body.addWidget(
            text_label(
                translate(
                    "Enter",
                    "Spaces and line breaks that come along when pasting are removed. "
                    "The secret stays in this window until it is saved in your "
                    "computer's keychain; it is never written to a file.",
                )
            )
        )
        for field in (self.key, self.secret, self.passphrase):
            field.textChanged.connect(self._check)
        self.finish_layout()

    def _add_practice_keys(self, practice: PracticeExchange) -> None:
        self.practice_keys = QComboBox()
        self.practice_keys.addItem(translate("Enter", "Choose a practice key…"), None)
        for scenario in practice.scenarios:
            self.practice_keys.addItem(translate("Practice", scenario.title), scenario.name)
        self.practice_keys.setAccessibleName(translate("Enter", "Practice key"))
        self.practice_keys.currentIndexChanged.connect(self._practice_key_chosen)
        self.body.addWidget(
            text_label(translate("Enter", "Practice keys fill in the fields for you:"))
        )
        self.body.addWidget(self.practice_keys)

    def _fields(self) -> QFormLayout:
        """Key, secret (hidden, held to show) and passphrase, each with its problem
        note under it; keys and secrets read left to right in every language."""
        form = QFormLayout()
        self.key = QLineEdit()
        self.key.setAccessibleName(translate("Enter", "API Key"))
        self.key_problem = ProblemLabel()
        form.addRow(
            _buddy_label(translate("Enter", "API &Key:"), self.key),
            _column(self.key, self.key_problem),
        )

        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(translate("Enter", "Secret Key"))
        self.secret.setAccessibleDescription(
            translate("Enter", "Hidden. Hold the Show button to see it.")
        )
        self.reveal = _hold_to_show(self.secret, translate("Enter", "Hold to show the secret"))
        secret_row = QHBoxLayout()
        secret_row.addWidget(self.secret, 1)
        secret_row.addWidget(self.reveal)
        self.secret_problem = ProblemLabel()
        form.addRow(
            _buddy_label(translate("Enter", "&Secret Key:"), self.secret),
            _column(secret_row, self.secret_problem),
        )

        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(translate("Enter", "Passphrase"))
        self.passphrase.setAccessibleDescription(
            translate("Enter", "Hidden. Hold the Show button to see it.")
        )
        self.reveal_passphrase = _hold_to_show(
            self.passphrase, translate("Enter", "Hold to show the passphrase")
        )
        passphrase_row = QHBoxLayout()
        passphrase_row.addWidget(self.passphrase, 1)
        passphrase_row.addWidget(self.reveal_passphrase)
        self.passphrase_problem = ProblemLabel()
        form.addRow(
            _buddy_label(translate("Enter", "&Passphrase:"), self.passphrase),
            _column(passphrase_row, self.passphrase_problem),
        )
        form.setRowVisible(2, needs_passphrase(self.state.exchange))
        for field in (self.key, self.secret, self.passphrase):
            field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        return form

    def initializePage(self) -> None:
        """With a key pair made here, only the API Key is asked for."""
        made_here = self.context.key_pair is not None
        self.form.setRowVisible(1, not made_here)
        self.pair_note.setVisible(made_here)
        if hasattr(self, "practice_keys"):
            self.practice_keys.setVisible(not made_here)
        if made_here and self.context.practice_api_key and not self.key.text():
            self.key.setText(self.context.practice_api_key)
        self._check()

    def _secret_text(self) -> str:
        pair = self.context.key_pair
        return pair.private_pem if pair is not None else self.secret.text()

    def _entry(self) -> CleanEntry:
        return check_entry(
            self.state.exchange, self.key.text(), self._secret_text(), self.passphrase.text()
        )

    def clear_secret(self) -> None:
        """Empty the secret's fields (the window asks when the key is done with)."""
        self.secret.clear()
        self.passphrase.clear()
        if hasattr(self, "practice_keys"):
            self.practice_keys.setCurrentIndex(0)

    def clear_for_another_key(self) -> None:
        """Every field emptied and the first one focused: the person enters a new key."""
        from wizard.gui.pages.base import clear_clipboard_if_holds

        clear_clipboard_if_holds(self.secret.text())
        self.key.clear()
        self.clear_secret()
        self.key.setFocus()

    def _check(self) -> None:
        entry = self._entry()
        problems = {problem.where: problem.text(translate) for problem in entry.problems}
        # A field that is still empty is not an error yet; it is simply not filled in.
        for where, field, shown in (
            ("key", self.key, self.key_problem),
            ("secret", self.secret, self.secret_problem),
            ("passphrase", self.passphrase, self.passphrase_problem),
        ):
            shown.show_problem(problems.get(where) if field.text() else None)
        was_valid = self.state.entry_valid
        self.state.entry_valid = entry.ok
        # What the following pages verify and store: only a key entered correctly.
        self.context.credentials = (
            Credentials(entry.api_key, entry.secret, entry.passphrase) if entry.ok else None
        )
        self.state.verified_safe = False  # a changed key must be verified again
        if was_valid != entry.ok:
            self.completeChanged.emit()

    def _practice_key_chosen(self) -> None:
        name = self.practice_keys.currentData()
        if name is None or self.context.practice is None:
            return
        scenario = self.context.practice.scenario(str(name))
        self.context.practice.use(scenario)
        self.key.setText(scenario.api_key)
        self.secret.setText(scenario.secret)
        self.passphrase.setText(scenario.passphrase or "")

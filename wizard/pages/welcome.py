"""Welcome: language, exchange, and whether this is a new key or a replacement."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QComboBox, QFormLayout, QHBoxLayout, QRadioButton

from wizard.flow import KeyPath, PageId
from wizard.i18n import EXCHANGE_NAMES
from wizard.pages.base import WizardContext, WizardPage, text_label, tr
from wizard.verify.catalog import SUPPORTED_EXCHANGES


class WelcomePage(WizardPage):
    def __init__(self, context: WizardContext, languages: dict[str, str]) -> None:
        super().__init__(PageId.WELCOME, context)
        form = QFormLayout()
        self.language = QComboBox()
        for code, name in languages.items():
            self.language.addItem(name, code)
        self.language.setAccessibleName(tr("Welcome", "Language"))
        form.addRow(tr("Welcome", "&Language:"), self.language)

        self.exchange = QComboBox()
        for exchange in SUPPORTED_EXCHANGES:
            self.exchange.addItem(EXCHANGE_NAMES[exchange], exchange)
        self.exchange.setAccessibleName(tr("Welcome", "Exchange"))
        self.exchange.currentIndexChanged.connect(self._exchange_chosen)
        form.addRow(tr("Welcome", "&Exchange:"), self.exchange)
        self.body.addLayout(form)

        question = tr("Welcome", "What would you like to do?")
        self.body.addWidget(text_label(question, bold=True, ours=True))
        self.new_key = QRadioButton(tr("Welcome", "Set up a &new key"))
        self.rotate = QRadioButton(tr("Welcome", "&Replace (rotate) a key I set up before"))
        self.new_key.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.new_key)
        group.addButton(self.rotate)
        self.rotate.toggled.connect(self._path_chosen)
        for choice in (self.new_key, self.rotate):
            row = QHBoxLayout()  # as wide as its text: a click beside it does nothing
            row.addWidget(choice)
            row.addStretch(1)
            self.body.addLayout(row)
        self.body.addWidget(
            text_label(
                tr(
                    "Welcome",
                    "Replacing skips the account checks you did the first time. Do it "
                    "every 90 days, or at once if the key may have leaked.",
                ),
                ours=True,
            )
        )
        self.finish_layout()

    def isComplete(self) -> bool:
        return self.context.pages_ready and super().isComplete()

    def choose_path(self, path: KeyPath) -> None:
        (self.rotate if path is KeyPath.ROTATE else self.new_key).setChecked(True)

    def _path_chosen(self) -> None:
        self.state.path = KeyPath.ROTATE if self.rotate.isChecked() else KeyPath.NEW

    def _exchange_chosen(self) -> None:
        self.state.exchange = str(self.exchange.currentData())

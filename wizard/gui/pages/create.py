"""Create and name the key: where to click, and a label to copy."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton

from wizard.exchanges import exchange
from wizard.flow import PageId
from wizard.gui.pages.base import WizardContext, copy_concealed, translate
from wizard.gui.pages.checklist import ChecklistPage
from wizard.guide.common import NAME_IT

if TYPE_CHECKING:
    from wizard.gui.pages.keypair import KeyPairPanel


def suggested_label(today: date) -> str:
    return f"HalalSpot-{today.isoformat()}"


class CreatePage(ChecklistPage):
    def __init__(self, context: WizardContext, today: date) -> None:
        # Where this computer can make the key pair, the two choices say what the
        # page's first paragraph says: it goes behind "Why?".
        pair_here = exchange(context.state.exchange).self_generated_keys
        explained = 1 if pair_here else 0
        super().__init__(PageId.CREATE, context, explained=explained)
        row = QHBoxLayout()
        self.label = QLineEdit(suggested_label(today))
        self.label.setAccessibleName(translate("Create", "Name for the key"))
        self.label.setMaxLength(64)
        self.label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.state.label = self.label.text()
        self.label.textChanged.connect(self._named)
        copy = QPushButton(translate("Create", "&Copy name"))
        copy.clicked.connect(lambda: copy_concealed(self.label.text()))
        row.addWidget(self.label, 1)
        row.addWidget(copy)
        # The label belongs right after the paragraph that asks for a name.
        paragraphs = context.guide.pages[PageId.CREATE].paragraphs
        after = paragraphs.index(NAME_IT) + 1 if NAME_IT in paragraphs else 1
        self.body.insertLayout(after - explained, row)
        self.key_pair: KeyPairPanel | None = None
        if pair_here:
            from wizard.gui.pages.keypair import KeyPairPanel

            self.key_pair = KeyPairPanel(context, lambda: self.state.label)
            self.key_pair.changed.connect(self.completeChanged)
            self.key_pair.changed.connect(self._say_what_was_created)
            self.body.insertWidget(0, self.key_pair)  # where the first paragraph was
            self.explanation.insert(1, self.key_pair.explanation)
            self._say_what_was_created()
        self.finish_layout()

    def _say_what_was_created(self) -> None:
        """A key made from a pasted public key has no secret to see: the tick says
        only what the exchange shows then."""
        item = self.items.get("created")
        if item is None or self.key_pair is None:
            return
        own = self.key_pair.own.isChecked()
        if not hasattr(self, "_created_text"):
            self._created_text = item.text.text()
        item.text.setText(
            translate("Create", "I created the key and can see its API Key")
            if own
            else self._created_text
        )
        item.box.setAccessibleName(item.text.text())

    def isComplete(self) -> bool:
        return super().isComplete() and (self.key_pair is None or self.key_pair.ready)

    def _named(self, text: str) -> None:
        self.state.label = text.strip()

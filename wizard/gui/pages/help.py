"""Help, reachable from every page: what to do when a key may have leaked, and a
short FAQ."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout

from wizard.gui.pages.base import guide_tr, text_label, translate
from wizard.guide import FAQ, LEAK_STEPS, LEAK_TITLE


class HelpDialog(QDialog):
    """Accepted with ``rotate_requested`` True when the person wants to replace the key."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.setWindowTitle(translate("Help", "Help"))
        self.rotate_requested = False
        layout = QVBoxLayout(self)
        layout.addWidget(text_label(guide_tr(LEAK_TITLE), bold=True))
        for number, step in enumerate(LEAK_STEPS, start=1):
            line = translate("Help", "{number}. {step}").format(number=number, step=guide_tr(step))
            layout.addWidget(text_label(line))
        rotate = QPushButton(translate("Help", "&Replace my key now"))
        rotate.clicked.connect(self._rotate)
        layout.addWidget(rotate)
        layout.addWidget(text_label(translate("Help", "Questions"), bold=True))
        for question, answer in FAQ:
            layout.addWidget(text_label(guide_tr(question), bold=True))
            layout.addWidget(text_label(guide_tr(answer)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 640)

    def _rotate(self) -> None:
        self.rotate_requested = True
        self.accept()

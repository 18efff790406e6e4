"""Help, reachable from every page: what to do when a key may have leaked, and a
short FAQ."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QPushButton, QVBoxLayout

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
        rotate.setAutoDefault(False)  # Enter closes Help; it never starts over
        rotate.clicked.connect(self._rotate)
        layout.addWidget(rotate)
        layout.addWidget(text_label(translate("Help", "Questions"), bold=True))
        for question, answer in FAQ:
            layout.addWidget(text_label(guide_tr(question), bold=True))
            layout.addWidget(text_label(guide_tr(answer)))
        buttons = QDialogButtonBox()
        self.close_button = buttons.addButton(
            translate("Help", "&Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.close_button.setDefault(True)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 640)
        self.close_button.setFocus()

    def _rotate(self) -> None:
        """Starting over forgets what was entered on the pages: asked first."""
        answer = QMessageBox.question(
            self,
            translate("Help", "Replace your key now?"),
            translate(
                "Help",
                "The wizard starts again at its first page, for a new key. What you "
                "entered on the pages so far is forgotten.",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.rotate_requested = True
            self.accept()

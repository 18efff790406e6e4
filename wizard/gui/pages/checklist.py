"""A guide page with a checklist: Next waits until every item is ticked, and each
item can explain itself when the person cannot find it."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wizard.flow import ALTERNATIVES, PageId, tick
from wizard.gui.pages.base import (
    WizardContext,
    WizardPage,
    guide_tr,
    link_like,
    quiet,
    text_label,
    translate,
)
from wizard.guide import CheckItem


class _ClickToTick(QLabel):
    """The item's text: it wraps (a QCheckBox's own text cannot) and a click on it
    ticks the box, as a click on a box's text does."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self.box = box
        self.setWordWrap(True)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.box.toggle()
        self.box.setFocus()
        super().mouseReleaseEvent(event)


class ChecklistItem(QWidget):
    """One tick with its text and "How?" (where to look, what to do). ``translated``: the item's
    texts are in the person's language already (else they are the guide's)."""

    def __init__(
        self, item: CheckItem, on_toggle: Callable[[bool], None], *, translated: bool = False
    ) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        row = QHBoxLayout()
        in_language = (lambda text: text) if translated else guide_tr
        text = in_language(item.text)
        self.box = QCheckBox()
        self.box.setAccessibleName(text)
        self.box.setAccessibleDescription(in_language(item.help))
        self.text = _ClickToTick(text, self.box)
        self.more = QPushButton(translate("Checklist", "How?"))
        link_like(self.more)
        row.addWidget(self.box, 0)
        row.addWidget(self.text, 1)
        row.addWidget(self.more, 0)
        layout.addLayout(row)
        self.help = text_label(in_language(item.help))
        self.help.setObjectName("checklistHelp")
        self.help.setStyleSheet(
            "#checklistHelp { background: palette(alternate-base); "
            "padding: 8px; border-radius: 4px; }"
        )
        self.help.setVisible(False)
        layout.addWidget(self.help)
        self.more.toggled.connect(self.help.setVisible)
        self.box.toggled.connect(on_toggle)


class ChecklistPage(WizardPage):
    def __init__(self, page_id: PageId, context: WizardContext, *, explained: int = 0) -> None:
        super().__init__(page_id, context, explained=explained)
        items = context.guide.pages[page_id].checklist
        self.state.required[page_id] = frozenset(item.id for item in items)
        self.items: dict[str, ChecklistItem] = {}
        # The heading, and beside it why Next waits: one row, so that a small window
        # keeps its height for the page's text.
        heading_row = QHBoxLayout()
        if items:
            heading = QLabel(
                translate("Checklist", "Tick the one that is true:")
                if ALTERNATIVES.get(page_id)
                else translate("Checklist", "Tick each one that is true:")
            )
            heading.setStyleSheet("font-weight: bold; margin-top: 8px;")
            heading_row.addWidget(heading)
        self.waiting = text_label(
            translate("Checklist", "Next opens once all boxes are ticked.")
            if not ALTERNATIVES.get(page_id)
            else translate("Checklist", "Next opens once one box is ticked."),
            ours=True,
        )
        self.waiting.setObjectName("nextWaits")
        quiet(self.waiting)
        heading_row.addWidget(self.waiting, 1, Qt.AlignmentFlag.AlignBottom)
        self.required.addLayout(heading_row)
        for item in items:
            widget = ChecklistItem(item, partial(self._toggled, item.id))
            self.items[item.id] = widget
            self.required.addWidget(widget)
        self.completeChanged.connect(self._say_why_next_waits)
        self._say_why_next_waits()

    def _say_why_next_waits(self) -> None:
        self.waiting.setVisible(bool(self.items) and not self.isComplete())

    def _toggled(self, item: str, on: bool) -> None:
        tick(self.state, self.page_id, item, on)
        self.completeChanged.emit()

"""Permissions: the exchange's panel as a picture, and why each box is set so."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QWidget

from wizard.flow import PageId
from wizard.gui.pages.base import WizardContext, guide_tr, icon_label, text_label, translate
from wizard.gui.pages.checklist import ChecklistPage
from wizard.resources import resource_path


class PermissionsPage(ChecklistPage):
    def __init__(self, context: WizardContext) -> None:
        super().__init__(PageId.PERMISSIONS, context)
        guide = context.guide
        picture = QSvgWidget(str(resource_path(f"pictures/{guide.panel_picture}")))
        size = picture.renderer().defaultSize()
        picture.setFixedSize(size.width() * 3 // 4, size.height() * 3 // 4)
        picture.setAccessibleName(translate("Permissions", "Picture of the permission panel"))

        reasons = QWidget()
        grid = QGridLayout(reasons)
        grid.setColumnStretch(1, 1)
        for row, box in enumerate(guide.permission_panel):
            grid.addWidget(
                icon_label("pass" if box.enable else "critical", 18),
                row,
                0,
                Qt.AlignmentFlag.AlignTop,
            )
            verb = (
                translate("Permissions", "Tick it.")
                if box.enable
                else translate("Permissions", "Never tick it.")
            )
            line = text_label(
                translate("Permissions", "{box}: {verb}").format(box=guide_tr(box.label), verb=verb)
            )
            grid.addWidget(line, row, 1)
            # Why each box is ticked or not waits behind "Why?".
            self.explanation.append(
                translate("Permissions", "{box}: {reason}").format(
                    box=guide_tr(box.label), reason=guide_tr(box.reason)
                )
            )

        side_by_side = QHBoxLayout()
        side_by_side.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        side_by_side.addWidget(reasons, 1)
        self.body.insertLayout(1, side_by_side)
        self.finish_layout()

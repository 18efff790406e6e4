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

        # The boxes in two groups, named as on the panel: the picture in words, for
        # a screen reader and in the person's language. Why each is so waits behind
        # "Why?".
        reasons = QWidget()
        grid = QGridLayout(reasons)
        grid.setColumnStretch(1, 1)
        row = 0
        for enable in (True, False):
            heading = (
                translate("Permissions", "Tick only these:")
                if enable
                else translate("Permissions", "Leave these empty:")
            )
            grid.addWidget(text_label(heading, bold=True, ours=True), row, 0, 1, 2)
            row += 1
            for box in (box for box in guide.permission_panel if box.enable is enable):
                grid.addWidget(
                    icon_label("pass" if enable else "critical", 18),
                    row,
                    0,
                    Qt.AlignmentFlag.AlignTop,
                )
                grid.addWidget(text_label(guide_tr(box.label)), row, 1)
                row += 1
        for box in guide.permission_panel:
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

"""Focus that can be seen: a solid two-pixel frame in the focus colour around the
control the keyboard is on (Fusion's own frame is a faint tint), drawn over the
platform's style, which stays as it is otherwise."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

FOCUS_COLOUR = "#1a56db"  # 6.3:1 on white and on the window's grey
_WIDTH = 2


class VisibleFocus(QProxyStyle):
    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            _frame(painter, option)  # check boxes, radio buttons, link-like buttons
            return
        super().drawPrimitive(element, option, painter, widget)

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        if element == QStyle.ControlElement.CE_PushButton and (
            option.state & QStyle.StateFlag.State_HasFocus
        ):
            _frame(painter, option)


def _frame(painter: QPainter, option: QStyleOption) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    pen = QPen(QColor(FOCUS_COLOUR), _WIDTH)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(option.rect.adjusted(1, 1, -_WIDTH, -_WIDTH))
    painter.restore()


def use_visible_focus() -> None:
    """Wrap the application's style once (again on a second window is a no-op)."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and not isinstance(app.style(), VisibleFocus):
        app.setStyle(VisibleFocus(app.style().name()))

"""A QR code painted with QPainter from qrcode's module matrix (no Pillow): square
modules on whole pixels, so it stays crisp at any scale, with the quiet zone the
standard asks for. When the data is too large for one code, it says so instead."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from wizard.gui.pages.base import translate

QUIET_ZONE = 4  # modules of white around the code (ISO/IEC 18004)


def qr_matrix(data: str) -> list[list[bool]] | None:
    """The code's modules (quiet zone included), or None when ``data`` does not fit."""
    import qrcode
    from qrcode.exceptions import DataOverflowError

    code = qrcode.QRCode(border=QUIET_ZONE, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(data)
    try:
        code.make(fit=True)
    except (DataOverflowError, ValueError):
        return None
    return [list(row) for row in code.get_matrix()]


class QrCode(QWidget):
    def __init__(self, data: str = "", size: int = 180) -> None:
        super().__init__()
        self._side = size
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFixedSize(size, size)
        self.matrix: list[list[bool]] | None = None
        self.set_data(data)

    def set_data(self, data: str) -> None:
        self.data = data
        self.matrix = qr_matrix(data) if data else None
        too_large = translate("QR", "Too much to fit in one QR code: use the text beside it.")
        self.setToolTip(too_large if data and self.matrix is None else "")
        self.setAccessibleName(translate("QR", "QR code"))
        self.setAccessibleDescription(data if self.matrix is not None else too_large)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self._side, self._side)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_matrix(painter, self.matrix, self.width(), self.height())
        if self.matrix is None and self.data:
            painter.setPen(QColor("#b00020"))
            painter.drawText(
                self.rect(),
                int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignCenter),
                self.toolTip(),
            )
        painter.end()


def paint_matrix(
    painter: QPainter, matrix: list[list[bool]] | None, width: int, height: int
) -> None:
    painter.fillRect(0, 0, width, height, QColor("white"))
    if not matrix:
        return
    count = len(matrix)
    module = max(1, min(width, height) // count)  # whole pixels: no blurred edges
    offset_x = (width - module * count) // 2
    offset_y = (height - module * count) // 2
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.drawRect(
                    QRectF(offset_x + x * module, offset_y + y * module, module, module)
                )


def render_qr(data: str, module: int = 6) -> QImage:
    """The code as an image (for reports and tests)."""
    matrix = qr_matrix(data)
    side = module * (len(matrix) if matrix else 21)
    image = QImage(side, side, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    paint_matrix(painter, matrix, side, side)
    painter.end()
    return image

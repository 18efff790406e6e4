"""The Qt binding itself: PySide6 6.12.0 released Python's None once per call of any
void method, so a long session aborted with "deallocating None". Guard against any
binding with that fault."""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_void_calls_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("x")
        painter.fillRect(0, 0, 2, 2, QColor("black"))
    after = sys.getrefcount(None)
    painter.end()
    assert after - before > -50  # a faulty binding loses 1,000 here

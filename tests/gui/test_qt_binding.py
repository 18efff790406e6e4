"""The Qt binding itself: PySide6 6.12.0 released Python's None once per call of any
void method, so a long session aborted with "deallocating None". Guard against any
binding with that fault."""

from __future__ import annotations

import statistics
import sys

from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

CALLS = 500


def _none_references_lost(label: QLabel, painter: QPainter) -> int:
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        label.setText("x")
        painter.fillRect(0, 0, 2, 2, QColor("black"))
    return before - sys.getrefcount(None)


def test_void_calls_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    # Threads other tests left running (a simulator, a verification finishing) take
    # and drop references to None too: measure five times and keep the middle one,
    # with the interpreter switching threads as seldom as it can meanwhile.
    switch_interval = sys.getswitchinterval()
    sys.setswitchinterval(1.0)
    try:
        lost = statistics.median(_none_references_lost(label, painter) for _ in range(5))
    finally:
        sys.setswitchinterval(switch_interval)
        painter.end()
    assert lost < CALLS // 10  # a faulty binding loses two per round: 1,000 here

"""Time to the first page, against a bare PySide6 window on the same machine.

Each sample is a fresh Python process (offscreen platform), timed from its start
until its window's first paint. Prints both medians and

    first page / bare window: RATIO

Budget (README, For developers): at most 1.3. Also checks that ccxt is not imported on the way.
Usage: python benchmarks/startup.py [RUNS]
"""

from __future__ import annotations

import statistics
import sys

from timing import seconds_until_line

# Both children report from their window's first paint event, then leave at once.
ON_FIRST_PAINT = """
import os, sys
from PySide6.QtCore import QEvent, QObject

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            leaked = "ccxt" in sys.modules
            print("ccxt imported" if leaked else "shown", flush=True)
            os._exit(0)
        return False

first_paint = FirstPaint()
"""

BARE = (
    ON_FIRST_PAINT
    + """
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
window = QWidget()
window.resize(920, 720)
window.installEventFilter(first_paint)
window.show()
app.exec()
"""
)

WIZARD = (
    ON_FIRST_PAINT
    + """
from wizard.gui.app import GuiOptions, make_application
app, _ = make_application(None)
from wizard.gui.app import open_window
app, window = open_window(GuiOptions())
window.installEventFilter(first_paint)
app.exec()
"""
)


def time_to_first_paint(script: str) -> float:
    return seconds_until_line([sys.executable, "-c", script], "shown")


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    time_to_first_paint(BARE)  # warm the disk cache and .pyc files
    time_to_first_paint(WIZARD)
    bare, wizard = [], []
    for _ in range(runs):  # interleaved, so drifts in machine load hit both alike
        bare.append(time_to_first_paint(BARE))
        wizard.append(time_to_first_paint(WIZARD))
    bare_ms = statistics.median(bare) * 1000
    wizard_ms = statistics.median(wizard) * 1000
    print(f"runs: {runs}")
    print(f"median bare PySide6 window: {bare_ms:7.1f} ms")
    print(f"median wizard first page:   {wizard_ms:7.1f} ms")
    print("ccxt imported before the first page: no")
    print(f"first page / bare window: {wizard_ms / bare_ms:.2f}")


if __name__ == "__main__":
    main()

"""The longest the GUI's event loop stalls while a verification runs.

Drives the real wizard (offscreen) in practice mode with 300 ms added to every
request of the simulated exchange, and ticks a 2 ms timer on the GUI thread the
whole time; a stall is how much later than due a tick arrives. Prints

    longest event-loop stall during verification: X ms

Budget (README, For developers): at most 50 ms. Usage: python benchmarks/gui_stall.py [RUNS]
"""

from __future__ import annotations

import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from wizard.flow import PageId
from wizard.gui.pages.checklist import ChecklistPage
from wizard.gui.window import KeyWizard
from wizard.practice import PracticeExchange

LATENCY_MS = 300
TICK_MS = 2


def one_run(app: QApplication, practice: PracticeExchange) -> float:
    window = KeyWizard(practice)
    window.show()
    while window.currentId() != PageId.ENTER:
        page = window.currentPage()
        if isinstance(page, ChecklistPage):
            for item in page.items.values():
                item.box.setChecked(True)
        window.next()
    combo = window.enter.practice_keys
    combo.setCurrentIndex(combo.findData("clean"))
    app.processEvents()

    gaps: list[float] = []
    last = time.perf_counter()

    def tick() -> None:
        nonlocal last
        now = time.perf_counter()
        gaps.append((now - last) * 1000 - TICK_MS)
        last = now

    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    timer.start()
    last = time.perf_counter()
    window.next()  # starts the verification
    while window.verification.runner.running:
        app.processEvents()
        time.sleep(0.0005)
    app.processEvents()
    timer.stop()
    if not window.verification.report:
        raise SystemExit("the verification did not finish with a report")
    window.close()
    window.deleteLater()
    return max(gaps)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    practice = PracticeExchange(latency_ms=LATENCY_MS)
    practice.start()
    try:
        one_run(app, practice)  # warm-up: first imports of ccxt are not the steady state
        stalls = [one_run(app, practice) for _ in range(runs)]
    finally:
        practice.stop()
    print(f"runs: {runs}, simulated latency: {LATENCY_MS} ms")
    print(f"median of the longest stall per run: {statistics.median(stalls):6.1f} ms")
    print(f"longest event-loop stall during verification: {max(stalls):.1f} ms")


if __name__ == "__main__":
    main()

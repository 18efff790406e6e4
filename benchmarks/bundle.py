"""The frozen app: size on disk, download size, and time to the first page.

Run after scripts/build. Prints the bundle's size on disk, the size of the
compressed download (dist/halal-key-wizard-linux-x86_64.tar.xz), and the median
time from starting the frozen binary (offscreen) to its window's first paint.
Budgets (the installers issue): <= 140 MB on disk, <= 45 MB compressed, <= 1 s.
Usage: python benchmarks/bundle.py [RUNS]
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

from timing import seconds_until_line

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "halal-key-wizard"
DOWNLOAD = ROOT / "dist" / "halal-key-wizard-linux-x86_64.tar.xz"


def size_on_disk(folder: Path) -> int:
    return sum(
        path.stat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    )


def first_paint_seconds() -> float:
    return seconds_until_line(
        [str(BUNDLE / "halal-key-wizard"), "--lang", "en"],
        "first-paint",
        HALAL_KEY_WIZARD_FIRST_PAINT_PROBE="1",
    )


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    if not BUNDLE.is_dir():
        raise SystemExit("no bundle: run scripts/build first")
    first_paint_seconds()  # the first start reads everything from disk; not the steady state
    times = [first_paint_seconds() for _ in range(runs)]
    print(f"bundle on disk:            {size_on_disk(BUNDLE) / 1e6:7.1f} MB")
    if DOWNLOAD.is_file():
        print(f"download (tar.xz -9e):     {DOWNLOAD.stat().st_size / 1e6:7.1f} MB")
    print(f"runs: {runs}")
    print(f"frozen start to first page: {statistics.median(times) * 1000:6.0f} ms (median)")


if __name__ == "__main__":
    main()

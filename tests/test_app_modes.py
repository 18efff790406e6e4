"""--self-test and --screenshots, run as the frozen build's smoke test runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from wizard.flow import PAGE_NAMES, PageId
from wizard.window import WINDOW_SIZE

pytestmark = pytest.mark.gui


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "wizard", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_self_test_summary() -> None:
    result = _run("--self-test")
    summary = json.loads(result.stdout)
    assert set(summary) == {
        "ok",
        "version",
        "qt",
        "pages",
        "translations",
        "keychain",
        "ccxt",
        "checks",
    }
    assert summary["pages"] == [PAGE_NAMES[p] for p in PageId]
    checks = {c["name"]: c for c in summary["checks"]}
    for name in ("pages", "resources", "ccxt", "translations"):
        assert checks[name]["ok"], checks[name]
    assert summary["ok"] is all(c["ok"] for c in summary["checks"])
    assert result.returncode == (0 if summary["ok"] else 1)


@pytest.mark.parametrize("language", ["en", "ar", "pseudo"])
def test_screenshots_of_every_page_in_flow_order(tmp_path: Path, language: str) -> None:
    result = _run("--screenshots", str(tmp_path), "--demo", "--lang", language)
    assert result.returncode == 0, result.stderr
    expected = [f"{int(p) + 1:02d}-{PAGE_NAMES[p]}.png" for p in PageId]
    assert sorted(path.name for path in tmp_path.iterdir()) == expected
    for name in expected:
        image = QImage(str(tmp_path / name))
        assert (image.width(), image.height()) == WINDOW_SIZE

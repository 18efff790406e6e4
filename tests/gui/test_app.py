"""--self-test and --screenshots, run as the frozen build's smoke test runs them."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.helpers.cli import run_program
from tests.helpers.paths import ROOT
from wizard.flow import PAGE_NAMES, PageId
from wizard.gui.window import WINDOW_SIZE

pytestmark = [pytest.mark.gui, pytest.mark.slow]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return run_program(*args, set_env={"QT_QPA_PLATFORM": "offscreen"})


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


def test_a_missing_translation_fails_the_self_test() -> None:
    from wizard.gui.app import translations_check

    assert translations_check(["ar", "ur", "ms", "id", "tr"]) == (True, "ar, ur, ms, id, tr")
    ok, detail = translations_check(["ar", "ur", "ms", "id"])
    assert not ok
    assert detail.endswith("missing: tr")
    assert translations_check([]) == (False, "; missing: ar, ur, ms, id, tr")


def test_the_linux_menu_entry_points_at_the_unpacked_folder(tmp_path: Path) -> None:
    """The bundle's own .desktop file starts the program beside it; its installer
    writes a menu entry with absolute paths, and takes it away again."""
    root = ROOT
    bundle = tmp_path / "unpacked" / "halal-key-wizard"
    bundle.mkdir(parents=True)
    for name in ("halal-key-wizard.desktop", "install-desktop-entry"):
        (bundle / name).write_bytes((root / "resources" / "linux" / name).read_bytes())
    (bundle / "install-desktop-entry").chmod(0o755)
    (bundle / "icon-256.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    desktop = (bundle / "halal-key-wizard.desktop").read_text()
    assert "%k" in desktop  # the program is found beside the file, wherever it is
    data = tmp_path / "data"
    env = dict(os.environ, XDG_DATA_HOME=str(data))
    subprocess.run([str(bundle / "install-desktop-entry")], env=env, check=True)
    entry = (data / "applications" / "halal-key-wizard.desktop").read_text()
    assert f'Exec="{bundle}/halal-key-wizard"' in entry
    icon = data / "icons" / "hicolor" / "256x256" / "apps" / "halal-key-wizard.png"
    assert f"Icon={icon}" in entry
    assert icon.is_file()
    subprocess.run([str(bundle / "install-desktop-entry"), "--remove"], env=env, check=True)
    assert not icon.exists()
    assert not (data / "applications" / "halal-key-wizard.desktop").exists()

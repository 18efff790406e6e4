"""Puts what the program needs at run time into the wheel: the top-level resources/
folder, and the translations compiled from translations/*.ts with Qt's lrelease, both
under wizard/assets/ (found there by wizard/resources.py). The project's metadata is
in pyproject.toml."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
# Qt's lrelease, as PySide6 ships it (a build requirement in pyproject.toml).
LRELEASE = "from PySide6.scripts.pyside_tool import lrelease; lrelease()"


class BuildWithAssets(build_py):
    def run(self) -> None:
        super().run()
        assets = Path(self.build_lib) / "wizard" / "assets"
        shutil.copytree(ROOT / "resources", assets / "resources", dirs_exist_ok=True)
        compiled = assets / "translations"
        compiled.mkdir(parents=True, exist_ok=True)
        for source in sorted((ROOT / "translations").glob("wizard_*.ts")):
            target = compiled / source.with_suffix(".qm").name
            subprocess.run(  # noqa: S603 - our own interpreter and our own files
                [sys.executable, "-c", LRELEASE, "-silent", "-nounfinished", str(source),
                 "-qm", str(target)],
                check=True,
            )
            if not target.is_file():
                raise SystemExit(f"lrelease wrote no {target.name}")


setup(cmdclass={"build_py": BuildWithAssets})

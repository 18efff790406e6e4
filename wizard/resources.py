"""Finds the program's files (``resources/`` and the compiled translations) through
``importlib.resources``: in the installed wheel and in the frozen app they are in the
``wizard.assets`` package; in a checkout, beside the package, where they are written."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parent.parent


def _folder(name: str) -> Path:
    packaged = Path(str(files("wizard.assets") / name))
    return packaged if packaged.is_dir() else _CHECKOUT / name


def resources_dir() -> Path:
    return _folder("resources")


def resource_path(relative: str) -> Path:
    path = resources_dir() / relative
    if not path.is_file():
        raise FileNotFoundError(f"resource missing: {relative}")
    return path


def translations_dir() -> Path:
    return _folder("translations")

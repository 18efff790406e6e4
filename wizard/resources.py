"""Finds the program's files (``resources/`` and the compiled translations): in the
installed wheel and in the frozen app they are in the ``wizard/assets`` folder; in a
checkout, beside the package, where they are written.

Both are plain folders on disk (Qt reads translations and icons from paths), so a
path beside this module is enough: ``importlib.resources`` would add its import to
the way to the first page and find the same folder.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_CHECKOUT = _PACKAGE.parent


def _folder(name: str) -> Path:
    packaged = _PACKAGE / "assets" / name
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

"""Finds files in resources/, from a checkout and from the frozen app alike."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(relative: str) -> Path:
    path = resources_dir() / relative
    if not path.is_file():
        raise FileNotFoundError(f"resource missing: {relative}")
    return path


def translations_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    base = Path(frozen_root) if frozen_root is not None else Path(__file__).resolve().parent.parent
    return base / "translations"

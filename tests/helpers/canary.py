"""Canary scans: a secret's every form looked for in output and in files."""

from __future__ import annotations

import os
from pathlib import Path


def canary_hits(forms: set[str], texts: list[str], folders: list[Path], since: float) -> list[str]:
    """The forms of a secret found in ``texts`` or in any file written under
    ``folders`` since ``since`` (a canary scan)."""
    found = list(texts)
    for folder in folders:
        # Other programs' temporary files and folders come and go while this reads:
        # one that vanished is skipped (os.walk's onerror), never a failure.
        for root, _, names in os.walk(folder, onerror=lambda _: None):
            for name in names:
                path = Path(root, name)
                try:
                    if path.is_file() and path.stat().st_mtime >= since:
                        found.append(path.read_bytes().decode("utf-8", "replace"))
                except OSError:
                    continue
    return [form for form in forms for text in found if form in text]

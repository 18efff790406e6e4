"""The systemd user manager the schedule tests start (tests/conftest.py)."""

from __future__ import annotations

import subprocess


def systemctl(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["systemctl", "--user", *args], capture_output=True, text=True, check=check, timeout=60
    )

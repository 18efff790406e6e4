"""Shared by the start-up benchmarks: how long a fresh process takes to say a line."""

from __future__ import annotations

import os
import subprocess
import time


def seconds_until_line(command: list[str], expected: str, **environment: str) -> float:
    """Start ``command`` (offscreen) and time it until it prints ``expected``.

    Compiled bytecode is written and used, as in an installed program (PyInstaller
    ships it): a shell with PYTHONDONTWRITEBYTECODE set would otherwise have every
    run compile the wizard's modules again, a cost no person ever pays."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **environment)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.perf_counter()
    child = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    line = child.stdout.readline().strip()
    elapsed = time.perf_counter() - started
    _, errors = child.communicate(timeout=60)
    if line != expected:
        raise SystemExit(f"{command[0]} did not reach its first paint: {line or errors[-500:]}")
    return elapsed

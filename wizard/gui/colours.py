"""The few colours the wizard speaks with, by the mark they stand for (each reads at
4.5:1 or better on white)."""

from __future__ import annotations

MARK_COLOURS = {
    "critical": "#b00020",
    "warning": "#8a5300",
    "pass": "#1e7e34",
}
CRITICAL_RED = MARK_COLOURS["critical"]

# A frame drawn on the exchanges' dark permission panels: a red that stands out there.
FRAME_ON_DARK = "#ff5c5c"

"""Without a command: the window, or one of its checks (--self-test, --screenshots).
Qt is imported only here, and only when a display can show it."""

from __future__ import annotations

import argparse
import os
import sys

from wizard.cli.common import EXIT_NO_DISPLAY, UsageError


def command_window(args: argparse.Namespace) -> int:
    from pathlib import Path

    if no_display():
        print(NO_DISPLAY, file=sys.stderr)
        return EXIT_NO_DISPLAY
    from wizard.gui import app

    options = app.GuiOptions(demo=args.demo, lang=args.lang, exchange=args.gui_exchange)
    if args.self_test:
        return app.self_test(options)
    if args.screenshots:
        return app.screenshots(
            Path(args.screenshots),
            options,
            size=window_size(args.window_size),
            practice_key=args.practice_key,
        )
    return app.run_gui(options)


def window_size(text: str) -> tuple[int, int]:
    """``--window-size 800x560`` as (800, 560)."""
    width, _, height = text.lower().partition("x")
    if not (width.isdigit() and height.isdigit() and int(width) >= 200 and int(height) >= 200):
        raise UsageError(f"--window-size {text!r}: give it as WIDTHxHEIGHT, e.g. 800x560")
    return int(width), int(height)


NO_DISPLAY = (
    "No display: the wizard's window needs a desktop session, and neither DISPLAY nor "
    "WAYLAND_DISPLAY is set.\nOn a server, use the command line instead: "
    "halal-key-wizard verify --help (every command: halal-key-wizard --help).\n"
    "For --self-test or --screenshots without a display, set QT_QPA_PLATFORM=offscreen."
)


def no_display() -> bool:
    """On Linux and the BSDs, Qt needs X11 or Wayland unless another platform is asked
    for; without them it aborts with a message about a missing library."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return False
    return not any(
        os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    )

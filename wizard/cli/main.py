"""``halal-key-wizard``: parse the command line and run the command (without one,
the window opens). A reader that goes away (``| head -1``) ends it quietly; Ctrl-C
ends it with 130; a fault of this program prints a redacted report and ends it with
70, never with a code that a script reads as a verdict."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from wizard.cli.common import (
    EXIT_BROKEN_PIPE,
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_USAGE,
    UsageError,
    print_usage_error,
)
from wizard.cli.parser import Parser, build_parser


def main(argv: Sequence[str] | None = None) -> int:
    from wizard.crash import crash_report, forbid_core_dumps

    forbid_core_dumps()
    try:
        return _main(argv)
    except BrokenPipeError:
        # Python would report the failed flush at exit: point stdout at nothing first.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        print("\nStopped (Ctrl-C).", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as error:
        print(
            "Halal Key Wizard met a problem of its own (not a verdict on your key):\n"
            + crash_report(type(error), error, error.__traceback__),
            file=sys.stderr,
        )
        return EXIT_INTERNAL


def _main(argv: Sequence[str] | None) -> int:
    from wizard.crash import install_log_redaction

    install_log_redaction()
    parser = build_parser()
    Parser.argv = list(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(argv)
    try:
        return int(args.run(args))
    except UsageError as error:
        print_usage_error(str(error), getattr(args, "json", False))
        print(f"{parser.prog}: {error}", file=sys.stderr)
        return EXIT_USAGE

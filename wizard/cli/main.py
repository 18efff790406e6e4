"""``halal-key-wizard``: parse the command line and run the command (without one,
the window opens). A reader that goes away (``| head -1``) ends it quietly."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from wizard.cli.common import EXIT_BROKEN_PIPE, EXIT_USAGE, UsageError, print_usage_error
from wizard.cli.parser import Parser, build_parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:
        # Python would report the failed flush at exit: point stdout at nothing first.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_BROKEN_PIPE


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

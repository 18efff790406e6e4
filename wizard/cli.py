"""The command line (docs/command-line.md). It never imports Qt: the GUI is loaded only
when no subcommand is given."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NoReturn, TextIO

from wizard import APP_NAME, __version__

if TYPE_CHECKING:
    from wizard.verify.model import Confirmation, Credentials

EXIT_OK = 0
EXIT_POLICY_FAILED = 1
EXIT_NOT_VERIFIED = 2
EXIT_USAGE = 64
EXIT_NO_DISPLAY = 69  # sysexits' EX_UNAVAILABLE: the window cannot open here
EXIT_BROKEN_PIPE = 141  # what a shell reports for a reader that went away (128 + SIGPIPE)

ENV_KEY = "HALAL_API_KEY"
ENV_SECRET = "HALAL_API_SECRET"  # noqa: S105 - the variable's name, not a secret
ENV_PASSPHRASE = "HALAL_API_PASSPHRASE"  # noqa: S105


class UsageError(Exception):
    """The command was given wrongly; exit 64 with this message."""


class _Parser(argparse.ArgumentParser):
    # The arguments being parsed: a usage error asked for as JSON is printed as JSON.
    argv: Sequence[str] = ()

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        print_usage_error(message, "--json" in _Parser.argv)
        self.exit(EXIT_USAGE, f"{self.prog}: {message}\n")


def print_usage_error(message: str, as_json: bool) -> None:
    """With ``--json``, a usage error is a document on standard output too."""
    if as_json:
        document = {
            "error": {
                "code": "usage",
                "message": message,
                "fix": "Run the command with --help to see how to give it.",
            }
        }
        print(json.dumps(document, indent=2))


def build_parser() -> argparse.ArgumentParser:
    from wizard.i18n import SHIPPED_LANGUAGES
    from wizard.verify.catalog import SUPPORTED_EXCHANGES

    parser = _Parser(
        prog="halal-key-wizard",
        description=f"{APP_NAME}: set up, verify and keep a spot-only exchange API key. "
        "Without a command, the wizard opens.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--demo", action="store_true", help="practice mode: a simulated exchange with sample keys"
    )
    parser.add_argument(
        "--lang",
        metavar="LANG",
        choices=("en", *SHIPPED_LANGUAGES, "pseudo"),
        help=f"the language to show: en, {', '.join(SHIPPED_LANGUAGES)} (default: the "
        "system's; pseudo stretches every text to show what is clipped)",
    )
    parser.add_argument(
        "--exchange",
        dest="gui_exchange",
        metavar="EX",
        choices=SUPPORTED_EXCHANGES,
        help="start the wizard with this exchange chosen",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="build every page, load everything, print a JSON summary",
    )
    parser.add_argument(
        "--screenshots", metavar="DIR", help="render every page to DIR/NN-<page>.png and exit"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    verify = commands.add_parser(
        "verify",
        help="check a key live against the exchange",
        description="Check a key live: its permissions, IP restriction, age, the clock and "
        f"spot balances. The key comes from {ENV_KEY} and {ENV_SECRET} "
        f"({ENV_PASSPHRASE} where the exchange has one). Exit 0: no critical "
        "finding; 1: the key fails the policy; 2: could not verify; 64: usage.",
    )
    verify.add_argument(
        "--exchange",
        choices=SUPPORTED_EXCHANGES,
        help="the exchange (taken from the stored key with --label)",
    )
    verify.add_argument("--label", help="verify the key stored under this name")
    verify.add_argument(
        "--api-url",
        metavar="URL",
        help="send every request to this scheme and host instead "
        "(a testnet, a proxy, the practice exchange)",
    )
    add_confirm_option(verify)
    verify.add_argument("--json", action="store_true", help="print the JSON document")
    verify.add_argument("--strict", action="store_true", help="fail on warnings too")
    verify.add_argument(
        "--report",
        metavar="FILE",
        help="also save a PDF report to FILE and its JSON twin beside it",
    )

    store = commands.add_parser(
        "store",
        help="verify a key and keep it in the system keychain",
        description="Reads the key and the secret from standard input, one per line "
        "(a PEM private key as its lines), or asks for them without showing "
        "them. Verifies first and stores nothing when the key has a critical "
        "finding.",
    )
    store.add_argument("--exchange", required=True, choices=SUPPORTED_EXCHANGES)
    store.add_argument("--label", required=True, help="a name for the key")
    store.add_argument("--api-url", metavar="URL", help="as for verify")
    add_confirm_option(store)

    keygen = commands.add_parser(
        "keygen",
        help="make an Ed25519 key pair here; the private key goes into the keychain",
        description="Makes an Ed25519 key pair on this computer, keeps the private key in "
        "the system keychain (never in a file) and prints the public key to paste into the "
        'exchange\'s "self-generated" key form. Then run store with the same --label and '
        "give only the API key the exchange shows.",
    )
    keygen.add_argument("--exchange", default="binance", choices=("binance",))
    keygen.add_argument("--label", required=True)

    rotate = commands.add_parser(
        "rotate",
        help="replace a stored key with a new one, safely",
        description="Reads the new key like store, verifies it, and replaces the stored "
        "key in steps that survive a crash. The old key is not deleted on the exchange: "
        "do that yourself afterwards.",
    )
    rotate.add_argument("--label", required=True)
    rotate.add_argument("--api-url", metavar="URL", help="as for verify")
    add_confirm_option(rotate)

    listing = commands.add_parser("list", help="the stored keys (never a secret)")
    listing.add_argument("--json", action="store_true", help="print JSON")

    remove = commands.add_parser("remove", help="delete a stored key from this computer")
    remove.add_argument("--label", required=True)

    practice = commands.add_parser(
        "practice",
        help="start the practice exchanges on this computer and print their keys",
        description="Starts the built-in practice exchanges on 127.0.0.1 (until Ctrl-C) and "
        "prints their addresses and practice keys, to try verify, store and --api-url "
        "without a real key. The keys open nothing anywhere else.",
    )
    practice.add_argument(
        "--exchange", default="all", choices=("all", *SUPPORTED_EXCHANGES), help="default: all"
    )
    practice.add_argument("--port", type=int, default=0, help="with one --exchange: its port")
    practice.add_argument("--json", action="store_true", help="print JSON")

    run = commands.add_parser(
        "exec",
        help="run a program with a stored key in its environment",
        description=f"Runs CMD with {ENV_KEY}, {ENV_SECRET} (and {ENV_PASSPHRASE}) set "
        "from the stored key; nothing is written to disk. Exits with CMD's "
        "exit code.",
    )
    run.add_argument("--label", required=True)
    run.add_argument("cmd", nargs=argparse.REMAINDER, metavar="-- CMD ...")
    return parser


def add_confirm_option(command: argparse.ArgumentParser) -> None:
    from wizard.verify.policy import CONFIRMABLE

    command.add_argument(
        "--confirm",
        metavar="CAPABILITY[,...]",
        default="",
        help="what you checked by hand on the exchange where it does not report it: "
        f"{', '.join(CONFIRMABLE)} (ip: the key is limited to trusted addresses; the "
        "others: switched off). Recorded as yours, never as the exchange's.",
    )


def confirmations_given(args: argparse.Namespace) -> tuple[Confirmation, ...]:
    """``--confirm margin,earn`` as confirmations dated today."""
    from datetime import date

    from wizard.verify.model import Confirmation
    from wizard.verify.policy import CONFIRMABLE

    names = [name.strip() for name in args.confirm.split(",") if name.strip()]
    wrong = [name for name in names if name not in CONFIRMABLE]
    if wrong:
        raise UsageError(
            f"--confirm {','.join(wrong)}: not a capability; choose from {', '.join(CONFIRMABLE)}"
        )
    today = date.today()
    return tuple(Confirmation(name, today) for name in dict.fromkeys(names))


def main(argv: Sequence[str] | None = None) -> int:
    """The command line. A reader that goes away (``| head -1``) ends it quietly."""
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
    _Parser.argv = list(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(argv)
    try:
        if args.command == "verify":
            return _verify(args, sys.stdout)
        if args.command in STORE_COMMANDS:
            from wizard import cli_store

            command: Callable[[argparse.Namespace], int] = getattr(
                cli_store, STORE_COMMANDS[args.command]
            )
            return int(command(args))
        if args.command == "practice":
            from wizard.cli_practice import command_practice

            return int(command_practice(args))
    except UsageError as error:
        print_usage_error(str(error), getattr(args, "json", False))
        print(f"{parser.prog}: {error}", file=sys.stderr)
        return EXIT_USAGE
    return _gui(args)


# The keychain commands, each a function of wizard.cli_store.
STORE_COMMANDS = {
    "store": "command_store",
    "rotate": "command_rotate",
    "list": "command_list",
    "remove": "command_remove",
    "exec": "command_exec",
    "keygen": "command_keygen",
}


def _gui(args: argparse.Namespace) -> int:
    """The window, or one of its checks. Qt is imported only here."""
    from pathlib import Path

    if no_display():
        print(NO_DISPLAY, file=sys.stderr)
        return EXIT_NO_DISPLAY
    from wizard import app

    options = app.GuiOptions(demo=args.demo, lang=args.lang, exchange=args.gui_exchange)
    if args.self_test:
        return app.self_test(options)
    if args.screenshots:
        return app.screenshots(Path(args.screenshots), options)
    return app.run_gui(options)


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


def _credentials_from_environment(exchange: str) -> Credentials:
    from wizard.entry import needs_passphrase
    from wizard.i18n import EXCHANGE_NAMES
    from wizard.verify.model import Credentials

    api_key = os.environ.get(ENV_KEY, "").strip()
    secret = os.environ.get(ENV_SECRET, "").strip()
    if not api_key or not secret:
        raise UsageError(f"set {ENV_KEY} and {ENV_SECRET} to the key to verify")
    passphrase = os.environ.get(ENV_PASSPHRASE, "").strip() or None
    if passphrase is None and needs_passphrase(exchange):
        raise UsageError(
            f"set {ENV_PASSPHRASE}: {EXCHANGE_NAMES[exchange]} keys have a passphrase, "
            "the one chosen when the key was made"
        )
    return Credentials(api_key=api_key, secret=secret, passphrase=passphrase)


def print_error(
    error: object, exchange: str, as_json: bool, out: TextIO, lead: str = "Could not verify"
) -> None:
    """A could-not-verify error, as JSON or as a titled message with its fix."""
    from wizard.verify.document import error_document
    from wizard.verify.errors import VerificationError
    from wizard.verify.texts import error_wording

    assert isinstance(error, VerificationError)
    if as_json:
        print(json.dumps(error_document(error, exchange), indent=2), file=out)
    else:
        wording = error_wording(error)
        print(
            f"{lead}: {wording.title}\n\n{wording.message}\n\nWhat to do: {wording.fix}", file=out
        )


def check_api_url(api_url: str | None) -> None:
    """A malformed --api-url is a usage error, said before anything is sent."""
    from wizard.verify.client import ApiUrlError, parse_api_url

    if api_url is not None:
        try:
            parse_api_url(api_url)
        except ApiUrlError as error:
            raise UsageError(f"--api-url {api_url!r}: {error}") from None


def _verify(args: argparse.Namespace, out: TextIO) -> int:
    from wizard.verify.document import report_document
    from wizard.verify.errors import VerificationError
    from wizard.verify.model import Verdict
    from wizard.verify.service import verify_key_blocking

    check_api_url(args.api_url)
    exchange = args.exchange
    confirmations = confirmations_given(args)
    try:
        if args.label is not None:
            from wizard.store.keys import KeyStore, stored_confirmations

            store = KeyStore()
            store.recover()  # a rotation a crash interrupted is settled first
            record, credentials = store.credentials(args.label)
            if exchange is not None and exchange != record.exchange:
                raise UsageError(f"{args.label!r} is a {record.exchange} key, not {exchange}")
            exchange = record.exchange
            # The checks recorded before, and any given now (the newer date counts).
            confirmations = (*stored_confirmations(record), *confirmations)
        elif exchange is None:
            raise UsageError("give --exchange, or --label for a stored key")
        else:
            credentials = _credentials_from_environment(exchange)
        report = verify_key_blocking(
            exchange, credentials, api_url=args.api_url, confirmations=confirmations
        )
        if args.label is not None:
            store.record_verification(args.label, report)
    except VerificationError as error:
        print_error(error, exchange or "", args.json, out)
        return EXIT_NOT_VERIFIED

    if args.report:
        from pathlib import Path

        from wizard.report import build_report
        from wizard.report_pdf import save_report_without_window
        from wizard.store.keys import key_type

        document = build_report(
            report,
            masked_key=credentials.masked_key,
            key_type=key_type(report.facts.exchange, credentials),
        )
        json_path, json_digest = save_report_without_window(document, Path(args.report))
        print(
            f"Report saved: {args.report} and {json_path} (SHA-256 {json_digest})", file=sys.stderr
        )
    if args.json:
        print(json.dumps(report_document(report, terminal=True), indent=2), file=out)
    else:
        from wizard.verify.table import render_report

        print(render_report(report, credentials.masked_key), file=out)
    if report.verdict is Verdict.FAIL or (args.strict and report.verdict is Verdict.WARN):
        return EXIT_POLICY_FAILED
    return EXIT_OK

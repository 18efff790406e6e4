"""The command line's grammar: every command, its options, and which function runs
it. Each command's module is imported only when that command runs."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, NoReturn

from wizard import APP_NAME, __version__
from wizard.cli.common import (
    ENV_KEY,
    ENV_PASSPHRASE,
    ENV_SECRET,
    EXIT_USAGE,
    add_confirm_option,
    print_usage_error,
)


class Parser(argparse.ArgumentParser):
    # The arguments being parsed: a usage error asked for as JSON is printed as JSON.
    argv: Sequence[str] = ()

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        print_usage_error(message, "--json" in Parser.argv)
        self.exit(EXIT_USAGE, f"{self.prog}: {message}\n")


if TYPE_CHECKING:
    from typing import TypeAlias

    Commands: TypeAlias = "argparse._SubParsersAction[Parser]"


def build_parser() -> argparse.ArgumentParser:
    parser = _window_options()
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    _add_verify(commands)
    _add_key_commands(commands)
    _add_practice(commands)
    _add_exec(commands)
    _add_check(commands)
    _add_schedule(commands)
    _add_audit(commands)
    return parser


def _window_options() -> Parser:
    """Without a command the wizard's window opens: its own options."""
    from wizard.exchanges import IDS as SUPPORTED_EXCHANGES
    from wizard.i18n import SHIPPED_LANGUAGES

    parser = Parser(
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
    parser.add_argument(
        "--window-size",
        metavar="WxH",
        default="920x720",
        help="with --screenshots: the window's size (e.g. 800x560 for a small laptop screen)",
    )
    parser.add_argument(
        "--practice-key",
        metavar="NAME",
        default="clean",
        help="with --screenshots: the practice key entered (e.g. withdraw, for a refused key)",
    )
    parser.set_defaults(run=_run_window)
    return parser


def _add_verify(commands: Commands) -> None:
    from wizard.exchanges import IDS as SUPPORTED_EXCHANGES

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
    verify.set_defaults(run=_run_verify)
    add_confirm_option(verify)
    verify.add_argument("--json", action="store_true", help="print the JSON document")
    verify.add_argument("--strict", action="store_true", help="fail on warnings too")
    verify.add_argument(
        "--report",
        metavar="FILE",
        help="also save a PDF report to FILE and its JSON twin beside it",
    )


def _add_key_commands(commands: Commands) -> None:
    """The commands on stored keys: store, keygen, rotate, list, remove."""
    from wizard.exchanges import IDS as SUPPORTED_EXCHANGES
    from wizard.exchanges import self_generated

    store = commands.add_parser(
        "store",
        help="verify a key and keep it in the system keychain",
        description="Reads the key and the secret from standard input, one per line "
        "(a PEM private key as its lines), or asks for them without showing "
        "them. Verifies first and stores nothing when the key has a critical "
        "finding.",
    )
    store.set_defaults(run=_run_store)
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
    keygen.set_defaults(run=_run_keygen)
    keygen.add_argument("--exchange", default=self_generated()[0], choices=self_generated())
    keygen.add_argument("--label", required=True)

    rotate = commands.add_parser(
        "rotate",
        help="replace a stored key with a new one, safely",
        description="Reads the new key like store, verifies it, and replaces the stored "
        "key in steps that survive a crash. The old key is not deleted on the exchange: "
        "do that yourself afterwards.",
    )
    rotate.set_defaults(run=_run_rotate)
    rotate.add_argument("--label", required=True)
    rotate.add_argument("--api-url", metavar="URL", help="as for verify")
    add_confirm_option(rotate)

    listing = commands.add_parser("list", help="the stored keys (never a secret)")
    listing.set_defaults(run=_run_list)
    listing.add_argument("--json", action="store_true", help="print JSON")

    remove = commands.add_parser("remove", help="delete a stored key from this computer")
    remove.set_defaults(run=_run_remove)
    remove.add_argument("--label", required=True)


def _add_practice(commands: Commands) -> None:
    from wizard.exchanges import IDS as SUPPORTED_EXCHANGES

    practice = commands.add_parser(
        "practice",
        help="start the practice exchanges on this computer and print their keys",
        description="Starts the built-in practice exchanges on 127.0.0.1 (until Ctrl-C) and "
        "prints their addresses and practice keys, to try verify, store and --api-url "
        "without a real key. The keys open nothing anywhere else.",
    )
    practice.set_defaults(run=_run_practice)
    practice.add_argument(
        "--exchange", default="all", choices=("all", *SUPPORTED_EXCHANGES), help="default: all"
    )
    practice.add_argument("--port", type=int, default=0, help="with one --exchange: its port")
    practice.add_argument("--json", action="store_true", help="print JSON")


def _add_exec(commands: Commands) -> None:
    run = commands.add_parser(
        "exec",
        help="run a program with a stored key in its environment",
        description=f"Runs CMD with {ENV_KEY}, {ENV_SECRET} (and {ENV_PASSPHRASE}) set "
        "from the stored key; nothing is written to disk. Exits with CMD's "
        "exit code.",
    )
    run.set_defaults(run=_run_exec)
    run.add_argument("--label", required=True)
    run.add_argument("cmd", nargs=argparse.REMAINDER, metavar="-- CMD ...")


def _add_check(commands: Commands) -> None:
    check = commands.add_parser(
        "check",
        help="verify stored keys again and say what changed since the last check",
        description="Verifies stored keys again (all at once), compares each with what was "
        "recorded at its last check (verdict, permissions, IP restriction, expiry, account "
        "switches, checks by hand), keeps the history and shows a desktop notification "
        "when something changed. Exit 0: fine and unchanged; 1: a key fails the policy; "
        "2: a key could not be verified; 3: something changed since the last check.",
    )
    check.set_defaults(run=_run_check)
    which = check.add_mutually_exclusive_group(required=True)
    which.add_argument("--label", help="check the key stored under this name")
    which.add_argument("--all", action="store_true", help="check every stored key")
    check.add_argument("--api-url", metavar="URL", help="as for verify")
    check.add_argument("--json", action="store_true", help="print the JSON document")


def _add_schedule(commands: Commands) -> None:
    schedule = commands.add_parser(
        "schedule",
        help="check the stored keys daily or weekly on this computer, or stop",
        description="Installs (or removes, with --off) the per-user job that runs "
        "check --all: a systemd user timer on Linux, a launchd agent on macOS, a Task "
        "Scheduler task on Windows. Exit 0: done; 2: the system's scheduler refused.",
    )
    schedule.set_defaults(run=_run_schedule)
    when = schedule.add_mutually_exclusive_group(required=True)
    when.add_argument("--daily", action="store_const", const="daily", dest="frequency")
    when.add_argument("--weekly", action="store_const", const="weekly", dest="frequency")
    when.add_argument("--off", action="store_const", const="off", dest="frequency")


def _days(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 365:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of days from 1 to 365")
    return int(text)


def _add_audit(commands: Commands) -> None:
    audit = commands.add_parser(
        "audit",
        help="what the account of a stored key did in a period that was not spot",
        description="Reads the exchange's own records of the period with read-only calls "
        "(margin, loans, derivatives, Earn, transfers, withdrawals, orders) and lists "
        "everything that was not spot trading. Exit 0: nothing "
        "but spot; 1: findings; 2: could not audit.",
    )
    audit.set_defaults(run=_run_audit)
    audit.add_argument("--label", required=True, help="the stored key whose account to read")
    audit.add_argument("--days", type=_days, default=30, help="how far back, 1 to 365 (default 30)")
    audit.add_argument("--api-url", metavar="URL", help="as for verify")
    audit.add_argument("--json", action="store_true", help="print the JSON document")
    audit.add_argument(
        "--report",
        metavar="FILE",
        help="also save a PDF report to FILE and its JSON twin beside it",
    )


# Which function runs each command: imported when that command runs, not before.
def _run_window(args: argparse.Namespace) -> int:
    from wizard.cli.window import command_window

    return command_window(args)


def _run_verify(args: argparse.Namespace) -> int:
    from wizard.cli.verify import command_verify

    return command_verify(args)


def _run_store(args: argparse.Namespace) -> int:
    from wizard.cli.keys import command_store

    return command_store(args)


def _run_rotate(args: argparse.Namespace) -> int:
    from wizard.cli.keys import command_rotate

    return command_rotate(args)


def _run_keygen(args: argparse.Namespace) -> int:
    from wizard.cli.keys import command_keygen

    return command_keygen(args)


def _run_list(args: argparse.Namespace) -> int:
    from wizard.cli.keys import command_list

    return command_list(args)


def _run_remove(args: argparse.Namespace) -> int:
    from wizard.cli.keys import command_remove

    return command_remove(args)


def _run_exec(args: argparse.Namespace) -> int:
    from wizard.cli.keys import command_exec

    return command_exec(args)


def _run_check(args: argparse.Namespace) -> int:
    from wizard.cli.check import command_check

    return command_check(args)


def _run_audit(args: argparse.Namespace) -> int:
    from wizard.cli.audit import command_audit

    return command_audit(args)


def _run_schedule(args: argparse.Namespace) -> int:
    from wizard.schedule import ScheduleError, install, remove

    try:
        said = remove() if args.frequency == "off" else install(args.frequency)
    except ScheduleError as error:
        print(f"Could not change the scheduled check: {error}", file=sys.stderr)
        return 2
    print(said)
    return 0


def _run_practice(args: argparse.Namespace) -> int:
    from wizard.cli.practice import command_practice

    return command_practice(args)

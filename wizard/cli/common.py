"""What every command shares: exit codes, the environment's names, usage errors,
printing an error, and the options several commands take. Imports no other module of
the command line."""

from __future__ import annotations

import argparse
import json
import os
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from wizard.verify.model import Confirmation, Credentials

EXIT_OK = 0
EXIT_POLICY_FAILED = 1
EXIT_NOT_VERIFIED = 2
EXIT_USAGE = 64
EXIT_NO_DISPLAY = 69  # sysexits' EX_UNAVAILABLE: the window cannot open here
EXIT_INTERNAL = 70  # sysexits' EX_SOFTWARE: a fault of this program, never a verdict
EXIT_INTERRUPTED = 130  # 128 + SIGINT: stopped with Ctrl-C
EXIT_BROKEN_PIPE = 141  # what a shell reports for a reader that went away (128 + SIGPIPE)

ENV_KEY = "HALAL_API_KEY"
ENV_SECRET = "HALAL_API_SECRET"  # noqa: S105 - the variable's name, not a secret
ENV_PASSPHRASE = "HALAL_API_PASSPHRASE"  # noqa: S105


class UsageError(Exception):
    """The command was given wrongly; exit 64 with this message."""


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


def credentials_from_environment(exchange: str) -> Credentials:
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
    from wizard.errors import WizardError
    from wizard.verify.document import error_document
    from wizard.verify.texts import error_wording

    assert isinstance(error, WizardError)
    if as_json:
        print(json.dumps(error_document(error, exchange), indent=2), file=out)
    else:
        wording = error_wording(error)
        print(
            shown(f"{lead}: {wording.title}\n\n{wording.message}\n\nWhat to do: {wording.fix}"),
            file=out,
        )


def shown(text: str, *, one_line: bool = False) -> str:
    """``text`` made harmless for a terminal: a label, a hand-edited index or an
    exchange's answer can hold escapes, carriage returns, bidi overrides or
    zero-width characters; each is written as ``\\uXXXX`` instead (line breaks too,
    with ``one_line``)."""
    import unicodedata

    def visible(sign: str) -> str:
        if sign == "\n" and not one_line:
            return sign
        if unicodedata.category(sign) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"):
            return f"\\u{ord(sign):04x}"
        return sign

    return "".join(visible(sign) for sign in text)


def check_api_url(api_url: str | None) -> None:
    """A malformed --api-url is a usage error, said before anything is sent."""
    from wizard.verify.client import ApiUrlError, parse_api_url

    if api_url is not None:
        try:
            parse_api_url(api_url)
        except ApiUrlError as error:
            raise UsageError(f"--api-url {api_url!r}: {error}") from None

"""The keychain commands: store, rotate, keygen, list, remove, exec."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import subprocess
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, TextIO

from wizard.cli.common import (
    ENV_KEY,
    ENV_PASSPHRASE,
    ENV_SECRET,
    EXIT_NOT_VERIFIED,
    EXIT_OK,
    EXIT_POLICY_FAILED,
    EXIT_USAGE,
    UsageError,
    check_api_url,
    confirmations_given,
    print_error,
    shown,
)
from wizard.errors import WizardError
from wizard.verify.model import Credentials

if TYPE_CHECKING:
    from wizard.store.index import StoredKey
    from wizard.store.keys import KeyStore


MAX_ENTRY_LINE = 16_384  # far more than any key, secret or PEM line
MAX_ENTRY_LINES = 64


def _line(stream: TextIO) -> str:
    line = stream.readline(MAX_ENTRY_LINE + 1)
    if len(line) > MAX_ENTRY_LINE:
        raise UsageError(
            "standard input holds a line far longer than any key or secret; give the key, "
            "the secret (and the passphrase) one per line"
        )
    return line


def read_credentials(stream: TextIO, passphrase: bool = False) -> tuple[str, str, str]:
    """Key, secret and (where the exchange has one) passphrase: from piped lines (a
    PEM secret keeps all its lines), or asked for at the terminal without echo. What
    is read is bounded: a key entry is small, however much is piped in."""
    if stream.isatty():
        key, secret = getpass.getpass("API key: "), getpass.getpass("Secret: ")
        return key, secret, getpass.getpass("Passphrase: ") if passphrase else ""
    key = _line(stream)
    first = _line(stream)
    lines = [first]
    if "-----BEGIN" in first:
        while "-----END" not in lines[-1]:
            if len(lines) >= MAX_ENTRY_LINES:
                raise UsageError("the private key on standard input has no END line")
            line = _line(stream)
            if not line:
                break
            lines.append(line)
    return key, "".join(lines), _line(stream) if passphrase else ""


def _entered_credentials(
    args: argparse.Namespace, exchange: str, private_pem: str | None = None
) -> Credentials:
    """The key and secret given on stdin or at the prompt; with ``private_pem`` (a key
    pair made by keygen) only the API key is asked for."""
    from wizard.entry import check_entry, needs_passphrase

    check_api_url(args.api_url)
    if private_pem is not None:
        raw_key = getpass.getpass("API key: ") if sys.stdin.isatty() else _line(sys.stdin)
        raw_secret, raw_passphrase = private_pem, ""
    else:
        raw_key, raw_secret, raw_passphrase = read_credentials(
            sys.stdin, needs_passphrase(exchange)
        )
    entry = check_entry(exchange, raw_key, raw_secret, raw_passphrase)
    if not entry.ok:
        raise UsageError(" ".join(problem.text() for problem in entry.problems))
    return Credentials(entry.api_key, entry.secret, entry.passphrase)


def _open_store() -> KeyStore:
    """The key store, with any change a crash interrupted finished or undone."""
    from wizard.store.keys import KeyStore

    store = KeyStore()
    outcome = store.recover()
    if outcome is not None:
        print(f"An interrupted change to the stored keys was {outcome}.", file=sys.stderr)
    return store


def command_store(args: argparse.Namespace) -> int:
    return _verify_and_keep(args, replacing=False)


def command_rotate(args: argparse.Namespace) -> int:
    return _verify_and_keep(args, replacing=True)


def _verify_and_keep(args: argparse.Namespace, *, replacing: bool) -> int:
    """``store`` and ``rotate``: the key is asked for, refused at once where the store
    rules refuse it, verified live, shown, and then kept (or put in the place of the
    key stored under that label)."""
    from wizard.store.keys import StoreRefused
    from wizard.verify.service import verify_key_blocking
    from wizard.verify.table import render_report

    confirmations = confirmations_given(args)  # a wrong name is refused before any input
    lead = "Not replaced" if replacing else "Not stored"
    exchange = "" if replacing else args.exchange
    try:
        store = _open_store()
        if replacing:
            exchange = store.stored(args.label).exchange
            credentials = _entered_credentials(args, exchange)
            store.check_can_rotate(args.label, credentials)
        else:
            pending = store.pending_private_key(exchange, args.label)
            credentials = _entered_credentials(args, exchange, pending)
            store.check_can_store(args.label, credentials)
        # For a replacement the old key's checks by hand lapse: only those given now count.
        report = verify_key_blocking(
            exchange, credentials, api_url=args.api_url, confirmations=confirmations
        )
        print(render_report(report, credentials.masked_key))
        if replacing:
            kept = store.replace(args.label, credentials, report)
        else:
            kept = store.keep(exchange, args.label, credentials, report)
    except StoreRefused as refused:
        print(f"\n{lead}: {refused.text()}", file=sys.stderr)
        return EXIT_POLICY_FAILED
    except WizardError as error:
        print_error(error, "" if replacing else exchange, False, sys.stderr, lead=lead)
        return EXIT_NOT_VERIFIED
    record, retired = kept.record, kept.replaced
    due = record.rotation_due or "its 90th day"
    if retired is None:
        print(
            f"\nStored in {kept.keychain} as {kept.item} (service halal-key-wizard). "
            f"Replace it by {due}."
        )
    else:
        print(
            f"\n{record.label} now holds the key {record.masked_key}. Replace it by {due}.\n"
            f"Now delete the old key {retired.masked_key} on the exchange: open API "
            "Management, find it by its last four characters, delete it."
        )
    return EXIT_OK


def command_keygen(args: argparse.Namespace) -> int:
    from wizard.keygen import make_ed25519_key_pair
    from wizard.store.keys import StoreRefused

    pair = make_ed25519_key_pair()
    try:
        store = _open_store()
        store.keep_private_key(args.exchange, args.label, pair.private_pem)
    except StoreRefused as refused:
        print(f"No key pair made: {refused.text()}", file=sys.stderr)
        return EXIT_POLICY_FAILED
    except WizardError as error:
        print_error(error, args.exchange, False, sys.stderr, lead="No key pair made")
        return EXIT_NOT_VERIFIED
    print(pair.public_pem, end="")
    print(
        f"\nThe private key is in {store.keychain.backend_name}; it never leaves this "
        'computer. On the exchange, create a "self-generated" key and paste the public '
        f"key above. Then run: halal-key-wizard store --exchange {args.exchange} "
        f"--label {args.label}  (it asks only for the API key)",
        file=sys.stderr,
    )
    return EXIT_OK


def command_list(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    try:
        store = _open_store()
        store.keychain.backend_name  # noqa: B018 - no keychain: say so, not "no keys"
        keys = store.list()
    except WizardError as error:
        print_error(error, "", args.json, sys.stderr, lead="Cannot list")
        return EXIT_NOT_VERIFIED
    if args.json:
        # What check compares and keeps (last_check, history) stays in the index.
        left_out = {"fingerprint", "last_check", "history"}
        public = [{k: v for k, v in asdict(key).items() if k not in left_out} for key in keys]
        print(json.dumps(public, indent=2))
        return EXIT_OK
    if not keys:
        print("No keys are stored.")
        return EXIT_OK
    header = ("LABEL", "EXCHANGE", "KEY", "TYPE", "CREATED", "VERIFIED", "VERDICT", "REPLACE BY")
    rows = [header] + [_cells(key) for key in keys]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
    return EXIT_OK


def _cells(key: StoredKey) -> tuple[str, ...]:
    return tuple(
        shown(cell, one_line=True)
        for cell in (
            key.label,
            key.exchange,
            key.masked_key,
            key.key_type,
            key.created or "-",
            (key.last_verified or "-")[:10],
            key.last_verdict or "-",
            key.rotation_due or "-",
        )
    )


def command_remove(args: argparse.Namespace) -> int:
    try:
        record = _open_store().remove(args.label)
    except WizardError as error:
        print_error(error, "", False, sys.stderr, lead="Not removed")
        return EXIT_NOT_VERIFIED
    print(
        shown(
            f"Removed {record.label} ({record.exchange}, key {record.masked_key}) from this "
            "computer. It still works on the exchange until you delete it there."
        )
    )
    return EXIT_OK


def command_exec(args: argparse.Namespace) -> int:
    """Run a program with a stored key in its environment. On Linux and macOS the
    program takes this process's place (``execvpe``): signals reach it directly, the
    shell sees its exit status (128 + n when signal n ended it), and no copy of the
    wizard stays behind holding the key."""
    command = list(args.cmd)
    if command and command[0] == "--":
        command = command[1:]
    if not command:
        raise UsageError("give the program to run after --, e.g. exec --label L -- mybot")
    try:
        _, credentials = _open_store().credentials(args.label)
    except WizardError as error:
        print_error(error, "", False, sys.stderr, lead="Not started")
        return EXIT_NOT_VERIFIED
    environment = child_environment(os.environ, credentials)
    try:
        if os.name == "posix":
            sys.stdout.flush()
            sys.stderr.flush()
            os.execvpe(command[0], command, environment)  # noqa: S606 - the person's program
        return subprocess.run(command, env=environment, check=False).returncode  # noqa: S603
    except (FileNotFoundError, PermissionError) as error:
        reason = (
            "no program named" if isinstance(error, FileNotFoundError) else "not allowed to run"
        )
        print(shown(f"Not started: {reason} {command[0]!r}."), file=sys.stderr)
        return EXIT_USAGE


def child_environment(parent: Mapping[str, str], credentials: Credentials) -> dict[str, str]:
    """The program's environment: this one without any ``HALAL_`` variable (a
    passphrase left over from another key must not reach it), then the stored key."""
    environment = {name: value for name, value in parent.items() if not name.startswith("HALAL_")}
    environment[ENV_KEY] = credentials.api_key
    environment[ENV_SECRET] = credentials.secret
    if credentials.passphrase:
        environment[ENV_PASSPHRASE] = credentials.passphrase
    return environment

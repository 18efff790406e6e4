"""``verify``: check a key live, from the environment or the keychain, and print the
table or the JSON document; ``--report`` saves the PDF through the GUI's one function."""

from __future__ import annotations

import argparse
import json
import sys

from wizard.cli.common import (
    EXIT_NOT_VERIFIED,
    EXIT_OK,
    EXIT_POLICY_FAILED,
    UsageError,
    check_api_url,
    confirmations_given,
    credentials_from_environment,
    print_error,
)


def check_report_path(path: str) -> None:
    """A report that cannot be written is a usage error, said before anything is
    sent: its folder must exist and be writable, and it must not be a folder."""
    import os
    from pathlib import Path

    target = Path(path)
    folder = target.parent
    if target.is_dir():
        raise UsageError(f"--report {path!r} is a folder; give a file name ending in .pdf")
    if not folder.is_dir():
        raise UsageError(f"--report {path!r}: the folder {str(folder)!r} does not exist")
    if not os.access(folder, os.W_OK):
        raise UsageError(f"--report {path!r}: the folder {str(folder)!r} cannot be written")


def command_verify(args: argparse.Namespace) -> int:
    out = sys.stdout
    from wizard.errors import WizardError
    from wizard.verify.document import report_document
    from wizard.verify.model import Verdict
    from wizard.verify.service import verify_key_blocking

    check_api_url(args.api_url)
    if args.report:
        check_report_path(args.report)
    exchange = args.exchange
    confirmations = confirmations_given(args)
    try:
        if args.label is not None:
            from wizard.store.keys import KeyStore, stored_confirmations

            store = KeyStore()
            record, credentials = store.credentials(args.label)
            if exchange is not None and exchange != record.exchange:
                raise UsageError(f"{args.label!r} is a {record.exchange} key, not {exchange}")
            exchange = record.exchange
            # The checks recorded before, and any given now (the newer date counts).
            confirmations = (*stored_confirmations(record), *confirmations)
        elif exchange is None:
            raise UsageError("give --exchange, or --label for a stored key")
        else:
            credentials = credentials_from_environment(exchange)
        report = verify_key_blocking(
            exchange, credentials, api_url=args.api_url, confirmations=confirmations
        )
        if args.label is not None:
            store.record_verification(args.label, report)
    except WizardError as error:
        print_error(error, exchange or "", args.json, out)
        return EXIT_NOT_VERIFIED

    if args.report:
        from pathlib import Path

        from wizard.gui.report_pdf import save_report_without_window
        from wizard.report import build_report
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

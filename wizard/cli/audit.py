"""``audit``: what the account of a stored key did in a period, read from the
exchange's own records: anything that was not spot, each with its date, product,
amount and what it means; "nothing but spot" when that is so. Exit 0 nothing but
spot, 1 findings, 2 could not audit."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from wizard.cli.common import check_api_url, print_error, shown

if TYPE_CHECKING:
    from wizard.audit.model import AuditReport


def command_audit(args: argparse.Namespace) -> int:
    from wizard.audit.model import EXIT_NOT_AUDITED, MEANINGS, audit_document
    from wizard.audit.service import audit_key_blocking
    from wizard.errors import WizardError
    from wizard.store.keys import KeyStore

    check_api_url(args.api_url)
    if args.report:
        from wizard.cli.verify import check_report_path

        check_report_path(args.report)
    exchange = ""
    try:
        record, credentials = KeyStore().credentials(args.label)
        exchange = record.exchange
        report = audit_key_blocking(
            record.label, exchange, credentials, days=args.days, api_url=args.api_url
        )
    except WizardError as error:
        print_error(error, exchange, args.json, sys.stdout, lead="Could not audit")
        return EXIT_NOT_AUDITED
    if args.report:
        _save_report(report, args.report)
    if args.json:
        print(json.dumps(audit_document(report), indent=2))
        return report.exit_code
    period = f"{report.since.date()} to {report.until.date()}"
    if not report.findings:
        print(shown(f"{report.label} ({exchange}), {period}: nothing but spot trades."))
    else:
        print(shown(f"{report.label} ({exchange}), {period}: {len(report.findings)} finding(s)"))
        for finding in report.findings:
            print(
                shown(
                    f"  {finding.at.date()}  {finding.kind}: {finding.product} "
                    f"{finding.amount} {finding.asset} - {MEANINGS[finding.kind]}; "
                    f"{finding.detail}"
                )
            )
    print("Read: " + "; ".join(report.read))
    print("Not visible: " + "; ".join(report.not_visible))
    return report.exit_code


def _save_report(report: AuditReport, path: str) -> None:
    """The PDF and its JSON twin."""
    from datetime import UTC, datetime
    from pathlib import Path

    from wizard.audit.model import audit_report_document
    from wizard.gui.audit_pdf import audit_html
    from wizard.gui.report_pdf import save_report_without_window

    twin = audit_report_document(report, datetime.now(UTC))
    json_path, json_digest = save_report_without_window(twin, Path(path), html=audit_html)
    print(f"Report saved: {path} and {json_path} (SHA-256 {json_digest})", file=sys.stderr)

"""A verification report as plain text for a person at a terminal: the one model of
``wizard.verify.presentation``, in columns, with the verdict in capitals first for
scripts that read it."""

from __future__ import annotations

from wizard.i18n import EXCHANGE_NAMES
from wizard.verify.model import Severity, Verdict, VerificationReport
from wizard.verify.presentation import PermissionRow, RowState, present

VERDICT_WORDS = {Verdict.PASS: "PASS", Verdict.WARN: "PASS WITH WARNINGS", Verdict.FAIL: "FAIL"}


def _value(row: PermissionRow) -> str:
    """A terminal has no colour to rely on: what needs a look is in capitals with an
    arrow, and a check by hand is said as the person's."""
    if row.state is RowState.UNREPORTED:
        return "not reported"
    if row.state is RowState.CHECKED_BY_YOU:
        return "not reported; " + row.confirmed_note
    text = "yes" if row.value else "no"
    if row.state is RowState.NO_SETTING:
        return f"{text.upper()}  <-- no setting stops it"
    if row.state is RowState.SWITCHED:
        return f"{text.upper()}  <-- check"
    return text


def render_report(report: VerificationReport, masked_key: str) -> str:
    view = present(report, terminal=True)
    name = EXCHANGE_NAMES.get(report.facts.exchange, report.facts.exchange)
    lines = [
        f"{name} key {masked_key}, verified {report.verified_at:%Y-%m-%d %H:%M} UTC",
        f"{VERDICT_WORDS[view.verdict]}: {view.sentence}",
        "",
        "Permissions",
    ]
    lines += [f"  {row.label:<24}{_value(row)}" for row in view.rows]
    if view.unreported_note:
        lines.append("  ? " + view.unreported_note)
    lines.append("")
    lines += [f"  {line}" for line in view.facts]
    if view.findings:
        lines += ["", "Findings"]
        for finding in view.findings:
            mark = "CRITICAL" if finding.severity is Severity.CRITICAL else "warning "
            lines += [
                f"  [{mark}] {finding.wording.title}",
                f"             {finding.wording.message}",
                f"             {finding.lead}{finding.wording.fix}",
            ]
    return "\n".join(lines)

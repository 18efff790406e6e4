"""A verification report as plain text for a person at a terminal."""

from __future__ import annotations

from datetime import datetime

from wizard.i18n import EXCHANGE_NAMES
from wizard.verify.document import amount_text
from wizard.verify.model import Confirmation, Severity, Verdict, VerificationReport
from wizard.verify.policy import CAPABILITY_FIELDS
from wizard.verify.texts import confirmed_note, expiry_reason, flag_wording, unreported_note

PERMISSION_LABELS: tuple[tuple[str, str], ...] = (
    ("read", "Read the account"),
    ("spot_trade", "Spot trading"),
    ("margin", "Margin (borrowing)"),
    ("futures", "Futures"),
    ("options", "Options"),
    ("withdraw", "Withdrawals"),
    ("internal_transfer", "Internal transfer"),
    ("universal_transfer", "Universal transfer"),
    ("earn", "Earn (interest)"),
    ("loans", "Loans"),
    ("ip_restricted", "Limited to trusted IPs"),
)
_SAFE_VALUE = {"read": True, "spot_trade": True, "ip_restricted": True}

VERDICT_LINES = {
    Verdict.PASS: "PASS: this key is spot-only and safe to use.",
    Verdict.WARN: "PASS WITH WARNINGS: nothing dangerous is switched on; read the notes below.",
    Verdict.FAIL: "FAIL: do not use this key until the problems below are fixed.",
}


def _yes_no(report: VerificationReport, name: str) -> str:
    value = getattr(report.facts.permissions, name)
    if value is None:
        confirmed = confirmation_of(report, name)
        if confirmed is not None:
            return "not reported; " + confirmed_note(confirmed, report.facts.exchange)
        return "not reported"
    text = "yes" if value else "no"
    through_door = any(name in door.capabilities for door in report.facts.unblockable)
    if through_door:
        return f"{text.upper()}  <-- no setting stops it"
    return text if value == _SAFE_VALUE.get(name, False) else f"{text.upper()}  <-- check"


def confirmation_of(report: VerificationReport, field_name: str) -> Confirmation | None:
    """The person's check that covers a permission field, if one was counted."""
    for confirmation in report.confirmations:
        if field_name in CAPABILITY_FIELDS[confirmation.capability]:
            return confirmation
    return None


def _day(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d")


def render_report(report: VerificationReport, masked_key: str) -> str:
    facts = report.facts
    name = EXCHANGE_NAMES.get(facts.exchange, facts.exchange)
    lines = [
        f"{name} key {masked_key}, verified {report.verified_at:%Y-%m-%d %H:%M} UTC",
        VERDICT_LINES[report.verdict],
        "",
        "Permissions",
    ]
    lines += [f"  {label:<24}{_yes_no(report, field)}" for field, label in PERMISSION_LABELS]
    note = unreported_note(facts.exchange, "not_verified" in report.flag_codes)
    if note:
        lines.append("  ? " + note)
    lines.append("")
    if facts.created_at is not None:
        age = (report.verified_at - facts.created_at).days
        lines.append(f"  {'Created':<24}{_day(facts.created_at)} ({age} days ago)")
    if report.rotation_due is not None:
        lines.append(f"  {'Replace by':<24}{report.rotation_due.isoformat()}")
        why = expiry_reason(report)
        if why:
            lines.append(f"  {'':<24}{why}")
    if report.clock_skew_ms is not None:
        lines.append(f"  {'Clock difference':<24}{report.clock_skew_ms} ms")
    if facts.balances is not None:
        shown = (
            ", ".join(
                f"{asset} {amount_text(amount)}" for asset, amount in sorted(facts.balances.items())
            )
            or "none"
        )
        lines.append(f"  {'Spot balances':<24}{shown}")
    if report.flags:
        lines += ["", "Findings"]
        for flag in report.flags:
            wording = flag_wording(flag, facts.exchange, terminal=True)
            mark = "CRITICAL" if flag.severity is Severity.CRITICAL else "warning "
            lines += [
                f"  [{mark}] {wording.title}",
                f"             {wording.message}",
                f"             Fix: {wording.fix}",
            ]
    return "\n".join(lines)

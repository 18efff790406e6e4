"""What a verification says to a person: one model, rendered by the verification
page, the terminal table and the PDF. Free of Qt.

Every mark comes from the policy: a row is critical only when the policy raised a
critical flag for it, and "safe" only when the exchange (or the person, where the
exchange cannot tell) showed the value the policy needs.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime

from wizard.i18n import EXCHANGE_NAMES, QT_TRANSLATE_NOOP, Translate, english
from wizard.verify.document import amount_text
from wizard.verify.model import Confirmation, Severity, Verdict, VerificationReport
from wizard.verify.policy import CAPABILITY_FIELDS, DOOR_FLAGS, FIELD_FLAGS, field_flag
from wizard.verify.texts import (
    CAPABILITY_TEXTS,
    Wording,
    confirmed_note,
    expiry_reason,
    flag_wording,
    left_to_right,
    unreported_note,
)

_V = "Verification"

# Permission field -> its name on every screen. Order is the order shown.
PERMISSION_LABELS: Mapping[str, str] = {
    "read": QT_TRANSLATE_NOOP("Verification", "Read the account"),
    "spot_trade": QT_TRANSLATE_NOOP("Verification", "Spot trading"),
    "margin": QT_TRANSLATE_NOOP("Verification", "Margin (borrowing)"),
    "futures": QT_TRANSLATE_NOOP("Verification", "Futures"),
    "options": QT_TRANSLATE_NOOP("Verification", "Options"),
    "withdraw": QT_TRANSLATE_NOOP("Verification", "Withdrawals"),
    "internal_transfer": QT_TRANSLATE_NOOP("Verification", "Internal transfer"),
    "universal_transfer": QT_TRANSLATE_NOOP("Verification", "Universal transfer"),
    "earn": QT_TRANSLATE_NOOP("Verification", "Earn (interest)"),
    "loans": QT_TRANSLATE_NOOP("Verification", "Loans"),
    "ip_restricted": QT_TRANSLATE_NOOP("Verification", "Limited to trusted IPs"),
}

VERDICT_SENTENCES: Mapping[Verdict, str] = {
    Verdict.PASS: QT_TRANSLATE_NOOP("Verification", "Safe: this key is spot-only."),
    Verdict.WARN: QT_TRANSLATE_NOOP(
        "Verification",
        "The exchange shows nothing dangerous switched on. Read the notes below before you use "
        "this key.",
    ),
    Verdict.FAIL: QT_TRANSLATE_NOOP(
        "Verification",
        "Not safe: this key will not be saved. Change what is marked critical on the "
        "exchange, then verify again.",
    ),
}


class RowState(enum.StrEnum):
    """What is known of one permission, and from whom."""

    AS_NEEDED = "as_needed"  # the exchange shows the value a spot-only key needs
    CHECKED_BY_YOU = "checked_by_you"  # unreported; the person checked it by hand
    UNREPORTED = "unreported"  # unreported and not checked: never counted as safe
    SWITCHED = "switched"  # the exchange shows the other value
    NO_SETTING = "no_setting"  # open through a product that no setting closes


class Mark(enum.StrEnum):
    """The sign a row or finding carries (the names of the page's icons)."""

    PASS = "pass"  # noqa: S105 - a mark, not a password
    UNKNOWN = "unknown"
    WARNING = "warning"
    CRITICAL = "critical"


_ROW_WORDS: Mapping[RowState, tuple[str, str]] = {  # state -> (words if on, if off)
    RowState.AS_NEEDED: (
        QT_TRANSLATE_NOOP("Verification", "yes"),
        QT_TRANSLATE_NOOP("Verification", "no"),
    ),
    RowState.SWITCHED: (
        QT_TRANSLATE_NOOP("Verification", "YES"),
        QT_TRANSLATE_NOOP("Verification", "NO"),
    ),
    RowState.NO_SETTING: (
        QT_TRANSLATE_NOOP("Verification", "yes, and no setting stops it"),
        QT_TRANSLATE_NOOP("Verification", "yes, and no setting stops it"),
    ),
    RowState.CHECKED_BY_YOU: (
        QT_TRANSLATE_NOOP("Verification", "off, checked by you"),
        QT_TRANSLATE_NOOP("Verification", "off, checked by you"),
    ),
    RowState.UNREPORTED: (
        QT_TRANSLATE_NOOP("Verification", "not reported by the exchange"),
        QT_TRANSLATE_NOOP("Verification", "not reported by the exchange"),
    ),
}


@dataclass(frozen=True)
class PermissionRow:
    field: str
    label: str
    value: bool | None  # as the exchange reported it (None: not reported)
    state: RowState
    severity: Severity | None  # of the policy's flag for this row; None: no flag
    words: str  # the value as a person reads it
    confirmed: Confirmation | None = None  # the person's check, where it counts
    confirmed_note: str = ""

    @property
    def mark(self) -> Mark:
        if self.state in (RowState.AS_NEEDED, RowState.CHECKED_BY_YOU):
            return Mark.PASS
        if self.state is RowState.UNREPORTED:
            return Mark.UNKNOWN
        return Mark.CRITICAL if self.severity is Severity.CRITICAL else Mark.WARNING


@dataclass(frozen=True)
class Finding:
    """A flag as a person reads it. ``capability``: what a ``not_verified`` finding
    asks the person to check by hand (the page puts a tick on it)."""

    code: str
    severity: Severity
    wording: Wording
    lead: str  # what precedes the fix: "Fix: " or "Where to check: "
    capability: str | None = None
    also: tuple[str, ...] = ()  # the codes of findings one switch shares with this one

    @property
    def mark(self) -> Mark:
        return Mark.CRITICAL if self.severity is Severity.CRITICAL else Mark.WARNING


@dataclass(frozen=True)
class CheckedByYou:
    """A capability the person checked by hand, said as theirs."""

    confirmation: Confirmation
    name: str
    note: str


@dataclass(frozen=True)
class ReportView:
    verdict: Verdict
    sentence: str
    rows: tuple[PermissionRow, ...]
    unreported_note: str  # why some rows are unknown; empty when none is
    findings: tuple[Finding, ...]  # criticals, then what to check by hand, then the rest
    checked_by_you: tuple[CheckedByYou, ...]
    facts: tuple[str, ...]  # key made, replace by (and why), clock, balances

    @property
    def balances(self) -> str | None:
        """The balances line of the facts (the page shows it as a card of its own)."""
        return self.facts[-1] if self.facts and self.has_balances else None

    has_balances: bool = False  # the last facts line is the balances (read live)

    @property
    def open_warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is Severity.WARNING)


def confirmation_of(report: VerificationReport, field_name: str) -> Confirmation | None:
    """The person's check that covers a permission field, if one was counted."""
    for confirmation in report.confirmations:
        if field_name in CAPABILITY_FIELDS[confirmation.capability]:
            return confirmation
    return None


def _row(
    report: VerificationReport, field_name: str, translate: Translate, isolate: bool
) -> PermissionRow:
    value = getattr(report.facts.permissions, field_name)
    flag = field_flag(report, field_name)
    confirmed = confirmation_of(report, field_name) if value is None else None
    if flag is not None and flag.code in DOOR_FLAGS:
        state = RowState.NO_SETTING  # open whatever its switch says
        confirmed = None
    elif value is None:
        state = RowState.CHECKED_BY_YOU if confirmed is not None else RowState.UNREPORTED
    elif flag is None:
        state = RowState.AS_NEEDED
    else:
        state = RowState.SWITCHED
    on, off = _ROW_WORDS[state]
    return PermissionRow(
        field=field_name,
        label=translate(_V, PERMISSION_LABELS[field_name]),
        value=value,
        state=state,
        severity=flag.severity if flag is not None and confirmed is None else None,
        words=translate(_V, on if value or value is None else off),
        confirmed=confirmed,
        confirmed_note=(
            confirmed_note(confirmed, report.facts.exchange, translate, isolate=isolate)
            if confirmed is not None
            else ""
        ),
    )


def _finding_order(finding: Finding) -> tuple[bool, bool]:
    # What the person can act on comes first: what is switched on, then what to
    # check by hand, then what no setting changes.
    return (finding.severity is not Severity.CRITICAL, finding.code != "not_verified")


def _findings(
    report: VerificationReport, translate: Translate, isolate: bool, terminal: bool
) -> tuple[Finding, ...]:
    findings = []
    for flag in report.flags:
        by_hand = flag.code == "not_verified"
        findings.append(
            Finding(
                code=flag.code,
                severity=flag.severity,
                wording=flag_wording(
                    flag, report.facts.exchange, translate, isolate=isolate, terminal=terminal
                ),
                lead=(
                    translate("Verification", "Where to check: ")
                    if by_hand
                    else translate("Verification", "Fix: ")
                ),
                capability=flag.params.get("capability") if by_hand else None,
            )
        )
    return _one_per_switch(
        tuple(sorted(findings, key=_finding_order)), report.facts.exchange, translate
    )


# Between the items of a list ("BTC 0.5, USDT 120").
LIST_SEPARATOR = QT_TRANSLATE_NOOP("Verification", ", ")
# Two findings of one switch, in one title.
_BOTH_TITLES = QT_TRANSLATE_NOOP("Verification", "{first}; {then}")


def _one_per_switch(
    findings: tuple[Finding, ...], exchange: str, translate: Translate
) -> tuple[Finding, ...]:
    """One finding per box of the exchange's panel: what one box switches on (OKX's
    Withdraw also sends funds to other accounts; Coinbase's Transfer does three
    things) is one card, each of its messages kept, with the fix of the first."""
    from wizard.guide import guide_for

    try:
        panel = guide_for(exchange).permission_panel
    except ValueError:  # an exchange without a guide: its findings as they are
        return findings
    code_fields = {code: field for field, code in FIELD_FLAGS.items()}
    merged: list[Finding] = []
    for finding in findings:
        field = code_fields.get(finding.code)
        into = next(
            (
                earlier
                for earlier in merged
                if field is not None
                and earlier.severity is finding.severity
                and any(
                    field in box.fields and code_fields.get(code) in box.fields
                    for box in panel
                    if not box.enable
                    for code in (earlier.code, *earlier.also)
                )
            ),
            None,
        )
        if into is None:
            merged.append(finding)
            continue
        merged[merged.index(into)] = replace(
            into,
            wording=Wording(
                title=translate(_V, _BOTH_TITLES)
                .replace("{first}", into.wording.title)
                .replace("{then}", finding.wording.title),
                message=f"{into.wording.message}\n{finding.wording.message}",
                fix=into.wording.fix,
            ),
            also=(*into.also, finding.code),
        )
    return tuple(merged)


def _facts(
    report: VerificationReport,
    translate: Translate,
    isolate: bool,
    now: datetime,
    day: Callable[[date], str] | None = None,
) -> tuple[str, ...]:
    facts = report.facts
    plain = left_to_right if isolate else str

    def shown_day(value: date) -> str:
        """A date as ``day`` words it (isolated by its own first letter: a date in
        Arabic words reads right to left), else as ISO."""
        if day is None:
            return plain(value.isoformat())
        return f"\u2068{day(value)}\u2069" if isolate else day(value)

    lines = []
    if facts.created_at is not None:
        lines.append(
            translate("Verification", "Key made: {date} ({days} days ago)").format(
                date=shown_day(facts.created_at.date()),
                days=(now - facts.created_at).days,
            )
        )
    else:
        lines.append(
            translate(
                "Verification",
                "{exchange} does not tell when a key was made: replace it 90 days "
                "after you made it. When you save it, the wizard counts from today.",
            ).format(exchange=EXCHANGE_NAMES.get(facts.exchange, facts.exchange))
        )
    if report.rotation_due is not None:
        lines.append(
            translate("Verification", "Replace it by: {date}").format(
                date=shown_day(report.rotation_due)
            )
        )
        why = expiry_reason(report, translate)
        if why:
            lines.append(why)
    if report.clock_skew_ms is not None:
        lines.append(
            translate("Verification", "Clock difference: {ms} ms").format(
                ms=plain(str(report.clock_skew_ms))
            )
        )
    if facts.balances is not None:
        from wizard.verify.catalog import asset_name

        # The list's comma is the language's own (Arabic script writes "،").
        shown = translate("Verification", LIST_SEPARATOR).join(
            plain(f"{asset_name(facts.exchange, asset)} {amount_text(amount)}")
            for asset, amount in sorted(facts.balances.items())
        )
        lines.append(
            translate("Verification", "Spot balances: {balances}").format(
                balances=shown or translate("Verification", "none")
            )
        )
    return tuple(lines)


def present(
    report: VerificationReport,
    translate: Translate = english,
    *,
    isolate: bool = False,
    terminal: bool = False,
    now: datetime | None = None,
    day: Callable[[date], str] | None = None,
) -> ReportView:
    """The report as a person reads it. ``isolate``: values wrapped for right-to-left
    text (a GUI); ``terminal``: fixes that name the command line's own options;
    ``now``: the moment ages are counted to (the verification's, by default);
    ``day``: how a date is said (a GUI words it in the person's language; ISO
    dates otherwise)."""
    exchange = report.facts.exchange
    return ReportView(
        verdict=report.verdict,
        sentence=translate(_V, VERDICT_SENTENCES[report.verdict]),
        rows=tuple(_row(report, name, translate, isolate) for name in PERMISSION_LABELS),
        unreported_note=unreported_note(exchange, "not_verified" in report.flag_codes, translate),
        findings=_findings(report, translate, isolate, terminal),
        checked_by_you=tuple(
            CheckedByYou(
                confirmation=c,
                name=translate("Flags", CAPABILITY_TEXTS[c.capability][0]),
                note=confirmed_note(c, exchange, translate, isolate=isolate),
            )
            for c in report.confirmations
        ),
        facts=_facts(report, translate, isolate, now or report.verified_at, day),
        has_balances=report.facts.balances is not None,
    )

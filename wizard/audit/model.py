"""An audit's findings and its JSON document (DESIGN.md, ``audit``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from wizard.i18n import QT_TRANSLATE_NOOP

# What a finding is (DESIGN.md): the kinds, in the order a report lists them.
KINDS = (
    "margin_loan",
    "margin_interest",
    "loan",
    "derivatives_position",
    "derivatives_activity",
    "earn_subscription",
    "withdrawal",
    "transfer",
    "non_spot_order",
)

# What each kind means for the halal screen (never a verdict on the person, a
# statement of what the record shows); the window says it in the person's language.
MEANINGS = {
    "margin_loan": QT_TRANSLATE_NOOP("Audit", "borrowing: a margin loan carries interest (riba)"),
    "margin_interest": QT_TRANSLATE_NOOP("Audit", "interest (riba) was charged on borrowed funds"),
    "loan": QT_TRANSLATE_NOOP("Audit", "a loan: it carries interest (riba)"),
    "derivatives_position": QT_TRANSLATE_NOOP(
        "Audit", "a derivatives position: a contract on a price, not a coin owned"
    ),
    "derivatives_activity": QT_TRANSLATE_NOOP(
        "Audit", "funds moved to or from derivatives trading"
    ),
    "earn_subscription": QT_TRANSLATE_NOOP(
        "Audit", "funds lent or staked for a return that may be interest (riba)"
    ),
    "withdrawal": QT_TRANSLATE_NOOP("Audit", "funds left the account"),
    "transfer": QT_TRANSLATE_NOOP("Audit", "funds moved between wallets or accounts"),
    "non_spot_order": QT_TRANSLATE_NOOP("Audit", "an order on margin (with borrowed funds)"),
}

EXIT_SPOT_ONLY = 0
EXIT_FINDINGS = 1
EXIT_NOT_AUDITED = 2


@dataclass(frozen=True)
class AuditFinding:
    at: datetime
    kind: str  # one of KINDS
    product: str  # the exchange's own name for what the record is
    asset: str
    amount: str
    detail: str  # what the record says, in a few words

    def as_record(self) -> dict[str, str]:
        return {
            "at": self.at.isoformat(timespec="seconds"),
            "kind": self.kind,
            "product": self.product,
            "asset": self.asset,
            "amount": self.amount,
            "detail": self.detail,
        }


@dataclass(frozen=True)
class AuditReport:
    label: str
    exchange: str
    since: datetime
    until: datetime
    findings: tuple[AuditFinding, ...]
    read: tuple[str, ...]  # what was read
    not_visible: tuple[str, ...]  # what the exchange's records cannot show
    requests: int  # how many requests the audit sent

    @property
    def exit_code(self) -> int:
        return EXIT_FINDINGS if self.findings else EXIT_SPOT_ONLY


def audit_document(report: AuditReport) -> dict[str, object]:
    """``audit --json``."""
    return {
        "label": report.label,
        "exchange": report.exchange,
        "from": report.since.isoformat(timespec="seconds"),
        "to": report.until.isoformat(timespec="seconds"),
        "findings": [finding.as_record() for finding in report.findings],
        "read": list(report.read),
        "not_visible": list(report.not_visible),
        "requests": report.requests,
    }


def audit_report_document(report: AuditReport, now: datetime) -> dict[str, object]:
    """The JSON twin of an audit's PDF: the document, with what made it and when."""
    from wizard import __version__

    return {
        **audit_document(report),
        "report": "Halal Key Wizard audit report",
        "app_version": __version__,
        "generated_at": now.isoformat(timespec="seconds"),
    }

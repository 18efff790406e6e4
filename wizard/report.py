"""The verification report: a JSON document and its SHA-256, free of Qt. The PDF
(wizard/gui/report_pdf.py) prints the same facts and that digest, so the two can be
matched later. Never a secret: the key appears only by its last four characters."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any

from wizard import APP_NAME, __version__
from wizard.i18n import EXCHANGE_NAMES, QT_TRANSLATE_NOOP, Translate, english
from wizard.verify.document import report_document
from wizard.verify.model import VerificationReport
from wizard.verify.presentation import present

# Permission field -> what it lets a key do, and whether a spot-only key may.
PERMISSION_MEANINGS: Mapping[str, str] = {
    "read": QT_TRANSLATE_NOOP("Report", "See balances, orders and trades. Needed."),
    "spot_trade": QT_TRANSLATE_NOOP("Report", "Buy and sell coins you own. Needed by a bot."),
    "margin": QT_TRANSLATE_NOOP("Report", "Borrow to trade, with interest (riba). Never."),
    "futures": QT_TRANSLATE_NOOP("Report", "Derivative contracts with leverage. Never."),
    "options": QT_TRANSLATE_NOOP("Report", "Derivative contracts. Never."),
    "withdraw": QT_TRANSLATE_NOOP("Report", "Send coins out of the exchange. Never."),
    "internal_transfer": QT_TRANSLATE_NOOP("Report", "Move funds to other accounts. Never."),
    "universal_transfer": QT_TRANSLATE_NOOP("Report", "Move funds between wallets. Never."),
    "earn": QT_TRANSLATE_NOOP("Report", "Savings, staking or lending for interest (riba). Never."),
    "loans": QT_TRANSLATE_NOOP(
        "Report", "Borrow through a loan product, with interest (riba). Never."
    ),
    "ip_restricted": QT_TRANSLATE_NOOP("Report", "Refused from any other address. Recommended."),
}


ACCOUNT_LABELS: Mapping[str, str] = {
    "margin_account": QT_TRANSLATE_NOOP("Report", "Margin account open"),
    "futures_account": QT_TRANSLATE_NOOP("Report", "Futures account open"),
    "options_account": QT_TRANSLATE_NOOP("Report", "Options account open"),
    "portfolio_margin": QT_TRANSLATE_NOOP("Report", "Portfolio margin switched on"),
    "margin_debt": QT_TRANSLATE_NOOP("Report", "A margin loan is owed now"),
    "derivatives_positions": QT_TRANSLATE_NOOP("Report", "Derivatives positions open"),
}
SEVERITY_LABELS: Mapping[str, str] = {
    "critical": QT_TRANSLATE_NOOP("Report", "Critical"),
    "warning": QT_TRANSLATE_NOOP("Report", "Warning"),
}


def build_report(
    report: VerificationReport,
    *,
    masked_key: str,
    key_type: str,
    checklist: Mapping[str, Mapping[str, bool]] | None = None,
    checklist_words: Sequence[tuple[str, str, bool]] = (),
    generated_at: datetime | None = None,
    translate: Translate = english,
    isolate: bool = False,
) -> dict[str, Any]:
    """The report's JSON twin. ``isolate``: values wrapped for right-to-left text,
    as the page shows them. ``checklist_words``: the checklist as the pages said it
    (page title, item, ticked), for people; ``checklist`` keeps the stable names."""
    facts = report.facts
    verification = report_document(report, translate)
    view = present(report, translate, isolate=isolate)
    return {
        "report": f"{APP_NAME} verification report",
        "app_version": __version__,
        "generated_at": (generated_at or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "exchange": EXCHANGE_NAMES.get(facts.exchange, facts.exchange),
        "masked_key": masked_key,
        "key_type": key_type,
        "verification": verification,
        # What the PDF shows, as the page shows it (wizard.verify.presentation).
        "verdict_sentence": view.sentence,
        "permission_meanings": {
            row.field: {
                "label": row.label,
                "meaning": translate("Report", PERMISSION_MEANINGS[row.field]),
                "value": row.value,
                "words": row.words,
                "mark": row.mark.value,
                "confirmed": row.confirmed_note or None,
            }
            for row in view.rows
        },
        "unreported_note": view.unreported_note,
        "facts": list(view.facts),
        "findings": [
            {
                "code": finding.code,
                "severity": finding.severity.value,
                "title": finding.wording.title,
                "message": finding.wording.message,
                "lead": finding.lead,
                "fix": finding.wording.fix,
            }
            for finding in view.findings
        ],
        "confirmations": [
            {"capability": c.capability, "on": c.on.isoformat()} for c in report.confirmations
        ],
        "flag_titles": {finding.code: finding.wording.title for finding in view.findings},
        "account_switches": asdict(facts.account),
        "account_labels": {
            name: translate("Report", label) for name, label in ACCOUNT_LABELS.items()
        },
        "severity_labels": {
            name: translate("Report", label) for name, label in SEVERITY_LABELS.items()
        },
        "checklist": {page: dict(items) for page, items in (checklist or {}).items()},
        "checklist_words": [
            {"page": page, "item": item, "done": done} for page, item, done in checklist_words
        ],
        "key_type_words": translate("Report", KEY_TYPE_WORDS.get(key_type, key_type)),
    }


KEY_TYPE_WORDS = {
    "hmac": QT_TRANSLATE_NOOP("Report", "a secret shared with the exchange (HMAC)"),
    "ed25519": QT_TRANSLATE_NOOP(
        "Report", "a key pair: the exchange holds only its public half (Ed25519)"
    ),
    "ecdsa": QT_TRANSLATE_NOOP("Report", "a key pair made by the exchange (ECDSA)"),
}


def report_json(document: Mapping[str, Any]) -> str:
    """The exact text that is saved and hashed."""
    return json.dumps(document, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def digest(json_text: str) -> str:
    return hashlib.sha256(json_text.encode("utf-8")).hexdigest()

"""The JSON documents of ``verify --json``: the stable contract of docs/command-line.md."""

from __future__ import annotations

from dataclasses import asdict
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from wizard.errors import WizardError
from wizard.i18n import Translate, english
from wizard.verify.model import VerificationReport
from wizard.verify.texts import error_wording, flag_wording


def _utc_text(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def amount_text(amount: Decimal) -> str:
    """An exact amount as a plain decimal string, without trailing zeros."""
    text = format(amount, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def report_document(
    report: VerificationReport, translate: Translate = english, *, terminal: bool = False
) -> dict[str, Any]:
    """``terminal``: for the command line (its fixes name its own commands)."""
    facts = report.facts
    flags = []
    for flag in report.flags:
        wording = flag_wording(flag, facts.exchange, translate, terminal=terminal)
        flags.append(
            {
                "code": flag.code,
                "severity": flag.severity.value,
                "message": wording.message,
                "fix": wording.fix,
            }
        )
    return {
        "exchange": facts.exchange,
        "verified_at": _utc_text(report.verified_at),
        "verdict": report.verdict.value,
        "permissions": asdict(facts.permissions),
        # Checked by the person where the exchange does not report: never the exchange's word.
        "confirmed_by_person": [c.capability for c in report.confirmations],
        "ip_whitelist": list(facts.ip_whitelist) if facts.ip_whitelist is not None else None,
        "key_created_at": _utc_text(facts.created_at),
        "rotation_due": report.rotation_due.isoformat() if report.rotation_due else None,
        "clock_skew_ms": report.clock_skew_ms,
        "balances": (
            {asset: amount_text(amount) for asset, amount in facts.balances.items()}
            if facts.balances is not None
            else None
        ),
        "flags": flags,
    }


def error_document(
    error: WizardError, exchange: str, translate: Translate = english
) -> dict[str, Any]:
    wording = error_wording(error, translate)
    return {
        "exchange": error.exchange or exchange,
        "error": {"code": error.code.value, "message": wording.message, "fix": wording.fix},
    }

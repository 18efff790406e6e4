"""An audit as a PDF beside its JSON twin (``audit --report``): what was not spot,
each finding with its date, product, amount and meaning, what was read and what
the exchange's records cannot show, and the twin's SHA-256."""

from __future__ import annotations

from html import escape
from typing import Any

from wizard.audit.model import MEANINGS
from wizard.gui.colours import CRITICAL_RED, MARK_COLOURS
from wizard.i18n import EXCHANGE_NAMES


def audit_html(document: dict[str, Any], json_digest: str) -> str:
    """Every value escaped (it comes from the exchange's records)."""
    findings = document["findings"]
    if findings:
        verdict = (
            f"<h2 style='color:{CRITICAL_RED}'>{len(findings)} thing(s) that were not "
            "spot trading</h2>"
        )
        rows = "".join(
            "<tr>"
            f"<td>{escape(f['at'][:10])}</td>"
            f"<td><b style='color:{CRITICAL_RED}'>{escape(f['kind'].replace('_', ' '))}</b>"
            f"<br/>{escape(MEANINGS.get(f['kind'], ''))}</td>"
            f"<td>{escape(f['product'])}</td>"
            f"<td>{escape(f['amount'])} {escape(f['asset'])}</td>"
            f"<td>{escape(f['detail'])}</td>"
            "</tr>"
            for f in findings
        )
        table = (
            "<table cellpadding='3' border='1' cellspacing='0'>"
            "<tr><th>Date</th><th>What</th><th>Record</th><th>Amount</th><th>Detail</th></tr>"
            f"{rows}</table>"
        )
    else:
        verdict = f"<h2 style='color:{MARK_COLOURS['pass']}'>Nothing but spot trades</h2>"
        table = ""
    read = "".join(f"<li>{escape(line)}</li>" for line in document["read"])
    hidden = "".join(f"<li>{escape(line)}</li>" for line in document["not_visible"])
    return (
        "<h1>What the account did</h1>"
        f"{verdict}"
        f"<p>Key {escape(document['label'])} on "
        f"{escape(EXCHANGE_NAMES.get(document['exchange'], document['exchange']))}, from "
        f"{escape(document['from'][:10])} to {escape(document['to'][:10])}, "
        f"{document['requests']} request(s) to the exchange.</p>"
        f"{table}"
        f"<h3>What was read</h3><ul>{read}</ul>"
        f"<h3>What the exchange's records cannot show</h3><ul>{hidden}</ul>"
        f"<p><small>SHA-256 of the JSON twin: {json_digest}<br/>"
        f"{escape(document['report'])} {escape(document['app_version'])}, "
        f"{escape(document['generated_at'])}</small></p>"
    )

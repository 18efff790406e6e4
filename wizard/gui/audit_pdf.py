"""An audit as a PDF beside its JSON twin (``audit --report``, and "Save a report…"
in the window, in the person's language): what was not spot, each finding with its
date, meaning, record, amount and the record's own words, what was read and what
the exchange's records cannot show, and the twin's SHA-256."""

from __future__ import annotations

from datetime import datetime
from html import escape
from typing import Any

from wizard.audit.model import MEANINGS
from wizard.gui.colours import CRITICAL_RED, MARK_COLOURS
from wizard.i18n import EXCHANGE_NAMES, RIGHT_TO_LEFT, Translate, english


def audit_html(
    document: dict[str, Any], json_digest: str, translate: Translate = english, language: str = "en"
) -> str:
    """Every value escaped (it comes from the exchange's records); names, amounts
    and the record's own words kept left to right inside right-to-left text."""
    direction = "rtl" if language in RIGHT_TO_LEFT else "ltr"
    align = "right" if direction == "rtl" else "left"
    exchange = EXCHANGE_NAMES.get(document["exchange"], document["exchange"])
    days = (datetime.fromisoformat(document["to"]) - datetime.fromisoformat(document["from"])).days

    def latin(value: object) -> str:  # isolated left to right (Qt's rich text ignores dir)
        return f"\u2066{escape(str(value))}\u2069"

    findings = document["findings"]
    if findings:
        said = translate("Audit", "{count} records were not spot trading:").format(
            count=len(findings)
        )
        verdict = f"<h2 style='color:{CRITICAL_RED}'>{escape(said)}</h2>"
        rows = "".join(
            "<tr>"
            f"<td>{latin(f['at'][:10])}</td>"
            f"<td><b style='color:{CRITICAL_RED}'>"
            f"{escape(translate('Audit', MEANINGS.get(f['kind'], f['kind'])))}</b>"
            f"<br/>{latin(f['kind'])}</td>"
            f"<td>{latin(f['product'])}</td>"
            f"<td>{latin(f['amount'] + ' ' + f['asset'])}</td>"
            f"<td>{latin(f['detail'])}</td>"
            "</tr>"
            for f in findings
        )
        headings = "".join(
            f"<th>{escape(text)}</th>"
            for text in (
                translate("AuditReport", "Date"),
                translate("AuditReport", "What it means"),
                translate("AuditReport", "Record"),
                translate("AuditReport", "Amount"),
                translate("AuditReport", "The record says"),
            )
        )
        table = (
            f"<table dir='{direction}' align='{align}' cellpadding='3' border='1' "
            f"cellspacing='0'><tr>{headings}</tr>{rows}</table>"
        )
    else:
        said = translate("Audit", "Nothing but spot trades in the last {days} days.").format(
            days=days
        )
        verdict = f"<h2 style='color:{MARK_COLOURS['pass']}'>{escape(said)}</h2>"
        table = ""

    def listed(lines: list[str]) -> str:
        return "".join(f"<li>{escape(translate('AuditRecords', line))}</li>" for line in lines)

    about = translate(
        "AuditReport",
        "Key {label} on {exchange}, from {start} to {end}: {requests} requests to the exchange.",
    ).format(
        label=latin(document["label"]),
        exchange=escape(exchange),
        start=latin(document["from"][:10]),
        end=latin(document["to"][:10]),
        requests=document["requests"],
    )
    # Texts apart from the markup: lupdate does not read inside f-strings.
    title = translate("AuditReport", "What the account did")
    read = translate("Audit", "What was read:")
    twin = translate("Report", "SHA-256 of the JSON twin:")
    cannot_show = translate(
        "Audit", "What {exchange}'s records cannot show, so this check did not see:"
    ).format(exchange=exchange)
    return (
        f"<div dir='{direction}'>"
        f"<h1>{escape(title)}</h1>"
        f"{verdict}"
        f"<p>{about}</p>"
        f"{table}"
        f"<h3>{escape(read)}</h3>"
        f"<ul>{listed(document['read'])}</ul>"
        f"<h3>{escape(cannot_show)}</h3><ul>{listed(document['not_visible'])}</ul>"
        f"<p><small>{escape(twin)} "
        f"{latin(json_digest)}<br/>"
        f"{latin(document['report'] + ' ' + document['app_version'])}, "
        f"{latin(document['generated_at'])}</small></p>"
        "</div>"
    )

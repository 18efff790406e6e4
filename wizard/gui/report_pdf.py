"""The verification report as a PDF (Qt's own PDF writer), beside its JSON twin,
with the twin's SHA-256 printed on it so the two can be matched later."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

from wizard.gui.colours import CRITICAL_RED
from wizard.i18n import RIGHT_TO_LEFT, Translate, english
from wizard.report import digest, report_json


def _words(translate: Translate) -> dict[str, str]:
    """The PDF's own headings, translated (plain calls, so lupdate finds them)."""
    return {
        "yes": translate("Report", "yes"),
        "no": translate("Report", "no"),
        "unknown": translate("Report", "not reported"),
        "title": translate("Report", "Key verification report"),
        "exchange": translate("Report", "Exchange"),
        "key": translate("Report", "Key"),
        "key_type": translate("Report", "Key type"),
        "verified_at": translate("Report", "Verified at"),
        "can_do": translate("Report", "What the key can do"),
        "findings": translate("Report", "Findings"),
        "no_findings": translate("Report", "No findings."),
        "account": translate("Report", "The account"),
        "checklist": translate("Report", "Checklist answers"),
        "digest": translate("Report", "SHA-256 of the JSON twin:"),
    }


# What a PDF holds, from its document, its JSON twin's digest, the translator and
# the language.
PdfContent = Callable[[dict[str, Any], str, Translate, str], str]


def report_html(
    document: dict[str, Any], json_digest: str, translate: Translate = english, language: str = "en"
) -> str:
    """The PDF's content: the report's one model as the document holds it
    (``wizard.report.build_report``); every value escaped (it may come from the
    exchange)."""
    w = {key: escape(text) for key, text in _words(translate).items()}
    v = document["verification"]
    direction = "rtl" if language in RIGHT_TO_LEFT else "ltr"

    def yes_no(value: object) -> str:
        return w["unknown"] if value is None else (w["yes"] if value else w["no"])

    def marked(text: str, mark: str) -> str:
        shown = escape(text)
        return f"<b style='color:{CRITICAL_RED}'>{shown}</b>" if mark == "critical" else shown

    rows = "".join(
        f"<tr><td>{escape(p['label'])}</td><td>{marked(p['words'], p['mark'])}"
        + (f"<br/>{escape(p['confirmed'])}" if p.get("confirmed") else "")
        + f"</td><td>{escape(p['meaning'])}</td></tr>"
        for p in document["permission_meanings"].values()
    )
    severity = document["severity_labels"]
    flags = (
        "".join(
            "<p>"
            + marked(f"{severity.get(f['severity'], f['severity'])}: {f['title']}", f["severity"])
            + f"<br/>{escape(f['message'])}<br/>{escape(f['lead'] + f['fix'])}</p>"
            for f in document["findings"]
        )
        or f"<p>{w['no_findings']}</p>"
    )
    labels = document["account_labels"]
    switches = "".join(
        f"<li>{escape(labels.get(name, name))}: {yes_no(value)}</li>"
        for name, value in document["account_switches"].items()
    )
    checklist = (
        "".join(
            f"<li>{escape(line['page'])}: {escape(line['item'])} — {yes_no(line['done'])}</li>"
            for line in document.get("checklist_words", [])
        )
        or "<li>—</li>"
    )
    about = [
        (w["exchange"], document["exchange"], "auto"),
        (w["key"], document["masked_key"], "ltr"),
        (w["key_type"], document.get("key_type_words") or document["key_type"], "auto"),
        (w["verified_at"], in_words(v["verified_at"], language), "auto"),
    ]
    about_rows = "".join(
        f"<tr><td>{label}</td><td dir='{text_direction}'>{escape(str(value))}</td></tr>"
        for label, value, text_direction in about
    )
    # Tables start at the side the language is read from.
    table = f"dir='{direction}' align='{'right' if direction == 'rtl' else 'left'}'"
    facts = "".join(f"<li>{escape(line)}</li>" for line in document["facts"])
    unreported = (
        f"<p>{escape(document['unreported_note'])}</p>" if document["unreported_note"] else ""
    )
    return (
        f"<div dir='{direction}'>"
        f"<h1>{w['title']}</h1>"
        f"<h2>{escape(document['verdict_sentence'])}</h2>"
        f"<table {table} cellpadding='3'>{about_rows}</table>"
        f"<ul>{facts}</ul>"
        f"<h3>{w['can_do']}</h3>"
        f"<table {table} cellpadding='3' border='1' cellspacing='0'>{rows}</table>{unreported}"
        f"<h3>{w['findings']}</h3>{flags}"
        f"<h3>{w['account']}</h3><ul>{switches}</ul>"
        f"<h3>{w['checklist']}</h3><ul>{checklist}</ul>"
        f"<p><small>{w['digest']} <span dir='ltr'>{json_digest}</span><br/>"
        f"{escape(document['report'])} {escape(document['app_version'])}, "
        f"{escape(in_words(document['generated_at'], language))}</small></p></div>"
    )


def in_words(timestamp: str, language: str) -> str:
    """``2026-12-07T07:00:00Z`` as the language writes a date and time (the JSON
    twin keeps the exact timestamp)."""
    from PySide6.QtCore import QDateTime, QLocale, Qt

    moment = QDateTime.fromString(timestamp, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return timestamp
    locale = QLocale("en" if language == "pseudo" else language)
    return locale.toString(moment.toUTC(), QLocale.FormatType.LongFormat).replace(
        "Coordinated Universal Time", "UTC"
    )


def save_report(
    document: dict[str, Any],
    pdf_path: Path,
    translate: Translate = english,
    language: str = "en",
    html: PdfContent | None = None,
) -> tuple[Path, str]:
    """Write the PDF and its JSON twin (same name, .json). Returns (json path, digest).
    ``html``: the PDF's content from the document, the twin's digest, the translator
    and the language (default: a verification report's). Needs a QGuiApplication
    (fonts)."""
    from PySide6.QtCore import QMarginsF, Qt
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument, QTextOption

    json_text = report_json(document)
    json_digest = digest(json_text)
    json_path = pdf_path.with_suffix(".json")
    json_path.write_text(json_text, encoding="utf-8")

    writer = QPdfWriter(str(pdf_path))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(document["report"])
    text = QTextDocument()
    option = QTextOption()
    option.setTextDirection(
        Qt.LayoutDirection.RightToLeft
        if language in RIGHT_TO_LEFT
        else Qt.LayoutDirection.LeftToRight
    )
    text.setDefaultTextOption(option)
    text.setHtml((html or report_html)(document, json_digest, translate, language))
    _without_an_orphan_page(text, writer)
    text.print_(writer)
    return json_path, json_digest


def _without_an_orphan_page(text: Any, writer: Any) -> None:
    """A last page holding only the footer is folded back: the text is set a little
    smaller until the footer shares its page with the report (at most three steps).
    Measured on a copy laid out as printing lays it out (the page in screen pixels)."""
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QGuiApplication

    screen_dpi = (
        QGuiApplication.primaryScreen().logicalDotsPerInch()
        if QGuiApplication.primaryScreen()
        else 96.0
    )
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    scale = screen_dpi / writer.resolution()
    height = page.height() * scale
    for _ in range(3):
        probe = text.clone()
        probe.setPageSize(QSizeF(page.width() * scale, height))
        pages = probe.pageCount()
        footer_top = probe.documentLayout().blockBoundingRect(probe.lastBlock()).top()
        if pages == 1 or footer_top > (pages - 1) * height + 1:
            return  # one page, or the footer does not begin the last page
        font = text.defaultFont()
        font.setPointSizeF(font.pointSizeF() * 0.92)
        text.setDefaultFont(font)


def save_report_without_window(
    document: dict[str, Any],
    pdf_path: Path,
    html: PdfContent | None = None,
) -> tuple[Path, str]:
    """For the command line: a window-less Qt application just for fonts."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        application = QGuiApplication(["halal-key-wizard", "-platform", "offscreen"])
        result = save_report(document, pdf_path, html=html)
        del application
        return result
    return save_report(document, pdf_path, html=html)

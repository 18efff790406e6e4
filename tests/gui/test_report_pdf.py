"""The verification report: a JSON twin with every permission and flag and their
meaning, the PDF with the twin's SHA-256, and never a secret."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.helpers.cli import run_scenario
from wizard.gui.report_pdf import report_html, save_report
from wizard.report import build_report, digest, report_json
from wizard.sim.scenarios import binance_scenario
from wizard.sim.server import Simulator
from wizard.verify.model import Credentials
from wizard.verify.service import verify_key_blocking

pytestmark = pytest.mark.gui


def _report(simulator: Simulator, name: str) -> tuple[dict[str, object], Credentials]:
    scenario = binance_scenario(name)
    credentials = Credentials(scenario.api_key, scenario.secret)
    report = verify_key_blocking("binance", credentials, api_url=simulator.base_url)
    document = build_report(
        report,
        masked_key=credentials.masked_key,
        key_type="hmac",
        checklist={"secure-account": {"authenticator": True}},
    )
    return document, credentials


def test_report_holds_every_permission_and_flag_and_no_secret(binance_sim: Simulator) -> None:
    document, credentials = _report(binance_sim, "options_transfers")
    text = report_json(document)
    verification = document["verification"]
    assert isinstance(verification, dict)
    codes = [flag["code"] for flag in verification["flags"]]
    assert codes == [
        "options_enabled",
        "universal_transfer_enabled",
        "internal_transfer_enabled",
        "borrowing_not_blockable",
        "borrowing_not_blockable",
    ]
    assert set(document["flag_titles"]) == set(codes)  # type: ignore[arg-type]
    assert document["confirmations"] == []
    meanings = document["permission_meanings"]
    assert isinstance(meanings, dict)
    assert set(meanings) == set(verification["permissions"])
    assert all(entry["meaning"] for entry in meanings.values())
    assert document["checklist"] == {"secure-account": {"authenticator": True}}
    assert credentials.secret not in text
    assert credentials.api_key not in text
    assert document["masked_key"] == "…" + credentials.api_key[-4:]


def test_pdf_and_twin_match_by_digest(qtbot: QtBot, binance_sim: Simulator, tmp_path: Path) -> None:
    document, credentials = _report(binance_sim, "withdraw")
    pdf = tmp_path / "report.pdf"
    json_path, json_digest = save_report(document, pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert json_path == tmp_path / "report.json"
    assert digest(json_path.read_text(encoding="utf-8")) == json_digest
    assert json_digest in report_html(document, json_digest)
    for path in (pdf, json_path):
        assert credentials.secret.encode() not in path.read_bytes()


def test_right_to_left_report(binance_sim: Simulator) -> None:
    document, _ = _report(binance_sim, "clean")
    html = report_html(document, "0" * 64, language="ar")
    assert html.startswith("<div dir='rtl'>")
    assert "<span dir='ltr'>" + "0" * 64 in html


def test_exchange_text_is_escaped(binance_sim: Simulator) -> None:
    document, _ = _report(binance_sim, "clean")
    verification = document["verification"]
    assert isinstance(verification, dict)
    verification["balances"] = {"<img src=x>": "1"}
    assert "<img" not in report_html(document, "0" * 64)


def test_verify_report_on_the_command_line(
    monkeypatch: pytest.MonkeyPatch, binance_sim: Simulator, tmp_path: Path
) -> None:
    target = tmp_path / "check.pdf"
    result = run_scenario(
        monkeypatch, binance_sim, binance_scenario("withdraw"), "--report", str(target), "--json"
    )
    assert result.exit_code == 1
    assert target.read_bytes().startswith(b"%PDF")
    twin = json.loads((tmp_path / "check.json").read_text(encoding="utf-8"))
    assert twin["verification"]["verdict"] == "fail"
    assert digest((tmp_path / "check.json").read_text(encoding="utf-8")) in result.stderr


def test_the_pdf_speaks_in_words_not_identifiers(binance_sim: Simulator) -> None:
    scenario = binance_scenario("clean")
    credentials = Credentials(scenario.api_key, scenario.secret)
    report = verify_key_blocking("binance", credentials, api_url=binance_sim.base_url)
    document = build_report(
        report,
        masked_key=credentials.masked_key,
        key_type="ed25519",
        checklist={"secure-account": {"authenticator": True}},
        checklist_words=[("Secure your account", "Two-factor sign-in uses an app", True)],
    )
    html = report_html(document, "0" * 64)
    assert "secure-account" not in html
    assert "authenticator:" not in html
    assert "Secure your account: Two-factor sign-in uses an app — yes" in html
    assert "only its public half (Ed25519)" in html
    assert document["verification"]["verified_at"] not in html  # a date in words instead
    assert document["checklist"] == {"secure-account": {"authenticator": True}}  # twin keeps ids


def test_right_to_left_tables_start_at_the_right(binance_sim: Simulator) -> None:
    document, _ = _report(binance_sim, "clean")
    assert "<table dir='rtl' align='right'" in report_html(document, "0" * 64, language="ar")
    assert "<table dir='ltr' align='left'" in report_html(document, "0" * 64, language="en")


def test_no_page_holds_only_the_footer(
    qtbot: QtBot, binance_sim: Simulator, tmp_path: Path
) -> None:
    """Each findings list long enough to spill onto a new page: the last page must
    hold more than the footer (the digest line)."""
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QGuiApplication, QPdfWriter, QTextDocument

    from wizard.gui.report_pdf import _without_an_orphan_page

    document, _ = _report(binance_sim, "withdraw")
    facts = list(document["facts"])  # type: ignore[arg-type]
    for padding in range(0, 70):  # one line more each time: some end right at a page
        document["facts"] = facts + [f"line {n}" for n in range(padding)]
        writer = QPdfWriter(str(tmp_path / "report.pdf"))
        text = QTextDocument()
        text.setHtml(report_html(document, "0" * 64))
        _without_an_orphan_page(text, writer)
        scale = QGuiApplication.primaryScreen().logicalDotsPerInch() / writer.resolution()
        page = writer.pageLayout().paintRectPixels(writer.resolution())
        probe = text.clone()
        probe.setPageSize(QSizeF(page.width() * scale, page.height() * scale))
        last_page_top = (probe.pageCount() - 1) * page.height() * scale
        footer_top = probe.documentLayout().blockBoundingRect(probe.lastBlock()).top()
        assert probe.pageCount() == 1 or footer_top > last_page_top + 1, padding

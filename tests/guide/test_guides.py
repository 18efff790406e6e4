"""Every exchange's guide: complete pages, a help for every checklist item, a
permission panel with a picture, and only literal sentences (translatable)."""

from __future__ import annotations

import ast
import pkgutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

import wizard.guide
from wizard.exchanges import exchange as exchange_facts
from wizard.flow import PageId
from wizard.guide import ExchangeGuide, PageText, guide_for
from wizard.i18n import EXCHANGE_NAMES
from wizard.resources import resource_path

GUIDE_DIR = Path(wizard.guide.__file__).parent
EXCHANGES = sorted(
    module.name for module in pkgutil.iter_modules(wizard.guide.__path__) if module.name != "common"
)
SVG = "{http://www.w3.org/2000/svg}"
# What Qt's SVG renderer draws reliably, with no filters, fonts or foreign content.
BASIC_ELEMENTS = {"svg", "rect", "path", "line", "text", "circle"}
# Pages whose checklist items mean the same on every exchange keep the same ids.
SAME_IDS = {
    PageId.SECURE: {"authenticator", "identity"},
    PageId.CREATE: {"created"},
    PageId.PERMISSIONS: {"matches"},
    PageId.IP_WHITELIST: {"restricted"},
}


def _texts(page: PageText) -> Iterator[str]:
    yield page.title
    yield page.subtitle
    yield from page.paragraphs
    for item in page.checklist:
        yield item.text
        yield item.help


def _all_texts(guide: ExchangeGuide) -> Iterator[str]:
    for page in guide.pages.values():
        yield from _texts(page)
    for box in guide.permission_panel:
        yield box.label
        yield box.reason


def _marked_literals() -> set[str]:
    """Every text marked with QT_TRANSLATE_NOOP in the guide modules, as lupdate sees it."""
    marked = set()
    for path in GUIDE_DIR.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP":
                context, text = node.args
                where = f"{path.name}:{node.lineno}"
                assert isinstance(context, ast.Constant), where
                assert context.value == "Guide", where
                assert isinstance(text, ast.Constant), f"{where}: not a literal"
                assert isinstance(text.value, str), where
                marked.add(text.value)
    return marked


def test_every_exchange_in_the_welcome_list_has_a_guide() -> None:
    assert set(EXCHANGES) == set(EXCHANGE_NAMES)
    assert set(wizard.guide.GUIDED_EXCHANGES) <= set(EXCHANGES)


@pytest.mark.parametrize("exchange", EXCHANGES)
def test_guide_is_complete(exchange: str) -> None:
    guide = guide_for(exchange)
    assert guide.exchange == exchange
    assert guide.name == EXCHANGE_NAMES[exchange]
    assert guide.api_management_url.startswith("https://")
    assert set(guide.pages) == set(PageId)
    for page_id, page in guide.pages.items():
        assert page.title.strip(), page_id
        assert page.subtitle.strip(), page_id
        ids = [item.id for item in page.checklist]
        assert len(ids) == len(set(ids)), page_id
        for item in page.checklist:
            assert item.text.strip(), (page_id, item.id)
            assert item.help.strip(), (page_id, item.id)
    for page_id, ids in SAME_IDS.items():
        assert {item.id for item in guide.pages[page_id].checklist} == ids, page_id
    assert guide.pages[PageId.DERIVATIVES].checklist


@pytest.mark.parametrize("exchange", EXCHANGES)
def test_pages_fit_where_the_widgets_go(exchange: str) -> None:
    """The pages insert widgets between paragraphs by position: the name field after
    the second paragraph of "Create", the addresses after the lead of "IP" (which
    says to enter "the addresses below")."""
    pages = guide_for(exchange).pages
    assert len(pages[PageId.CREATE].paragraphs) >= 2
    assert pages[PageId.CREATE].paragraphs[1].endswith(":")
    assert pages[PageId.IP_WHITELIST].paragraphs[0].endswith("below.")
    assert pages[PageId.PERMISSIONS].paragraphs  # the picture goes after the first


@pytest.mark.parametrize("exchange", EXCHANGES)
def test_panel_has_boxes_to_tick_and_boxes_never_to_tick(exchange: str) -> None:
    panel = guide_for(exchange).permission_panel
    assert any(box.enable for box in panel)
    assert any(not box.enable for box in panel)
    labels = [box.label for box in panel]
    assert len(labels) == len(set(labels))
    assert all(box.label.strip() and box.reason.strip() for box in panel)


@pytest.mark.parametrize("exchange", EXCHANGES)
def test_panel_picture_is_basic_svg_showing_every_box(exchange: str) -> None:
    guide = guide_for(exchange)
    path = resource_path(f"pictures/{guide.panel_picture}")
    assert path.is_file()
    root = ET.parse(path).getroot()
    assert root.tag == f"{SVG}svg"
    assert root.get("width") == "440"
    elements = {element.tag.removeprefix(SVG) for element in root.iter()}
    assert elements <= BASIC_ELEMENTS, elements - BASIC_ELEMENTS
    drawn = {element.text for element in root.iter(f"{SVG}text")}
    assert {box.label for box in guide.permission_panel} <= drawn


@pytest.mark.parametrize("exchange", EXCHANGES)
def test_panel_picture_renders_in_qt(exchange: str) -> None:
    from PySide6.QtSvg import QSvgRenderer

    path = resource_path(f"pictures/{guide_for(exchange).panel_picture}")
    assert QSvgRenderer(str(path)).isValid()


def test_every_text_is_a_marked_literal() -> None:
    """A sentence built at run time would be missing from the translations."""
    marked = _marked_literals()
    for exchange in EXCHANGES:
        for text in _all_texts(guide_for(exchange)):
            assert text.strip(), exchange
            assert text == text.strip(), (exchange, text)
            assert "  " not in text, (exchange, text)  # a missing or doubled space at a join
            assert text in marked, (exchange, text)


def test_only_binance_takes_a_key_pair_made_here() -> None:
    assert {e for e in EXCHANGES if exchange_facts(e).self_generated_keys} == {"binance"}


@pytest.mark.parametrize("name", ["common", "nowhere", "../binance", "Binance"])
def test_no_guide_for_other_names(name: str) -> None:
    with pytest.raises(ValueError, match="no guide"):
        guide_for(name)


@pytest.mark.parametrize("exchange", EXCHANGES)
def test_every_box_can_be_framed_in_its_picture(exchange: str) -> None:
    """The verification page frames wrong boxes by their label: every label must be
    written in the picture exactly so, or the frame would silently be missing."""
    from wizard.panel_picture import marked_picture

    guide = guide_for(exchange)
    svg = resource_path(f"pictures/{guide.panel_picture}").read_text(encoding="utf-8")
    labels = [box.label for box in guide.permission_panel]
    picture, framed = marked_picture(svg, labels, "#ff0000")
    assert framed == tuple(labels)
    assert picture.count(b'stroke="#ff0000"') == len(labels)


@pytest.mark.parametrize("exchange", EXCHANGES)
def test_each_box_sets_permissions_the_report_knows(exchange: str) -> None:
    from dataclasses import fields

    from wizard.verify.model import Permissions

    known = {field.name for field in fields(Permissions)}
    panel = guide_for(exchange).permission_panel
    for box in panel:
        assert set(box.fields) <= known, box.label
    # Withdrawals are on every exchange's panel, and a key that has them is framed.
    assert any("withdraw" in box.fields and not box.enable for box in panel)


def test_the_boxes_to_change_are_those_setting_a_switched_permission() -> None:
    from wizard.guide import boxes_to_change

    panel = guide_for("bybit").permission_panel
    wrong = boxes_to_change(panel, ["futures", "ip_restricted"])
    assert [box.label for box in wrong] == [
        "Contracts: Orders, Positions",
        "Unified Trading: Trade",
        "USDC Contracts: Trade",
    ]
    assert boxes_to_change(panel, []) == ()

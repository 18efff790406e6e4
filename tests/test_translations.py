"""Translations: every language complete with its placeholders and shortcuts intact,
and no text a person sees left outside the translation system."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from wizard.i18n import SHIPPED_LANGUAGES

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = SHIPPED_LANGUAGES


def _messages(language: str) -> list[tuple[str, str, ET.Element | None]]:
    root = ET.parse(ROOT / "translations" / f"wizard_{language}.ts").getroot()
    found = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            found.append(
                (
                    context.findtext("name") or "",
                    message.findtext("source") or "",
                    message.find("translation"),
                )
            )
    return found


def _shortcuts(text: str) -> int:
    return text.count("&") - 2 * text.count("&&")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_finished(language: str) -> None:
    unfinished = [
        f"[{context}] {source[:50]}"
        for context, source, node in _messages(language)
        if node is None or node.get("type") is not None or not (node.text or "").strip()
    ]
    assert unfinished == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_and_shortcuts_survive(language: str) -> None:
    broken = []
    for context, source, node in _messages(language):
        text = node.text or "" if node is not None else ""
        if sorted(re.findall(r"\{\w+\}", source)) != sorted(re.findall(r"\{\w+\}", text)):
            broken.append(f"placeholders [{context}] {source[:40]} -> {text[:40]}")
        if _shortcuts(source) != _shortcuts(text):
            broken.append(f"shortcut [{context}] {source[:40]} -> {text[:40]}")
    assert broken == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_source_text_is_in_the_translation(language: str) -> None:
    """The .ts files follow the code: a text added without scripts/translations fails."""
    import subprocess
    import sys
    import tempfile

    sources = sorted(str(p) for p in (ROOT / "wizard").rglob("*.py"))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / "fresh.ts"
        subprocess.run(
            [str(lupdate), "-no-obsolete", "-locations", "none", *sources, "-ts", str(fresh)],
            check=True,
            capture_output=True,
        )
        root = ET.parse(fresh).getroot()
        wanted = {
            (c.findtext("name"), m.findtext("source"))
            for c in root.iter("context")
            for m in c.iter("message")
        }
    have = {(context, source) for context, source, _ in _messages(language)}
    assert sorted(wanted - have) == []


# Qt calls whose first argument is text a person reads.
_TEXT_CALLS = {
    "setText",
    "setTitle",
    "setSubTitle",
    "setToolTip",
    "setAccessibleName",
    "setAccessibleDescription",
    "setWindowTitle",
    "setPlaceholderText",
    "addItem",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QToolButton",
    "text_label",
}


def test_no_visible_text_outside_translate() -> None:
    """A literal string handed straight to a widget would never be translated."""
    offenders = []
    for path in sorted((ROOT / "wizard" / "gui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = (
                node.func.attr
                if isinstance(node.func, ast.Attribute)
                else getattr(node.func, "id", "")
            )
            first = node.args[0]
            if (
                name in _TEXT_CALLS
                and isinstance(first, ast.Constant)
                and isinstance(first.value, str)
                and first.value.strip()
            ):
                offenders.append(f"{path.name}:{node.lineno} {first.value[:40]!r}")
            if name in _TEXT_CALLS and isinstance(first, ast.JoinedStr):
                offenders.append(f"{path.name}:{node.lineno} f-string")
    assert offenders == []


def test_every_marker_names_its_context_and_text_literally() -> None:
    """lupdate reads ``QT_TRANSLATE_NOOP("Context", "text")`` and ``translate(...)``
    only with literal strings: a variable there hides the text from translators."""
    offenders = []
    for path in sorted((ROOT / "wizard").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            if node.func.id != "QT_TRANSLATE_NOOP" or len(node.args) != 2:
                continue
            if not all(
                isinstance(arg, ast.Constant) and isinstance(arg.value, str) for arg in node.args
            ):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []

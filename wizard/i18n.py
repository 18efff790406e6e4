"""The translation marker and the exchanges' display names: tiny on purpose, so
that the first page can use them without loading anything else."""

from __future__ import annotations

from collections.abc import Callable

from wizard.exchanges import NAMES

Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` and return it unchanged."""
    return text


def english(context: str, text: str) -> str:
    """The identity translation used by the command line."""
    return text


# The languages the wizard ships a translation of (English is the source language).
SHIPPED_LANGUAGES = ("ar", "ur", "ms", "id", "tr")
RIGHT_TO_LEFT = frozenset({"ar", "ur", "fa", "he"})  # languages written right to left

EXCHANGE_NAMES = NAMES  # as people read them

"""What each page says, per exchange: texts, checklists, the permission panel.

Plain data, free of Qt. Named tuples rather than dataclasses: this module is on
the way to the first page, and ``dataclasses`` costs a few milliseconds to
import. Every sentence is marked with ``QT_TRANSLATE_NOOP`` in context
``"Guide"``; pages translate it when shown.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from typing import NamedTuple

from wizard.exchanges import IDS
from wizard.flow import PageId
from wizard.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Guide"


class CheckItem(NamedTuple):
    """Something the person confirms by ticking; ``help`` answers "How?"."""

    id: str
    text: str
    help: str


class PageText(NamedTuple):
    title: str
    subtitle: str
    paragraphs: tuple[str, ...] = ()
    checklist: tuple[CheckItem, ...] = ()


class PanelBox(NamedTuple):
    """One box of the exchange's permission panel, as the exchange names it (and as
    its picture writes it). ``fields``: the key's permissions the box sets, as
    ``wizard.verify.model.Permissions`` names them (none: the answer cannot show
    this box, e.g. Binance's leveraged tokens)."""

    label: str
    enable: bool
    reason: str
    fields: tuple[str, ...] = ()


def boxes_to_change(panel: tuple[PanelBox, ...], switched: Iterable[str]) -> tuple[PanelBox, ...]:
    """The boxes of ``panel`` that set a permission the exchange showed the other
    way round from what a spot-only key needs (``switched``: those permissions)."""
    wrong = set(switched)
    return tuple(box for box in panel if wrong.intersection(box.fields))


class ExchangeGuide(NamedTuple):
    exchange: str
    name: str
    api_management_url: str
    pages: dict[PageId, PageText]
    permission_panel: tuple[PanelBox, ...]
    panel_picture: str  # file name in resources/pictures/


# The exchanges the wizard's pages guide through: all of them (wizard/exchanges.py).
GUIDED_EXCHANGES = IDS


def guide_for(exchange: str) -> ExchangeGuide:
    """The guide of ``exchange``: the ``GUIDE`` of the module ``wizard.guide.<exchange>``,
    imported only when asked for, so the first page loads no exchange's texts."""
    module_name = f"{__name__}.{exchange}"
    if not exchange.isidentifier() or exchange == "common":
        raise ValueError(f"no guide for {exchange}")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as error:
        if error.name != module_name:
            raise  # the guide exists but something it imports is missing
        raise ValueError(f"no guide for {exchange}") from error
    guide = getattr(module, "GUIDE", None)
    if not isinstance(guide, ExchangeGuide):
        raise ValueError(f"no guide for {exchange}")
    return guide


# Reached from every page through Help.
LEAK_TITLE = QT_TRANSLATE_NOOP("Guide", "My key may have leaked")
LEAK_STEPS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "Guide",
        "Open the exchange yourself: type its address or use its app. "
        "Do not follow a link from an email or a message.",
    ),
    QT_TRANSLATE_NOOP(
        "Guide",
        "Go to API Management and delete the key. It stops working "
        "at once, wherever it was copied to.",
    ),
    QT_TRANSLATE_NOOP(
        "Guide", "Look through your open orders and recent trades for anything you did not do."
    ),
    QT_TRANSLATE_NOOP(
        "Guide",
        "If something is wrong, contact the exchange's support and "
        "send them the times and order numbers you found.",
    ),
    QT_TRANSLATE_NOOP(
        "Guide",
        "Make a new key, then replace the old one here: on the first page choose "
        '"Replace (rotate) a key I set up before".',
    ),
    QT_TRANSLATE_NOOP(
        "Guide", "Check that your account's two-factor sign-in and email address are still yours."
    ),
)
FAQ: tuple[tuple[str, str], ...] = (
    (
        QT_TRANSLATE_NOOP("Guide", "Why must withdrawals stay off?"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "A trading bot only buys and sells inside your account. "
            "With withdrawals off, even a stolen key cannot move "
            "your coins out.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Guide", "Why limit the key to IP addresses?"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "The exchange then refuses the key from any other "
            "computer, so a copied key is useless to a thief.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Guide", "I switched on futures or margin before. What now?"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "Close every open position, repay any loan, move the "
            "funds back to Spot, and close those accounts. Then "
            "make a new key: the old one may carry the old "
            "permissions.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Guide", "How often should I replace the key?"),
        QT_TRANSLATE_NOOP(
            "Guide",
            "Every 90 days, or at once if you think it leaked. The "
            "wizard tells you when the date comes.",
        ),
    ),
)

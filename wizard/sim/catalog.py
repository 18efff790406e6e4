"""Which exchanges the simulator speaks, and their practice keys, loaded on demand.

Each exchange's protocol lives in ``wizard.sim.<exchange>``, which names its venue
class in ``VENUE_CLASS`` and its practice keys in ``PRACTICE_KEYS``; the records its
practice accounts keep live in ``wizard.sim.<exchange>_history`` (``HISTORIES``).
"""

from __future__ import annotations

import importlib
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Protocol

from wizard.exchanges import IDS
from wizard.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from wizard.sim.server import Venue

SIMULATED_EXCHANGES = IDS


class PracticeKey(Protocol):
    """A ready-made key of the simulator: what it is called and what signs with it."""

    @property
    def name(self) -> str: ...

    @property
    def title(self) -> str: ...

    @property
    def api_key(self) -> str: ...

    @property
    def secret(self) -> str: ...

    @property
    def passphrase(self) -> str | None: ...

    @property
    def history(self) -> str: ...  # what the account's records hold (HISTORIES)


def _module(exchange: str) -> object:
    if exchange not in SIMULATED_EXCHANGES:
        raise ValueError(f"no simulator for {exchange}")
    return importlib.import_module(f"wizard.sim.{exchange}")


# What a practice account's records hold (``HISTORIES`` of each exchange), as the
# audit's list of practice accounts names it.
HISTORY_TITLES = {
    "clean": QT_TRANSLATE_NOOP("Practice", "A bot that traded spot only"),
    "margin_loan": QT_TRANSLATE_NOOP("Practice", "A bot that borrowed on margin"),
    "earn": QT_TRANSLATE_NOOP("Practice", "A bot that put coins in Earn"),
    "futures": QT_TRANSLATE_NOOP("Practice", "A bot that traded futures"),
    "futures_transfer": QT_TRANSLATE_NOOP("Practice", "A bot that moved coins to futures"),
    "withdrawal": QT_TRANSLATE_NOOP("Practice", "A bot that withdrew coins"),
}


def make_venue(exchange: str) -> Venue:
    """The exchange's simulated protocol, knowing every practice key and account."""
    venue_class: Any = getattr(_module(exchange), "VENUE_CLASS")  # noqa: B009
    venue: Venue = venue_class((*practice_keys(exchange), *practice_accounts(exchange)))
    return venue


def practice_keys(exchange: str) -> tuple[PracticeKey, ...]:
    keys: tuple[PracticeKey, ...] = getattr(_module(exchange), "PRACTICE_KEYS")  # noqa: B009
    return keys


def practice_accounts(exchange: str) -> tuple[PracticeKey, ...]:
    """Keys of practice accounts whose records hold a month of a bot's doing, one per
    history the exchange's simulator keeps: the safest practice key on an account
    with that history (``history-<name>``)."""
    histories: tuple[str, ...] = importlib.import_module(f"wizard.sim.{exchange}_history").HISTORIES
    safest: Any = practice_keys(exchange)[0]
    return tuple(
        replace(safest, name=f"history-{history}", title=HISTORY_TITLES[history], history=history)
        for history in histories
    )


def practice_key(exchange: str, name: str) -> PracticeKey:
    for key in practice_keys(exchange):
        if key.name == name:
            return key
    raise KeyError(f"{exchange}:{name}")

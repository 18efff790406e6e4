"""Which exchanges the simulator speaks, and their practice keys, loaded on demand.

Each exchange's protocol lives in ``wizard.sim.<exchange>``, which names its venue
class in ``VENUE_CLASS`` (built with its practice keys by default) and its practice
keys in ``PRACTICE_KEYS``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Protocol

from wizard.exchanges import IDS

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


def _module(exchange: str) -> object:
    if exchange not in SIMULATED_EXCHANGES:
        raise ValueError(f"no simulator for {exchange}")
    return importlib.import_module(f"wizard.sim.{exchange}")


def make_venue(exchange: str) -> Venue:
    """The exchange's simulated protocol, knowing every practice key."""
    venue: Venue = getattr(_module(exchange), "VENUE_CLASS")()  # noqa: B009
    return venue


def practice_keys(exchange: str) -> tuple[PracticeKey, ...]:
    keys: tuple[PracticeKey, ...] = getattr(_module(exchange), "PRACTICE_KEYS")  # noqa: B009
    return keys


def practice_key(exchange: str, name: str) -> PracticeKey:
    for key in practice_keys(exchange):
        if key.name == name:
            return key
    raise KeyError(f"{exchange}:{name}")

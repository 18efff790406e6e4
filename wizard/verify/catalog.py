"""Which exchanges can be verified, and their adapters, loaded only when needed.

Each exchange's adapter lives in ``wizard.verify.exchanges.<exchange>`` and names
its class in ``ADAPTER_CLASS``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from wizard.exchanges import IDS

if TYPE_CHECKING:
    from wizard.verify.exchanges.base import Adapter

SUPPORTED_EXCHANGES = IDS


def adapter_for(exchange: str) -> Adapter:
    if exchange not in SUPPORTED_EXCHANGES:
        raise ValueError(f"unsupported exchange: {exchange}")
    module = importlib.import_module(f"wizard.verify.exchanges.{exchange}")
    adapter: Adapter = module.ADAPTER_CLASS()
    return adapter


def check_names(exchange: str) -> tuple[str, ...]:
    """The checks a verification of ``exchange`` reports progress for, in order."""
    return tuple(probe.name for probe in adapter_for(exchange).probes)


def asset_name(exchange: str, code: str) -> str:
    """A coin as people know it (Kraken's ``XXBT`` is BTC): the exchange module's
    ``asset_name`` where it has one, else the exchange's own code."""
    module = importlib.import_module(f"wizard.verify.exchanges.{exchange}")
    readable = getattr(module, "asset_name", None)
    return str(readable(code)) if readable is not None else code

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

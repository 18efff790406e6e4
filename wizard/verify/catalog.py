"""Which exchanges can be verified, and their adapters, loaded only when needed."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wizard.verify.exchanges.base import Adapter

SUPPORTED_EXCHANGES = ("binance", "bybit")


def adapter_for(exchange: str) -> Adapter:
    if exchange == "binance":
        from wizard.verify.exchanges.binance import BinanceAdapter

        return BinanceAdapter()
    if exchange == "bybit":
        from wizard.verify.exchanges.bybit import BybitAdapter

        return BybitAdapter()
    raise ValueError(f"unsupported exchange: {exchange}")


def check_names(exchange: str) -> tuple[str, ...]:
    """The checks a verification of ``exchange`` reports progress for, in order."""
    return tuple(probe.name for probe in adapter_for(exchange).probes)

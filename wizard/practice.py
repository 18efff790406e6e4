"""Practice mode: the built-in simulated exchange on 127.0.0.1 with ready-made keys.

Free of Qt. Nothing in practice mode touches the real keychain. The simulated
exchange follows the one chosen on the first page: ``select`` switches it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from wizard.sim.catalog import PracticeKey, make_venue, practice_key, practice_keys
from wizard.sim.server import Simulator


@dataclass
class PracticeExchange:
    """A running simulator of one exchange and the practice keys it knows."""

    latency_ms: int = 0
    exchange: str = "binance"
    _simulator: Simulator | None = field(default=None, init=False, repr=False)

    def select(self, exchange: str) -> None:
        """Practise on ``exchange`` from now on (its simulator starts when first used)."""
        if exchange != self.exchange:
            self.stop()
            self.exchange = exchange

    def start(self) -> str:
        if self._simulator is None:
            self._simulator = Simulator(make_venue(self.exchange), latency_ms=self.latency_ms)
            self._simulator.start()
        return self._simulator.base_url

    @property
    def api_url(self) -> str:
        return self.start()

    @property
    def scenarios(self) -> tuple[PracticeKey, ...]:
        return practice_keys(self.exchange)

    def use(self, scenario: PracticeKey) -> None:
        """Make the simulated exchange's clock match what the practice key teaches."""
        self.start()
        assert self._simulator is not None
        self._simulator.clock_offset_ms = getattr(scenario, "clock_offset_ms", 0)

    def register_public_key(self, public_pem: str) -> str:
        """Paste a public key into the practice exchange; returns its new API key."""
        self.start()
        assert self._simulator is not None
        register = getattr(self._simulator.venue, "register_public_key", None)
        if register is None:
            raise ValueError(f"{self.exchange} does not take self-made keys")
        api_key: str = register(public_pem, "made on this computer")
        return api_key

    def scenario(self, name: str) -> PracticeKey:
        return practice_key(self.exchange, name)

    def stop(self) -> None:
        if self._simulator is not None:
            self._simulator.stop()
            self._simulator = None

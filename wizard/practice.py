"""Practice mode: the built-in simulated exchange on 127.0.0.1 with ready-made keys.

Free of Qt. Nothing in practice mode touches the real keychain.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from wizard.sim.binance import BinanceVenue
from wizard.sim.scenarios import BINANCE_SCENARIOS, Scenario
from wizard.sim.server import Simulator


@dataclass
class PracticeExchange:
    """A running simulator and the practice keys it knows."""

    latency_ms: int = 0
    scenarios: tuple[Scenario, ...] = BINANCE_SCENARIOS
    _simulator: Simulator | None = field(default=None, init=False, repr=False)

    def start(self) -> str:
        if self._simulator is None:
            self._simulator = Simulator(BinanceVenue(self.scenarios), latency_ms=self.latency_ms)
            self._simulator.start()
        return self._simulator.base_url

    @property
    def api_url(self) -> str:
        return self.start()

    def use(self, scenario: Scenario) -> None:
        """Make the simulated exchange's clock match what the scenario teaches."""
        self.start()
        assert self._simulator is not None
        self._simulator.clock_offset_ms = scenario.clock_offset_ms

    def register_public_key(self, public_pem: str) -> str:
        """Paste a public key into the practice exchange; returns its new API key."""
        self.start()
        assert self._simulator is not None
        venue = self._simulator.venue
        assert isinstance(venue, BinanceVenue)
        return venue.register_public_key(public_pem, "made on this computer")

    def scenario(self, name: str) -> Scenario:
        return next(s for s in self.scenarios if s.name == name)

    def stop(self) -> None:
        if self._simulator is not None:
            self._simulator.stop()
            self._simulator = None

"""Practice mode: the built-in simulated exchange on 127.0.0.1 with ready-made keys.

Free of Qt. Nothing in practice mode touches the real keychain. The simulated
exchange follows the one chosen on the first page: ``select`` switches it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from wizard.exchanges import DEFAULT as DEFAULT_EXCHANGE
from wizard.sim.catalog import PracticeKey, make_venue, practice_key, practice_keys
from wizard.sim.server import Simulator


@dataclass
class PracticeExchange:
    """A running simulator of one exchange and the practice keys it knows."""

    latency_ms: int = 0
    exchange: str = DEFAULT_EXCHANGE
    # One per exchange practised on, kept until the end: a public key pasted into
    # one stays known there when the person switches away and back.
    _simulators: dict[str, Simulator] = field(default_factory=dict, init=False, repr=False)

    def select(self, exchange: str) -> None:
        """Practise on ``exchange`` from now on (its simulator starts when first used)."""
        self.exchange = exchange

    @property
    def _simulator(self) -> Simulator | None:
        return self._simulators.get(self.exchange)

    def start(self) -> str:
        simulator = self._simulator
        if simulator is None:
            simulator = Simulator(make_venue(self.exchange), latency_ms=self.latency_ms)
            simulator.start()
            self._simulators[self.exchange] = simulator
        return simulator.base_url

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
        for simulator in self._simulators.values():
            simulator.stop()
        self._simulators.clear()

"""Keeping an audit's requests within the exchange's own rate limits.

Requests are sent at once unless a limit would be passed; then a request waits for
its turn, and the ones after it wait behind it. Each exchange module names its limits
(``LIMITS``) and what each of its calls costs against which limit (``COSTS``, by
the ccxt method's name), as its documentation states them:

- ``Window``: at most ``amount`` (requests, or weight) in any ``seconds``, as most
  exchanges count (Binance's weight a minute, OKX's "5 requests per 2 seconds").
  Every window is taken ``SLACK`` seconds longer than documented: the network can
  bring two requests closer together than they left.
- ``Counter``: Kraken's call counter, which each call raises by its cost and
  which falls at a steady rate; a call may go while the counter stays at or below
  its maximum.

A 30-day audit stays far inside every limit and never waits; a long one, or an
account with many pages of records, is paced.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

SLACK = 0.25  # seconds added to every window


class Limit(Protocol):
    def turn(self, now: float, cost: float) -> float:
        """Book a request of ``cost`` that could go at ``now``: when it may go."""
        ...


@dataclass
class Window:
    amount: float
    seconds: float
    _sent: deque[tuple[float, float]] = field(default_factory=deque, init=False, repr=False)

    def turn(self, now: float, cost: float) -> float:
        if cost > self.amount:
            raise ValueError(f"a request of {cost} can never fit in {self.amount}")
        length = self.seconds + SLACK
        at = max(now, self._sent[-1][0]) if self._sent else now
        while self._sent and self._sent[0][0] + length <= at:
            self._sent.popleft()  # out of the window by then
        spent = sum(cost for _, cost in self._sent)
        while spent + cost > self.amount:
            left, its_cost = self._sent.popleft()  # wait until the oldest is out
            at = max(at, left + length)
            spent -= its_cost
        self._sent.append((at, cost))
        return at


@dataclass
class Counter:
    most: float
    fall_per_second: float
    _level: float = field(default=0.0, init=False)
    _at: float = field(default=float("-inf"), init=False)

    def turn(self, now: float, cost: float) -> float:
        if cost > self.most:
            raise ValueError(f"a request of {cost} can never fit under {self.most}")
        at = max(now, self._at)
        level = self._fallen_to(at)
        at += max(0.0, level + cost - self.most) / self.fall_per_second
        self._level = self._fallen_to(at) + cost
        self._at = at
        return at

    def _fallen_to(self, at: float) -> float:
        if self._at == float("-inf"):
            return 0.0
        return max(0.0, self._level - (at - self._at) * self.fall_per_second)


def each_its_own(costs: Mapping[str, float]) -> dict[str, tuple[str, float]]:
    """Costs of calls that each have a limit of their own, named as the call."""
    return {call: (call, cost) for call, cost in costs.items()}


class Pacer:
    """When each of an audit's requests may go, by the ccxt method it calls."""

    def __init__(
        self,
        limits: Mapping[str, Limit],
        costs: Mapping[str, tuple[str, float]],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        unknown = {limit for limit, _ in costs.values()} - set(limits)
        if unknown:
            raise ValueError(f"costs against limits not named: {sorted(unknown)}")
        self.limits = limits
        self.costs = costs
        self.clock = clock
        self._names: dict[Any, str] = {}

    def knowing(self, client: Any) -> Pacer:
        """Tell ``client``'s methods apart (a bound method has no name of its own in
        ccxt: its implicit methods are made from the exchange's API table)."""
        self._names = {getattr(client, name): name for name in self.costs}
        return self

    def wait(self, call: Any) -> float:
        """Book ``call``'s request: seconds to wait before sending it. A call
        without a documented cost is refused: unknown is never taken as free."""
        name = self._names.get(call, call if isinstance(call, str) else "")
        if name not in self.costs:
            raise KeyError(f"no rate-limit cost is known for {name or call!r}")
        limit, cost = self.costs[name]
        now = self.clock()
        return max(0.0, self.limits[limit].turn(now, cost) - now)

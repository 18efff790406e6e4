"""An audit's requests within each exchange's rate limits: the limits' arithmetic
with a clock of the test's own, then a long audit on the Bybit simulator, whose
requests are seen arriving no faster than Bybit allows."""

from __future__ import annotations

import io
import sys
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.helpers.cli import run_cli
from wizard.audit.pacing import SLACK, Counter, Pacer, Window
from wizard.sim.bybit import BYBIT_SCENARIOS, BybitVenue
from wizard.sim.server import Simulator
from wizard.store.keychain import Keychain

arrivals = st.lists(
    st.tuples(st.floats(0, 10, allow_nan=False), st.integers(1, 5)), min_size=1, max_size=60
).map(sorted)


@given(arrivals, st.integers(5, 12), st.sampled_from([1.0, 2.0, 60.0]))
def test_no_window_ever_holds_more_than_its_amount(
    requests: list[tuple[float, int]], amount: int, seconds: float
) -> None:
    window = Window(amount, seconds)
    sent = [(window.turn(arrived, cost), cost) for arrived, cost in requests]
    for (at, _), (arrived, _) in zip(sent, requests, strict=True):
        assert at >= arrived
    assert [at for at, _ in sent] == sorted(at for at, _ in sent)  # in the order asked
    length = seconds + SLACK - 1e-9  # a request sent as another leaves is not in with it
    for end, _ in sent:
        assert sum(cost for at, cost in sent if end - length < at <= end) <= amount


@given(arrivals)
def test_krakens_counter_never_passes_its_maximum(requests: list[tuple[float, int]]) -> None:
    counter = Counter(15, 0.33)
    level, last = 0.0, 0.0
    for arrived, cost in requests:
        at = counter.turn(arrived, cost)
        assert at >= max(arrived, last)
        level = max(0.0, level - (at - last) * 0.33) + cost  # worked out apart
        assert level <= 15 + 1e-9
        last = at


def test_requests_go_at_once_until_a_limit_is_reached_then_wait_their_turn() -> None:
    okx_trading_bills = Window(5, 2)  # "5 requests per 2 seconds"
    assert [okx_trading_bills.turn(0.0, 1) for _ in range(7)] == [0.0] * 5 + [2 + SLACK] * 2
    kraken = Counter(15, 0.33)
    sent = [kraken.turn(0.0, 2) for _ in range(9)]
    assert sent[:7] == [0.0] * 7  # 14 of 15
    assert sent[7] == pytest.approx(1 / 0.33)  # waits until the counter is down to 13
    assert sent[8] == pytest.approx(sent[7] + 2 / 0.33)


def test_a_call_of_no_known_cost_is_refused_never_taken_as_free() -> None:
    pacer = Pacer({"v3": Window(30, 1)}, {"v3_private_get_brokerage_accounts": ("v3", 1)})
    assert pacer.wait("v3_private_get_brokerage_accounts") == 0
    with pytest.raises(KeyError):
        pacer.wait("v3_private_post_brokerage_orders")
    with pytest.raises(ValueError, match="limits not named"):
        Pacer({}, {"v2_private_get_accounts": ("v2", 1)})
    with pytest.raises(ValueError, match="never fit"):
        Window(5, 2).turn(0.0, 6)


def test_a_years_audit_sends_no_faster_than_bybit_allows(
    monkeypatch: pytest.MonkeyPatch, secret_service: Keychain
) -> None:
    """53 weeks of transaction log, 25 requests a second at most (Bybit's limit):
    asked all at once, the exchange would refuse them (retCode 10006)."""
    key = BYBIT_SCENARIOS[0]
    with Simulator(BybitVenue()) as simulator:
        monkeypatch.setattr(sys, "stdin", io.StringIO(f"{key.api_key}\n{key.secret}\n"))
        url = ["--api-url", simulator.base_url]
        stored = run_cli(monkeypatch, ["store", "--exchange", "bybit", "--label", "bot", *url])
        assert stored.exit_code == 0
        simulator.recorded.clear()
        result = run_cli(monkeypatch, ["audit", "--label", "bot", "--days", "365", "--json", *url])
        log = [r.received_at for r in simulator.recorded if r.path.endswith("transaction-log")]
    assert result.exit_code == 0, result.stdout + result.stderr
    assert len(log) == 53
    busiest = max(sum(1 for at in log if start <= at < start + 1) for start in log)
    assert busiest <= 25
    assert all(later >= earlier for earlier, later in pairwise(log))

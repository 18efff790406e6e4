"""What one ``audit`` of 30 days, and of a year, costs on each exchange it reads: the
requests it sends and the network round trips they take (requests sent at once
share one; a year's requests also wait for the exchange's rate limits, which the
round trips then include).

Stores each exchange's clean practice key in a real keychain (GNOME Keyring in a
D-Bus session of its own, started here) and times ``audit --json`` (in this
process, through the real ccxt client) against the loopback simulator with no added
latency and with 500 ms added to every request. Prints per exchange

    requests, round trips = (median at +500 ms - median at 0 ms) / 500 ms, and the
    median at 0 ms (where waiting for a rate limit shows)

Usage: python benchmarks/audit_round_trips.py [RUNS] [DAYS…]   (default: 3 30 365)
"""

from __future__ import annotations

import io
import json
import os
import statistics
import sys
import time
from contextlib import redirect_stderr, redirect_stdout
from typing import Any

from check_round_trips import in_a_keychain_session

LATENCY_MS = 500


def measure(exchange: str, runs: int, days: int) -> tuple[int, float, float]:
    from wizard import cli
    from wizard.sim.catalog import make_venue, practice_key
    from wizard.sim.server import Simulator
    from wizard.store.index import KeyIndex
    from wizard.store.keys import KeyStore

    for record in KeyIndex().load():
        KeyStore().remove(record.label)
    key: Any = practice_key(exchange, "clean")
    medians = []
    requests = 0
    with Simulator(make_venue(exchange)) as simulator:
        lines = [key.api_key, key.secret, *([key.passphrase] if key.passphrase else [])]
        sys.stdin = io.StringIO("\n".join(lines) + "\n")
        store = ["store", "--exchange", exchange, "--label", "bench", "--api-url"]
        with redirect_stdout(io.StringIO()):
            assert cli.main([*store, simulator.base_url]) == 0
        for latency in (0, LATENCY_MS):
            simulator.latency_ms = latency
            timings = []
            for run in range(runs + 1):
                out = io.StringIO()
                started = time.perf_counter()
                with redirect_stdout(out), redirect_stderr(io.StringIO()):
                    audit = ["audit", "--label", "bench", "--json", "--days", str(days)]
                    code = cli.main([*audit, "--api-url", simulator.base_url])
                elapsed = time.perf_counter() - started
                if code != 0:
                    raise SystemExit(f"{exchange}: audit ended with {code}: {out.getvalue()}")
                requests = json.loads(out.getvalue())["requests"]
                if run:  # the first is a warm-up
                    timings.append(elapsed)
            medians.append(statistics.median(timings))
    return requests, (medians[1] - medians[0]) / (LATENCY_MS / 1000), medians[0]


def main() -> None:
    if os.environ.get("HALAL_BENCHMARK_SESSION") != "1":
        in_a_keychain_session(__file__)
    from wizard.exchanges import IDS

    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    periods = [int(days) for days in sys.argv[2:]] or [30, 365]
    print(f"runs: {runs}, simulated latency {LATENCY_MS} ms")
    for days in periods:
        for exchange in IDS:
            requests, trips, quiet = measure(exchange, runs, days)
            print(
                f"{days:3d} days  {exchange:9s} requests {requests:3d}   round trips {trips:.2f}"
                f"   seconds with no latency {quiet:.2f}"
            )


if __name__ == "__main__":
    main()

"""How many network round trips one ``verify`` costs.

Runs ``halal-key-wizard verify`` (in this process, through the real ccxt client)
against the loopback Binance simulator with no added latency and with 500 ms
added to every request, and prints

    round trips per verification: (median at +500 ms - median at 0 ms) / 500 ms

Budget (DESIGN.md): at most 1.2. Usage: python benchmarks/verify_round_trips.py [RUNS]
"""

from __future__ import annotations

import io
import os
import statistics
import sys
import time
from contextlib import redirect_stdout

from wizard import cli
from wizard.sim.binance import BinanceVenue
from wizard.sim.scenarios import binance_scenario
from wizard.sim.server import Simulator

LATENCY_MS = 500


def time_verifications(latency_ms: int, runs: int) -> list[float]:
    scenario = binance_scenario("clean")
    os.environ[cli.ENV_KEY] = scenario.api_key
    os.environ[cli.ENV_SECRET] = scenario.secret
    timings = []
    with Simulator(BinanceVenue(), latency_ms=latency_ms) as simulator:
        args = ["verify", "--exchange", "binance", "--api-url", simulator.base_url, "--json"]
        cli.main(args)  # warm-up: imports and first connection set-up are not measured
        for _ in range(runs):
            started = time.perf_counter()
            with redirect_stdout(io.StringIO()):
                code = cli.main(args)
            timings.append(time.perf_counter() - started)
            if code != 0:
                raise SystemExit(f"verify exited {code}")
    return timings


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    with redirect_stdout(io.StringIO()):
        base = time_verifications(0, runs)
        slow = time_verifications(LATENCY_MS, runs)
    base_ms = statistics.median(base) * 1000
    slow_ms = statistics.median(slow) * 1000
    print(f"runs per setting: {runs}")
    print(f"median verification at +0 ms latency:   {base_ms:8.1f} ms")
    print(f"median verification at +{LATENCY_MS} ms latency: {slow_ms:8.1f} ms")
    print(f"round trips per verification: {(slow_ms - base_ms) / LATENCY_MS:.2f}")


if __name__ == "__main__":
    main()

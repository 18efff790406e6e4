"""How many network round trips one ``verify`` costs, per exchange.

Runs ``halal-key-wizard verify`` (in this process, through the real ccxt client)
against each loopback simulator with no added latency and with 500 ms added to
every request, and prints per exchange

    (median at +500 ms - median at 0 ms) / 500 ms

and, last, the largest: ``round trips per verification: X``.
Budget (README, For developers): at most 1.2. Usage: python benchmarks/verify_round_trips.py [RUNS]
"""

from __future__ import annotations

import io
import os
import statistics
import sys
import time
from contextlib import redirect_stdout

from wizard import cli
from wizard.sim.catalog import SIMULATED_EXCHANGES, make_venue, practice_key
from wizard.sim.server import Simulator

LATENCY_MS = 500


def time_verifications(exchange: str, latency_ms: int, runs: int) -> list[float]:
    clean = practice_key(exchange, "clean")
    os.environ[cli.ENV_KEY] = clean.api_key
    os.environ[cli.ENV_SECRET] = clean.secret
    os.environ.pop(cli.ENV_PASSPHRASE, None)
    if clean.passphrase is not None:
        os.environ[cli.ENV_PASSPHRASE] = clean.passphrase
    timings = []
    with Simulator(make_venue(exchange), latency_ms=latency_ms) as simulator:
        args = ["verify", "--exchange", exchange, "--api-url", simulator.base_url, "--json"]
        with redirect_stdout(io.StringIO()):
            cli.main(args)  # warm-up: imports and first connection set-up are not measured
        for _ in range(runs):
            started = time.perf_counter()
            with redirect_stdout(io.StringIO()):
                code = cli.main(args)
            timings.append(time.perf_counter() - started)
            if code != 0:
                raise SystemExit(f"{exchange}: verify exited {code}")
    return timings


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    print(f"runs per setting: {runs}")
    worst = 0.0
    for exchange in SIMULATED_EXCHANGES:
        base_ms = statistics.median(time_verifications(exchange, 0, runs)) * 1000
        slow_ms = statistics.median(time_verifications(exchange, LATENCY_MS, runs)) * 1000
        trips = (slow_ms - base_ms) / LATENCY_MS
        worst = max(worst, trips)
        print(
            f"{exchange:8s} +0 ms: {base_ms:7.1f} ms   +{LATENCY_MS} ms: {slow_ms:7.1f} ms"
            f"   round trips: {trips:.2f}"
        )
    print(f"round trips per verification: {worst:.2f}")


if __name__ == "__main__":
    main()

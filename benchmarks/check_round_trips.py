"""How many network round trips ``check --all`` costs, with one stored key and with
five: the keys are verified at once, so five should cost what one costs.

Stores 1 and then 5 practice Binance keys in a real keychain (GNOME Keyring in a
D-Bus session of its own, started here) and times ``check --all --json`` (in this
process, through the real ccxt client) against the loopback simulator with no added
latency and with 500 ms added to every request. Prints per key count

    (median at +500 ms - median at 0 ms) / 500 ms

and, last, ``five keys / one key: X`` (1.0 when the keys are checked at once, 5.0
one after the other). Usage: python benchmarks/check_round_trips.py [RUNS]
"""

from __future__ import annotations

import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import replace
from pathlib import Path

LATENCY_MS = 500
ROOT = Path(__file__).resolve().parent.parent


def in_a_keychain_session(script_path: str = __file__) -> None:
    """Run ``script_path`` (this script) again inside a D-Bus session with an unlocked
    GNOME Keyring."""
    home = tempfile.mkdtemp()
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_DATA_HOME=f"{home}/data",
        XDG_CONFIG_HOME=f"{home}/config",
        HALAL_BENCHMARK_SESSION="1",
    )
    script = (
        "printf %s keychain-for-benchmark | gnome-keyring-daemon --unlock "
        f"--components=secrets >/dev/null; exec {sys.executable} {script_path} "
        + " ".join(sys.argv[1:])
    )
    finished = subprocess.run(["dbus-run-session", "--", "bash", "-c", script], env=env, cwd=ROOT)
    sys.exit(finished.returncode)


def time_checks(keys: int, latency_ms: int, runs: int) -> list[float]:
    from wizard import cli
    from wizard.sim.binance import BinanceVenue
    from wizard.sim.scenarios import BINANCE_SCENARIOS
    from wizard.sim.server import Simulator
    from wizard.store.index import KeyIndex
    from wizard.store.keys import KeyStore

    clean = next(s for s in BINANCE_SCENARIOS if s.name == "clean")
    scenarios = [replace(clean, name=f"benchmark-{n}") for n in range(keys)]
    for record in KeyIndex().load():  # from the key count before
        KeyStore().remove(record.label)
    with Simulator(BinanceVenue(scenarios)) as simulator:
        for number, scenario in enumerate(scenarios):
            sys.stdin = io.StringIO(f"{scenario.api_key}\n{scenario.secret}\n")
            args = ["store", "--exchange", "binance", "--label", f"bot{number}"]
            with redirect_stdout(io.StringIO()):
                assert cli.main([*args, "--api-url", simulator.base_url]) == 0
        simulator.latency_ms = latency_ms
        args = ["check", "--all", "--json", "--api-url", simulator.base_url]
        timings = []
        for run in range(runs + 1):
            started = time.perf_counter()
            with redirect_stdout(io.StringIO()), redirect_stderr(io.StringIO()):
                code = cli.main(args)
            if code not in (0, 3):
                raise SystemExit(f"check failed with exit code {code}")
            if run:  # the first is a warm-up: imports and connection set-up
                timings.append(time.perf_counter() - started)
    return timings


def main() -> None:
    if os.environ.get("HALAL_BENCHMARK_SESSION") != "1":
        in_a_keychain_session()
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    trips = {}
    for keys in (1, 5):
        fast = statistics.median(time_checks(keys, 0, runs))
        slow = statistics.median(time_checks(keys, LATENCY_MS, runs))
        trips[keys] = (slow - fast) / (LATENCY_MS / 1000)
        print(
            f"{keys} key(s): median {fast * 1000:6.0f} ms, +{LATENCY_MS} ms latency: "
            f"{slow * 1000:6.0f} ms, round trips {trips[keys]:.2f}"
        )
    print(f"runs: {runs}")
    print(f"five keys / one key: {trips[5] / trips[1]:.2f}")


if __name__ == "__main__":
    main()

"""The ``practice`` command: the built-in practice exchanges on 127.0.0.1, for trying
the command line (``--api-url``) without a real key. The keys it prints are public
practice values: they open nothing but these simulators."""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from typing import Any

from wizard.cli import ENV_KEY, ENV_PASSPHRASE, ENV_SECRET, EXIT_OK, UsageError


def command_practice(args: argparse.Namespace) -> int:
    from wizard.sim.catalog import SIMULATED_EXCHANGES, make_venue, practice_keys
    from wizard.sim.server import Simulator

    exchanges = SIMULATED_EXCHANGES if args.exchange == "all" else (args.exchange,)
    if args.port and len(exchanges) > 1:
        raise UsageError("--port needs one --exchange: each exchange listens on its own port")
    simulators = [Simulator(make_venue(exchange), port=args.port or 0) for exchange in exchanges]
    try:
        for simulator in simulators:
            simulator.start()
    except OSError as error:
        for simulator in simulators:
            simulator.stop()
        raise UsageError(f"cannot listen on 127.0.0.1:{args.port}: {error.strerror}") from None
    served: dict[str, Any] = {
        exchange: {
            "api_url": simulator.base_url,
            "keys": [
                {
                    "name": key.name,
                    "title": key.title,
                    "api_key": key.api_key,
                    "secret": key.secret,
                    "passphrase": key.passphrase,
                }
                for key in practice_keys(exchange)
            ],
        }
        for exchange, simulator in zip(exchanges, simulators, strict=True)
    }
    if args.json:
        print(json.dumps({"exchanges": served}, indent=2), flush=True)
    else:
        print(_described(served), flush=True)
    _wait_for_an_end()
    for simulator in simulators:
        simulator.stop()
    return EXIT_OK


def _described(served: dict[str, Any]) -> str:
    lines = [
        "Practice exchanges on this computer (Ctrl-C ends them). Their keys open "
        "nothing anywhere else.",
        "",
    ]
    for exchange, entry in served.items():
        lines.append(f"{exchange}: {entry['api_url']}")
        for key in entry["keys"]:
            secret = key["secret"]
            shown = secret if "\n" not in secret else "(a private key in PEM: see --json)"
            lines.append(f"  {key['name']:<20} {key['title']}")
            lines.append(f"    {ENV_KEY}={key['api_key']}")
            lines.append(f"    {ENV_SECRET}={shown}")
            if key["passphrase"]:
                lines.append(f"    {ENV_PASSPHRASE}={key['passphrase']}")
        lines.append("")
    first, entry = next(iter(served.items()))
    lines.append(
        "Try: HALAL_API_KEY=… HALAL_API_SECRET=… halal-key-wizard verify "
        f"--exchange {first} --api-url {entry['api_url']}"
    )
    return "\n".join(lines)


def _wait_for_an_end() -> None:
    """Until Ctrl-C or a termination request; short waits so Ctrl-C reaches Python on
    every platform."""
    ended = threading.Event()
    if hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, lambda *_: ended.set())
    try:
        while not ended.wait(0.5):
            pass
    except KeyboardInterrupt:
        print("", file=sys.stderr)

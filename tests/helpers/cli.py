"""The real command line, run in this process or as a program of its own."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Mapping, Sequence
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from typing import Any

import pytest

from wizard import cli
from wizard.sim.scenarios import Scenario
from wizard.sim.server import Simulator


@dataclass
class CliResult:
    exit_code: int
    stdout: str
    stderr: str

    @property
    def document(self) -> dict[str, Any]:
        parsed = json.loads(self.stdout)
        assert isinstance(parsed, dict)
        return parsed


def run_cli(
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    *,
    api_key: str | None = None,
    secret: str | None = None,
    passphrase: str | None = None,
) -> CliResult:
    """Run the real command line in this process, with the key in the environment."""
    for name, value in (
        (cli.ENV_KEY, api_key),
        (cli.ENV_SECRET, secret),
        (cli.ENV_PASSPHRASE, passphrase),
    ):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = cli.main(args)
        except SystemExit as leave:
            code = leave.code if isinstance(leave.code, int) else 1
    return CliResult(code, out.getvalue(), err.getvalue())


def store_key(
    monkeypatch: pytest.MonkeyPatch, simulator: Simulator, scenario: Scenario, label: str = "bot"
) -> CliResult:
    """``store`` a Binance practice key as ``label``, the key and secret piped in."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{scenario.api_key}\n{scenario.secret}\n"))
    return run_cli(
        monkeypatch,
        ["store", "--exchange", "binance", "--label", label, "--api-url", simulator.base_url],
    )


def verify_args(simulator: Simulator, *extra: str) -> list[str]:
    return ["verify", "--exchange", "binance", "--api-url", simulator.base_url, *extra]


def run_scenario(
    monkeypatch: pytest.MonkeyPatch, simulator: Simulator, scenario: Scenario, *extra: str
) -> CliResult:
    return run_cli(
        monkeypatch,
        verify_args(simulator, *extra),
        api_key=scenario.api_key,
        secret=scenario.secret,
    )


def run_program(
    *args: str,
    program: Sequence[str] = (sys.executable, "-m", "wizard"),
    stdin: str | None = None,
    env: Mapping[str, str] | None = None,
    set_env: Mapping[str, str] | None = None,
    drop_env: Sequence[str] = (),
) -> subprocess.CompletedProcess[str]:
    """The wizard as a program of its own (by default ``python -m wizard``), as a
    person or a script starts it. ``env``: the whole environment (this one by
    default); ``set_env``/``drop_env``: changes to it."""
    environment = dict(os.environ if env is None else env)
    for name in drop_env:
        environment.pop(name, None)
    environment.update(set_env or {})
    return subprocess.run(
        [*program, *args],
        input=stdin,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def run_apart(*args: str, **options: Any) -> CliResult:
    """``run_program``, read as ``run_cli`` reads the command line run in this process
    (for ``exec``, whose program takes the process's place)."""
    finished = run_program(*args, **options)
    return CliResult(finished.returncode, finished.stdout, finished.stderr)

"""The command line's edges: a language it does not ship, no display, a missing OKX
passphrase, a secret of the wrong form, a reader that goes away, usage errors asked
for as JSON, no keychain for ``list``, fixes that name its own commands, and the
practice exchanges started from it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers.cli import run_cli, run_program
from wizard.sim.catalog import make_venue, practice_key
from wizard.sim.server import Simulator
from wizard.verify.model import Flag, Severity
from wizard.verify.texts import flag_wording


@pytest.mark.slow
def test_an_unknown_language_is_a_usage_error_naming_the_languages() -> None:
    result = run_program("--lang", "klingon")
    assert result.returncode == 64
    assert "invalid choice: 'klingon'" in result.stderr
    for code in ("en", "ar", "ur", "ms", "id", "tr"):
        assert f"'{code}'" in result.stderr


@pytest.mark.slow
def test_no_display_is_said_with_the_command_line_instead() -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = run_program(env=env)
    assert result.returncode == 69
    assert "No display" in result.stderr
    assert "halal-key-wizard verify --help" in result.stderr
    assert "xcb" not in result.stderr  # not Qt's own abort


def test_okx_without_its_passphrase_is_a_usage_error_and_sends_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    key = practice_key("okx", "clean")
    with Simulator(make_venue("okx")) as simulator:
        result = run_cli(
            monkeypatch,
            ["verify", "--exchange", "okx", "--api-url", simulator.base_url],
            api_key=key.api_key,
            secret=key.secret,
        )
        assert simulator.recorded == []
    assert result.exit_code == 64
    assert "set HALAL_API_PASSPHRASE" in result.stderr


def test_a_kraken_secret_that_is_not_base64_is_named_as_such(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    key = practice_key("kraken", "clean")
    with Simulator(make_venue("kraken")) as simulator:
        result = run_cli(
            monkeypatch,
            ["verify", "--exchange", "kraken", "--api-url", simulator.base_url, "--json"],
            api_key=key.api_key,
            secret="not base64 at all!",
        )
        private = [r for r in simulator.recorded if "/private/" in r.path]
    assert result.exit_code == 2
    error = result.document["error"]
    assert error["code"] == "bad_signature"
    assert "The secret is not in the form" not in error["message"]  # that is the title
    assert "its form is wrong, so nothing was sent" in error["message"]
    assert private == []


@pytest.mark.slow
def test_a_reader_that_goes_away_ends_it_quietly() -> None:
    key = practice_key("binance", "clean")
    with Simulator(make_venue("binance")) as simulator:
        env = dict(os.environ, HALAL_API_KEY=key.api_key, HALAL_API_SECRET=key.secret)
        verify = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "wizard",
                "verify",
                "--exchange",
                "binance",
                "--api-url",
                simulator.base_url,
            ],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert verify.stdout is not None
        verify.stdout.close()  # like `| head -0`: nobody reads what it prints
        _, errors = verify.communicate(timeout=60)
    assert "Traceback" not in errors
    assert "BrokenPipeError" not in errors
    assert verify.returncode == 141


@pytest.mark.parametrize(
    "args",
    [
        ["verify", "--json", "--exchange", "nowhere"],  # refused by the parser
        ["verify", "--json"],  # neither --exchange nor --label
        ["verify", "--json", "--exchange", "binance"],  # no key in the environment
        ["verify", "--json", "--exchange", "binance", "--confirm", "borrowing"],
    ],
)
def test_usage_errors_asked_for_as_json_are_json(
    monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    result = run_cli(monkeypatch, args)
    assert result.exit_code == 64
    error = result.document["error"]
    assert error["code"] == "usage"
    assert error["message"]
    assert "--help" in error["fix"]


@pytest.mark.slow
def test_list_without_a_keychain_says_so(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    env["XDG_CONFIG_HOME"] = str(tmp_path)
    env["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=/nonexistent/bus"
    result = run_program("list", env=env)
    assert result.returncode == 2
    assert "No keychain is available" in result.stderr
    assert "No keys are stored" not in result.stdout


def test_the_command_lines_fix_for_an_old_key_names_rotate() -> None:
    flag = Flag("rotation_due", Severity.WARNING, {"days": "120"})
    terminal = flag_wording(flag, "binance", terminal=True)
    assert "halal-key-wizard rotate --label" in terminal.fix
    assert "first page" in flag_wording(flag, "binance").fix  # the wizard's own words


@pytest.mark.slow
def test_practice_starts_the_exchanges_and_prints_their_keys() -> None:
    env = dict(os.environ)
    with subprocess.Popen(
        [sys.executable, "-m", "wizard", "practice", "--exchange", "kraken", "--json"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as practice:
        try:
            assert practice.stdout is not None
            lines = []
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                lines.append(practice.stdout.readline())
                if lines[-1].rstrip() == "}":
                    break
            served = json.loads("".join(lines))["exchanges"]["kraken"]
            assert served["api_url"].startswith("http://127.0.0.1:")
            clean = next(key for key in served["keys"] if key["name"] == "clean")
            verify = run_program(
                "verify",
                "--exchange",
                "kraken",
                "--api-url",
                served["api_url"],
                "--json",
                env=dict(env, HALAL_API_KEY=clean["api_key"], HALAL_API_SECRET=clean["secret"]),
            )
            assert verify.returncode == 0, verify.stderr
            assert json.loads(verify.stdout)["exchange"] == "kraken"
        finally:
            practice.terminate()
            practice.communicate(timeout=30)
    assert practice.returncode == 0


def test_practice_takes_a_port_only_for_one_exchange(monkeypatch: pytest.MonkeyPatch) -> None:
    result = run_cli(monkeypatch, ["practice", "--port", "8765"])
    assert result.exit_code == 64
    assert "--port needs one --exchange" in result.stderr

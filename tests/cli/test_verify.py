"""The command line's contract: exit codes, usage errors, the readable table."""

from __future__ import annotations

import json
import os
import sys

import pytest

from tests.helpers.cli import run_cli, run_program, run_scenario, verify_args
from wizard.sim.scenarios import binance_scenario
from wizard.sim.server import Simulator

REPORT_KEYS = {
    "exchange",
    "verified_at",
    "verdict",
    "permissions",
    "ip_whitelist",
    "key_created_at",
    "rotation_due",
    "clock_skew_ms",
    "balances",
    "flags",
    "confirmed_by_person",
}


def test_report_document_has_exactly_the_contract_keys(
    monkeypatch: pytest.MonkeyPatch, binance_sim: Simulator
) -> None:
    document = run_scenario(
        monkeypatch, binance_sim, binance_scenario("withdraw"), "--json"
    ).document
    assert set(document) == REPORT_KEYS
    assert document["exchange"] == "binance"
    assert all(set(flag) == {"code", "severity", "message", "fix"} for flag in document["flags"])
    assert all(isinstance(amount, str) for amount in document["balances"].values())


@pytest.mark.parametrize(
    ("scenario", "strict", "exit_code"),
    [
        ("clean", False, 0),
        ("clean", True, 1),  # warnings: what spot trading opens on Binance
        ("read_only", False, 0),
        ("read_only", True, 1),
        ("withdraw", False, 1),
    ],
)
def test_exit_codes(
    monkeypatch: pytest.MonkeyPatch,
    binance_sim: Simulator,
    scenario: str,
    strict: bool,
    exit_code: int,
) -> None:
    extra = ("--strict",) if strict else ()
    result = run_scenario(monkeypatch, binance_sim, binance_scenario(scenario), *extra)
    assert result.exit_code == exit_code


@pytest.mark.parametrize(
    "args",
    [
        ["verify"],
        ["verify", "--exchange", "mtgox"],
        ["verify", "--exchange", "binance", "--api-url", "ftp://127.0.0.1"],
        ["verify", "--exchange", "binance", "--api-url", "http://127.0.0.1:9/api/v3"],
        ["verify", "--exchange", "binance", "--api-url", "http://127.0.0.1:notaport"],
        ["frobnicate"],
    ],
)
def test_usage_errors_exit_64(monkeypatch: pytest.MonkeyPatch, args: list[str]) -> None:
    result = run_cli(monkeypatch, args, api_key="a" * 64, secret="b" * 64)
    assert result.exit_code == 64
    assert result.stderr.strip()


def test_missing_credentials_say_which_variables(
    monkeypatch: pytest.MonkeyPatch, binance_sim: Simulator
) -> None:
    result = run_cli(monkeypatch, verify_args(binance_sim))
    assert result.exit_code == 64
    assert "HALAL_API_KEY" in result.stderr
    assert "HALAL_API_SECRET" in result.stderr


def test_pasted_whitespace_around_credentials_is_ignored(
    monkeypatch: pytest.MonkeyPatch, binance_sim: Simulator
) -> None:
    scenario = binance_scenario("clean")
    result = run_cli(
        monkeypatch,
        verify_args(binance_sim, "--json"),
        api_key=f"  {scenario.api_key}\n",
        secret=f"\t{scenario.secret} \r\n",
    )
    assert result.exit_code == 0
    assert result.document["verdict"] == "warn"  # Simple Earn and Crypto Loan, said


def test_readable_table_names_the_problem_and_the_fix(
    monkeypatch: pytest.MonkeyPatch, binance_sim: Simulator
) -> None:
    scenario = binance_scenario("withdraw")
    result = run_scenario(monkeypatch, binance_sim, scenario)
    assert result.exit_code == 1
    assert "FAIL" in result.stdout
    assert "Can withdraw" in result.stdout
    assert "switch withdrawals off" in result.stdout
    assert f"…{scenario.api_key[-4:]}" in result.stdout
    with pytest.raises(json.JSONDecodeError):
        json.loads(result.stdout)


def test_readable_error_has_title_and_fix(
    monkeypatch: pytest.MonkeyPatch, binance_sim: Simulator
) -> None:
    result = run_cli(monkeypatch, verify_args(binance_sim), api_key="Q" * 64, secret="w" * 64)
    assert result.exit_code == 2
    assert "The exchange did not accept this key" in result.stdout
    assert "ending in QQQQ" in result.stdout  # which key to look for, by its last characters


@pytest.mark.slow
def test_command_line_never_imports_qt(binance_sim: Simulator) -> None:
    """verify works on a machine without a display, and --help starts without ccxt."""
    scenario = binance_scenario("clean")
    probe = (
        "import sys, runpy; sys.argv = ['halal-key-wizard'] + sys.argv[1:];"
        "from wizard import cli; code = cli.main(sys.argv[1:]);"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported';"
        "sys.exit(code)"
    )
    env = dict(os.environ, HALAL_API_KEY=scenario.api_key, HALAL_API_SECRET=scenario.secret)
    env.pop("DISPLAY", None)
    env.pop("QT_QPA_PLATFORM", None)
    verify = run_program(
        *verify_args(binance_sim, "--json"), program=[sys.executable, "-c", probe], env=env
    )
    assert verify.returncode == 0, verify.stderr
    assert json.loads(verify.stdout)["verdict"] == "warn"

    help_probe = (
        "import sys; from wizard import cli;\n"
        "try: cli.main(['--help'])\n"
        "except SystemExit: pass\n"
        "assert 'ccxt' not in sys.modules and 'PySide6' not in sys.modules"
    )
    shown = run_program(program=[sys.executable, "-c", help_probe], env=env)
    assert shown.returncode == 0, shown.stderr
    assert "verify" in shown.stdout


@pytest.mark.slow
def test_console_script_and_module_entry_points() -> None:
    module = run_program("--version")
    assert module.returncode == 0
    assert module.stdout.startswith("halal-key-wizard ")

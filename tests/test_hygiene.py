"""Secret hygiene beyond the canary scans: crash output and logs are redacted."""

from __future__ import annotations

import logging
import sys

import pytest

from tests.helpers.cli import run_program
from wizard.crash import crash_report, install_log_redaction, redact
from wizard.keygen import make_ed25519_key_pair
from wizard.sim.scenarios import binance_scenario

SECRET = binance_scenario("clean").secret
KEY = binance_scenario("clean").api_key


@pytest.mark.parametrize(
    "text",
    [
        f"signing with {SECRET}",
        f"secret={SECRET[:20]}",
        f'{{"apiKey": "{KEY}", "secret": "{SECRET}"}}',
        f"GET /api/v3/account?timestamp=1&signature={SECRET}",
        make_ed25519_key_pair().private_pem,
    ],
    ids=["bare", "short-after-name", "json", "query", "pem"],
)
def test_redact_removes_secrets(text: str) -> None:
    cleaned = redact(text)
    assert SECRET not in cleaned
    assert SECRET[:20] not in cleaned
    assert "PRIVATE KEY-----\n" not in cleaned or "[redacted]" in cleaned
    assert "[redacted]" in cleaned


def test_ordinary_text_is_left_alone() -> None:
    text = "Binance refused the key (code -2015) at 2026-11-21 10:00 UTC; balance 0.5 BTC"
    assert redact(text) == text


def test_log_records_are_redacted(caplog: pytest.LogCaptureFixture) -> None:
    install_log_redaction()
    caplog.set_level(logging.DEBUG)
    logging.getLogger("ccxt.base.exchange").debug("Request: %s %s", "GET", f"secret={SECRET}")
    assert SECRET not in caplog.text
    assert "[redacted]" in caplog.text


def test_crash_report_has_no_secret_and_no_locals() -> None:
    def fail(secret: str) -> None:
        raise RuntimeError(f"could not sign with {secret}")

    try:
        fail(SECRET)
    except RuntimeError as error:
        report = crash_report(RuntimeError, error, error.__traceback__)
    assert "RuntimeError" in report
    assert "in fail" in report
    assert "test_hygiene.py" in report  # where it happened stays readable
    assert SECRET not in report


@pytest.mark.slow
def test_unexpected_exception_in_the_app_prints_redacted() -> None:
    code = (
        "from wizard.crash import install_crash_handler\n"
        "install_crash_handler()\n"
        f"raise ValueError('boom {SECRET}')\n"
    )
    result = run_program(program=[sys.executable, "-c", code])
    assert result.returncode != 0
    assert "ValueError" in result.stderr
    assert SECRET not in result.stderr

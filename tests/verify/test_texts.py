"""Where an exchange puts a switch somewhere else, its findings and errors say so."""

from __future__ import annotations

import pytest

from wizard.errors import ErrorCode, WizardError
from wizard.exchanges import IDS
from wizard.verify.capabilities import capability_map
from wizard.verify.model import Flag, Severity
from wizard.verify.texts import FLAG_TEXTS, error_wording, flag_wording

# Each exchange's own fixes, kept in its capability map.
EXCHANGE_FIXES = {
    (exchange, code): fix
    for exchange in IDS
    for code, fix in capability_map(exchange).fixes.items()
}


@pytest.mark.parametrize(("exchange", "code"), sorted(EXCHANGE_FIXES))
def test_exchange_fix_replaces_the_general_one(exchange: str, code: str) -> None:
    wording = flag_wording(Flag(code, Severity.CRITICAL), exchange)
    assert wording.fix == EXCHANGE_FIXES[(exchange, code)]
    assert wording.fix != FLAG_TEXTS[code][2]
    # Another exchange keeps its own fix, or the general one.
    other = "coinbase" if exchange != "coinbase" else "binance"
    assert flag_wording(Flag(code, Severity.CRITICAL), other).fix != wording.fix


def test_coinbase_refusal_names_its_own_causes() -> None:
    error = WizardError(
        ErrorCode.INVALID_CREDENTIALS, exchange="coinbase", params={"key_end": "a1b2"}
    )
    wording = error_wording(error)
    assert "IP allowlist" in wording.message
    assert "ending in a1b2" in wording.fix
    assert "Coinbase Developer Platform" in wording.fix
    general = error_wording(WizardError(ErrorCode.INVALID_CREDENTIALS, exchange="bybit"))
    assert "Bybit refused the key" in general.message


def test_unreported_permissions_are_named_with_what_to_check() -> None:
    from wizard.verify.texts import unreported_note

    assert unreported_note("binance", False) == ""
    kraken = unreported_note("kraken", True)
    assert kraken.startswith("Kraken does not report the rows marked with a question mark.")
    margin = flag_wording(
        Flag("not_verified", Severity.WARNING, {"capability": "margin"}), "kraken"
    )
    assert margin.title == "Not reported by Kraken: margin (borrowing to trade)"
    assert "order form" in margin.fix
    assert "no setting stops it" in margin.fix


@pytest.mark.parametrize("exchange", ["binance", "bybit", "okx", "kraken", "coinbase"])
@pytest.mark.parametrize(
    "capability", ["margin", "futures", "options", "withdraw", "transfers", "earn", "loans", "ip"]
)
def test_every_check_by_hand_says_where_on_that_exchange(exchange: str, capability: str) -> None:
    wording = flag_wording(
        Flag("not_verified", Severity.WARNING, {"capability": capability}), exchange
    )
    name = {"okx": "OKX"}.get(exchange, exchange.capitalize())
    assert name in wording.fix
    assert "{" not in wording.title + wording.message + wording.fix


def test_the_terminal_table_says_what_kraken_does_not_report(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tests.helpers.cli import run_cli
    from wizard.sim.catalog import make_venue, practice_key
    from wizard.sim.server import Simulator

    key = practice_key("kraken", "clean")
    with Simulator(make_venue("kraken")) as simulator:
        result = run_cli(
            monkeypatch,
            ["verify", "--exchange", "kraken", "--api-url", simulator.base_url],
            api_key=key.api_key,
            secret=key.secret,
        )
        assert result.exit_code == 0, result.stderr
        assert "Margin" in result.stdout
        assert "not reported" in result.stdout
        assert "Not reported by Kraken: margin" in result.stdout
        assert "Tick this only if it offers none" in result.stdout

        confirmed = run_cli(
            monkeypatch,
            [
                "verify",
                "--exchange",
                "kraken",
                "--api-url",
                simulator.base_url,
                "--confirm",
                "margin",
            ],
            api_key=key.api_key,
            secret=key.secret,
        )
    assert confirmed.exit_code == 0
    assert confirmed.stdout.splitlines()[1].startswith("PASS:")
    assert "not reported; Confirmed by you on" in confirmed.stdout

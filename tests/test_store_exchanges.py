"""Keys of the other exchanges in the real keychain: OKX's passphrase travels with
the key and secret, and every exchange's key verifies again by its label."""

from __future__ import annotations

import io
import json
import sys

import pytest

from tests.conftest import run_cli
from wizard.sim.catalog import SIMULATED_EXCHANGES, make_venue, practice_key
from wizard.sim.server import Simulator
from wizard.store.keychain import SERVICE, Keychain


def _lines(exchange: str) -> str:
    key = practice_key(exchange, "clean")
    passphrase = f"{key.passphrase}\n" if key.passphrase is not None else ""
    return f"{key.api_key}\n{key.secret.rstrip()}\n{passphrase}"


@pytest.mark.parametrize("exchange", SIMULATED_EXCHANGES)
def test_each_exchange_stores_and_verifies_by_label(
    monkeypatch: pytest.MonkeyPatch, secret_service: Keychain, exchange: str
) -> None:
    key = practice_key(exchange, "clean")
    with Simulator(make_venue(exchange)) as simulator:
        monkeypatch.setattr(sys, "stdin", io.StringIO(_lines(exchange)))
        stored = run_cli(
            monkeypatch,
            ["store", "--exchange", exchange, "--label", "bot", "--api-url", simulator.base_url],
        )
        assert stored.exit_code == 0, stored.stderr
        raw = secret_service.backend.get_password(SERVICE, f"{exchange}:bot")
        assert raw is not None
        assert json.loads(raw)["passphrase"] == key.passphrase
        verified = run_cli(
            monkeypatch,
            ["verify", "--label", "bot", "--api-url", simulator.base_url, "--json"],
        )
    assert verified.exit_code == 0, verified.stdout + verified.stderr
    assert verified.document["exchange"] == exchange
    assert verified.document["verdict"] == "pass"


def test_okx_without_its_passphrase_is_a_usage_error(
    monkeypatch: pytest.MonkeyPatch, secret_service: Keychain
) -> None:
    key = practice_key("okx", "clean")
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{key.api_key}\n{key.secret}\n"))
    result = run_cli(monkeypatch, ["store", "--exchange", "okx", "--label", "bot"])
    assert result.exit_code == 64
    assert "passphrase you chose" in result.stderr
    assert secret_service.backend.get_password(SERVICE, "okx:bot") is None


def test_okx_wrong_passphrase_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    key = practice_key("okx", "clean")
    with Simulator(make_venue("okx")) as simulator:
        result = run_cli(
            monkeypatch,
            ["verify", "--exchange", "okx", "--api-url", simulator.base_url, "--json"],
            api_key=key.api_key,
            secret=key.secret,
            passphrase="Not-the-passphrase1!",
        )
    assert result.exit_code == 2
    error = result.document["error"]
    assert error["code"] == "invalid_credentials"
    assert error["message"].startswith("OKX knows the key, but the passphrase")


def test_a_key_whose_age_is_not_reported_is_due_90_days_after_storing(
    monkeypatch: pytest.MonkeyPatch, secret_service: Keychain
) -> None:
    from datetime import UTC, datetime, timedelta

    from wizard.store.index import KeyIndex

    with Simulator(make_venue("coinbase")) as simulator:
        monkeypatch.setattr(sys, "stdin", io.StringIO(_lines("coinbase")))
        stored = run_cli(
            monkeypatch,
            ["store", "--exchange", "coinbase", "--label", "bot", "--api-url", simulator.base_url],
        )
        assert stored.exit_code == 0, stored.stderr
        verified = run_cli(
            monkeypatch, ["verify", "--label", "bot", "--api-url", simulator.base_url]
        )
    assert verified.exit_code == 0
    record = KeyIndex().find("bot")
    assert record is not None
    assert record.created is None  # Coinbase does not say
    # Stays set after verifying again (the exchange still does not say).
    assert record.rotation_due == (datetime.now(UTC) + timedelta(days=90)).date().isoformat()

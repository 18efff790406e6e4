"""Keys of the other exchanges in the real keychain: OKX's passphrase travels with
the key and secret, and every exchange's key verifies again by its label."""

from __future__ import annotations

import base64
import io
import json
import logging
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

import pytest

from tests.helpers.canary import canary_hits
from tests.helpers.cli import run_apart, run_cli
from wizard.sim.catalog import SIMULATED_EXCHANGES, make_venue, practice_key
from wizard.sim.server import Simulator
from wizard.store.keychain import SERVICE, Keychain


def _lines(exchange: str) -> str:
    key = practice_key(exchange, "clean")
    passphrase = f"{key.passphrase}\n" if key.passphrase is not None else ""
    return f"{key.api_key}\n{key.secret.rstrip()}\n{passphrase}"


# What each exchange does not report about its safest key, checked by the person; and
# the verdict that leaves: Binance, Bybit and OKX keys reach products nothing closes.
CHECKED_BY_HAND = {
    "binance": ("", "warn"),
    "bybit": ("margin", "warn"),
    "okx": ("margin,futures,options", "warn"),
    "kraken": ("margin", "pass"),
    "coinbase": ("futures,options,ip", "pass"),
}


@pytest.mark.parametrize("exchange", SIMULATED_EXCHANGES)
def test_each_exchange_stores_and_verifies_by_label(
    monkeypatch: pytest.MonkeyPatch, secret_service: Keychain, exchange: str
) -> None:
    key = practice_key(exchange, "clean")
    checked, verdict = CHECKED_BY_HAND[exchange]
    with Simulator(make_venue(exchange)) as simulator:
        monkeypatch.setattr(sys, "stdin", io.StringIO(_lines(exchange)))
        stored = run_cli(
            monkeypatch,
            [
                "store",
                "--exchange",
                exchange,
                "--label",
                "bot",
                "--api-url",
                simulator.base_url,
                "--confirm",
                checked,
            ],
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
    # The checks made when storing still count, as the person's, not the exchange's.
    assert verified.document["verdict"] == verdict
    assert verified.document["confirmed_by_person"] == [c for c in checked.split(",") if c]
    assert "not_verified" not in [f["code"] for f in verified.document["flags"]]


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


@pytest.mark.slow
@pytest.mark.parametrize("exchange", ["okx", "kraken", "coinbase"])
def test_canary_no_secret_or_passphrase_anywhere(
    monkeypatch: pytest.MonkeyPatch,
    secret_service: Keychain,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    exchange: str,
) -> None:
    """store, verify (passing and refused), list, exec and remove with DEBUG logging;
    then every file written under this test's folders and the temp folder, and all
    output, are searched for the secret and the passphrase in four encodings."""
    caplog.set_level(logging.DEBUG)
    started = time.time() - 1
    key = practice_key(exchange, "clean")
    outputs = []
    with Simulator(make_venue(exchange)) as simulator:
        url = simulator.base_url
        monkeypatch.setattr(sys, "stdin", io.StringIO(_lines(exchange)))
        outputs.append(
            run_cli(
                monkeypatch, ["store", "--exchange", exchange, "--label", "bot", "--api-url", url]
            )
        )
        assert outputs[-1].exit_code == 0, outputs[-1].stderr
        outputs.append(
            run_cli(monkeypatch, ["verify", "--label", "bot", "--api-url", url, "--json"])
        )
        outputs.append(
            run_cli(
                monkeypatch,
                ["verify", "--exchange", exchange, "--api-url", url, "--json"],
                api_key=key.api_key,
                secret=practice_key(exchange, "withdraw").secret,
                passphrase="Wrong-passphrase1!" if key.passphrase else None,
            )
        )
        assert outputs[-1].exit_code == 2
    outputs.append(run_cli(monkeypatch, ["list", "--json"]))
    outputs.append(run_apart("exec", "--label", "bot", "--", "true"))
    outputs.append(run_cli(monkeypatch, ["remove", "--label", "bot"]))

    pieces = [key.secret.strip()] if "-----" not in key.secret else key.secret.splitlines()[1:-1]
    if key.passphrase:
        pieces.append(key.passphrase)
    forms = set()
    for piece in pieces:
        forms |= {
            piece,
            base64.b64encode(piece.encode()).decode(),
            piece.encode().hex(),
            urllib.parse.quote(piece, safe=""),
        }
    texts = [o.stdout + o.stderr for o in outputs] + [caplog.text]
    folders = [tmp_path, Path(tempfile.gettempdir())]
    assert canary_hits(forms, texts, folders, started) == []


@pytest.mark.parametrize(
    ("exchange", "name", "kind"),
    [
        ("coinbase", "clean", "ecdsa"),
        ("coinbase", "clean_ed25519", "ed25519"),
        ("kraken", "clean", "hmac"),
        ("okx", "clean", "hmac"),
        ("binance", "ed25519", "ed25519"),
    ],
)
def test_key_type_names_how_the_key_signs(exchange: str, name: str, kind: str) -> None:
    from wizard.store.keys import key_type
    from wizard.verify.model import Credentials

    key = practice_key(exchange, name)
    assert key_type(exchange, Credentials(key.api_key, key.secret)) == kind

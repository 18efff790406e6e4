"""Key pairs made on this computer: the private key goes straight into the keychain,
the exchange gets only the public key, and verification signs with the stored key."""

from __future__ import annotations

import base64
import io
import json
import sys
import tempfile
import time
from pathlib import Path

import pytest

from tests.helpers.canary import canary_hits
from tests.helpers.cli import run_cli
from wizard.keygen import make_ed25519_key_pair, public_pem_of
from wizard.sim.binance import BinanceVenue
from wizard.sim.server import Simulator
from wizard.store.keychain import PENDING_SERVICE, Keychain
from wizard.verify.model import Credentials
from wizard.verify.service import verify_key_blocking


def test_a_made_key_pair_verifies_against_the_exchange(binance_sim: Simulator) -> None:
    pair = make_ed25519_key_pair()
    assert public_pem_of(pair.private_pem) == pair.public_pem
    assert "PRIVATE" not in repr(pair)
    venue = binance_sim.venue
    assert isinstance(venue, BinanceVenue)
    api_key = venue.register_public_key(pair.public_pem)
    report = verify_key_blocking(
        "binance", Credentials(api_key, pair.private_pem), api_url=binance_sim.base_url
    )
    assert report.verdict.value == "warn"  # verified: only what spot trading opens


@pytest.mark.slow
def test_keygen_then_store_with_only_the_api_key(
    monkeypatch: pytest.MonkeyPatch,
    binance_sim: Simulator,
    secret_service: Keychain,
    tmp_path: Path,
) -> None:
    started = time.time() - 1
    made = run_cli(monkeypatch, ["keygen", "--label", "bot"])
    assert made.exit_code == 0, made.stderr
    public_pem = made.stdout
    assert public_pem.startswith("-----BEGIN PUBLIC KEY-----")
    assert "PRIVATE" not in made.stdout + made.stderr
    pending = secret_service.backend.get_password(PENDING_SERVICE, "binance:bot")
    private_pem = json.loads(pending)["secret"]
    assert public_pem_of(private_pem) == public_pem

    venue = binance_sim.venue
    assert isinstance(venue, BinanceVenue)
    api_key = venue.register_public_key(public_pem)  # what the person does on the exchange
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{api_key}\n"))
    stored = run_cli(
        monkeypatch,
        ["store", "--exchange", "binance", "--label", "bot", "--api-url", binance_sim.base_url],
    )
    assert stored.exit_code == 0, stored.stderr
    assert secret_service.backend.get_password(PENDING_SERVICE, "binance:bot") is None
    verified = run_cli(
        monkeypatch, ["verify", "--label", "bot", "--api-url", binance_sim.base_url, "--json"]
    )
    assert verified.document["verdict"] == "warn"  # verified: only what spot trading opens

    # The private key is on no disk and in no output (canary).
    body = "".join(private_pem.splitlines()[1:-1])
    forms = {body, base64.b64decode(body).hex()}
    texts = [o.stdout + o.stderr for o in (made, stored, verified)]
    folders = [tmp_path, Path(tempfile.gettempdir())]
    assert canary_hits(forms, texts, folders, started) == []


def test_keygen_refuses_a_name_in_use(
    monkeypatch: pytest.MonkeyPatch,
    binance_sim: Simulator,
    secret_service: Keychain,
) -> None:
    from wizard.sim.scenarios import binance_scenario

    scenario = binance_scenario("clean")
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{scenario.api_key}\n{scenario.secret}\n"))
    assert (
        run_cli(
            monkeypatch,
            ["store", "--exchange", "binance", "--label", "bot", "--api-url", binance_sim.base_url],
        ).exit_code
        == 0
    )
    refused = run_cli(monkeypatch, ["keygen", "--label", "bot"])
    assert refused.exit_code == 1
    assert "already" in refused.stderr

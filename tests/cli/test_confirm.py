"""What the person checked by hand: kept in the key index (never as the exchange's
word), used again by ``verify --label``, dropped where the exchange now reports it,
and lapsing when the key is replaced."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.cli import run_cli
from wizard.sim.kraken import KRAKEN_SCENARIOS, KrakenScenario, KrakenVenue
from wizard.sim.server import Simulator
from wizard.store.index import KeyIndex, StoredKey
from wizard.store.keychain import Keychain


@pytest.fixture
def kraken_sim() -> Iterator[Simulator]:
    second = replace(KRAKEN_SCENARIOS[0], name="second")
    with Simulator(KrakenVenue((*KRAKEN_SCENARIOS, second))) as simulator:
        yield simulator


def _key(name: str) -> KrakenScenario:
    return next(
        s
        for s in (*KRAKEN_SCENARIOS, replace(KRAKEN_SCENARIOS[0], name="second"))
        if s.name == name
    )


def _with_stdin(monkeypatch: pytest.MonkeyPatch, key: KrakenScenario) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{key.api_key}\n{key.secret}\n"))


def _store(monkeypatch: pytest.MonkeyPatch, sim: Simulator, confirm: str) -> int:
    _with_stdin(monkeypatch, _key("clean"))
    command = ["store", "--exchange", "kraken", "--label", "bot", "--api-url", sim.base_url]
    stored = run_cli(monkeypatch, [*command, "--confirm", confirm])
    assert stored.exit_code == 0, stored.stderr
    return stored.exit_code


def _verify_label(monkeypatch: pytest.MonkeyPatch, sim: Simulator, *extra: str) -> Any:
    result = run_cli(
        monkeypatch, ["verify", "--label", "bot", "--api-url", sim.base_url, "--json", *extra]
    )
    return json.loads(result.stdout)


def test_a_check_by_hand_is_stored_reused_and_lapses_on_rotation(
    monkeypatch: pytest.MonkeyPatch, kraken_sim: Simulator, secret_service: Keychain
) -> None:
    _store(monkeypatch, kraken_sim, "margin")
    record = KeyIndex().find("bot")
    assert record is not None
    assert set(record.confirmed) == {"margin"}
    assert record.last_verdict == "pass"

    again = _verify_label(monkeypatch, kraken_sim)
    assert again["verdict"] == "pass"
    assert again["confirmed_by_person"] == ["margin"]
    assert again["permissions"]["margin"] is None  # still not the exchange's word

    # The new key of a rotation starts without the old key's checks.
    _with_stdin(monkeypatch, _key("second"))
    rotated = run_cli(monkeypatch, ["rotate", "--label", "bot", "--api-url", kraken_sim.base_url])
    assert rotated.exit_code == 0, rotated.stderr
    assert KeyIndex().find("bot").confirmed == {}  # type: ignore[union-attr]
    assert _verify_label(monkeypatch, kraken_sim)["verdict"] == "warn"

    # A check given with verify --label is recorded for the stored key.
    assert _verify_label(monkeypatch, kraken_sim, "--confirm", "margin")["verdict"] == "pass"
    assert set(KeyIndex().find("bot").confirmed) == {"margin"}  # type: ignore[union-attr]
    assert _verify_label(monkeypatch, kraken_sim)["verdict"] == "pass"


def test_a_check_of_something_the_exchange_reports_is_not_kept(
    monkeypatch: pytest.MonkeyPatch, kraken_sim: Simulator, secret_service: Keychain
) -> None:
    _store(monkeypatch, kraken_sim, "withdraw,margin,earn")
    # Kraken reports withdrawals and Earn: its own answer counts, not the tick.
    assert set(KeyIndex().find("bot").confirmed) == {"margin"}  # type: ignore[union-attr]


@pytest.mark.parametrize("wrong", ["borrowing", "margin,everything", "IP"])
def test_a_wrong_capability_is_a_usage_error_before_anything_is_asked(
    monkeypatch: pytest.MonkeyPatch, wrong: str
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    for command in (
        ["verify", "--exchange", "kraken", "--confirm", wrong],
        ["store", "--exchange", "kraken", "--label", "bot", "--confirm", wrong],
    ):
        result = run_cli(monkeypatch, command, api_key="k", secret="s")
        assert result.exit_code == 64
        assert "choose from margin, futures, options, withdraw, transfers, earn, loans, ip" in (
            result.stderr
        )


def test_an_index_written_before_checks_existed_still_loads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path
    old = {
        "version": 1,
        "keys": [
            {
                "label": "bot",
                "exchange": "kraken",
                "masked_key": "…abcd",
                "fingerprint": "0" * 64,
                "key_type": "hmac",
                "created": "2026-11-01",
                "stored_at": "2026-11-02T10:00:00Z",
                "last_verified": None,
                "last_verdict": "pass",
                "rotation_due": "2027-01-30",
            }
        ],
    }
    (folder / "keys.json").write_text(json.dumps(old))
    [record] = KeyIndex(folder).load()
    assert isinstance(record, StoredKey)
    assert record.confirmed == {}


@pytest.mark.parametrize(
    "confirmed", [{"borrowing": "2026-11-02"}, {"margin": "yesterday"}, ["margin"]]
)
def test_a_damaged_check_by_hand_is_refused_not_trusted(tmp_path: Path, confirmed: object) -> None:
    from wizard.errors import WizardError

    folder = tmp_path
    entry = {
        "label": "bot",
        "exchange": "kraken",
        "masked_key": "…abcd",
        "fingerprint": "0" * 64,
        "key_type": "hmac",
        "created": None,
        "stored_at": "2026-11-02T10:00:00Z",
        "last_verified": None,
        "last_verdict": "pass",
        "rotation_due": None,
        "confirmed": confirmed,
    }
    (folder / "keys.json").write_text(json.dumps({"version": 1, "keys": [entry]}))
    with pytest.raises(WizardError, match="keychain_error"):
        KeyIndex(folder).load()

"""The frozen app built by scripts/build, as a person would get it: its self-test,
and a practice verification run by the frozen binary itself. scripts/run-tests
builds it first and points HALAL_FROZEN_APP at it."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from tests.helpers.cli import run_program
from wizard.i18n import SHIPPED_LANGUAGES
from wizard.sim.scenarios import binance_scenario
from wizard.sim.server import Simulator

FROZEN = os.environ.get("HALAL_FROZEN_APP", "")


@pytest.fixture
def frozen_app() -> Path:
    if not FROZEN:
        if os.environ.get("HALAL_REQUIRE_FROZEN") == "1":
            pytest.fail("HALAL_FROZEN_APP is not set: run scripts/run-tests")
        pytest.skip("no frozen build given (HALAL_FROZEN_APP)")
    path = Path(FROZEN)
    assert path.is_file(), f"no frozen app at {path}"
    return path


def _run(
    app: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return run_program(
        *args, program=[str(app)], set_env={"QT_QPA_PLATFORM": "offscreen", **(env or {})}
    )


def test_frozen_self_test(frozen_app: Path) -> None:
    result = _run(frozen_app, "--self-test")
    summary = json.loads(result.stdout)
    assert result.returncode == 0, summary
    assert summary["ok"] is True
    assert summary["translations"] == list(SHIPPED_LANGUAGES)
    assert len(summary["pages"]) == 9
    if os.environ.get("HALAL_REQUIRE_SECRET_SERVICE") == "1":
        assert summary["keychain"] == "Secret Service (GNOME Keyring)"


def test_frozen_practice_verification(frozen_app: Path, binance_sim: Simulator) -> None:
    # Binance's spot trading reaches Simple Earn and Crypto Loan: a warning, never a pass.
    for name, verdict, code in (("clean", "warn", 0), ("withdraw", "fail", 1)):
        scenario = binance_scenario(name)
        result = _run(
            frozen_app,
            "verify",
            "--exchange",
            "binance",
            "--api-url",
            binance_sim.base_url,
            "--json",
            env={"HALAL_API_KEY": scenario.api_key, "HALAL_API_SECRET": scenario.secret},
        )
        assert result.returncode == code, result.stderr
        assert json.loads(result.stdout)["verdict"] == verdict


@pytest.mark.parametrize(
    ("exchange", "checked", "verdict"),
    [
        ("bybit", "margin", "warn"),  # Crypto Loan: nothing closes it
        ("okx", "margin,futures,options", "warn"),  # Earn, Flexible Loan, transfers
        ("kraken", "margin", "pass"),
        ("coinbase", "futures,options,ip", "pass"),
    ],
)
def test_frozen_app_verifies_every_exchange(
    frozen_app: Path, exchange: str, checked: str, verdict: str
) -> None:
    """Adapters and their capability maps are loaded by name: a build that left one
    out fails here. What the exchange does not report is checked by hand."""
    from wizard.sim.catalog import make_venue, practice_key

    key = practice_key(exchange, "clean")
    env = {"HALAL_API_KEY": key.api_key, "HALAL_API_SECRET": key.secret}
    if key.passphrase is not None:
        env["HALAL_API_PASSPHRASE"] = key.passphrase
    with Simulator(make_venue(exchange)) as simulator:
        result = _run(
            frozen_app,
            *("verify", "--exchange", exchange, "--api-url", simulator.base_url, "--json"),
            *("--confirm", checked),
            env=env,
        )
    assert result.returncode == 0, result.stdout + result.stderr
    document = json.loads(result.stdout)
    assert document["verdict"] == verdict
    assert document["confirmed_by_person"] == checked.split(",")


def test_frozen_app_draws_right_to_left_pages(frozen_app: Path, tmp_path: Path) -> None:
    """With the trimmed ICU data (build/trim_icu.py) the Arabic pages still render."""
    result = _run(
        frozen_app, "--screenshots", str(tmp_path), "--demo", "--lang", "ar", "--exchange", "kraken"
    )
    assert result.returncode == 0, result.stderr
    pictures = sorted(tmp_path.glob("*.png"))
    assert len(pictures) == 9
    assert all(picture.stat().st_size > 10_000 for picture in pictures)

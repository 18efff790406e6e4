"""The frozen app built by scripts/build, as a person would get it: its self-test,
and a practice verification run by the frozen binary itself. scripts/run-tests
builds it first and points HALAL_FROZEN_APP at it."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

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
    return subprocess.run(
        [str(app), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
        check=False,
    )


def test_frozen_self_test(frozen_app: Path) -> None:
    result = _run(frozen_app, "--self-test")
    summary = json.loads(result.stdout)
    assert result.returncode == 0, summary
    assert summary["ok"] is True
    assert summary["translations"] == ["ar", "id", "ms", "tr", "ur"]
    assert len(summary["pages"]) == 9
    if os.environ.get("HALAL_REQUIRE_SECRET_SERVICE") == "1":
        assert summary["keychain"] == "Secret Service (GNOME Keyring)"


def test_frozen_practice_verification(frozen_app: Path, binance_sim: Simulator) -> None:
    for name, verdict, code in (("clean", "pass", 0), ("withdraw", "fail", 1)):
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

"""The wheel and the sdist as Python people get them: everything the program needs
at run time inside, installed into a fresh virtual environment away from this
checkout, where the self-test passes and a practice verification runs.

scripts/run-tests builds them into dist/python/ and sets HALAL_WHEEL; without it
these tests are skipped (HALAL_REQUIRE_WHEEL=1 makes that a failure)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

import pytest

from tests.helpers.paths import ROOT
from wizard.i18n import SHIPPED_LANGUAGES

pytestmark = pytest.mark.slow


def _built(suffix: str) -> Path:
    wheel = os.environ.get("HALAL_WHEEL")
    if not wheel:
        if os.environ.get("HALAL_REQUIRE_WHEEL") == "1":
            pytest.fail("HALAL_WHEEL is not set: run the tests with scripts/run-tests")
        pytest.skip("no built wheel (scripts/run-tests builds one)")
    path = Path(wheel)
    if suffix == ".tar.gz":
        [path] = path.parent.glob("*.tar.gz")
    return path


def test_the_wheel_carries_what_the_program_needs() -> None:
    names = zipfile.ZipFile(_built(".whl")).namelist()
    for language in SHIPPED_LANGUAGES:
        assert f"wizard/assets/translations/wizard_{language}.qm" in names
    for resource in (
        "icons/app.svg",
        "icons/pass.svg",
        "pictures/kraken-permissions.svg",
        "fonts/NotoNaskhArabic-Regular.ttf",
        "service-addresses.json",
    ):
        assert f"wizard/assets/resources/{resource}" in names
    assert any(name.endswith("licenses/LICENSE") for name in names)
    assert not any(name.startswith(("tests/", "benchmarks/")) for name in names)


def test_the_sdist_carries_the_sources_it_is_built_from() -> None:
    with tarfile.open(_built(".tar.gz")) as sdist:
        names = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    assert {"setup.py", "LICENSE", "pyproject.toml", "resources/icons/app.svg"} <= names
    assert {f"translations/wizard_{language}.ts" for language in SHIPPED_LANGUAGES} <= names


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel in a new virtual environment, in a folder outside this checkout."""
    wheel = _built(".whl")
    venv = tmp_path_factory.mktemp("wheel-venv")
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run(
        [
            str(venv / "bin" / "python"),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "-c",
            str(ROOT / "constraints.txt"),
            str(wheel),
        ],
        check=True,
    )
    return venv / "bin" / "halal-key-wizard"


def _run(program: Path, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **extra)
    env.pop("PYTHONPATH", None)
    return subprocess.run(
        [str(program), *args],
        cwd=program.parent.parent.parent,  # away from the checkout
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def test_the_installed_wheel_passes_its_self_test(installed: Path) -> None:
    result = _run(installed, "--self-test")
    summary = json.loads(result.stdout)
    assert summary["ok"], summary
    assert len(summary["pages"]) == 9
    assert summary["translations"] == list(SHIPPED_LANGUAGES)
    resources = next(check for check in summary["checks"] if check["name"] == "resources")
    assert resources["ok"]


def test_the_installed_wheel_verifies_against_its_practice_exchange(installed: Path) -> None:
    with subprocess.Popen(
        [str(installed), "practice", "--exchange", "binance", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as practice:
        try:
            assert practice.stdout is not None
            lines: list[str] = []
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and (not lines or lines[-1].rstrip() != "}"):
                lines.append(practice.stdout.readline())
            served = json.loads("".join(lines))["exchanges"]["binance"]
            clean = next(key for key in served["keys"] if key["name"] == "clean")
            verify = _run(
                installed,
                *("verify", "--exchange", "binance", "--api-url", served["api_url"], "--json"),
                HALAL_API_KEY=clean["api_key"],
                HALAL_API_SECRET=clean["secret"],
            )
        finally:
            practice.terminate()
            practice.communicate(timeout=30)
    assert verify.returncode == 0, verify.stderr
    assert json.loads(verify.stdout)["verdict"] == "warn"  # Simple Earn, Crypto Loan: said

"""The reliability figures, each counted from tests that anyone can run.

Runs the fault, keychain, crash, concurrency, damaged-state, label, exec,
hostile-server, exit-code, fuzz, policy and canary tests (inside a D-Bus
session with a GNOME Keyring of their own, as scripts/run-tests does) and prints
how many of each passed. Usage: python benchmarks/reliability_report.py
(HYPOTHESIS_PROFILE=long for 10,000 fuzz examples per target).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# figure -> (test files, which of their test cases count)
FIGURES: dict[str, tuple[list[str], Callable[[str], bool]]] = {
    "network faults handled": (
        ["tests/verify/test_service.py", "tests/verify/exchanges/test_binance.py"],
        lambda name: name.startswith(
            (
                "test_429",
                "test_418",
                "test_server_errors",
                "test_dns",
                "test_untrusted",
                "test_exchange_faults",
                "test_credential_errors",
                "test_network_unreachable",
                "test_read_timeout",
                "test_clock_skew_is",
                "test_rate_limit",
                "test_ip_ban",
            )
        ),
    ),
    "keychain faults failing closed": (
        ["tests/store/test_keys.py", "tests/gui/test_done.py"],
        lambda name: name.startswith(
            (
                "test_keychain_failures",
                "test_no_usable_backend",
                "test_oversized",
                "test_damaged",
                "test_plaintext",
                "test_no_dbus",
                "test_no_keychain",
            )
        ),
    ),
    "crash points survived": (
        ["tests/store/test_rotation.py"],
        lambda name: name.startswith("test_a_crash_"),
    ),
    "two processes at once": (["tests/store/test_concurrency.py"], lambda name: True),
    "damaged journal or index": (
        ["tests/store/test_robustness.py"],
        lambda name: name.startswith(("test_a_crash_after_checked", "test_a_damaged_")),
    ),
    "hostile labels": (
        ["tests/store/test_robustness.py"],
        lambda name: name.startswith(
            (
                "test_a_label_",
                "test_an_accepted_label",
                "test_store_refuses",
                "test_list_shows",
                "test_labels_ending",
            )
        ),
    ),
    "keychain changed behind its back": (
        ["tests/store/test_robustness.py"],
        lambda name: name.startswith(
            ("test_a_key_swapped", "test_the_session_collection", "test_keyring_settings")
        ),
    ),
    "full disk or unwritable folder": (
        ["tests/store/test_robustness.py"],
        lambda name: name.startswith(("test_a_full_disk", "test_the_config_folder")),
    ),
    "exec hand-over": (
        ["tests/cli/test_exits.py"],
        lambda name: name.startswith(("test_exec_", "test_the_wizard_itself")),
    ),
    "hostile servers and --api-url": (
        ["tests/verify/test_hostile_servers.py", "tests/cli/test_exits.py"],
        lambda name: name.startswith(("test_a_redirect", "test_an_answer_past", "test_an_api_url")),
    ),
    "exit codes and bounded input": (
        ["tests/cli/test_exits.py"],
        lambda name: name.startswith(
            ("test_a_fault_of", "test_ctrl_c_", "test_a_report_into", "test_an_oversized_line")
        ),
    ),
    "fuzz targets without a crash": (
        ["tests/verify/test_fuzz.py", "tests/test_entry.py", "tests/test_flow.py"],
        lambda name: name.startswith(
            (
                "test_restrictions_parser",
                "test_balances_parser",
                "test_every_answer",
                "test_key_index_loader",
                "test_any_input",
                "test_random_next",
            )
        ),
    ),
    "flag combinations judged right": (
        ["tests/verify/test_policy.py"],
        lambda name: name.startswith(
            ("test_every_binance_flag_combination", "test_a_key_that_can_borrow")
        ),
    ),
    "canary scans with 0 hits": (
        [
            "tests/store/test_keys.py",
            "tests/test_keygen.py",
            "tests/verify/exchanges/test_binance.py",
        ],
        lambda name: name.startswith(
            ("test_canary", "test_keygen_then_store", "test_no_secret_in_any_output")
        ),
    ),
}
# How often each pair of processes is started together (CONCURRENCY_ROUNDS).
ROUNDS = os.environ.get("CONCURRENCY_ROUNDS", "20")


def run_tests(files: list[str], report: Path) -> None:
    pytest = f"{sys.executable} -m pytest -q -p no:cacheprovider --junitxml={report} " + " ".join(
        sorted(set(files))
    )
    keyring_home = tempfile.mkdtemp()
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HALAL_REQUIRE_SECRET_SERVICE="1",  # noqa: S106 - a switch, not a password
        XDG_DATA_HOME=f"{keyring_home}/data",
        XDG_CONFIG_HOME=f"{keyring_home}/config",
        CONCURRENCY_ROUNDS=ROUNDS,
    )
    script = (
        "printf %s keychain-for-report | gnome-keyring-daemon --unlock "
        f"--components=secrets >/dev/null; {pytest}"
    )
    subprocess.run(
        ["dbus-run-session", "--", "bash", "-c", script],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,
    )


def main() -> None:
    files = [file for paths, _ in FIGURES.values() for file in paths]
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "report.xml"
        run_tests(files, report)
        cases = ET.parse(report).getroot().iter("testcase")  # noqa: S314
        results = [
            (
                case.get("classname", "").replace(".", "/") + ".py",
                case.get("name", ""),
                not any(child.tag in ("failure", "error", "skipped") for child in case),
            )
            for case in cases
        ]
    profile = os.environ.get("HYPOTHESIS_PROFILE", "ci")
    examples = 10_000 if profile == "long" else 200
    failed_total = 0
    print(f"{'':34s} held/tried")
    for figure, (files, counts) in FIGURES.items():
        selected = [
            ok for file, name, ok in results if file in files and counts(name.split("[")[0])
        ]
        failed_total += selected.count(False)
        print(f"{figure:34s} {selected.count(True)}/{len(selected)}")
    print(f"{'rounds per pair started together':34s} {ROUNDS}")
    print(f"{'fuzz examples per target':34s} {examples} (profile {profile})")
    print(f"{'policy combinations (exhaustive)':34s} 512 Binance flag sets + 200 random sets")
    print(f"failures: {failed_total}")


if __name__ == "__main__":
    main()

"""How the program ends, as a script reads it: a fault of its own is 70 (never a
verdict), Ctrl-C is 130 wherever it comes, bad paths and oversized input are usage
errors (64); ``exec`` hands the program a clean environment and its own process."""

from __future__ import annotations

import io
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.helpers.cli import run_apart, run_cli, store_key
from wizard.cli import ENV_KEY, ENV_PASSPHRASE, ENV_SECRET
from wizard.sim.scenarios import binance_scenario
from wizard.sim.server import Simulator
from wizard.store.keychain import Keychain
from wizard.store.keys import KeyStore

KEY = binance_scenario("clean")
PRINT_ENVIRONMENT = (
    "import json, os, resource; print(json.dumps({'env': dict(os.environ), 'pid': os.getpid(), "
    "'core': resource.getrlimit(resource.RLIMIT_CORE)}))"
)


def _store(monkeypatch: pytest.MonkeyPatch, sim: Simulator) -> None:
    stored = store_key(monkeypatch, sim, KEY)
    assert stored.exit_code == 0, stored.stderr


def _wizard(*args: str, **options: object) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "wizard", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **options,  # type: ignore[call-overload]
    )


# -- exec ----------------------------------------------------------------------------


def test_exec_gives_the_program_the_key_and_no_other_halal_variable(
    monkeypatch: pytest.MonkeyPatch, binance_sim: Simulator, secret_service: Keychain
) -> None:
    _store(monkeypatch, binance_sim)
    ran = run_apart(
        "exec",
        "--label",
        "bot",
        "--",
        sys.executable,
        "-c",
        PRINT_ENVIRONMENT,
        set_env={ENV_PASSPHRASE: "stale-passphrase", "HALAL_OTHER": "x", "KEEP_ME": "kept"},
    )
    assert ran.exit_code == 0, ran.stderr
    seen = json.loads(ran.stdout)
    halal = {name for name in seen["env"] if name.startswith("HALAL_")}
    assert halal == {ENV_KEY, ENV_SECRET}  # a Binance key has no passphrase
    assert seen["env"][ENV_KEY] == KEY.api_key
    assert seen["env"]["KEEP_ME"] == "kept"
    assert seen["core"] == [0, 0]  # the program holding the key writes no core file either


def test_exec_hands_its_process_to_the_program_so_signals_reach_it(
    monkeypatch: pytest.MonkeyPatch, binance_sim: Simulator, secret_service: Keychain
) -> None:
    _store(monkeypatch, binance_sim)
    waits = "import os, time; print(os.getpid(), flush=True); time.sleep(60)"
    started = _wizard("exec", "--label", "bot", "--", sys.executable, "-c", waits)
    assert started.stdout is not None
    pid = int(started.stdout.readline())
    assert pid == started.pid  # the program took the wizard's place: nothing in between
    started.send_signal(signal.SIGTERM)
    started.communicate(timeout=30)
    assert started.returncode == -signal.SIGTERM  # a shell shows 128 + 15 = 143


def test_exec_of_a_program_that_does_not_exist_is_a_usage_error(
    monkeypatch: pytest.MonkeyPatch, binance_sim: Simulator, secret_service: Keychain
) -> None:
    _store(monkeypatch, binance_sim)
    ran = run_apart("exec", "--label", "bot", "--", "no-such-program-anywhere")
    assert ran.exit_code == 64
    assert "no program named 'no-such-program-anywhere'" in ran.stderr


def test_the_wizard_itself_writes_no_core_file_and_is_not_dumpable() -> None:
    probe = (
        "import ctypes, resource, sys\n"
        "from wizard.cli import main\n"
        "try:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
        "dumpable = ctypes.CDLL(None).prctl(3, 0, 0, 0, 0)\n"  # PR_GET_DUMPABLE
        "print(resource.getrlimit(resource.RLIMIT_CORE), dumpable)\n"
    )
    ran = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=False
    )
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.strip().splitlines()[-1] == "(0, 0) 0"


# -- exit codes ----------------------------------------------------------------------


def test_a_fault_of_the_program_is_70_with_a_redacted_report(
    monkeypatch: pytest.MonkeyPatch, secret_service: Keychain
) -> None:
    def broken(self: KeyStore) -> None:
        raise RuntimeError(f"index went wrong secret={KEY.secret}")

    monkeypatch.setattr(KeyStore, "list", broken)
    result = run_cli(monkeypatch, ["list"])
    assert result.exit_code == 70
    assert "not a verdict on your key" in result.stderr
    assert "RuntimeError" in result.stderr
    assert KEY.secret not in result.stderr + result.stdout


def test_ctrl_c_while_waiting_for_the_key_is_130() -> None:
    started = _wizard("store", "--exchange", "binance", "--label", "bot", stdin=subprocess.PIPE)
    time.sleep(1.5)  # started, and reading standard input
    started.send_signal(signal.SIGINT)
    _, err = started.communicate(timeout=30)
    assert started.returncode == 130, err
    assert "Stopped (Ctrl-C)" in err
    assert "Traceback" not in err


@contextmanager
def silent_server() -> Iterator[tuple[str, threading.Event]]:
    """Accepts connections and never answers; the event is set at the first one."""
    listener = socket.create_server(("127.0.0.1", 0))
    connected = threading.Event()
    held: list[socket.socket] = []

    def accept() -> None:
        while True:
            try:
                connection, _ = listener.accept()
            except OSError:
                return
            held.append(connection)
            connected.set()

    threading.Thread(target=accept, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}", connected
    finally:
        listener.close()
        for connection in held:
            connection.close()


@pytest.mark.parametrize("command", ["verify", "store"])
def test_ctrl_c_while_waiting_for_the_exchange_is_130_not_a_network_error(command: str) -> None:
    with silent_server() as (url, connected):
        args = [command, "--exchange", "binance", "--api-url", url]
        if command == "store":
            args += ["--label", "bot"]
        started = _wizard(
            *args,
            stdin=subprocess.PIPE,
            env={**os.environ, ENV_KEY: KEY.api_key, ENV_SECRET: KEY.secret},
        )
        assert started.stdin is not None
        started.stdin.write(f"{KEY.api_key}\n{KEY.secret}\n")
        started.stdin.close()
        started.stdin = None
        assert connected.wait(30), "the wizard never asked the exchange"
        started.send_signal(signal.SIGINT)
        out, err = started.communicate(timeout=30)
    assert started.returncode == 130, out + err
    assert "Stopped (Ctrl-C)" in err
    assert "could not" not in (out + err).lower()
    assert "Traceback" not in err


def test_a_report_into_a_missing_folder_is_a_usage_error_before_anything_is_sent(
    monkeypatch: pytest.MonkeyPatch, binance_sim: Simulator, tmp_path: Path
) -> None:
    result = run_cli(
        monkeypatch,
        [
            "verify",
            "--exchange",
            "binance",
            "--api-url",
            binance_sim.base_url,
            "--report",
            str(tmp_path / "missing" / "report.pdf"),
        ],
        api_key=KEY.api_key,
        secret=KEY.secret,
    )
    assert result.exit_code == 64
    assert "does not exist" in result.stderr
    assert binance_sim.recorded == []


def test_an_oversized_line_on_standard_input_is_a_usage_error(
    monkeypatch: pytest.MonkeyPatch, secret_service: Keychain
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("A" * 20_000_000 + "\nsecret\n"))
    result = run_cli(monkeypatch, ["store", "--exchange", "binance", "--label", "bot"])
    assert result.exit_code == 64
    assert "far longer than any key" in result.stderr


@pytest.mark.parametrize(
    ("url", "named"),
    [
        ("http://user:pass@127.0.0.1:9", "user name or password"),
        ("https://user@api.example.com", "user name or password"),
        ("http://api.example.com", "plain http is only for this computer"),
        ("http://10.0.0.5:8080", "plain http is only for this computer"),
        ("https://api.example.com/\nHost: evil", "spaces or control characters"),
        ("https://api.example.com/path", "only the scheme and host"),
        ("ftp://127.0.0.1", "http://HOST"),
        ("https://api.example.com:99999", "port"),
    ],
)
def test_an_api_url_that_could_leak_the_key_is_refused_before_anything_is_sent(
    monkeypatch: pytest.MonkeyPatch, url: str, named: str
) -> None:
    result = run_cli(
        monkeypatch,
        ["verify", "--exchange", "binance", "--api-url", url],
        api_key=KEY.api_key,
        secret=KEY.secret,
    )
    assert result.exit_code == 64, result.stderr
    assert named in result.stderr


def test_an_api_url_with_a_trailing_newline_is_taken_stripped(
    monkeypatch: pytest.MonkeyPatch, binance_sim: Simulator
) -> None:
    result = run_cli(
        monkeypatch,
        ["verify", "--exchange", "binance", "--api-url", binance_sim.base_url + "\n"],
        api_key=KEY.api_key,
        secret=KEY.secret,
    )
    assert result.exit_code == 0, result.stdout + result.stderr

"""Keys in a real Secret Service (GNOME Keyring in a D-Bus session), and every
keychain failure forced, failing closed."""

from __future__ import annotations

import base64
import io
import json
import logging
import stat
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path
from typing import Any

import keyring
import keyring.backend
import keyring.backends.SecretService
import pytest
from keyring import errors as keyring_errors

from tests.helpers.canary import canary_hits
from tests.helpers.cli import run_apart, run_cli, run_program, store_key
from wizard.errors import ErrorCode, WizardError
from wizard.sim.scenarios import Scenario, binance_scenario
from wizard.sim.server import Simulator
from wizard.store import keychain as keychain_module
from wizard.store.index import KeyIndex
from wizard.store.keychain import PENDING_SERVICE, SERVICE, Keychain, choose_backend
from wizard.verify.model import Credentials


def test_store_keeps_the_secret_in_the_keychain_only(
    monkeypatch: pytest.MonkeyPatch, binance_sim: Simulator, secret_service: Keychain
) -> None:
    scenario = binance_scenario("clean")
    result = store_key(monkeypatch, binance_sim, scenario)
    assert result.exit_code == 0, result.stderr
    assert "Secret Service" in result.stdout
    assert "binance:bot" in result.stdout
    raw = secret_service.backend.get_password(SERVICE, "binance:bot")  # the OS keychain
    assert raw is not None
    assert type(secret_service.backend).__module__ == "keyring.backends.SecretService"
    assert json.loads(raw) == {
        "apiKey": scenario.api_key,
        "secret": scenario.secret,
        "passphrase": None,
    }
    index = KeyIndex()
    assert stat.S_IMODE(index.path.stat().st_mode) == 0o600
    text = index.path.read_text()
    assert scenario.secret not in text
    assert scenario.api_key not in text
    assert "…" + scenario.api_key[-4:] in text


def test_ed25519_key_is_stored_and_verified_by_label(
    monkeypatch: pytest.MonkeyPatch, binance_sim: Simulator, secret_service: Keychain
) -> None:
    assert store_key(monkeypatch, binance_sim, binance_scenario("ed25519")).exit_code == 0
    result = run_cli(
        monkeypatch, ["verify", "--label", "bot", "--api-url", binance_sim.base_url, "--json"]
    )
    assert result.exit_code == 0
    assert result.document["verdict"] == "warn"
    assert KeyIndex().find("bot").key_type == "ed25519"  # type: ignore[union-attr]


def test_a_key_with_a_critical_flag_is_never_stored(
    monkeypatch: pytest.MonkeyPatch, binance_sim: Simulator, secret_service: Keychain
) -> None:
    result = store_key(monkeypatch, binance_sim, binance_scenario("withdraw"))
    assert result.exit_code == 1
    assert "Not stored" in result.stderr
    assert secret_service.backend.get_password(SERVICE, "binance:bot") is None
    assert KeyIndex().load() == []


def test_one_key_per_integration(
    monkeypatch: pytest.MonkeyPatch, binance_sim: Simulator, secret_service: Keychain
) -> None:
    scenario = binance_scenario("clean")
    assert store_key(monkeypatch, binance_sim, scenario).exit_code == 0
    again = store_key(monkeypatch, binance_sim, scenario, label="other")
    assert again.exit_code == 1
    assert 'already stored as "bot"' in again.stderr
    assert secret_service.backend.get_password(SERVICE, "binance:other") is None


def test_list_verify_exec_and_remove(
    monkeypatch: pytest.MonkeyPatch,
    binance_sim: Simulator,
    secret_service: Keychain,
    tmp_path: Path,
) -> None:
    scenario = binance_scenario("clean")
    assert store_key(monkeypatch, binance_sim, scenario).exit_code == 0

    listed = run_cli(monkeypatch, ["list", "--json"])
    [entry] = json.loads(listed.stdout)
    assert entry["label"] == "bot"
    assert entry["masked_key"] == "…" + scenario.api_key[-4:]
    assert set(entry) == {
        "label",
        "exchange",
        "masked_key",
        "key_type",
        "created",
        "stored_at",
        "last_verified",
        "last_verdict",
        "rotation_due",
        "confirmed",
    }

    verified = run_cli(monkeypatch, ["verify", "--label", "bot", "--api-url", binance_sim.base_url])
    assert verified.exit_code == 0

    probe = (
        "import os, sys; ok = os.environ['HALAL_API_KEY'] == sys.argv[1] and "
        "os.environ['HALAL_API_SECRET'] == sys.argv[2]; sys.exit(7 if ok else 3)"
    )
    ran = run_apart(
        "exec",
        "--label",
        "bot",
        "--",
        sys.executable,
        "-c",
        probe,
        scenario.api_key,
        scenario.secret,
    )
    assert ran.exit_code == 7  # CMD's own exit code, and it saw the credentials

    removed = run_cli(monkeypatch, ["remove", "--label", "bot"])
    assert removed.exit_code == 0
    assert secret_service.backend.get_password(SERVICE, "binance:bot") is None
    again = run_cli(monkeypatch, ["remove", "--label", "bot"])
    assert again.exit_code == 2
    assert "No key with that name" in again.stderr


# -- forced failures: each fails closed, with its name, and stores nothing -----------


class _PlaintextBackend(keyring.backend.KeyringBackend):
    """Stands in for keyrings.alt's plaintext file: high priority, never allowed."""

    priority = 100  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.written: dict[str, str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.written[username] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.written.get(username)

    def delete_password(self, service: str, username: str) -> None:
        self.written.pop(username, None)


def _only_backends(monkeypatch: pytest.MonkeyPatch, *backends: Any) -> None:
    monkeypatch.setattr(keyring.backend, "get_all_keyring", lambda: list(backends))


def test_no_usable_backend_is_keychain_unavailable(
    monkeypatch: pytest.MonkeyPatch, binance_sim: Simulator, tmp_path: Path
) -> None:
    from keyring.backends.fail import Keyring as FailKeyring

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    plaintext = _PlaintextBackend()
    _only_backends(monkeypatch, FailKeyring(), plaintext)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.store.test_keys._PlaintextBackend")
    result = store_key(monkeypatch, binance_sim, binance_scenario("clean"))
    assert result.exit_code == 2
    assert "No keychain is available" in result.stderr
    assert "gnome-keyring" in result.stderr
    assert plaintext.written == {}
    assert not (tmp_path / "halal-key-wizard" / "keys.json").exists()


class _ForcedBackend(keyring.backends.SecretService.Keyring):
    """The real Secret Service class with one call forced to fail."""

    failure: BaseException | None = None
    hang = threading.Event()

    @property
    def priority(self) -> float:  # type: ignore[override]
        return 5

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.failure is not None:
            raise self.failure
        self.hang.wait(30)


@pytest.mark.parametrize(
    ("failure", "code"),
    [
        (
            keyring_errors.KeyringLocked("Failed to unlock the collection!"),
            ErrorCode.KEYCHAIN_LOCKED,
        ),
        (keyring_errors.InitError("Prompt dismissed."), ErrorCode.KEYCHAIN_LOCKED),
        (keyring_errors.PasswordSetError("Failed to write the item"), ErrorCode.KEYCHAIN_ERROR),
        (None, ErrorCode.KEYCHAIN_LOCKED),  # hangs: an unlock prompt nobody answers
    ],
    ids=["locked", "prompt-dismissed", "write-error", "hang"],
)
def test_keychain_failures_are_named(failure: BaseException | None, code: ErrorCode) -> None:
    backend = _ForcedBackend.__new__(_ForcedBackend)
    backend.failure = failure
    chain = Keychain(backend, timeout_s=0.3)
    with pytest.raises(WizardError) as caught:
        chain.write("binance", "bot", Credentials("k" * 64, "s" * 64))
    assert caught.value.code is code


def test_oversized_value_is_refused_before_writing() -> None:
    plaintext = _PlaintextBackend()
    chain = Keychain(plaintext)
    with pytest.raises(WizardError) as caught:
        chain.write("binance", "bot", Credentials("k" * 64, "s" * 2000))
    assert caught.value.code is ErrorCode.KEYCHAIN_ERROR
    assert "too large" in caught.value.params["details"]
    assert plaintext.written == {}


def test_damaged_stored_value_is_keychain_error() -> None:
    plaintext = _PlaintextBackend()
    plaintext.written["binance:bot"] = "not json"
    with pytest.raises(WizardError) as caught:
        Keychain(plaintext).read("binance", "bot")
    assert caught.value.code is ErrorCode.KEYCHAIN_ERROR
    plaintext.written.clear()


def test_plaintext_backend_is_never_chosen(monkeypatch: pytest.MonkeyPatch) -> None:
    _only_backends(monkeypatch, _PlaintextBackend())
    with pytest.raises(WizardError) as caught:
        choose_backend()
    assert caught.value.code is ErrorCode.KEYCHAIN_UNAVAILABLE
    assert keychain_module.ALLOWED_BACKENDS.isdisjoint({"tests.store.test_keys._PlaintextBackend"})


@pytest.mark.slow
def test_canary_no_secret_anywhere_on_disk_or_in_output(
    monkeypatch: pytest.MonkeyPatch,
    binance_sim: Simulator,
    secret_service: Keychain,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """store, verify, list, exec and remove, with DEBUG logging, then search every
    file of this test's config folder, the temp folder and all output for the
    secret in raw, base64, hex and URL-encoded forms."""
    caplog.set_level(logging.DEBUG)
    started = time.time() - 1
    scenario = binance_scenario("clean")
    outputs = [store_key(monkeypatch, binance_sim, scenario)]
    outputs.append(store_key(monkeypatch, binance_sim, scenario, label="other"))  # refused
    outputs.append(
        run_cli(
            monkeypatch, ["verify", "--label", "bot", "--api-url", binance_sim.base_url, "--json"]
        )
    )
    outputs.append(run_cli(monkeypatch, ["verify", "--label", "nope"]))
    outputs.append(run_cli(monkeypatch, ["list"]))
    outputs.append(run_cli(monkeypatch, ["list", "--json"]))
    outputs.append(run_apart("exec", "--label", "bot", "--", "true"))
    replacement = binance_scenario("ed25519")
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{replacement.api_key}\n{replacement.secret}"))
    outputs.append(
        run_cli(monkeypatch, ["rotate", "--label", "bot", "--api-url", binance_sim.base_url])
    )
    assert outputs[-1].exit_code == 0
    outputs.append(run_cli(monkeypatch, ["remove", "--label", "bot"]))

    forms = set()
    for secret in (scenario.secret, *replacement.secret.splitlines()[1:-1]):
        forms |= {
            secret,
            base64.b64encode(secret.encode()).decode(),
            secret.encode().hex(),
            urllib.parse.quote(secret, safe=""),
        }
    texts = [o.stdout + o.stderr for o in outputs] + [caplog.text]
    folders = [tmp_path, Path(tempfile.gettempdir())]
    assert canary_hits(forms, texts, folders, started) == []


@pytest.mark.slow
def test_no_dbus_session_is_keychain_unavailable(tmp_path: Path) -> None:
    """A real process with no D-Bus session at all (not a stand-in backend)."""
    result = run_program(
        "keygen",
        "--label",
        "bot",
        set_env={
            "XDG_CONFIG_HOME": str(tmp_path),
            "DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent/bus",
        },
    )
    assert result.returncode == 2
    assert "No keychain is available" in result.stderr
    assert "PRIVATE" not in result.stdout + result.stderr
    assert not any(tmp_path.rglob("*.json"))


def _verified(sim: Simulator, scenario: Scenario) -> tuple[Credentials, Any]:
    from wizard.verify.service import verify_key_blocking

    credentials = Credentials(scenario.api_key, scenario.secret)
    return credentials, verify_key_blocking("binance", credentials, api_url=sim.base_url)


def test_keep_drops_the_private_key_that_waited_under_an_earlier_name(
    binance_sim: Simulator, secret_service: Keychain
) -> None:
    from wizard.store.keys import KeyStore

    store = KeyStore()
    store.keep_private_key("binance", "first-name", "-----BEGIN PRIVATE KEY-----")
    store.keep_private_key("binance", "bot", "-----BEGIN PRIVATE KEY-----")
    credentials, report = _verified(binance_sim, binance_scenario("clean"))
    kept = store.keep("binance", "bot", credentials, report, key_pair_label="first-name")
    assert (kept.item, kept.replaced) == ("binance:bot", None)
    assert kept.keychain == secret_service.backend_name
    for waiting in ("binance:first-name", "binance:bot"):
        assert secret_service.backend.get_password(PENDING_SERVICE, waiting) is None


def test_replace_names_the_retired_key_and_drops_the_waiting_private_key(
    binance_sim: Simulator, secret_service: Keychain
) -> None:
    from wizard.store.keys import KeyStore

    store = KeyStore()
    old_credentials, old_report = _verified(binance_sim, binance_scenario("clean"))
    store.keep("binance", "bot", old_credentials, old_report)
    store.keep_private_key("binance", "new-pair", "-----BEGIN PRIVATE KEY-----")
    new_credentials, new_report = _verified(binance_sim, binance_scenario("ed25519"))
    kept = store.replace("bot", new_credentials, new_report, key_pair_label="new-pair")
    assert kept.replaced is not None
    assert kept.replaced.masked_key == old_credentials.masked_key
    assert kept.record.masked_key == new_credentials.masked_key
    assert secret_service.read("binance", "bot") == new_credentials
    assert secret_service.backend.get_password(PENDING_SERVICE, "binance:new-pair") is None


def test_one_keychain_serves_the_whole_process() -> None:
    from wizard.store.keychain import process_keychain
    from wizard.store.keys import KeyStore

    assert KeyStore().keychain is KeyStore().keychain is process_keychain()

"""The store under damaged state, hostile labels, a keychain changed behind the
program's back, and a full disk: a named error and the keys as they were, never a
traceback, a key lost, a secret nobody lists or a listed key without its secret."""

from __future__ import annotations

import io
import json
import resource
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.helpers.cli import run_apart, run_cli, run_program, store_key
from wizard.sim.scenarios import Scenario, binance_scenario
from wizard.sim.server import Simulator
from wizard.store.changes import CRASH_VARIABLE, JOURNAL_FILE
from wizard.store.index import INDEX_FILE, KeyIndex, key_fingerprint
from wizard.store.keychain import (
    PENDING_SERVICE,
    SERVICE,
    STAGING_SERVICE,
    Keychain,
    encode_secret,
)
from wizard.store.keys import label_is_acceptable
from wizard.verify.model import Credentials

FIRST, SECOND, THIRD = (binance_scenario(name) for name in ("clean", "ed25519", "read_only"))
FOURTH = binance_scenario("unrestricted_old")
WITHDRAW = binance_scenario("withdraw")


def _store(
    monkeypatch: pytest.MonkeyPatch, sim: Simulator, label: str, key: Scenario = FIRST
) -> None:
    result = store_key(monkeypatch, sim, key, label)
    assert result.exit_code == 0, result.stderr


def _held(chain: Keychain, label: str, service: str = SERVICE) -> str | None:
    raw = chain.backend.get_password(service, f"binance:{label}")
    return None if raw is None else str(json.loads(raw)["apiKey"])


def _listed() -> list[str]:
    listed = run_program("list", "--json")
    assert listed.returncode == 0, listed.stderr
    return [entry["label"] for entry in json.loads(listed.stdout)]


# -- state that must not brick every command ---------------------------------------


@pytest.mark.slow
def test_a_crash_after_checked_with_the_staged_key_gone_keeps_the_old_key(
    monkeypatch: pytest.MonkeyPatch, binance_sim: Simulator, secret_service: Keychain
) -> None:
    _store(monkeypatch, binance_sim, "bot")
    crashed = run_program(
        "rotate",
        "--label",
        "bot",
        "--api-url",
        binance_sim.base_url,
        stdin=f"{SECOND.api_key}\n{SECOND.secret}",
        set_env={CRASH_VARIABLE: "replace:checked"},
    )
    assert crashed.returncode == 86, crashed.stderr
    secret_service.backend.delete_password(STAGING_SERVICE, "binance:bot")

    for args in (["list"], ["verify", "--label", "bot", "--api-url", binance_sim.base_url]):
        ran = run_program(*args)
        assert ran.returncode == 0, ran.stdout + ran.stderr
    assert _held(secret_service, "bot") == FIRST.api_key
    assert KeyIndex().find("bot").fingerprint == key_fingerprint(FIRST.api_key)  # type: ignore[union-attr]
    assert not (KeyIndex().folder / JOURNAL_FILE).exists()


@pytest.mark.parametrize(
    "journal",
    [
        {"operation": "replace", "label": 5, "exchange": "binance", "step": "checked"},
        {
            "operation": "keep",
            "label": "bot",
            "exchange": "binance",
            "step": "written",
            "record": {},
            "surprise": True,
        },
        {"operation": "remove", "label": "bot", "exchange": "binance", "step": ["started"]},
        {
            "operation": "replace",
            "label": "bot",
            "exchange": "nowhere",
            "step": "checked",
            "record": None,
        },
        [1, 2, 3],
        "not even an object",
    ],
    ids=["label-number", "unknown-field", "step-list", "unknown-exchange", "list", "text"],
)
def test_a_damaged_journal_is_set_aside_and_every_command_still_works(
    monkeypatch: pytest.MonkeyPatch,
    binance_sim: Simulator,
    secret_service: Keychain,
    journal: object,
) -> None:
    _store(monkeypatch, binance_sim, "bot")
    folder = KeyIndex().folder
    (folder / JOURNAL_FILE).write_text(json.dumps(journal))

    listed = run_cli(monkeypatch, ["list"])
    assert listed.exit_code == 0, listed.stderr
    assert "was set aside" in listed.stderr
    assert "bot" in listed.stdout
    assert not (folder / JOURNAL_FILE).exists()
    assert len(list(folder.glob(f"{JOURNAL_FILE}.damaged-*"))) == 1
    verified = run_cli(monkeypatch, ["verify", "--label", "bot", "--api-url", binance_sim.base_url])
    assert verified.exit_code == 0, verified.stderr
    assert _held(secret_service, "bot") == FIRST.api_key


@pytest.mark.parametrize(
    "content",
    [
        "[" * 100_000 + "]" * 100_000,
        '{"version": 1, "keys": [' + "[" * 100_000 + "]" * 100_000 + "]}",
        '{"version": 1, "keys": [{"label": 7}]}',
        '{"version": 1, "keys": "bot"}',
        "\udcff not text".encode("utf-8", "surrogatepass").decode("latin-1"),
    ],
    ids=["nested-100000", "nested-record", "label-number", "keys-text", "not-utf8"],
)
def test_a_damaged_index_is_a_named_error_without_a_traceback(
    secret_service: Keychain, content: str
) -> None:
    folder = KeyIndex().folder
    folder.mkdir(parents=True, exist_ok=True)
    (folder / INDEX_FILE).write_bytes(content.encode("latin-1", "surrogateescape"))
    for args in (["list"], ["remove", "--label", "bot"], ["exec", "--label", "bot", "--", "true"]):
        ran = run_program(*args)
        assert ran.returncode == 2, (args, ran.stderr)
        assert "is damaged" in ran.stderr
        assert INDEX_FILE in ran.stderr
        assert "Traceback" not in ran.stderr


# -- labels --------------------------------------------------------------------------

HOSTILE_SIGNS = st.sampled_from(
    [
        "\x1b",
        "\r",
        "\n",
        "\t",
        "\x00",
        "\x7f",
        "\u202e",  # right-to-left override
        "\u2066",  # left-to-right isolate
        "\u200b",  # zero-width space
        "\u200d",  # zero-width joiner
        "\ufeff",  # zero-width no-break space
        "\u2028",  # line separator
        "\u00a0",  # no-break space
        ":",
        "/",
        "\\",
    ]
)


@given(
    before=st.text(alphabet=st.characters(categories=["L", "N"]), max_size=20),
    sign=HOSTILE_SIGNS,
    after=st.text(alphabet=st.characters(categories=["L", "N"]), max_size=20),
)
def test_a_label_with_a_control_bidi_or_invisible_sign_is_refused(
    before: str, sign: str, after: str
) -> None:
    assert not label_is_acceptable(before + sign + after)


@given(st.text(min_size=1, max_size=64))
def test_an_accepted_label_holds_only_visible_signs_and_spaces(label: str) -> None:
    if label_is_acceptable(label):
        assert label == label.strip()
        assert all(sign == " " or unicodedata.category(sign)[0] in "LMNPS" for sign in label), (
            ascii(label)
        )
        assert not set(label) & set(":/\\")


@pytest.mark.parametrize("label", ["bot\x1b[2J", "bot\rfake", "bot\u202egnp.exe", "b\u200bot", ""])
def test_store_refuses_a_hostile_label_before_asking_for_the_key(
    monkeypatch: pytest.MonkeyPatch, binance_sim: Simulator, secret_service: Keychain, label: str
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{FIRST.api_key}\n{FIRST.secret}\n"))
    result = run_cli(
        monkeypatch,
        ["store", "--exchange", "binance", "--label", label, "--api-url", binance_sim.base_url],
    )
    assert result.exit_code == 1
    assert "Choose a name of 1 to 64" in result.stderr
    assert label == "" or label not in result.stderr + result.stdout
    assert KeyIndex().load() == []
    assert binance_sim.recorded == []  # nothing was sent


def test_list_shows_a_hand_edited_label_escaped(
    monkeypatch: pytest.MonkeyPatch, binance_sim: Simulator, secret_service: Keychain
) -> None:
    _store(monkeypatch, binance_sim, "bot")
    path = KeyIndex().path
    document = json.loads(path.read_text())
    document["keys"][0]["label"] = "bot\x1b[2J\rFAKE ROW\u202e"
    path.write_text(json.dumps(document))
    listed = run_cli(monkeypatch, ["list"])
    assert listed.exit_code == 0, listed.stderr
    assert not {"\x1b", "\r", "\u202e"} & set(listed.stdout)
    assert "bot\\u001b[2J\\u000dFAKE ROW\\u202e" in listed.stdout


def test_labels_ending_in_the_programs_old_suffixes_do_not_collide(
    monkeypatch: pytest.MonkeyPatch, binance_sim: Simulator, secret_service: Keychain
) -> None:
    _store(monkeypatch, binance_sim, "foo~staging", FIRST)
    _store(monkeypatch, binance_sim, "foo", SECOND)
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{THIRD.api_key}\n{THIRD.secret}\n"))
    rotated = run_cli(monkeypatch, ["rotate", "--label", "foo", "--api-url", binance_sim.base_url])
    assert rotated.exit_code == 0, rotated.stderr
    assert _held(secret_service, "foo") == THIRD.api_key
    assert _held(secret_service, "foo~staging") == FIRST.api_key
    assert _held(secret_service, "foo", STAGING_SERVICE) is None

    _store(monkeypatch, binance_sim, "foo2~private", FOURTH)
    made = run_cli(monkeypatch, ["keygen", "--exchange", "binance", "--label", "foo2"])
    assert made.exit_code == 0, made.stderr
    assert _held(secret_service, "foo2~private") == FOURTH.api_key
    assert secret_service.backend.get_password(PENDING_SERVICE, "binance:foo2") is not None
    secret_service.backend.delete_password(PENDING_SERVICE, "binance:foo2")


# -- the keychain changed behind the program's back ---------------------------------------


def test_a_key_swapped_in_the_keychain_is_refused_by_exec_and_verify(
    monkeypatch: pytest.MonkeyPatch, binance_sim: Simulator, secret_service: Keychain
) -> None:
    _store(monkeypatch, binance_sim, "bot")
    secret_service.backend.set_password(
        SERVICE, "binance:bot", encode_secret(Credentials(WITHDRAW.api_key, WITHDRAW.secret))
    )
    ran = run_apart("exec", "--label", "bot", "--", sys.executable, "-c", "print('started')")
    assert ran.exit_code == 2
    assert "started" not in ran.stdout
    assert "holds another key than the one verified and stored" in ran.stderr
    verified = run_cli(monkeypatch, ["verify", "--label", "bot", "--api-url", binance_sim.base_url])
    assert verified.exit_code == 2
    assert "holds another key" in verified.stdout + verified.stderr
    assert WITHDRAW.api_key not in ran.stderr + verified.stderr + verified.stdout


def test_the_session_collection_is_refused_like_a_missing_keychain(
    binance_sim: Simulator, secret_service: Keychain
) -> None:
    ran = run_program(
        "store",
        "--exchange",
        "binance",
        "--label",
        "bot",
        "--api-url",
        binance_sim.base_url,
        stdin=f"{FIRST.api_key}\n{FIRST.secret}\n",
        set_env={
            "KEYRING_PROPERTY_PREFERRED_COLLECTION": "/org/freedesktop/secrets/collection/session"
        },
    )
    assert ran.returncode == 2, ran.stderr
    assert "session collection" in ran.stderr
    assert "Traceback" not in ran.stderr
    assert _held(secret_service, "bot") is None
    assert KeyIndex().load() == []


@pytest.mark.parametrize("variable", ["KEYRING_PROPERTY_PRIORITY", "KEYRING_PROPERTY_SCHEME"])
def test_keyring_settings_it_cannot_apply_are_named(
    secret_service: Keychain, variable: str
) -> None:
    ran = run_program("list", set_env={variable: "0.5" if "PRIORITY" in variable else "x"})
    assert "Traceback" not in ran.stderr
    if ran.returncode != 0:  # a setting keyring applies without complaint may pass
        assert ran.returncode == 2
        assert "keychain" in ran.stderr.lower()


# -- a full disk ---------------------------------------------------------------------


def _run_with_file_limit(
    limit: int, *args: str, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    """The wizard with no file it writes allowed past ``limit`` bytes (as on a full
    disk: the write fails with EFBIG, which Python sees as an OSError)."""

    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run(
        [sys.executable, "-m", "wizard", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        preexec_fn=limited,
    )


def test_a_full_disk_while_storing_leaves_no_secret_behind(
    monkeypatch: pytest.MonkeyPatch, binance_sim: Simulator, secret_service: Keychain
) -> None:
    _store(monkeypatch, binance_sim, "bot")
    one_record = KeyIndex().path.stat().st_size
    # Room for the journal (one record), not for the index with two records.
    ran = _run_with_file_limit(
        one_record * 3 // 2,
        "store",
        "--exchange",
        "binance",
        "--label",
        "other",
        "--api-url",
        binance_sim.base_url,
        stdin=f"{SECOND.api_key}\n{SECOND.secret}",
    )
    assert ran.returncode == 2, ran.stderr
    assert f"{INDEX_FILE} cannot be written" in ran.stderr  # the secret was written first
    assert "Nothing was changed" in ran.stderr
    assert "Traceback" not in ran.stderr
    assert _held(secret_service, "other") is None  # no orphan secret
    assert _listed() == ["bot"]
    assert _held(secret_service, "bot") == FIRST.api_key
    assert not (KeyIndex().folder / JOURNAL_FILE).exists()


def test_a_full_disk_while_removing_keeps_the_key_listed_with_its_secret(
    monkeypatch: pytest.MonkeyPatch, binance_sim: Simulator, secret_service: Keychain
) -> None:
    _store(monkeypatch, binance_sim, "bot")
    ran = _run_with_file_limit(1, "remove", "--label", "bot")
    assert ran.returncode == 2, ran.stderr
    assert "cannot be written" in ran.stderr
    assert "Traceback" not in ran.stderr
    assert _listed() == ["bot"]
    assert _held(secret_service, "bot") == FIRST.api_key
    # With room again, the removal goes through whole.
    removed = run_program("remove", "--label", "bot")
    assert removed.returncode == 0, removed.stderr
    assert _listed() == []
    assert _held(secret_service, "bot") is None


def test_a_full_disk_while_rotating_keeps_the_old_key(
    monkeypatch: pytest.MonkeyPatch, binance_sim: Simulator, secret_service: Keychain
) -> None:
    _store(monkeypatch, binance_sim, "bot")
    ran = _run_with_file_limit(
        1,
        "rotate",
        "--label",
        "bot",
        "--api-url",
        binance_sim.base_url,
        stdin=f"{SECOND.api_key}\n{SECOND.secret}",
    )
    assert ran.returncode == 2, ran.stderr
    assert "Traceback" not in ran.stderr
    assert _held(secret_service, "bot") == FIRST.api_key
    assert _held(secret_service, "bot", STAGING_SERVICE) is None
    assert _listed() == ["bot"]


def test_the_config_folder_path_taken_by_a_file_is_named(
    secret_service: Keychain, tmp_path: Path
) -> None:
    folder = KeyIndex().folder
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("not a folder")
    ran = run_program("list")
    assert ran.returncode == 2, ran.stderr
    assert "Traceback" not in ran.stderr
    assert str(folder) in ran.stderr

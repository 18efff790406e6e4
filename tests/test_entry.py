"""What a person pastes as key and secret, checked before anything is sent."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wizard.entry import check_entry
from wizard.sim.scenarios import binance_scenario

KEY = binance_scenario("clean").api_key
SECRET = binance_scenario("clean").secret
PEM = binance_scenario("ed25519").secret


def _problems(key: str, secret: str) -> dict[str, str]:
    entry = check_entry("binance", key, secret)
    return {problem.where: problem.text() for problem in entry.problems}


def test_clean_pair_passes() -> None:
    entry = check_entry("binance", KEY, SECRET)
    assert entry.ok
    assert (entry.api_key, entry.secret) == (KEY, SECRET)


def test_pasted_whitespace_and_invisible_characters_are_trimmed() -> None:
    entry = check_entry("binance", f"  {KEY}\n", f"\u200b{SECRET[:30]} \n{SECRET[30:]}\t")
    assert entry.ok
    assert (entry.api_key, entry.secret) == (KEY, SECRET)


@pytest.mark.parametrize(
    ("key", "secret", "field", "words"),
    [
        (KEY[:-1], SECRET, "key", "64 characters long, but this has 63"),
        (KEY, SECRET + "A", "secret", "64 characters long, but this has 65"),
        (KEY[:-2] + "-_", SECRET, "key", "characters it never contains: - _"),
        ("API Key: " + KEY, SECRET, "key", "characters it never contains: :"),
        ("", SECRET, "key", "Paste the API Key"),
        (KEY, "", "secret", "Paste the Secret Key"),
        (KEY, KEY, "secret", "same as the key"),
        (PEM, KEY, "key", "private key, which belongs in the secret field"),
        (KEY, "-----BEGIN PUBLIC KEY-----\nMCow\n-----END PUBLIC KEY-----", "secret", "public key"),
        (KEY, PEM.splitlines()[0] + "\n" + PEM.splitlines()[1], "secret", "incomplete"),
    ],
    ids=[
        "key-short",
        "secret-long",
        "bad-chars",
        "label-pasted",
        "no-key",
        "no-secret",
        "same-twice",
        "swapped",
        "public-key",
        "cut-pem",
    ],
)
def test_problems_say_what_is_wrong(key: str, secret: str, field: str, words: str) -> None:
    problems = _problems(key, secret)
    assert field in problems
    assert words in problems[field]


def test_ed25519_private_key_is_accepted_as_secret() -> None:
    entry = check_entry("binance", KEY, "\n  " + PEM.replace("\n", "\r\n") + "  ")
    assert entry.ok
    assert entry.is_ed25519
    assert entry.secret == PEM


def test_a_pem_flattened_by_a_one_line_field_is_rebuilt() -> None:
    entry = check_entry("binance", KEY, PEM.replace("\n", ""))
    assert entry.ok
    assert entry.secret == PEM


def test_non_ed25519_private_key_is_refused() -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    pem = (
        ec.generate_private_key(ec.SECP256R1())
        .private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        .decode()
    )
    assert "not an unencrypted Ed25519 key" in _problems(KEY, pem)["secret"]


@given(st.text(max_size=200), st.text(max_size=200))
def test_any_input_gives_a_verdict_and_never_echoes_the_secret(key: str, secret: str) -> None:
    entry = check_entry("binance", key, secret)
    for problem in entry.problems:
        text = problem.text()
        assert text
        cleaned = entry.secret.strip()
        if len(cleaned) >= 8:
            assert cleaned not in text

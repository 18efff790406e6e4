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


@pytest.mark.slow
@given(st.text(max_size=200), st.text(max_size=200))
def test_any_input_gives_a_verdict_and_never_echoes_the_secret(key: str, secret: str) -> None:
    entry = check_entry("binance", key, secret)
    for problem in entry.problems:
        text = problem.text()
        assert text
        cleaned = entry.secret.strip()
        if len(cleaned) >= 8:
            assert cleaned not in text


# -- the other exchanges' formats ---------------------------------------------------
OKX_KEY = "3f1c2b9e-7a4d-4c1e-9b2a-5d6e7f8a9b0c"
OKX_SECRET = "0A1B2C3D4E5F60718293A4B5C6D7E8F9"
COINBASE_NAME = (
    "organizations/1b2c3d4e-5f60-4718-92a3-b4c5d6e7f809/apiKeys/"
    "a1b2c3d4-e5f6-4789-8abc-def012345678"
)


def _ec_pem() -> str:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    key = ec.generate_private_key(ec.SECP256R1())
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption(),
    ).decode()


def test_okx_needs_its_passphrase() -> None:
    missing = check_entry("okx", OKX_KEY, OKX_SECRET)
    assert [p.where for p in missing.problems] == ["passphrase"]
    assert "passphrase you chose" in missing.problems[0].text()
    entry = check_entry("okx", OKX_KEY, OKX_SECRET, "  My pass phrase!\n")
    assert entry.ok
    assert entry.passphrase == "My pass phrase!"  # inner spaces kept, the paste's ends not


def test_only_okx_asks_for_a_passphrase() -> None:
    assert check_entry("binance", KEY, SECRET, "ignored").passphrase is None


@pytest.mark.parametrize(
    ("exchange", "key", "secret"),
    [
        ("kraken", "A" * 55 + "=", "Ab+/" * 22),
        ("bybit", "A1" * 9, "B2" * 18),
        ("okx", OKX_KEY, OKX_SECRET),
    ],
)
def test_each_exchange_takes_its_own_shape(exchange: str, key: str, secret: str) -> None:
    entry = check_entry(exchange, key, secret, "passphrase")
    assert entry.ok, [p.text() for p in entry.problems]
    short = check_entry(exchange, key[:-1], secret, "passphrase")
    assert [p.where for p in short.problems] == ["key"]


def test_coinbase_key_name_and_ec_private_key() -> None:
    pem = _ec_pem()
    assert check_entry("coinbase", COINBASE_NAME, pem).ok
    # Copied out of the JSON file Coinbase offers: line breaks arrive as \n.
    escaped = pem.replace("\n", "\\n")
    entry = check_entry("coinbase", f'"{COINBASE_NAME}"'.strip('"'), escaped)
    assert entry.ok
    assert entry.secret == pem
    assert not entry.is_ed25519


def test_coinbase_ed25519_secret_and_bare_key_id() -> None:
    entry = check_entry("coinbase", "a1b2c3d4-e5f6-4789-8abc-def012345678", "Qk" * 43 + "==")
    assert entry.ok, [p.text() for p in entry.problems]


@pytest.mark.parametrize(
    ("key", "secret", "words"),
    [
        ("organizations/x/apiKeys/y", None, "organizations/…/apiKeys/…"),
        (COINBASE_NAME, "ed25519", "not the kind Coinbase makes"),
    ],
)
def test_coinbase_problems(key: str, secret: str | None, words: str) -> None:
    secret_text = PEM if secret == "ed25519" else _ec_pem()
    problems = " ".join(p.text() for p in check_entry("coinbase", key, secret_text).problems)
    assert words in problems


def test_a_private_key_file_where_the_exchange_has_none() -> None:
    problems = check_entry("bybit", "A1" * 9, PEM).problems
    assert "Bybit keys have no private key file" in problems[0].text()

"""The exchanges the wizard knows, and what sets each apart: the one place that names
them. Tiny on purpose (the first page reads it).

Each exchange's code lives in modules named after its ``id``: its adapter
(``wizard/verify/exchanges/<id>.py``) and capability map (``<id>_capabilities.py``),
its guide (``wizard/guide/<id>.py``) and its simulator (``wizard/sim/<id>.py``).
Adding an exchange means an entry here and those four modules, nothing else.
"""

from __future__ import annotations

from typing import NamedTuple


class Exchange(NamedTuple):
    id: str
    name: str  # as people read it
    # What its keys look like: (length, alphabet) of the API key and of the secret.
    # Length 0: any; alphabets are named in wizard/entry.py.
    key: tuple[int, str]
    secret: tuple[int, str]
    # A private key the secret may be instead: "ed25519" (a key pair made on this
    # computer) or "ec" (an ECDSA P-256 key the exchange made).
    pem: str | None = None
    key_pattern: str | None = None  # a whole-key pattern instead of the length check
    passphrase: bool = False  # a third secret the person chose when making the key
    self_generated_keys: bool = False  # takes a key pair made here (keygen, Create page)
    # The secret itself is a private key, also when it is not a PEM (Coinbase's
    # 88-character Ed25519 secret): the key type is then never "hmac".
    secret_is_private_key: bool = False


_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"

EXCHANGES: tuple[Exchange, ...] = (
    Exchange(
        "binance",
        "Binance",
        key=(64, "alnum"),
        secret=(64, "alnum"),
        pem="ed25519",
        self_generated_keys=True,
    ),
    Exchange("bybit", "Bybit", key=(18, "alnum"), secret=(36, "alnum")),
    Exchange("okx", "OKX", key=(36, "hex-dashes"), secret=(32, "hex"), passphrase=True),
    Exchange("kraken", "Kraken", key=(56, "base64"), secret=(88, "base64")),
    Exchange(
        "coinbase",
        "Coinbase",
        key=(0, "key-name"),
        secret=(88, "base64"),
        pem="ec",
        # A CDP key's name, "organizations/{org}/apiKeys/{id}", or the key id alone.
        key_pattern=rf"(?:organizations/{_UUID}/apiKeys/)?{_UUID}",
        secret_is_private_key=True,
    ),
)
IDS: tuple[str, ...] = tuple(exchange.id for exchange in EXCHANGES)
DEFAULT = IDS[0]  # the one chosen when the person has not chosen yet
NAMES: dict[str, str] = {exchange.id: exchange.name for exchange in EXCHANGES}


def exchange(exchange_id: str) -> Exchange:
    for known in EXCHANGES:
        if known.id == exchange_id:
            return known
    raise ValueError(f"unknown exchange: {exchange_id}")


def self_generated() -> tuple[str, ...]:
    """The exchanges that take a key pair made on this computer."""
    return tuple(known.id for known in EXCHANGES if known.self_generated_keys)

"""Checks what a person typed or pasted as key and secret, before anything is sent.

Free of Qt. Every problem names the field, what is wrong and how to fix it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from wizard.exchanges import EXCHANGES, exchange
from wizard.i18n import EXCHANGE_NAMES, QT_TRANSLATE_NOOP, Translate, english

# Spaces, tabs, line breaks and the invisible characters copy-paste brings along.
_INVISIBLE = re.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff]+")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
_PEM_BLOCK = re.compile(r"-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \1-----", re.S)
_PEM_PRIVATE = re.compile(
    r"-----BEGIN ((?:ENCRYPTED |EC )?PRIVATE KEY)-----.+?-----END \1-----",
    re.S,
)
_LETTERS_AND_DIGITS = re.compile(r"[A-Za-z0-9]+")
_HEX_AND_DASHES = re.compile(r"[0-9A-Fa-f-]+")
_HEX = re.compile(r"[0-9A-Fa-f]+")
_BASE64 = re.compile(r"[A-Za-z0-9+/=]+")


@dataclass(frozen=True)
class Shape:
    """What one field of an exchange's keys looks like."""

    length: int
    alphabet: re.Pattern[str]
    alphabet_text: str


@dataclass(frozen=True)
class KeyFormat:
    """What an exchange's keys look like, and what else it asks for."""

    key: Shape
    secret: Shape
    # Private keys a secret may be instead: "ed25519" (a key pair made on this
    # computer) or "ec" (an ECDSA P-256 key the exchange made).
    pem: str | None = None
    # A whole-key pattern replacing the length check (a key with a structure).
    key_pattern: re.Pattern[str] | None = None
    passphrase: bool = False  # a third secret the person chose when making the key


_ALNUM = QT_TRANSLATE_NOOP("Entry", "letters and digits")
_HEX_TEXT = QT_TRANSLATE_NOOP("Entry", "the digits 0-9 and the letters A-F")
_BASE64_TEXT = QT_TRANSLATE_NOOP("Entry", "letters, digits and the signs + / =")
# The alphabets the exchange registry (wizard/exchanges.py) names, and how they read.
ALPHABETS: Mapping[str, tuple[re.Pattern[str], str]] = {
    "alnum": (_LETTERS_AND_DIGITS, _ALNUM),
    "hex": (_HEX, _HEX_TEXT),
    "hex-dashes": (
        _HEX_AND_DASHES,
        QT_TRANSLATE_NOOP("Entry", "the digits 0-9, A-F and dashes"),
    ),
    "base64": (_BASE64, _BASE64_TEXT),
    "key-name": (
        re.compile(r"[A-Za-z0-9/-]+"),
        QT_TRANSLATE_NOOP("Entry", "letters, digits, / and -"),
    ),
}


def _shape(length_and_alphabet: tuple[int, str]) -> Shape:
    length, name = length_and_alphabet
    return Shape(length, *ALPHABETS[name])


def key_format(exchange_id: str) -> KeyFormat:
    """What ``exchange_id``'s keys look like, from the exchange registry."""
    known = exchange(exchange_id)
    return KeyFormat(
        _shape(known.key),
        _shape(known.secret),
        known.pem,
        re.compile(known.key_pattern, re.I) if known.key_pattern else None,
        known.passphrase,
    )


FORMATS: Mapping[str, KeyFormat] = {known.id: key_format(known.id) for known in EXCHANGES}


def needs_passphrase(exchange_id: str) -> bool:
    return exchange(exchange_id).passphrase


_WORDS = ("what", "alphabet")


@dataclass(frozen=True)
class Problem:
    where: str  # "key" or "secret"
    template: str
    params: Mapping[str, str] = field(default_factory=dict)

    def text(self, translate: Translate = english) -> str:
        # "what" and "alphabet" are themselves texts of this catalogue (marked below).
        values = {
            name: translate("Entry", value) if name in _WORDS else value
            for name, value in self.params.items()
        }
        return translate("Entry", self.template).format(**values)


@dataclass(frozen=True)
class CleanEntry:
    """The key, secret (and passphrase) as they will be used, and what is wrong."""

    api_key: str
    secret: str
    problems: tuple[Problem, ...]
    passphrase: str | None = None

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def is_ed25519(self) -> bool:
        return "PRIVATE KEY" in self.secret and "EC PRIVATE KEY" not in self.secret


def clean_key(text: str) -> str:
    return _INVISIBLE.sub("", text)


def clean_secret(text: str) -> str:
    """A PEM is rebuilt in its standard layout (a single-line field flattens its
    line breaks, a copy out of a JSON file brings them as the two characters \\n);
    anything else loses every space and line break of the paste."""
    text = _ZERO_WIDTH.sub("", text)
    if "-----BEGIN" in text:
        text = text.replace("\\n", "\n")
    pem = _PEM_BLOCK.search(text)
    if pem is not None:
        label, body = pem.group(1), _INVISIBLE.sub("", pem.group(2))
        rows = [body[i : i + 64] for i in range(0, len(body), 64)]
        return "\n".join([f"-----BEGIN {label}-----", *rows, f"-----END {label}-----"]) + "\n"
    if "-----BEGIN" in text:
        return text.strip()
    return _INVISIBLE.sub("", text)


def clean_passphrase(text: str) -> str:
    """Only what pasting adds at either end goes: a passphrase may hold any character."""
    return _ZERO_WIDTH.sub("", text).strip()


def check_entry(
    exchange: str, raw_key: str, raw_secret: str, raw_passphrase: str = ""
) -> CleanEntry:
    fmt = FORMATS[exchange]
    named = {"exchange": EXCHANGE_NAMES.get(exchange, exchange)}
    api_key, secret = clean_key(raw_key), clean_secret(raw_secret)
    problems: list[Problem] = []

    if "-----BEGIN" in api_key or "PRIVATEKEY" in api_key:
        problems.append(
            Problem(
                "key",
                QT_TRANSLATE_NOOP(
                    "Entry",
                    "This looks like a private key, which belongs in the secret field. "
                    "Put the API Key here: the one {exchange} shows for the key.",
                ),
                named,
            )
        )
    elif not api_key:
        problems.append(Problem("key", QT_TRANSLATE_NOOP("Entry", "Paste the API Key here.")))
    else:
        problems += _key_problems(api_key, fmt)

    if "PUBLIC KEY" in secret:
        problems.append(
            Problem(
                "secret",
                QT_TRANSLATE_NOOP(
                    "Entry",
                    "This is a public key. The secret is the private key: the text "
                    "that begins with BEGIN PRIVATE KEY.",
                ),
            )
        )
    elif "-----BEGIN" in secret:
        problems += _pem_problems(secret, fmt, named)
    elif not secret:
        problems.append(Problem("secret", QT_TRANSLATE_NOOP("Entry", "Paste the Secret Key here.")))
    else:
        problems += _shape_problems("secret", secret, fmt.secret)

    if api_key and api_key == secret:
        problems.append(
            Problem(
                "secret",
                QT_TRANSLATE_NOOP(
                    "Entry",
                    "The secret is the same as the key. Copy the Secret Key from {exchange}; "
                    "it is a different text.",
                ),
                named,
            )
        )
    passphrase = clean_passphrase(raw_passphrase) if fmt.passphrase else None
    if fmt.passphrase and not passphrase:
        problems.append(
            Problem(
                "passphrase",
                QT_TRANSLATE_NOOP(
                    "Entry",
                    "Type the passphrase you chose when you made this key on {exchange}. "
                    "{exchange} cannot show it again: if it is lost, make a new key.",
                ),
                named,
            )
        )
    return CleanEntry(api_key, secret, tuple(problems), passphrase)


def _key_problems(api_key: str, fmt: KeyFormat) -> list[Problem]:
    if fmt.key_pattern is None:
        return _shape_problems("key", api_key, fmt.key)
    problems = _alphabet_problems("key", api_key, fmt.key)
    if problems or fmt.key_pattern.fullmatch(api_key):
        return problems
    return [
        Problem(
            "key",
            QT_TRANSLATE_NOOP(
                "Entry",
                "This is not a key name of the form organizations/…/apiKeys/…. Copy "
                "the whole name, from organizations to the end.",
            ),
        )
    ]


def _pem_problems(secret: str, fmt: KeyFormat, named: Mapping[str, str]) -> list[Problem]:
    if fmt.pem is None:
        return [
            Problem(
                "secret",
                QT_TRANSLATE_NOOP(
                    "Entry",
                    "{exchange} keys have no private key file. Paste the secret "
                    "{exchange} showed when you made the key.",
                ),
                named,
            )
        ]
    if not _PEM_PRIVATE.search(secret):
        return [
            Problem(
                "secret",
                QT_TRANSLATE_NOOP(
                    "Entry",
                    "The private key is incomplete: copy everything from BEGIN "
                    "to END, both lines included.",
                ),
            )
        ]
    if fmt.pem == "ed25519" and not _is_ed25519_pem(secret):
        return [
            Problem(
                "secret",
                QT_TRANSLATE_NOOP(
                    "Entry",
                    "This private key is not an unencrypted Ed25519 key. {exchange}'s "
                    "key generator makes the right kind.",
                ),
                named,
            )
        ]
    if fmt.pem == "ec" and not _is_p256_pem(secret):
        return [
            Problem(
                "secret",
                QT_TRANSLATE_NOOP(
                    "Entry",
                    "This private key is not the kind {exchange} makes (ECDSA P-256, "
                    "unencrypted). Copy the private key of the API key you made.",
                ),
                named,
            )
        ]
    return []


def _shape_problems(name: str, value: str, shape: Shape) -> list[Problem]:
    problems = _alphabet_problems(name, value, shape)
    if problems or len(value) == shape.length:
        return problems
    return [
        Problem(
            name,
            QT_TRANSLATE_NOOP(
                "Entry",
                "The {what} is {expected} characters long, but this has {actual}. "
                "Part of it may be missing; copy it again, all of it.",
            ),
            {"what": _WHAT[name], "expected": str(shape.length), "actual": str(len(value))},
        )
    ]


_WHAT = {
    "key": QT_TRANSLATE_NOOP("Entry", "API Key"),
    "secret": QT_TRANSLATE_NOOP("Entry", "Secret Key"),
}


def _alphabet_problems(name: str, value: str, shape: Shape) -> list[Problem]:
    bad = sorted({char for char in value if not shape.alphabet.fullmatch(char)})
    if not bad:
        return []
    shown = " ".join(repr(char)[1:-1] for char in bad[:5])
    return [
        Problem(
            name,
            QT_TRANSLATE_NOOP(
                "Entry",
                "The {what} has characters it never contains: {chars}. It is only "
                "{alphabet}; copy it again without anything around it.",
            ),
            {"what": _WHAT[name], "chars": shown, "alphabet": shape.alphabet_text},
        )
    ]


def _load_private_pem(secret: str) -> object | None:
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    try:
        return load_pem_private_key(secret.encode(), password=None)
    except (ValueError, TypeError):
        return None


def _is_ed25519_pem(secret: str) -> bool:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return isinstance(_load_private_pem(secret), Ed25519PrivateKey)


def _is_p256_pem(secret: str) -> bool:
    from cryptography.hazmat.primitives.asymmetric import ec

    key = _load_private_pem(secret)
    return isinstance(key, ec.EllipticCurvePrivateKey) and isinstance(key.curve, ec.SECP256R1)

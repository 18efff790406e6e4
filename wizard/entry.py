"""Checks what a person typed or pasted as key and secret, before anything is sent.

Free of Qt. Every problem names the field, what is wrong and how to fix it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from wizard.i18n import QT_TRANSLATE_NOOP, Translate, english

# Spaces, tabs, line breaks and the invisible characters copy-paste brings along.
_INVISIBLE = re.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff]+")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
_PEM_BLOCK = re.compile(r"-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \1-----", re.S)
_PEM_PRIVATE = re.compile(
    r"-----BEGIN (?:ENCRYPTED )?PRIVATE KEY-----.+?-----END (?:ENCRYPTED )?PRIVATE KEY-----",
    re.S,
)


@dataclass(frozen=True)
class KeyFormat:
    """What an exchange's keys look like."""

    key_length: int
    secret_length: int
    alphabet: re.Pattern[str]
    alphabet_text: str


FORMATS: Mapping[str, KeyFormat] = {
    "bybit": KeyFormat(
        18, 36, re.compile(r"[A-Za-z0-9]+"), QT_TRANSLATE_NOOP("Entry", "letters and digits")
    ),
    "binance": KeyFormat(
        64, 64, re.compile(r"[A-Za-z0-9]+"), QT_TRANSLATE_NOOP("Entry", "letters and digits")
    ),
}


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
    """The key and secret as they will be used, and what is wrong with them."""

    api_key: str
    secret: str
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def is_ed25519(self) -> bool:
        return "PRIVATE KEY" in self.secret


def clean_key(text: str) -> str:
    return _INVISIBLE.sub("", text)


def clean_secret(text: str) -> str:
    """A PEM is rebuilt in its standard layout (a single-line field flattens its
    line breaks); anything else loses every space and line break of the paste."""
    pem = _PEM_BLOCK.search(_ZERO_WIDTH.sub("", text))
    if pem is not None:
        label, body = pem.group(1), _INVISIBLE.sub("", pem.group(2))
        rows = [body[i : i + 64] for i in range(0, len(body), 64)]
        return "\n".join([f"-----BEGIN {label}-----", *rows, f"-----END {label}-----"]) + "\n"
    if "-----BEGIN" in text:
        return text.strip()
    return _INVISIBLE.sub("", text)


def check_entry(exchange: str, raw_key: str, raw_secret: str) -> CleanEntry:
    fmt = FORMATS[exchange]
    api_key, secret = clean_key(raw_key), clean_secret(raw_secret)
    problems: list[Problem] = []

    if "-----BEGIN" in api_key or "PRIVATEKEY" in api_key:
        problems.append(
            Problem(
                "key",
                QT_TRANSLATE_NOOP(
                    "Entry",
                    "This looks like a private key, which belongs in the secret field. "
                    "Put the API Key here: the one Binance shows in the key's row.",
                ),
            )
        )
    elif not api_key:
        problems.append(Problem("key", QT_TRANSLATE_NOOP("Entry", "Paste the API Key here.")))
    else:
        problems += _shape_problems("key", api_key, fmt.key_length, fmt)

    if "PUBLIC KEY" in secret:
        problems.append(
            Problem(
                "secret",
                QT_TRANSLATE_NOOP(
                    "Entry",
                    "This is a public key. The secret of a self-generated key is its "
                    "private key: the file that begins with BEGIN PRIVATE KEY.",
                ),
            )
        )
    elif "-----BEGIN" in secret:
        if not _PEM_PRIVATE.search(secret):
            problems.append(
                Problem(
                    "secret",
                    QT_TRANSLATE_NOOP(
                        "Entry",
                        "The private key is incomplete: copy everything from BEGIN "
                        "PRIVATE KEY to END PRIVATE KEY, both lines included.",
                    ),
                )
            )
        elif not _is_ed25519_pem(secret):
            problems.append(
                Problem(
                    "secret",
                    QT_TRANSLATE_NOOP(
                        "Entry",
                        "This private key is not an unencrypted Ed25519 key. Binance's "
                        "key generator makes the right kind.",
                    ),
                )
            )
    elif not secret:
        problems.append(Problem("secret", QT_TRANSLATE_NOOP("Entry", "Paste the Secret Key here.")))
    else:
        problems += _shape_problems("secret", secret, fmt.secret_length, fmt)

    if api_key and api_key == secret:
        problems.append(
            Problem(
                "secret",
                QT_TRANSLATE_NOOP(
                    "Entry",
                    "The secret is the same as the key. Copy the Secret Key from Binance; "
                    "it is a different text.",
                ),
            )
        )
    return CleanEntry(api_key, secret, tuple(problems))


def _shape_problems(name: str, value: str, length: int, fmt: KeyFormat) -> list[Problem]:
    what = {
        "key": QT_TRANSLATE_NOOP("Entry", "API Key"),
        "secret": QT_TRANSLATE_NOOP("Entry", "Secret Key"),
    }[name]
    bad = sorted({char for char in value if not fmt.alphabet.fullmatch(char)})
    if bad:
        shown = " ".join(repr(char)[1:-1] for char in bad[:5])
        return [
            Problem(
                name,
                QT_TRANSLATE_NOOP(
                    "Entry",
                    "The {what} has characters it never contains: {chars}. It is only "
                    "{alphabet}; copy it again without anything around it.",
                ),
                {"what": what, "chars": shown, "alphabet": fmt.alphabet_text},
            )
        ]
    if len(value) != length:
        return [
            Problem(
                name,
                QT_TRANSLATE_NOOP(
                    "Entry",
                    "The {what} is {expected} characters long, but this has {actual}. "
                    "Part of it may be missing; copy it again, all of it.",
                ),
                {"what": what, "expected": str(length), "actual": str(len(value))},
            )
        ]
    return []


def _is_ed25519_pem(secret: str) -> bool:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    try:
        key = load_pem_private_key(secret.encode(), password=None)
    except (ValueError, TypeError):
        return False
    return isinstance(key, Ed25519PrivateKey)

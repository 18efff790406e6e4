"""Key pairs made on this computer (Binance's "self-generated" Ed25519 keys).

The private key goes from here straight into the keychain; it is never written
to a file unless the person exports it on purpose.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey


@dataclass(frozen=True)
class KeyPair:
    private_pem: str = field(repr=False)
    public_pem: str


def make_ed25519_key_pair() -> KeyPair:
    private = Ed25519PrivateKey.generate()
    private_pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    return KeyPair(private_pem=private_pem, public_pem=public_pem_of(private_pem))


def public_pem_of(private_pem: str) -> str:
    """The public half, in the PEM form Binance's "self-generated" field takes."""
    private = serialization.load_pem_private_key(private_pem.encode(), password=None)
    return (
        private.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )

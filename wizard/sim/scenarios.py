"""Ready-made practice keys: one per situation a person should learn to recognise.

The keys and secrets here are public practice values: they open nothing but the
simulator. Each scenario is described in the exchange's own response fields so
that the simulator answers exactly as the exchange would for such a key.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from wizard.i18n import QT_TRANSLATE_NOOP

DAY_MS = 86_400_000


def _practice_string(label: str) -> str:
    """A deterministic 64-character alphanumeric string, Binance's key/secret shape."""
    return hashlib.sha256(f"halal-key-wizard practice {label}".encode()).hexdigest()


@cache
def _practice_ed25519_pem() -> tuple[str, str]:
    """A practice Ed25519 key pair (private PEM, public PEM), made once per process."""
    seed = hashlib.sha256(b"halal-key-wizard practice ed25519").digest()
    private = Ed25519PrivateKey.from_private_bytes(seed)
    private_pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    public_pem = (
        private.public_key()
        .public_bytes(
            serialization.Encoding.PEM,
            serialization.PublicFormat.SubjectPublicKeyInfo,
        )
        .decode()
    )
    return private_pem, public_pem


CLEAN_RESTRICTIONS: dict[str, Any] = {
    "ipRestrict": True,
    "enableReading": True,
    "enableSpotAndMarginTrading": True,
    "enableWithdrawals": False,
    "enableInternalTransfer": False,
    "enableMargin": False,
    "enableFutures": False,
    "permitsUniversalTransfer": False,
    "enableVanillaOptions": False,
    "enableFixApiTrade": False,
    "enableFixReadOnly": False,
    "enablePortfolioMarginTrading": False,
}

CLEAN_ACCOUNT_INFO: dict[str, Any] = {
    "vipLevel": 0,
    "isMarginEnabled": False,
    "isFutureEnabled": False,
    "isOptionsEnabled": False,
    "isPortfolioMarginRetailEnabled": False,
}

SAMPLE_BALANCES: tuple[tuple[str, str, str], ...] = (
    ("BTC", "0.50000000", "0.00000000"),
    ("ETH", "0.00000000", "0.00000000"),
    ("USDT", "100.00000000", "20.00000000"),
)


@dataclass(frozen=True)
class Scenario:
    """One practice key and how the exchange sees it."""

    name: str
    title: str
    restrictions: dict[str, Any] = field(default_factory=dict)
    account_info: dict[str, Any] = field(default_factory=dict)
    age_days: int = 12
    trading_expires_in_days: int | None = None
    margin_liability_btc: str | None = None  # None: no margin account (-3003)
    allowed_ips: tuple[str, ...] | None = ("127.0.0.1",)  # None: unrestricted
    ed25519: bool = False
    clock_offset_ms: int = 0  # how far the exchange's clock is from this computer's
    # A key made on this computer and "pasted into the exchange" (its public half):
    registered_public_pem: str | None = None
    omit: tuple[str, ...] = ()  # fields apiRestrictions leaves out, as a new answer might
    restricted_location: bool = False  # Binance refuses the place it is asked from (451)
    history: str = "clean"  # the account's records (wizard.sim.binance_history)

    @property
    def api_key(self) -> str:
        return _practice_string(f"key {self.name}")

    @property
    def secret(self) -> str:
        """What the client signs with: an HMAC secret, or the private key PEM."""
        if self.ed25519:
            return _practice_ed25519_pem()[0]
        return _practice_string(f"secret {self.name}")

    @property
    def passphrase(self) -> str | None:
        return None  # Binance keys have none

    @property
    def public_key_pem(self) -> str | None:
        if self.registered_public_pem is not None:
            return self.registered_public_pem
        return _practice_ed25519_pem()[1] if self.ed25519 else None

    def restrictions_at(self, now_ms: int) -> dict[str, Any]:
        document = {
            **CLEAN_RESTRICTIONS,
            **self.restrictions,
            "createTime": now_ms - self.age_days * DAY_MS,
        }
        document["ipRestrict"] = self.allowed_ips is not None
        if self.trading_expires_in_days is not None:
            document["tradingAuthorityExpirationTime"] = (
                now_ms + self.trading_expires_in_days * DAY_MS
            )
        return {name: value for name, value in document.items() if name not in self.omit}

    @property
    def account(self) -> dict[str, Any]:
        return {**CLEAN_ACCOUNT_INFO, **self.account_info}


BINANCE_SCENARIOS: tuple[Scenario, ...] = (
    Scenario("clean", QT_TRANSLATE_NOOP("Practice", "Spot only, IP-restricted (the safest key)")),
    Scenario(
        "withdraw",
        QT_TRANSLATE_NOOP("Practice", "Withdrawals switched on"),
        restrictions={"enableWithdrawals": True},
    ),
    Scenario(
        "futures",
        QT_TRANSLATE_NOOP("Practice", "Futures switched on"),
        restrictions={"enableFutures": True},
        account_info={"isFutureEnabled": True},
    ),
    Scenario(
        "margin",
        QT_TRANSLATE_NOOP("Practice", "Margin switched on, with a loan open"),
        restrictions={"enableMargin": True},
        account_info={"isMarginEnabled": True},
        margin_liability_btc="0.01250000",
    ),
    Scenario(
        "options_transfers",
        QT_TRANSLATE_NOOP("Practice", "Options and transfers switched on"),
        restrictions={
            "enableVanillaOptions": True,
            "permitsUniversalTransfer": True,
            "enableInternalTransfer": True,
        },
        account_info={"isOptionsEnabled": True},
    ),
    Scenario(
        "unrestricted_old",
        QT_TRANSLATE_NOOP("Practice", "No IP restriction, 120 days old"),
        age_days=120,
        allowed_ips=None,
        trading_expires_in_days=6,
    ),
    Scenario(
        "read_only",
        QT_TRANSLATE_NOOP("Practice", "Read only (cannot trade)"),
        restrictions={"enableSpotAndMarginTrading": False},
    ),
    Scenario(
        "reading_off",
        QT_TRANSLATE_NOOP("Practice", "Reading switched off"),
        restrictions={"enableReading": False},
    ),
    Scenario(
        "ed25519",
        QT_TRANSLATE_NOOP("Practice", "Self-generated Ed25519 key, spot only"),
        ed25519=True,
    ),
    Scenario(
        "ip_blocked",
        QT_TRANSLATE_NOOP("Practice", "Restricted to another computer's address"),
        allowed_ips=("203.0.113.7",),
    ),
    Scenario(
        "missing_field",
        QT_TRANSLATE_NOOP("Practice", "An answer without the withdrawal switch"),
        omit=("enableWithdrawals",),
    ),
    Scenario(
        "unknown_switch",
        QT_TRANSLATE_NOOP("Practice", "A switch the wizard does not know, turned on"),
        restrictions={"enableStockTrading": True},
    ),
    Scenario(
        "restricted_location",
        QT_TRANSLATE_NOOP("Practice", "Refused where it is asked from"),
        restricted_location=True,
    ),
    Scenario(
        "clock_skewed",
        QT_TRANSLATE_NOOP("Practice", "Spot only, but this computer's clock is 2.5 s slow"),
        clock_offset_ms=2_500,
    ),
)


def binance_scenario(name: str) -> Scenario:
    for scenario in BINANCE_SCENARIOS:
        if scenario.name == name:
            return scenario
    raise KeyError(name)

"""The normalized facts about one API key, whichever exchange it belongs to."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal


class Severity(enum.StrEnum):
    CRITICAL = "critical"
    WARNING = "warning"


class Verdict(enum.StrEnum):
    PASS = "pass"  # noqa: S105 - a verdict, not a password
    WARN = "warn"
    FAIL = "fail"


@dataclass(frozen=True)
class Credentials:
    """What signs requests. The secret never appears in ``repr`` or logs."""

    api_key: str
    secret: str = field(repr=False)
    passphrase: str | None = field(default=None, repr=False)

    @property
    def masked_key(self) -> str:
        """The key as people are shown it: only its last four characters."""
        return "…" + self.api_key[-4:] if len(self.api_key) > 4 else "…"


@dataclass(frozen=True)
class Permissions:
    """What the key itself may do. ``None`` means the exchange does not say."""

    read: bool | None = None
    spot_trade: bool | None = None
    margin: bool | None = None
    futures: bool | None = None
    options: bool | None = None
    withdraw: bool | None = None
    internal_transfer: bool | None = None
    universal_transfer: bool | None = None
    earn: bool | None = None  # Earn, savings, staking, lending: interest (riba)
    loans: bool | None = None  # loan products apart from margin
    ip_restricted: bool | None = None


@dataclass(frozen=True)
class AccountSwitches:
    """What the account (not the key) has switched on. ``None``: not reported."""

    margin_account: bool | None = None
    futures_account: bool | None = None
    options_account: bool | None = None
    portfolio_margin: bool | None = None
    margin_debt: bool | None = None
    derivatives_positions: bool | None = None


@dataclass(frozen=True)
class OpenDoor:
    """A product the key reaches that no setting of the key or the account closes
    (for example a loan product gated by the spot trading permission itself).

    Listed only for what no switched-on permission opens anyway: a permission that
    can be switched off is flagged as such."""

    family: str  # the id of the family in the exchange's capability map
    product: str  # the exchange's own name for it
    capabilities: tuple[str, ...]  # the ``Permissions`` fields it opens, e.g. ("loans",)
    limit: str | None = None  # what limits it now, as a code of ``texts.LIMIT_TEXTS``


@dataclass(frozen=True)
class KeyFacts:
    """Everything the exchange told about a key, before any judgement."""

    exchange: str
    permissions: Permissions
    account: AccountSwitches = AccountSwitches()
    ip_whitelist: tuple[str, ...] | None = None
    created_at: datetime | None = None
    trading_expires_at: datetime | None = None
    # Why trading stops on that date, as a code of ``texts.EXPIRY_REASONS``.
    expiry_reason: str | None = None
    balances: Mapping[str, Decimal] | None = None
    # Permissions, groups or flags the exchange reported switched on that the wizard
    # does not know, in the exchange's own spelling: never taken as safe.
    unknown_permissions: tuple[str, ...] = ()
    # Products the key reaches that no setting closes; their capability is not
    # counted as a switch left on (see ``policy``).
    unblockable: tuple[OpenDoor, ...] = ()


@dataclass(frozen=True)
class Confirmation:
    """The person checked by hand that a capability the exchange does not report is
    off (for ``ip``: that the key is limited to trusted addresses)."""

    capability: str  # one of ``policy.CONFIRMABLE``
    on: date


@dataclass(frozen=True)
class Flag:
    """One finding of the policy: a stable code and the values its wording needs."""

    code: str
    severity: Severity
    params: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class VerificationReport:
    """The judged result of one live verification."""

    facts: KeyFacts
    verified_at: datetime
    clock_skew_ms: int | None
    rotation_due: date | None
    flags: tuple[Flag, ...]
    # The person's checks that this judgement counted, in the order of CONFIRMABLE.
    confirmations: tuple[Confirmation, ...] = ()

    @property
    def verdict(self) -> Verdict:
        if any(flag.severity is Severity.CRITICAL for flag in self.flags):
            return Verdict.FAIL
        if self.flags:
            return Verdict.WARN
        return Verdict.PASS

    @property
    def flag_codes(self) -> tuple[str, ...]:
        return tuple(flag.code for flag in self.flags)

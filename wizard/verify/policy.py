"""The halal policy: facts about a key in, flags with stable codes out.

``pass`` is a proof, not an absence of evidence: every dangerous capability must be
shown off by the exchange's own answer, or, where the exchange does not report it,
confirmed off by the person. What is unknown raises ``not_verified``; a permission
the wizard has never seen, switched on, raises ``unknown_permission``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta

from wizard.verify.model import (
    Confirmation,
    Flag,
    KeyFacts,
    Permissions,
    Severity,
    VerificationReport,
)

ROTATION_DAYS = 90
EXPIRY_WARNING_DAYS = 14
CLOCK_SKEW_LIMIT_MS = 500

# Permission field -> flag raised when the key has it. Order is the order shown.
_DANGEROUS_PERMISSIONS: tuple[tuple[str, str], ...] = (
    ("withdraw", "withdraw_enabled"),
    ("futures", "futures_enabled"),
    ("margin", "margin_enabled"),
    ("options", "options_enabled"),
    ("universal_transfer", "universal_transfer_enabled"),
    ("internal_transfer", "internal_transfer_enabled"),
    ("earn", "earn_enabled"),
    ("loans", "loans_enabled"),
)

# What the person can check by hand where the exchange does not say, and the
# permission fields each one stands for. Order is the order shown.
CAPABILITY_FIELDS: Mapping[str, tuple[str, ...]] = {
    "margin": ("margin",),
    "futures": ("futures",),
    "options": ("options",),
    "withdraw": ("withdraw",),
    "transfers": ("internal_transfer", "universal_transfer"),
    "earn": ("earn",),
    "loans": ("loans",),
    "ip": ("ip_restricted",),
}
CONFIRMABLE: tuple[str, ...] = tuple(CAPABILITY_FIELDS)
TRANSFER_FIELDS = frozenset({"internal_transfer", "universal_transfer"})
# Permission field -> the flag raised when it has the value a spot-only key must not.
FIELD_FLAGS: Mapping[str, str] = {
    "read": "reading_disabled",
    "spot_trade": "spot_trading_disabled",
    "ip_restricted": "ip_unrestricted",
    **dict(_DANGEROUS_PERMISSIONS),
}
DOOR_FLAGS = frozenset({"borrowing_not_blockable", "transfers_not_blockable"})

SEVERITIES: dict[str, Severity] = {
    "withdraw_enabled": Severity.CRITICAL,
    "futures_enabled": Severity.CRITICAL,
    "margin_enabled": Severity.CRITICAL,
    "options_enabled": Severity.CRITICAL,
    "universal_transfer_enabled": Severity.CRITICAL,
    "internal_transfer_enabled": Severity.CRITICAL,
    "earn_enabled": Severity.CRITICAL,
    "loans_enabled": Severity.CRITICAL,
    "unknown_permission": Severity.CRITICAL,
    "reading_disabled": Severity.CRITICAL,
    "spot_trading_disabled": Severity.WARNING,
    "ip_unrestricted": Severity.WARNING,
    "rotation_due": Severity.WARNING,
    "trading_expires_soon": Severity.WARNING,
    "margin_account_open": Severity.WARNING,
    "futures_account_open": Severity.WARNING,
    "clock_skew": Severity.WARNING,
    "margin_debt": Severity.WARNING,
    "derivatives_positions_open": Severity.WARNING,
    "borrowing_not_blockable": Severity.WARNING,
    "transfers_not_blockable": Severity.WARNING,
    "not_verified": Severity.WARNING,
}


def _flag(code: str, **params: str) -> Flag:
    return Flag(code=code, severity=SEVERITIES[code], params=params)


def unreported_capabilities(permissions: Permissions) -> tuple[str, ...]:
    """The capabilities the exchange left unreported (a ``None`` in any of their fields)."""
    return tuple(
        capability
        for capability, fields in CAPABILITY_FIELDS.items()
        if any(getattr(permissions, name) is None for name in fields)
    )


def counted_confirmations(
    facts: KeyFacts, confirmations: Iterable[Confirmation]
) -> tuple[Confirmation, ...]:
    """The person's checks that stand: only for what the exchange does not report
    (its own answer always wins), one per capability, in the order of CONFIRMABLE."""
    unreported = set(unreported_capabilities(facts.permissions))
    by_capability = {c.capability: c for c in confirmations if c.capability in unreported}
    return tuple(by_capability[name] for name in CONFIRMABLE if name in by_capability)


def permission_flags(facts: KeyFacts, confirmed: Iterable[str] = ()) -> list[Flag]:
    """Flags that follow from the key's own permissions and what they open."""
    permissions = facts.permissions
    flags: list[Flag] = []
    through_doors = {name for door in facts.unblockable for name in door.capabilities}
    for field_name, code in _DANGEROUS_PERMISSIONS:
        if getattr(permissions, field_name) is True and field_name not in through_doors:
            flags.append(_flag(code))
    # Open through a product no setting closes: said plainly, with what limits it now;
    # there is no switch left on to point at.
    flags += [
        _flag(
            "transfers_not_blockable"
            if set(door.capabilities) <= TRANSFER_FIELDS
            else "borrowing_not_blockable",
            product=door.product,
            family=door.family,
            limit=door.limit or "",
        )
        for door in facts.unblockable
    ]
    flags += [_flag("unknown_permission", name=name) for name in facts.unknown_permissions]
    if permissions.read is False:
        flags.append(_flag("reading_disabled"))
    if permissions.spot_trade is False:
        flags.append(_flag("spot_trading_disabled"))
    if permissions.ip_restricted is False:
        flags.append(_flag("ip_unrestricted"))
    done = set(confirmed)
    flags += [
        _flag("not_verified", capability=capability)
        for capability in unreported_capabilities(permissions)
        if capability not in done
    ]
    return flags


def _covers(flag: Flag, field_name: str, facts: KeyFacts) -> bool:
    if flag.code == "not_verified":  # covers only the fields left unreported
        return getattr(facts.permissions, field_name) is None and field_name in (
            CAPABILITY_FIELDS.get(flag.params.get("capability", ""), ())
        )
    if flag.code in DOOR_FLAGS:
        return any(
            door.product == flag.params.get("product") and field_name in door.capabilities
            for door in facts.unblockable
        )
    return flag.code == FIELD_FLAGS.get(field_name)


def field_flag(report: VerificationReport, field_name: str) -> Flag | None:
    """The flag this verification raised for one permission field: its own switch,
    the product no setting closes that opens it, or the check still to be made by
    hand. None when the policy found nothing to say about it."""
    return next((flag for flag in report.flags if _covers(flag, field_name, report.facts)), None)


def rotation_due(facts: KeyFacts) -> date | None:
    """The day the key should be replaced: 90 days after creation, or earlier
    when the exchange will switch trading off before then."""
    candidates = []
    if facts.created_at is not None:
        candidates.append((facts.created_at + timedelta(days=ROTATION_DAYS)).date())
    if facts.trading_expires_at is not None:
        candidates.append(facts.trading_expires_at.date())
    return min(candidates) if candidates else None


def replace_by(report: VerificationReport) -> date:
    """The day to replace a key just verified: the exchange's date, or, where it does
    not tell when the key was made (OKX, Coinbase), 90 days from this verification:
    the key is at least that fresh."""
    if report.rotation_due is not None:
        return report.rotation_due
    return (report.verified_at + timedelta(days=ROTATION_DAYS)).date()


def evaluate(
    facts: KeyFacts,
    clock_skew_ms: int | None,
    now: datetime,
    confirmed: Iterable[str] = (),
) -> tuple[Flag, ...]:
    """Judge a key. Criticals come first, then warnings, each in a fixed order.
    ``confirmed``: capabilities the person checked by hand (see ``judge``)."""
    flags = permission_flags(facts, confirmed)

    if facts.created_at is not None:
        age_days = (now - facts.created_at).days
        if age_days >= ROTATION_DAYS:
            flags.append(_flag("rotation_due", days=str(age_days)))
    expires = facts.trading_expires_at
    if expires is not None and expires - now <= timedelta(days=EXPIRY_WARNING_DAYS):
        flags.append(
            _flag(
                "trading_expires_soon",
                date=expires.date().isoformat(),
                reason=facts.expiry_reason or "",
            )
        )

    account = facts.account
    if account.margin_account or account.portfolio_margin:
        flags.append(_flag("margin_account_open"))
    key_trades_derivatives = any(f.code in ("futures_enabled", "options_enabled") for f in flags)
    if (account.futures_account or account.options_account) and not key_trades_derivatives:
        # Its words say the key cannot use those accounts: not said beside a finding
        # that it can.
        flags.append(_flag("futures_account_open"))
    if clock_skew_ms is not None and abs(clock_skew_ms) > CLOCK_SKEW_LIMIT_MS:
        flags.append(_flag("clock_skew", skew_ms=str(clock_skew_ms)))
    if account.margin_debt:
        flags.append(_flag("margin_debt"))
    if account.derivatives_positions:
        flags.append(_flag("derivatives_positions_open"))

    flags.sort(key=lambda flag: flag.severity is not Severity.CRITICAL)
    return tuple(flags)


def judge(
    facts: KeyFacts,
    clock_skew_ms: int | None,
    verified_at: datetime,
    confirmations: Iterable[Confirmation] = (),
) -> VerificationReport:
    """The report of one verification. Judging again with the person's confirmations
    needs no new request: the facts stay what the exchange said."""
    counted = counted_confirmations(facts, confirmations)
    return VerificationReport(
        facts=facts,
        verified_at=verified_at,
        clock_skew_ms=clock_skew_ms,
        rotation_due=rotation_due(facts),
        flags=evaluate(facts, clock_skew_ms, verified_at, [c.capability for c in counted]),
        confirmations=counted,
    )


def rejudge(
    report: VerificationReport, confirmations: Iterable[Confirmation]
) -> VerificationReport:
    """``report`` judged again with these confirmations instead of its own."""
    return judge(report.facts, report.clock_skew_ms, report.verified_at, confirmations)

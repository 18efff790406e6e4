"""The halal policy: facts about a key in, flags with stable codes out."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from wizard.verify.model import Flag, KeyFacts, Permissions, Severity, VerificationReport

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
)

SEVERITIES: dict[str, Severity] = {
    "withdraw_enabled": Severity.CRITICAL,
    "futures_enabled": Severity.CRITICAL,
    "margin_enabled": Severity.CRITICAL,
    "options_enabled": Severity.CRITICAL,
    "universal_transfer_enabled": Severity.CRITICAL,
    "internal_transfer_enabled": Severity.CRITICAL,
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
}


def _flag(code: str, **params: str) -> Flag:
    return Flag(code=code, severity=SEVERITIES[code], params=params)


def permission_flags(permissions: Permissions) -> list[Flag]:
    """Flags that follow from the key's own permissions alone."""
    flags = [
        _flag(code)
        for field_name, code in _DANGEROUS_PERMISSIONS
        if getattr(permissions, field_name) is True
    ]
    if permissions.read is False:
        flags.append(_flag("reading_disabled"))
    if permissions.spot_trade is False:
        flags.append(_flag("spot_trading_disabled"))
    if permissions.ip_restricted is False:
        flags.append(_flag("ip_unrestricted"))
    return flags


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


def evaluate(facts: KeyFacts, clock_skew_ms: int | None, now: datetime) -> tuple[Flag, ...]:
    """Judge a key. Criticals come first, then warnings, each in a fixed order."""
    flags = permission_flags(facts.permissions)

    if facts.created_at is not None:
        age_days = (now - facts.created_at).days
        if age_days >= ROTATION_DAYS:
            flags.append(_flag("rotation_due", days=str(age_days)))
    expires = facts.trading_expires_at
    if expires is not None and expires - now <= timedelta(days=EXPIRY_WARNING_DAYS):
        flags.append(_flag("trading_expires_soon", date=expires.date().isoformat()))

    account = facts.account
    if account.margin_account or account.portfolio_margin:
        flags.append(_flag("margin_account_open"))
    if account.futures_account or account.options_account:
        flags.append(_flag("futures_account_open"))
    if clock_skew_ms is not None and abs(clock_skew_ms) > CLOCK_SKEW_LIMIT_MS:
        flags.append(_flag("clock_skew", skew_ms=str(clock_skew_ms)))
    if account.margin_debt:
        flags.append(_flag("margin_debt"))
    if account.derivatives_positions:
        flags.append(_flag("derivatives_positions_open"))

    flags.sort(key=lambda flag: flag.severity is not Severity.CRITICAL)
    return tuple(flags)

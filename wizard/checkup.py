"""A stored key checked again: what the exchange says of it now, compared with what
was recorded at the last check. Free of Qt and of the network.

A verification is reduced to a *snapshot*: plain names and words, never a secret or
a balance (balances move with every trade; they are not a change of the key). Two
snapshots differ in named fields, each a ``Change``. What a change means for the
person (a notification, the exit code of ``check``) is decided here too.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from datetime import date, datetime, timedelta

from wizard.verify.model import Severity, Verdict, VerificationReport

# How many checks the index keeps per key (the oldest go first).
HISTORY_LENGTH = 100
# A trading expiry this close is worth a notification (and so is a rotation due).
EXPIRY_WARNING = timedelta(days=14)

# ``check``'s exit codes beyond ``verify``'s own (0 fine, 1 fails, 2 not verified).
EXIT_CHANGED = 3


def _word(value: bool | None) -> str:
    return "unknown" if value is None else "yes" if value else "no"


def snapshot(report: VerificationReport) -> dict[str, str]:
    """What a check compares, as field -> words: the verdict, every permission, the IP
    restriction and its addresses, the trading expiry, every account switch, the
    person's checks by hand, and each finding with its severity."""
    facts = report.facts
    shot = {"verdict": report.verdict.value}
    for name in (f.name for f in fields(facts.permissions)):
        shot[f"permission.{name}"] = _word(getattr(facts.permissions, name))
    for name in (f.name for f in fields(facts.account)):
        shot[f"account.{name}"] = _word(getattr(facts.account, name))
    shot["ip_whitelist"] = (
        "unknown" if facts.ip_whitelist is None else " ".join(sorted(facts.ip_whitelist))
    )
    shot["trading_expires"] = (
        facts.trading_expires_at.date().isoformat() if facts.trading_expires_at else "none"
    )
    for confirmation in report.confirmations:
        shot[f"confirmed.{confirmation.capability}"] = confirmation.on.isoformat()
    for flag in report.flags:
        shot[f"finding.{flag.code}"] = flag.severity.value
    return shot


@dataclass(frozen=True)
class Change:
    field: str
    before: str | None  # None: not there before (a new finding, say)
    after: str | None  # None: gone now

    def as_record(self) -> dict[str, str | None]:
        return {"field": self.field, "before": self.before, "after": self.after}


def changes(before: Mapping[str, str] | None, after: Mapping[str, str]) -> tuple[Change, ...]:
    """Every field that differs, in a stable order. Nothing recorded before (the first
    check of a key): no change, only a starting point."""
    if not before:
        return ()
    names = sorted(set(before) | set(after))
    return tuple(
        Change(name, before.get(name), after.get(name))
        for name in names
        if before.get(name) != after.get(name)
    )


@dataclass(frozen=True)
class KeyCheck:
    """One stored key's check: its verdict (None when it could not be verified), what
    changed since the last check, and the error code when it could not be verified."""

    label: str
    exchange: str
    verdict: Verdict | None
    changes: tuple[Change, ...] = ()
    error: str | None = None
    # What deserves telling the person now (see ``worth_telling``).
    news: tuple[str, ...] = field(default=())

    def as_record(self) -> dict[str, object]:
        record: dict[str, object] = {
            "label": self.label,
            "exchange": self.exchange,
            "verdict": self.verdict.value if self.verdict is not None else None,
            "changes": [change.as_record() for change in self.changes],
        }
        if self.error is not None:
            record["error"] = self.error
        return record


# What is worth a notification, by kind (the text comes from wizard.notify).
NEWS_CHANGED = "changed"  # something changed since the last check
NEWS_NEW_FINDING = "new_finding"  # a new critical or warning finding
NEWS_REFUSED = "refused"  # the exchange no longer accepts the key
NEWS_EXPIRES = "expires"  # its trading stops within EXPIRY_WARNING
NEWS_ROTATION = "rotation_due"  # the date to replace it has come or is near


def worth_telling(
    report: VerificationReport | None,
    found: Iterable[Change],
    *,
    refused: bool = False,
    rotation_due: date | None = None,
    today: date,
) -> tuple[str, ...]:
    """The kinds of news a check brings, in the order they are told."""
    found = tuple(found)
    news: list[str] = []
    if refused:
        news.append(NEWS_REFUSED)
    if any(
        change.field.startswith("finding.")
        and change.after in (Severity.CRITICAL.value, Severity.WARNING.value)
        and change.before != change.after
        for change in found
    ):
        news.append(NEWS_NEW_FINDING)
    if found:
        news.append(NEWS_CHANGED)
    expires = report.facts.trading_expires_at if report is not None else None
    if expires is not None and expires.date() - today <= EXPIRY_WARNING:
        news.append(NEWS_EXPIRES)
    if rotation_due is not None and rotation_due - today <= EXPIRY_WARNING:
        news.append(NEWS_ROTATION)
    return tuple(news)


def exit_code(results: Iterable[KeyCheck]) -> int:
    """1 if any key fails the policy, else 2 if any could not be verified, else 3 if
    anything changed since the last check, else 0 (DESIGN.md, ``check``)."""
    results = tuple(results)
    if any(result.verdict is Verdict.FAIL for result in results):
        return 1
    if any(result.verdict is None for result in results):
        return 2
    if any(result.changes for result in results):
        return EXIT_CHANGED
    return 0


def history_entry(result: KeyCheck, checked_at: datetime) -> dict[str, object]:
    """What the index keeps of one check (never a secret)."""
    entry: dict[str, object] = {
        "checked_at": checked_at.isoformat(timespec="seconds"),
        "verdict": result.verdict.value if result.verdict is not None else None,
        "changes": [change.as_record() for change in result.changes],
    }
    if result.error is not None:
        entry["error"] = result.error
    return entry


def check_document(results: Iterable[KeyCheck], checked_at: datetime) -> dict[str, object]:
    """``check --json``: ``{"checked_at", "keys": [...]}``."""
    return {
        "checked_at": checked_at.isoformat(timespec="seconds"),
        "keys": [result.as_record() for result in results],
    }

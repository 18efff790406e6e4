"""What a check compares and what it makes of a difference: free of Qt and of the
network, judged on reports the policy itself made."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from tests.verify.test_policy import SPOT_ONLY
from wizard.checkup import (
    EXIT_CHANGED,
    NEWS_CHANGED,
    NEWS_EXPIRES,
    NEWS_NEW_FINDING,
    NEWS_REFUSED,
    NEWS_ROTATION,
    Change,
    KeyCheck,
    changes,
    exit_code,
    snapshot,
    worth_telling,
)
from wizard.notify import notification_text
from wizard.verify.model import KeyFacts, Permissions, Verdict
from wizard.verify.policy import judge

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
words = st.dictionaries(
    st.sampled_from(("verdict", "permission.withdraw", "ip_whitelist")),
    st.sampled_from(("yes", "no", "unknown", "pass")),
)


def _report(permissions: Permissions = SPOT_ONLY, **facts: object):  # type: ignore[no-untyped-def]
    return judge(KeyFacts(exchange="binance", permissions=permissions, **facts), 0, NOW)  # type: ignore[arg-type]


def test_a_snapshot_holds_what_is_compared_and_never_a_balance() -> None:
    shot = snapshot(_report(balances={"BTC": Decimal("0.5")}, ip_whitelist=("203.0.113.7",)))
    assert shot["verdict"] == "pass"
    assert shot["permission.withdraw"] == "no"
    assert shot["ip_whitelist"] == "203.0.113.7"
    assert not any("BTC" in name or "0.5" in value for name, value in shot.items())


def test_a_permission_switched_on_is_a_change_and_a_new_finding() -> None:
    before = snapshot(_report())
    after = snapshot(_report(Permissions(**{**SPOT_ONLY.__dict__, "withdraw": True})))
    found = changes(before, after)
    assert Change("permission.withdraw", "no", "yes") in found
    assert Change("finding.withdraw_enabled", None, "critical") in found
    assert Change("verdict", "pass", "fail") in found
    news = worth_telling(None, found, today=NOW.date())
    assert news[:2] == (NEWS_NEW_FINDING, NEWS_CHANGED)


@given(words, words)
def test_changes_are_exactly_the_fields_that_differ(a: dict[str, str], b: dict[str, str]) -> None:
    found = changes(a, b) if a else ()
    assert changes(a, a) == ()
    if a:
        assert {c.field for c in found} == {k for k in set(a) | set(b) if a.get(k) != b.get(k)}
    assert changes({}, b) == ()  # the first check is a starting point


def test_news_of_a_refusal_an_expiry_and_a_rotation() -> None:
    soon = _report(trading_expires_at=NOW + timedelta(days=10))
    assert worth_telling(soon, (), today=NOW.date()) == (NEWS_EXPIRES,)
    assert worth_telling(_report(), (), today=NOW.date()) == ()
    due = NOW.date() + timedelta(days=3)
    assert worth_telling(None, (), refused=True, rotation_due=due, today=NOW.date()) == (
        NEWS_REFUSED,
        NEWS_ROTATION,
    )
    far = date(2027, 6, 1)
    assert worth_telling(_report(), (), rotation_due=far, today=NOW.date()) == ()


def test_the_exit_code_puts_a_failing_key_before_an_unverified_one_before_a_change() -> None:
    fine = KeyCheck("a", "binance", Verdict.PASS)
    changed = KeyCheck("b", "binance", Verdict.WARN, (Change("verdict", "pass", "warn"),))
    unverified = KeyCheck("c", "binance", None, error="network_unreachable")
    failing = KeyCheck("d", "binance", Verdict.FAIL)
    assert exit_code([fine]) == 0
    assert exit_code([fine, changed]) == EXIT_CHANGED
    assert exit_code([changed, unverified]) == 2
    assert exit_code([unverified, failing, changed]) == 1
    assert exit_code([]) == 0


def test_a_notification_names_the_key_and_the_exchange_only() -> None:
    result = KeyCheck(
        "HalalSpot-2026-12-07", "okx", Verdict.FAIL, news=(NEWS_NEW_FINDING, NEWS_CHANGED)
    )
    title, body = notification_text(result)
    assert title == "Key HalalSpot-2026-12-07: a new warning"
    assert "changed on OKX" in body
    assert "{" not in title + body

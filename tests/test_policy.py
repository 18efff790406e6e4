"""The halal policy, over every combination of Binance's key flags and beyond."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wizard.verify.exchanges.binance import parse_restrictions
from wizard.verify.model import AccountSwitches, KeyFacts, Permissions, Verdict, VerificationReport
from wizard.verify.policy import evaluate, rotation_due

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)

# Binance's nine key flags, each with the flag it must raise when set (or, for the
# two a spot key needs, when cleared) and its severity.
BINANCE_KEY_FLAGS = {
    "enableReading": ("reading_disabled", "critical", False),
    "enableSpotAndMarginTrading": ("spot_trading_disabled", "warning", False),
    "enableMargin": ("margin_enabled", "critical", True),
    "enablePortfolioMarginTrading": ("margin_enabled", "critical", True),
    "enableFutures": ("futures_enabled", "critical", True),
    "enableVanillaOptions": ("options_enabled", "critical", True),
    "enableWithdrawals": ("withdraw_enabled", "critical", True),
    "enableInternalTransfer": ("internal_transfer_enabled", "critical", True),
    "permitsUniversalTransfer": ("universal_transfer_enabled", "critical", True),
}


def _judge(permissions: Permissions, **facts: object) -> VerificationReport:
    key_facts = KeyFacts(exchange="binance", permissions=permissions, **facts)  # type: ignore[arg-type]
    return VerificationReport(
        facts=key_facts,
        verified_at=NOW,
        clock_skew_ms=0,
        rotation_due=rotation_due(key_facts),
        flags=evaluate(key_facts, 0, NOW),
    )


COMBINATIONS = list(itertools.product((False, True), repeat=len(BINANCE_KEY_FLAGS)))


def test_every_combination_is_enumerated() -> None:
    assert len(COMBINATIONS) == 2**9 == 512


@pytest.mark.parametrize("values", COMBINATIONS, ids=lambda v: "".join("01"[x] for x in v))
def test_every_binance_flag_combination(values: tuple[bool, ...]) -> None:
    document = dict(zip(BINANCE_KEY_FLAGS, values, strict=True)) | {"ipRestrict": True}
    report = _judge(parse_restrictions(document))

    expected: dict[str, str] = {}
    for (_field, (code, severity, raised_when)), value in zip(
        BINANCE_KEY_FLAGS.items(), values, strict=True
    ):
        if value is raised_when:
            expected[code] = severity
    assert {f.code: f.severity.value for f in report.flags} == expected
    # Exactly one flag per code, never duplicates (both margin switches give one flag).
    assert len(report.flag_codes) == len(set(report.flag_codes))
    if "critical" in expected.values():
        assert report.verdict is Verdict.FAIL
    elif expected:
        assert report.verdict is Verdict.WARN
    else:
        assert report.verdict is Verdict.PASS


DANGEROUS = ("margin", "futures", "options", "withdraw", "internal_transfer", "universal_transfer")


@given(
    st.builds(
        Permissions,
        **{
            name: st.sampled_from((None, False, True))
            for name in (*DANGEROUS, "read", "spot_trade", "ip_restricted")
        },
    )
)
def test_a_key_that_can_borrow_trade_derivatives_or_move_funds_never_passes(
    permissions: Permissions,
) -> None:
    report = _judge(permissions)
    can_harm = any(getattr(permissions, name) is True for name in DANGEROUS)
    if can_harm or permissions.read is False:
        assert report.verdict is Verdict.FAIL
    else:
        assert report.verdict is not Verdict.FAIL


def test_unreported_permissions_stay_unknown_and_raise_nothing() -> None:
    report = _judge(parse_restrictions({}))
    assert report.facts.permissions == Permissions()
    assert report.flags == ()


def test_clean_spot_key_passes() -> None:
    report = _judge(
        Permissions(
            read=True,
            spot_trade=True,
            margin=False,
            futures=False,
            options=False,
            withdraw=False,
            internal_transfer=False,
            universal_transfer=False,
            ip_restricted=True,
        ),
        created_at=NOW - timedelta(days=10),
    )
    assert report.verdict is Verdict.PASS
    assert report.rotation_due == (NOW + timedelta(days=80)).date()


@pytest.mark.parametrize(("age_days", "flagged"), [(89, False), (90, True), (400, True)])
def test_rotation_due_from_90_days(age_days: int, flagged: bool) -> None:
    report = _judge(Permissions(), created_at=NOW - timedelta(days=age_days, hours=1))
    assert ("rotation_due" in report.flag_codes) is flagged
    if flagged:
        assert report.flags[0].params["days"] == str(age_days)


@pytest.mark.parametrize(("days_left", "flagged"), [(15, False), (14, True), (1, True), (-2, True)])
def test_trading_expiry_warning_within_14_days(days_left: int, flagged: bool) -> None:
    created = NOW - timedelta(days=30)
    expires = NOW + timedelta(days=days_left)
    report = _judge(Permissions(), created_at=created, trading_expires_at=expires)
    assert ("trading_expires_soon" in report.flag_codes) is flagged
    # The key must be replaced before the exchange switches trading off.
    assert report.rotation_due == min(expires.date(), (created + timedelta(days=90)).date())


@pytest.mark.parametrize(("skew", "flagged"), [(0, False), (500, False), (-501, True), (501, True)])
def test_clock_skew_over_500_ms_is_a_warning(skew: int, flagged: bool) -> None:
    facts = KeyFacts(exchange="binance", permissions=Permissions())
    flags = evaluate(facts, skew, NOW)
    assert ("clock_skew" in [f.code for f in flags]) is flagged


@pytest.mark.parametrize(
    ("switches", "codes"),
    [
        (AccountSwitches(margin_account=True), {"margin_account_open"}),
        (AccountSwitches(portfolio_margin=True), {"margin_account_open"}),
        (AccountSwitches(futures_account=True), {"futures_account_open"}),
        (AccountSwitches(options_account=True), {"futures_account_open"}),
        (AccountSwitches(margin_debt=True), {"margin_debt"}),
        (AccountSwitches(derivatives_positions=True), {"derivatives_positions_open"}),
        (AccountSwitches(False, False, False, False, False, False), set()),
    ],
)
def test_account_switches_are_warnings(switches: AccountSwitches, codes: set[str]) -> None:
    report = _judge(Permissions(), account=switches)
    assert set(report.flag_codes) == codes
    assert all(flag.severity.value == "warning" for flag in report.flags)


def test_criticals_are_listed_before_warnings() -> None:
    report = _judge(Permissions(ip_restricted=False, withdraw=True, spot_trade=False))
    severities = [flag.severity.value for flag in report.flags]
    assert severities == sorted(severities)  # "critical" sorts before "warning"
    assert report.flag_codes[0] == "withdraw_enabled"

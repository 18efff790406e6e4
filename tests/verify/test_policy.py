"""The halal policy, over every combination of Binance's key flags and beyond."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wizard.verify.capabilities import DANGEROUS_FIELDS
from wizard.verify.exchanges.binance import BinanceAdapter, parse_restrictions
from wizard.verify.model import (
    AccountSwitches,
    Confirmation,
    KeyFacts,
    OpenDoor,
    Permissions,
    Verdict,
    VerificationReport,
)
from wizard.verify.policy import CONFIRMABLE, evaluate, judge, rejudge

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)
SPOT_ONLY = Permissions(
    read=True,
    spot_trade=True,
    margin=False,
    futures=False,
    options=False,
    withdraw=False,
    internal_transfer=False,
    universal_transfer=False,
    earn=False,
    loans=False,
    ip_restricted=True,
)

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
# The rest of the answer, as Binance documents it: the FIX switches open nothing here.
OTHER_FIELDS = {"ipRestrict": True, "enableFixApiTrade": False, "enableFixReadOnly": False}


def _judge(permissions: Permissions, **facts: object) -> VerificationReport:
    key_facts = KeyFacts(exchange="binance", permissions=permissions, **facts)  # type: ignore[arg-type]
    return judge(key_facts, 0, NOW)


COMBINATIONS = list(itertools.product((False, True), repeat=len(BINANCE_KEY_FLAGS)))


def test_every_combination_is_enumerated() -> None:
    assert len(COMBINATIONS) == 2**9 == 512


@pytest.mark.parametrize("values", COMBINATIONS, ids=lambda v: "".join("01"[x] for x in v))
def test_every_binance_flag_combination(values: tuple[bool, ...]) -> None:
    document = dict(zip(BINANCE_KEY_FLAGS, values, strict=True)) | OTHER_FIELDS
    facts = BinanceAdapter().interpret(_binance_outcomes(document))
    report = judge(facts, 0, NOW)

    expected: dict[str, str] = {}
    for (_field, (code, severity, raised_when)), value in zip(
        BINANCE_KEY_FLAGS.items(), values, strict=True
    ):
        if value is raised_when:
            expected[code] = severity
    if document["enablePortfolioMarginTrading"]:
        expected["futures_enabled"] = "critical"  # portfolio margin trades futures too
    # What Binance's documentation shows the reading and spot trading switches open
    # anyway: interest products, and for spot trading loans (a margin special key too,
    # but not while the account has no margin wallet, as here).
    reads, trades = document["enableReading"], document["enableSpotAndMarginTrading"]
    products = []
    if reads or trades:
        products.append("earn")
    if trades:
        products.append("crypto_loan")
    margin_on = document["enableMargin"] or document["enablePortfolioMarginTrading"]
    if trades and not reads and not margin_on:
        products.append("margin_special_key")  # the margin account could not be read
    if products:
        expected["borrowing_not_blockable"] = "warning"
    assert {f.code: f.severity.value for f in report.flags} == expected
    assert [f.params["family"] for f in report.flags if "family" in f.params] == products
    # Exactly one flag per code but for the products, never duplicates.
    codes = [code for code in report.flag_codes if code != "borrowing_not_blockable"]
    assert len(codes) == len(set(codes))
    # No Binance key passes: reading or trading reaches interest products.
    if "critical" in expected.values():
        assert report.verdict is Verdict.FAIL
    else:
        assert report.verdict is Verdict.WARN


def _binance_outcomes(document: dict[str, object]) -> dict[str, object]:
    return {
        "restrictions": document,
        "account": {"vipLevel": 0, "isMarginEnabled": False, "isFutureEnabled": False},
        "balances": {"balances": []},
        "margin": {"totalLiabilityOfBtc": "0"},
    }


DANGEROUS = DANGEROUS_FIELDS


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
    unknown = any(getattr(permissions, name) is None for name in (*DANGEROUS, "ip_restricted"))
    if can_harm or permissions.read is False:
        assert report.verdict is Verdict.FAIL
    else:
        assert report.verdict is not Verdict.FAIL
    if unknown:
        assert report.verdict is not Verdict.PASS  # unknown is never safe
        assert "not_verified" in report.flag_codes


def test_an_answer_with_nothing_in_it_is_never_safe() -> None:
    report = _judge(parse_restrictions({}))
    assert report.facts.permissions == Permissions()
    assert report.verdict is Verdict.WARN
    assert [f.params["capability"] for f in report.flags] == list(CONFIRMABLE)


def test_clean_spot_key_passes() -> None:
    report = _judge(SPOT_ONLY, created_at=NOW - timedelta(days=10))
    assert report.verdict is Verdict.PASS
    assert report.rotation_due == (NOW + timedelta(days=80)).date()


@pytest.mark.parametrize(("age_days", "flagged"), [(89, False), (90, True), (400, True)])
def test_rotation_due_from_90_days(age_days: int, flagged: bool) -> None:
    report = _judge(Permissions(), created_at=NOW - timedelta(days=age_days, hours=1))
    assert ("rotation_due" in report.flag_codes) is flagged
    if flagged:
        due = next(flag for flag in report.flags if flag.code == "rotation_due")
        assert due.params["days"] == str(age_days)


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
    report = _judge(SPOT_ONLY, account=switches)
    assert set(report.flag_codes) == codes
    assert all(flag.severity.value == "warning" for flag in report.flags)


def test_criticals_are_listed_before_warnings() -> None:
    report = _judge(Permissions(ip_restricted=False, withdraw=True, spot_trade=False))
    severities = [flag.severity.value for flag in report.flags]
    assert severities == sorted(severities)  # "critical" sorts before "warning"
    assert report.flag_codes[0] == "withdraw_enabled"


# -- what the exchange does not tell, and what the person checks ------------------------
@pytest.mark.parametrize("capability", CONFIRMABLE)
def test_a_confirmation_stands_in_only_for_what_is_not_reported(capability: str) -> None:
    fields = {"transfers": ("internal_transfer", "universal_transfer"), "ip": ("ip_restricted",)}
    names = fields.get(capability, (capability,))
    unreported = replace(SPOT_ONLY, **dict.fromkeys(names))
    report = _judge(unreported)
    assert report.flag_codes == ("not_verified",)
    assert report.verdict is Verdict.WARN

    checked = rejudge(report, [Confirmation(capability, NOW.date())])
    assert checked.verdict is Verdict.PASS
    assert [c.capability for c in checked.confirmations] == [capability]
    assert checked.facts == report.facts  # the exchange's answer is untouched

    # Where the exchange does report it, its answer wins over any tick.
    reported = rejudge(_judge(SPOT_ONLY), [Confirmation(capability, NOW.date())])
    assert reported.confirmations == ()


def test_a_tick_never_hides_what_the_exchange_reports_on() -> None:
    report = judge(
        KeyFacts("kraken", replace(SPOT_ONLY, withdraw=True, margin=None)),
        0,
        NOW,
        [Confirmation(name, NOW.date()) for name in CONFIRMABLE],
    )
    assert report.verdict is Verdict.FAIL
    assert report.flag_codes == ("withdraw_enabled",)
    assert [c.capability for c in report.confirmations] == ["margin"]


def test_an_unknown_permission_is_critical_and_named() -> None:
    report = _judge(SPOT_ONLY, unknown_permissions=("enableStockTrading",))
    assert report.verdict is Verdict.FAIL
    assert [(f.code, f.params["name"]) for f in report.flags] == [
        ("unknown_permission", "enableStockTrading")
    ]


@pytest.mark.parametrize(
    ("capabilities", "code"),
    [
        (("loans",), "borrowing_not_blockable"),
        (("earn",), "borrowing_not_blockable"),
        (("margin",), "borrowing_not_blockable"),
        (("loans", "earn"), "borrowing_not_blockable"),
        (("universal_transfer", "internal_transfer"), "transfers_not_blockable"),
    ],
)
def test_what_no_setting_closes_is_a_warning_that_never_passes(
    capabilities: tuple[str, ...], code: str
) -> None:
    door = OpenDoor("family", "Product", capabilities, "collateral_empty")
    permissions = replace(SPOT_ONLY, **dict.fromkeys(capabilities, True))
    report = _judge(permissions, unblockable=(door,))
    assert report.verdict is Verdict.WARN
    assert [(f.code, f.params["product"], f.params["limit"]) for f in report.flags] == [
        (code, "Product", "collateral_empty")
    ]
    # The same capability opened by a permission that can be switched off is critical.
    assert _judge(permissions).verdict is Verdict.FAIL


def test_an_open_derivatives_account_is_not_said_to_be_out_of_the_keys_reach_when_it_is_not() -> (
    None
):
    """ "This key cannot use it" is said only of a key that cannot trade derivatives."""
    from datetime import UTC, datetime

    from wizard.verify.model import AccountSwitches, KeyFacts, Permissions
    from wizard.verify.policy import evaluate

    def codes(permissions: Permissions) -> set[str]:
        facts = KeyFacts(
            exchange="binance",
            permissions=permissions,
            account=AccountSwitches(futures_account=True),
        )
        return {flag.code for flag in evaluate(facts, 0, datetime.now(UTC))}

    assert "futures_account_open" not in codes(Permissions(read=True, futures=True))
    assert "futures_account_open" in codes(Permissions(read=True, futures=False))

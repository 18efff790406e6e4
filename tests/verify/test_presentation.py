"""The one model of a verification as a person reads it: marks that follow the
policy's own severities, never "safe" for what nobody showed, and the same rows,
verdict, facts and findings in the terminal, the PDF's document and the page."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from wizard.report import build_report
from wizard.verify.capabilities import DANGEROUS_FIELDS
from wizard.verify.model import (
    Confirmation,
    KeyFacts,
    OpenDoor,
    Permissions,
    Severity,
    Verdict,
    VerificationReport,
)
from wizard.verify.policy import CONFIRMABLE, judge
from wizard.verify.presentation import PERMISSION_LABELS, Mark, RowState, present
from wizard.verify.table import render_report

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)
FIELDS = tuple(PERMISSION_LABELS)
NEEDED = {"read": True, "spot_trade": True, "ip_restricted": True}

permissions = st.builds(
    Permissions, **{name: st.sampled_from((None, False, True)) for name in FIELDS}
)
doors = st.lists(
    st.builds(
        OpenDoor,
        family=st.sampled_from(("earn", "crypto_loan")),
        product=st.sampled_from(("Crypto Loan", "Simple Earn", "Funding transfer")),
        capabilities=st.sampled_from(
            (("loans",), ("earn",), ("margin",), ("internal_transfer", "universal_transfer"))
        ),
    ),
    max_size=2,
    unique_by=lambda door: door.product,
)
confirmations = st.lists(st.sampled_from(CONFIRMABLE), unique=True).map(
    lambda names: [Confirmation(name, date(2026, 11, 20)) for name in names]
)


def _report(
    given_permissions: Permissions,
    given_doors: list[OpenDoor] = (),  # type: ignore[assignment]
    given_confirmations: list[Confirmation] = (),  # type: ignore[assignment]
    **facts: object,
) -> VerificationReport:
    key_facts = KeyFacts(
        exchange="binance",
        permissions=given_permissions,
        unblockable=tuple(given_doors),
        **facts,  # type: ignore[arg-type]
    )
    return judge(key_facts, 0, NOW, given_confirmations)


@given(permissions, doors, confirmations)
def test_a_row_is_marked_as_the_policy_judged_it(
    given_permissions: Permissions, given_doors: list[OpenDoor], given: list[Confirmation]
) -> None:
    report = _report(given_permissions, given_doors, given)
    view = present(report)
    criticals = {flag.code for flag in report.flags if flag.severity is Severity.CRITICAL}
    for row in view.rows:
        value = getattr(given_permissions, row.field)
        assert row.value == value
        if any(row.field in door.capabilities for door in given_doors):
            # Open through a product no setting closes, whatever its switch says.
            assert (row.state, row.mark) == (RowState.NO_SETTING, Mark.WARNING)
        elif value is None:
            # Unknown is never safe: only the person's own check turns it green.
            confirmed = row.confirmed is not None
            assert row.mark is (Mark.PASS if confirmed else Mark.UNKNOWN)
            assert row.state is (RowState.CHECKED_BY_YOU if confirmed else RowState.UNREPORTED)
        elif value == NEEDED.get(row.field, False):
            assert row.mark is Mark.PASS
            assert row.severity is None
        else:
            # Switched the wrong way: the mark is the severity of the policy's flag.
            assert row.severity is not None
            assert row.mark.value == row.severity.value
        if row.mark is Mark.CRITICAL:
            assert criticals, "a row is red only where the policy raised a critical flag"
    if report.verdict is Verdict.FAIL:
        assert any(row.mark is Mark.CRITICAL for row in view.rows) or any(
            finding.code == "unknown_permission" for finding in view.findings
        )


def test_a_switch_no_setting_closes_is_a_warning_row_not_a_red_one() -> None:
    spot_only = Permissions(
        **{name: NEEDED.get(name, False) for name in FIELDS}  # type: ignore[arg-type]
    )
    loans_open = replace(spot_only, loans=True)
    door = OpenDoor("crypto_loan", "Crypto Loan", ("loans",), "collateral_empty")
    row = {r.field: r for r in present(_report(loans_open, [door])).rows}["loans"]
    assert (row.state, row.mark, row.severity) == (
        RowState.NO_SETTING,
        Mark.WARNING,
        Severity.WARNING,
    )
    row = {r.field: r for r in present(_report(loans_open)).rows}["loans"]
    assert (row.state, row.mark, row.words) == (RowState.SWITCHED, Mark.CRITICAL, "YES")


def test_findings_put_what_to_act_on_first() -> None:
    unknown_margin = Permissions(
        **{name: NEEDED.get(name, False) for name in FIELDS}  # type: ignore[arg-type]
    )
    report = _report(
        replace(unknown_margin, margin=None, withdraw=True, ip_restricted=False),
        created_at=NOW - timedelta(days=120),
    )
    codes = [finding.code for finding in present(report).findings]
    assert codes[0] == "withdraw_enabled"
    assert codes[1] == "not_verified"
    assert set(codes[2:]) == {"ip_unrestricted", "rotation_due"}
    by_hand = present(report).findings[1]
    assert (by_hand.capability, by_hand.lead) == ("margin", "Where to check: ")


def test_terminal_and_pdf_document_say_what_the_model_says() -> None:
    spot_only = Permissions(
        **{name: NEEDED.get(name, False) for name in FIELDS}  # type: ignore[arg-type]
    )
    report = _report(
        replace(spot_only, futures=True, options=None),
        created_at=NOW - timedelta(days=10),
        balances={"BTC": Decimal("0.5")},
    )
    view = present(report)
    text = render_report(report, "…abcd")
    document = build_report(report, masked_key="…abcd", key_type="hmac")
    assert text.splitlines()[1] == "FAIL: " + view.sentence
    assert document["verdict_sentence"] == view.sentence
    for line in view.facts:
        assert line in text
    assert document["facts"] == list(view.facts)
    assert "Key made: 2026-11-11 (10 days ago)" in view.facts
    assert "Spot balances: BTC 0.5" in view.facts
    for row in view.rows:
        assert row.label in text
        entry = document["permission_meanings"][row.field]
        assert (entry["label"], entry["words"], entry["mark"]) == (
            row.label,
            row.words,
            row.mark.value,
        )
    assert [f["code"] for f in document["findings"]] == [f.code for f in view.findings]
    for finding in view.findings:
        assert finding.wording.title in text
    assert "YES  <-- check" in text  # futures: a terminal has no red
    assert "not reported" in text  # options


def test_isolated_values_only_where_asked() -> None:
    spot_only = Permissions(
        **{name: NEEDED.get(name, False) for name in FIELDS}  # type: ignore[arg-type]
    )
    report = _report(spot_only, created_at=NOW - timedelta(days=3))
    assert not any("\u2066" in line for line in present(report).facts)
    assert any("\u2066" in line for line in present(report, isolate=True).facts)
    assert set(DANGEROUS_FIELDS) <= set(FIELDS)


def test_what_one_box_of_the_panel_switches_on_is_one_finding() -> None:
    """OKX's Withdraw also sends funds to other accounts, Coinbase's Transfer does
    three things: one card each, every message kept, the fix of the first. Binance
    has a box for each, so its findings stay apart."""
    spot_only = {name: NEEDED.get(name, False) for name in FIELDS}

    def criticals(exchange: str, **switched: bool) -> list[tuple[str, tuple[str, ...]]]:
        facts = KeyFacts(exchange=exchange, permissions=Permissions(**{**spot_only, **switched}))
        view = present(judge(facts, 0, NOW))
        return [(f.code, f.also) for f in view.findings if f.severity is Severity.CRITICAL]

    assert criticals("okx", withdraw=True, internal_transfer=True) == [
        ("withdraw_enabled", ("internal_transfer_enabled",))
    ]
    both = KeyFacts(
        exchange="okx",
        permissions=Permissions(**{**spot_only, "withdraw": True, "internal_transfer": True}),
    )
    card = present(judge(both, 0, NOW)).findings[0]
    assert card.wording.title == "Can withdraw; Can transfer to other accounts"
    assert "other accounts" in card.wording.message.split("\n")[1]
    assert criticals(
        "coinbase", withdraw=True, internal_transfer=True, universal_transfer=True
    ) == [("withdraw_enabled", ("universal_transfer_enabled", "internal_transfer_enabled"))]
    assert criticals("binance", withdraw=True, internal_transfer=True) == [
        ("withdraw_enabled", ()),
        ("internal_transfer_enabled", ()),
    ]

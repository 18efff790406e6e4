"""Bybit: every permission combination judged, every scenario end to end through
ccxt against the loopback Bybit simulator, and its errors mapped."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from tests.helpers.cli import run_cli
from wizard.sim.bybit import BYBIT_SCENARIOS, SPOT_ONLY, BybitScenario, BybitVenue
from wizard.sim.server import Fault, Simulator
from wizard.verify.exchanges.bybit import parse_key
from wizard.verify.model import KeyFacts, Severity
from wizard.verify.policy import evaluate


@pytest.fixture
def bybit_sim() -> Iterator[Simulator]:
    with Simulator(BybitVenue()) as simulator:
        yield simulator


def _scenario(name: str) -> BybitScenario:
    return next(s for s in BYBIT_SCENARIOS if s.name == name)


B = "borrowing_not_blockable"  # Crypto Loan: every key that trades spot reaches it
N = "not_verified"  # spot margin: a trading key may switch it on, no answer tells
EXPECTED = {
    "clean": (0, "warn", [B, N]),
    "withdraw": (1, "fail", ["withdraw_enabled", B, N]),
    "uta_derivatives": (1, "fail", ["futures_enabled", "options_enabled", B, N]),
    "spot_margin": (1, "fail", ["margin_enabled", B, "margin_account_open", "margin_debt"]),
    "transfers": (
        1,
        "fail",
        [
            "futures_enabled",
            "options_enabled",
            "universal_transfer_enabled",
            "internal_transfer_enabled",
            B,
            N,
        ],
    ),
    "unbound_old": (0, "warn", [B, "ip_unrestricted", N, "trading_expires_soon"]),
    "read_only": (0, "warn", ["spot_trading_disabled"]),
    "earn": (1, "fail", ["earn_enabled", B, N]),
    "loan_open": (0, "warn", [B, N]),
    "unknown_group": (1, "fail", ["unknown_permission", B, N]),
    "missing_fields": (0, "warn", [B, N, N]),
}


def test_every_scenario_has_an_expectation() -> None:
    judged = set(EXPECTED) | {"ip_blocked", "region"}
    assert judged == {scenario.name for scenario in BYBIT_SCENARIOS}


def _verify(
    monkeypatch: pytest.MonkeyPatch, sim: Simulator, key: str, secret: str, *extra: str
) -> object:
    return run_cli(
        monkeypatch,
        ["verify", "--exchange", "bybit", "--api-url", sim.base_url, "--json", *extra],
        api_key=key,
        secret=secret,
    )


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bybit_scenarios(monkeypatch: pytest.MonkeyPatch, bybit_sim: Simulator, name: str) -> None:
    scenario = _scenario(name)
    exit_code, verdict, flags = EXPECTED[name]
    result = _verify(monkeypatch, bybit_sim, scenario.api_key, scenario.secret)
    assert result.exit_code == exit_code, result.stdout + result.stderr  # type: ignore[attr-defined]
    document = result.document  # type: ignore[attr-defined]
    assert document["verdict"] == verdict
    assert [flag["code"] for flag in document["flags"]] == flags


def test_bybit_reports_the_ip_list(monkeypatch: pytest.MonkeyPatch, bybit_sim: Simulator) -> None:
    clean = _scenario("clean")
    document = _verify(monkeypatch, bybit_sim, clean.api_key, clean.secret).document  # type: ignore[attr-defined]
    assert document["ip_whitelist"] == ["127.0.0.1"]
    assert document["balances"] == {"BTC": "0.5", "USDT": "120"}


@pytest.mark.parametrize(
    ("key", "secret", "code"),
    [
        (_scenario("clean").api_key, "X" * 36, "bad_signature"),
        ("UNKNOWNKEY00000000", "X" * 36, "invalid_credentials"),
        (_scenario("ip_blocked").api_key, _scenario("ip_blocked").secret, "invalid_credentials"),
    ],
    ids=["wrong-secret", "unknown-key", "ip-not-allowed"],
)
def test_bybit_credential_errors(
    monkeypatch: pytest.MonkeyPatch, bybit_sim: Simulator, key: str, secret: str, code: str
) -> None:
    result = _verify(monkeypatch, bybit_sim, key, secret)
    assert result.exit_code == 2  # type: ignore[attr-defined]
    assert result.document["error"]["code"] == code  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("fault", "code"),
    [
        (Fault("rate_limit", retry_after_s=600), "rate_limited"),
        (Fault("ip_ban"), "rate_limited"),  # Bybit's 403: "IP rate limit breached"
        (Fault("server_error", status=503), "exchange_unavailable"),
        (Fault("malformed_json"), "unexpected_response"),
        (Fault("wrong_types"), "unexpected_response"),
    ],
    ids=["429", "403", "503", "malformed", "wrong-types"],
)
def test_bybit_faults(
    monkeypatch: pytest.MonkeyPatch, bybit_sim: Simulator, fault: Fault, code: str
) -> None:
    bybit_sim.inject(fault)
    clean = _scenario("clean")
    result = _verify(monkeypatch, bybit_sim, clean.api_key, clean.secret)
    assert result.document["error"]["code"] == code  # type: ignore[attr-defined]


def test_bybit_clock_skew_survived(monkeypatch: pytest.MonkeyPatch) -> None:
    clean = _scenario("clean")
    with Simulator(BybitVenue(), clock_offset_ms=-8_000) as simulator:
        result = _verify(monkeypatch, simulator, clean.api_key, clean.secret)
    assert [f["code"] for f in result.document["flags"]] == [B, N, "clock_skew"]  # type: ignore[attr-defined]


# Every combination of the permission names a Bybit key can carry, read-only or not,
# on an account with spot margin on or off.
GRANTS = [
    ("Spot", "SpotTrade"),
    ("ContractTrade", "Order"),
    ("Derivatives", "DerivativesTrade"),
    ("Options", "OptionsTrade"),
    ("Wallet", "AccountTransfer"),
    ("Wallet", "SubMemberTransfer"),
    ("Wallet", "Withdraw"),
    ("Earn", "Earn"),
]


@pytest.mark.parametrize("bits", list(itertools.product((0, 1), repeat=len(GRANTS) + 2)))
def test_every_bybit_permission_combination(bits: tuple[int, ...]) -> None:
    *grants, read_only, spot_margin = bits
    groups: dict[str, list[str]] = {group: [] for group in SPOT_ONLY}
    for (group, name), on in zip(GRANTS, grants, strict=True):
        if on:
            groups[group].append(name)
    reading = parse_key(
        {"permissions": groups, "ips": ["127.0.0.1"], "readOnly": read_only}, bool(spot_margin)
    )
    facts = KeyFacts(
        "bybit",
        reading.permissions,
        unblockable=reading.reach.open_doors(lambda _family: None),
    )
    flags = evaluate(facts, 0, datetime.now(UTC))
    trades = bool(grants[0]) and not read_only
    dangerous = (not read_only and any(grants[1:4])) or any(grants[4:]) or (trades and spot_margin)
    failed = any(flag.severity is Severity.CRITICAL for flag in flags)
    assert failed == bool(dangerous)
    codes = [flag.code for flag in flags]
    # Spot trading always reaches Crypto Loan, and never passes.
    assert ("borrowing_not_blockable" in codes) == trades
    assert ("not_verified" in codes) == (trades and not spot_margin)


def test_a_read_only_key_lists_wallet_names_and_they_still_count() -> None:
    reading = parse_key(
        {"permissions": {**SPOT_ONLY, "Wallet": ["Withdraw"]}, "ips": ["1.2.3.4"], "readOnly": 1},
        False,
    )
    assert reading.permissions.withdraw is True


def test_a_group_the_wizard_does_not_know_is_named() -> None:
    reading = parse_key(
        {
            "permissions": {**SPOT_ONLY, "FiatGlobalPay": ["GlobalPayOrder"], "FiatGlobalPay2": []},
            "ips": ["1.2.3.4"],
            "readOnly": 0,
        },
        False,
    )
    assert reading.reach.unknown == ("FiatGlobalPay.GlobalPayOrder",)  # an empty group is nothing


def test_a_missing_permission_map_leaves_everything_unknown() -> None:
    reading = parse_key({"ips": ["1.2.3.4"], "readOnly": 0}, False)
    dangerous = ("margin", "futures", "options", "withdraw", "earn", "loans")
    assert all(getattr(reading.permissions, name) is None for name in dangerous)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (10009, "access_restricted"),  # "Service Restricted" for the region since 2026-05-28
        (10024, "access_restricted"),
        (-2015, "invalid_credentials"),  # "(Spot) Your api key has expired"
        (33004, "invalid_credentials"),
    ],
)
def test_bybit_refusals_are_named(
    monkeypatch: pytest.MonkeyPatch, code: int, expected: str
) -> None:
    refused = replace(_scenario("clean"), name=f"refused{code}", refusal=(code, "refused"))
    with Simulator(BybitVenue((refused,))) as simulator:
        result = _verify(monkeypatch, simulator, refused.api_key, refused.secret)
    assert result.exit_code == 2  # type: ignore[attr-defined]
    error = result.document["error"]  # type: ignore[attr-defined]
    assert error["code"] == expected
    if code in (-2015, 33004):
        assert "expired" in error["message"]


def test_crypto_loan_limits_are_read_in_the_same_round_trip(
    monkeypatch: pytest.MonkeyPatch, bybit_sim: Simulator
) -> None:
    for name, limit in (("clean", "Right now the wallet"), ("loan_open", "A loan or a lending")):
        scenario = _scenario(name)
        document = _verify(monkeypatch, bybit_sim, scenario.api_key, scenario.secret).document  # type: ignore[attr-defined]
        door = next(f for f in document["flags"] if f["code"] == "borrowing_not_blockable")
        assert "Crypto Loan" in door["message"]
        assert limit in door["message"]
    funded = replace(_scenario("clean"), name="funded", funding=(("USDT", "50"),))
    with Simulator(BybitVenue((funded,))) as simulator:
        document = _verify(monkeypatch, simulator, funded.api_key, funded.secret).document  # type: ignore[attr-defined]
    door = next(f for f in document["flags"] if f["code"] == "borrowing_not_blockable")
    assert "holds coins now" in door["message"]


def test_an_unbound_key_says_when_and_why_it_ends(
    monkeypatch: pytest.MonkeyPatch, bybit_sim: Simulator
) -> None:
    scenario = _scenario("unbound_old")
    result = run_cli(
        monkeypatch,
        ["verify", "--exchange", "bybit", "--api-url", bybit_sim.base_url],
        api_key=scenario.api_key,
        secret=scenario.secret,
    )
    # The replace-by date is Bybit's own end for the key, and the table says why.
    assert "Bybit ends keys that are not limited to IP addresses after 90 days" in result.stdout
    expiring = _verify(monkeypatch, bybit_sim, scenario.api_key, scenario.secret).document  # type: ignore[attr-defined]
    soon = next(f for f in expiring["flags"] if f["code"] == "trading_expires_soon")
    assert "password" in soon["message"]

"""Bybit: every permission combination judged, every scenario end to end through
ccxt against the loopback Bybit simulator, and its errors mapped."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from tests.conftest import run_cli
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


EXPECTED = {
    "clean": (0, "pass", []),
    "withdraw": (1, "fail", ["withdraw_enabled"]),
    "uta_derivatives": (1, "fail", ["futures_enabled"]),
    "spot_margin": (1, "fail", ["margin_enabled", "margin_account_open", "margin_debt"]),
    "transfers": (
        1,
        "fail",
        ["options_enabled", "universal_transfer_enabled", "internal_transfer_enabled"],
    ),
    "unbound_old": (0, "warn", ["ip_unrestricted", "trading_expires_soon"]),
    "read_only": (0, "warn", ["spot_trading_disabled"]),
}


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
        (Fault("server_error", status=503), "exchange_unavailable"),
        (Fault("malformed_json"), "unexpected_response"),
        (Fault("wrong_types"), "unexpected_response"),
    ],
    ids=["429", "503", "malformed", "wrong-types"],
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
    assert [f["code"] for f in result.document["flags"]] == ["clock_skew"]  # type: ignore[attr-defined]


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
]


@pytest.mark.parametrize("bits", list(itertools.product((0, 1), repeat=len(GRANTS) + 2)))
def test_every_bybit_permission_combination(bits: tuple[int, ...]) -> None:
    *grants, read_only, spot_margin = bits
    groups: dict[str, list[str]] = {group: [] for group in SPOT_ONLY}
    for (group, name), on in zip(GRANTS, grants, strict=True):
        if on:
            groups[group].append(name)
    permissions = parse_key(
        {"permissions": groups, "ips": ["127.0.0.1"], "readOnly": read_only}, bool(spot_margin)
    )
    dangerous = (
        (not read_only and any(grants[1:4]))
        or any(grants[4:])
        or (not read_only and grants[0] and spot_margin)
    )
    flags = evaluate(KeyFacts("bybit", permissions), 0, datetime.now(UTC))
    failed = any(flag.severity is Severity.CRITICAL for flag in flags)
    assert failed == bool(dangerous)

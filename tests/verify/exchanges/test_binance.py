"""``verify`` end to end: the real ccxt client against the loopback Binance simulator."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.helpers.cli import run_cli, run_scenario, verify_args
from wizard.errors import ErrorCode, WizardError
from wizard.sim.binance import BinanceVenue
from wizard.sim.scenarios import BINANCE_SCENARIOS, Scenario, binance_scenario
from wizard.sim.server import Fault, Simulator
from wizard.verify.catalog import check_names
from wizard.verify.model import Credentials
from wizard.verify.service import verify_key_blocking

# scenario -> (exit code, verdict, flags in order). The clock scenario's simulator
# runs with that scenario's clock offset.
B = "borrowing_not_blockable"  # Simple Earn and Crypto Loan, reached by spot trading
EXPECTED: dict[str, tuple[int, str, list[str]]] = {
    "clean": (0, "warn", [B, B]),
    "withdraw": (1, "fail", ["withdraw_enabled", B, B]),
    "futures": (1, "fail", ["futures_enabled", B, B]),
    # The margin account is open: the margin special key is a third product.
    "margin": (1, "fail", ["margin_enabled", B, B, "margin_account_open", "margin_debt"]),
    "options_transfers": (
        1,
        "fail",
        [
            "options_enabled",
            "universal_transfer_enabled",
            "internal_transfer_enabled",
            B,
            B,
        ],
    ),
    "unrestricted_old": (
        0,
        "warn",
        [B, B, "ip_unrestricted", "rotation_due", "trading_expires_soon"],
    ),
    "read_only": (0, "warn", [B, "spot_trading_disabled"]),
    # Without reading, the margin account cannot be seen: the margin special key counts.
    "reading_off": (1, "fail", ["reading_disabled", B, B, B]),
    "ed25519": (0, "warn", [B, B]),
    "clock_skewed": (0, "warn", [B, B, "clock_skew"]),
    "missing_field": (0, "warn", [B, B, "not_verified"]),
    "unknown_switch": (1, "fail", ["unknown_permission", B, B]),
}


def test_every_scenario_has_an_expectation() -> None:
    judged = set(EXPECTED) | {"ip_blocked", "restricted_location"}
    assert judged == {scenario.name for scenario in BINANCE_SCENARIOS}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_scenario_verdict_flags_and_exit_code(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    scenario = binance_scenario(name)
    exit_code, verdict, flags = EXPECTED[name]
    with Simulator(BinanceVenue(), clock_offset_ms=scenario.clock_offset_ms) as simulator:
        result = run_scenario(monkeypatch, simulator, scenario, "--json")
    assert result.exit_code == exit_code, result.stdout + result.stderr
    document = result.document
    assert document["verdict"] == verdict
    assert [flag["code"] for flag in document["flags"]] == flags
    for flag in document["flags"]:
        assert flag["message"]
        assert flag["fix"]
        assert "{" not in flag["message"] + flag["fix"]  # every placeholder filled


def test_clean_key_document(monkeypatch: pytest.MonkeyPatch, binance_sim: Simulator) -> None:
    document = run_scenario(monkeypatch, binance_sim, binance_scenario("clean"), "--json").document
    assert document["permissions"] == {
        "read": True,
        "spot_trade": True,
        "margin": False,
        "futures": False,
        "options": False,
        "withdraw": False,
        "internal_transfer": False,
        "universal_transfer": False,
        # Spot trading reaches Simple Earn and Crypto Loan on Binance: said, never hidden.
        "earn": True,
        "loans": True,
        "ip_restricted": True,
    }
    assert document["confirmed_by_person"] == []
    assert [f["code"] for f in document["flags"]] == ["borrowing_not_blockable"] * 2
    assert document["ip_whitelist"] is None  # Binance never tells the list itself
    assert document["balances"] == {"BTC": "0.5", "USDT": "120"}  # zero ETH left out
    created = date.fromisoformat(document["key_created_at"][:10])
    assert date.fromisoformat(document["rotation_due"]) == created + timedelta(days=90)
    assert abs(document["clock_skew_ms"]) < 500
    assert document["verified_at"].endswith("Z")


def test_old_key_was_due_90_days_after_creation(
    monkeypatch: pytest.MonkeyPatch, binance_sim: Simulator
) -> None:
    scenario = binance_scenario("unrestricted_old")
    document = run_scenario(monkeypatch, binance_sim, scenario, "--json").document
    verified = date.fromisoformat(document["verified_at"][:10])
    created = date.fromisoformat(document["key_created_at"][:10])
    # 120 days old, trading expires in 6 days: the earlier date, 30 days ago, wins.
    assert verified - created == timedelta(days=120)
    assert date.fromisoformat(document["rotation_due"]) == created + timedelta(days=90)
    expiry_flag = next(f for f in document["flags"] if f["code"] == "trading_expires_soon")
    expiry = verified + timedelta(days=6)
    assert expiry.isoformat() in expiry_flag["message"] or (
        (expiry + timedelta(days=1)).isoformat() in expiry_flag["message"]
    )


def test_all_requests_of_a_verification_are_sent_at_once() -> None:
    """The simulator answers nothing until every request has arrived: a client
    that waited for one answer before the next request would time out here."""
    scenario = binance_scenario("clean")
    probes = len(check_names("binance"))
    with Simulator(BinanceVenue(), hold_until=probes) as simulator:
        report = verify_key_blocking(
            "binance",
            Credentials(scenario.api_key, scenario.secret),
            api_url=simulator.base_url,
        )
        assert len(simulator.recorded) == probes
    assert report.verdict.value == "warn"  # only what spot trading opens on Binance


def test_progress_is_reported_once_per_check(binance_sim: Simulator) -> None:
    scenario = binance_scenario("clean")
    seen: list[tuple[str, bool]] = []
    verify_key_blocking(
        "binance",
        Credentials(scenario.api_key, scenario.secret),
        api_url=binance_sim.base_url,
        on_progress=lambda name, ok: seen.append((name, ok)),
    )
    assert sorted(seen) == sorted((name, True) for name in check_names("binance"))


def _error_code(monkeypatch: pytest.MonkeyPatch, simulator: Simulator, **credentials: str) -> str:
    scenario = binance_scenario("clean")
    result = run_cli(
        monkeypatch,
        verify_args(simulator, "--json"),
        api_key=credentials.get("api_key", scenario.api_key),
        secret=credentials.get("secret", scenario.secret),
    )
    assert result.exit_code == 2, result.stdout + result.stderr
    document = result.document
    assert set(document) == {"exchange", "error"}
    assert set(document["error"]) == {"code", "message", "fix"}
    assert document["exchange"] == "binance"
    code = document["error"]["code"]
    assert isinstance(code, str)
    return code


@pytest.mark.parametrize(
    ("credentials", "code"),
    [
        ({"secret": "0" * 64}, "bad_signature"),
        ({"api_key": "not-a-binance-key"}, "invalid_credentials"),  # -2014
        ({"api_key": "Z" * 64}, "invalid_credentials"),  # -2015 unknown key
        (
            {
                "api_key": binance_scenario("ip_blocked").api_key,
                "secret": binance_scenario("ip_blocked").secret,
            },
            "invalid_credentials",
        ),
    ],
    ids=["wrong-secret", "malformed-key", "unknown-key", "ip-not-allowed"],
)
def test_credential_errors(
    monkeypatch: pytest.MonkeyPatch,
    binance_sim: Simulator,
    credentials: dict[str, str],
    code: str,
) -> None:
    assert _error_code(monkeypatch, binance_sim, **credentials) == code


@pytest.mark.parametrize(
    ("fault", "code"),
    [
        (Fault("rate_limit", retry_after_s=42), "rate_limited"),
        (Fault("ip_ban", retry_after_s=600), "ip_banned"),
        (Fault("server_error", status=500), "exchange_unavailable"),
        (Fault("server_error", status=503), "exchange_unavailable"),
        (Fault("malformed_json"), "unexpected_response"),
        (Fault("truncated_json"), "unexpected_response"),
        (Fault("wrong_types"), "unexpected_response"),
        (
            Fault("server_error", status=502, path="/sapi/v1/account/apiRestrictions"),
            "exchange_unavailable",
        ),
        (Fault("wrong_types", path="/api/v3/account"), "unexpected_response"),
    ],
    ids=lambda v: v if isinstance(v, str) else f"{v.kind}-{v.status}-{v.path}",
)
def test_exchange_faults(
    monkeypatch: pytest.MonkeyPatch, binance_sim: Simulator, fault: Fault, code: str
) -> None:
    binance_sim.inject(fault)
    assert _error_code(monkeypatch, binance_sim) == code


def test_rate_limit_says_how_long_to_wait(
    monkeypatch: pytest.MonkeyPatch, binance_sim: Simulator
) -> None:
    binance_sim.inject(Fault("rate_limit", retry_after_s=42))
    scenario = binance_scenario("clean")
    result = run_scenario(monkeypatch, binance_sim, scenario, "--json")
    assert "42 seconds" in result.document["error"]["fix"]


def test_ip_ban_says_until_when(monkeypatch: pytest.MonkeyPatch, binance_sim: Simulator) -> None:
    binance_sim.inject(Fault("ip_ban", retry_after_s=3600))
    result = run_scenario(monkeypatch, binance_sim, binance_scenario("clean"), "--json")
    error = result.document["error"]
    assert error["code"] == "ip_banned"
    assert "UTC" in error["message"]


def test_a_second_invalid_key_answer_is_still_invalid_credentials(binance_sim: Simulator) -> None:
    """ccxt turns -2015 into DDoSProtection once a client has authenticated; the
    exchange's code must decide, not ccxt's exception class."""
    import asyncio

    from wizard.verify.client import make_client
    from wizard.verify.exchanges.binance import BinanceAdapter

    scenario = binance_scenario("ip_blocked")

    async def second_refusal() -> BaseException:
        client = make_client(
            "binance", Credentials(scenario.api_key, scenario.secret), binance_sim.base_url
        )
        client.options["hasAlreadyAuthenticatedSuccessfully"] = True
        try:
            await client.private_get_account()
        except Exception as error:
            return error
        finally:
            await client.close()
        raise AssertionError("the simulator accepted a blocked key")

    error = asyncio.run(second_refusal())
    assert type(error).__name__ == "DDoSProtection"
    classified = BinanceAdapter().classify(error, None)
    assert classified.code is ErrorCode.INVALID_CREDENTIALS


@pytest.mark.parametrize("offset_ms", [-30_000, -2_500, 2_500, 30_000])
def test_clock_skew_is_measured_and_survived(
    monkeypatch: pytest.MonkeyPatch, offset_ms: int
) -> None:
    """Both a clock ahead (refused as "1000 ms ahead") and one far behind (outside
    recvWindow) are measured, the refused requests re-sent once, and flagged."""
    with Simulator(BinanceVenue(), clock_offset_ms=offset_ms) as simulator:
        result = run_scenario(monkeypatch, simulator, binance_scenario("clean"), "--json")
    document = result.document
    assert result.exit_code == 0
    assert [f["code"] for f in document["flags"]] == [B, B, "clock_skew"]
    assert abs(document["clock_skew_ms"] - offset_ms) < 400


def test_network_unreachable(monkeypatch: pytest.MonkeyPatch) -> None:
    with Simulator(BinanceVenue()) as simulator:
        closed_url = simulator.base_url  # the port is free again once stopped
    scenario = binance_scenario("clean")
    result = run_cli(
        monkeypatch,
        ["verify", "--exchange", "binance", "--api-url", closed_url, "--json"],
        api_key=scenario.api_key,
        secret=scenario.secret,
    )
    assert result.exit_code == 2
    assert result.document["error"]["code"] == "network_unreachable"


def test_read_timeout_is_network_unreachable(binance_sim: Simulator) -> None:
    binance_sim.inject(Fault("slow", delay_s=1.5))
    scenario = binance_scenario("clean")
    with pytest.raises(WizardError) as caught:
        verify_key_blocking(
            "binance",
            Credentials(scenario.api_key, scenario.secret),
            api_url=binance_sim.base_url,
            timeout_ms=500,
        )
    assert caught.value.code is ErrorCode.NETWORK_UNREACHABLE


@pytest.mark.parametrize("scenario", BINANCE_SCENARIOS, ids=lambda s: s.name)
def test_no_secret_in_any_output(
    monkeypatch: pytest.MonkeyPatch, binance_sim: Simulator, scenario: Scenario
) -> None:
    for extra in ((), ("--json",)):
        result = run_scenario(monkeypatch, binance_sim, scenario, *extra)
        output = result.stdout + result.stderr
        assert output
        for line in scenario.secret.splitlines():
            if len(line) > 8 and "PRIVATE KEY" not in line:
                assert line not in output
        assert scenario.api_key not in output  # the key is shown masked at most


def test_a_restricted_location_is_named_not_a_ban(
    monkeypatch: pytest.MonkeyPatch, binance_sim: Simulator
) -> None:
    """HTTP 451: Binance refuses the place it is asked from; no wait will help."""
    result = run_scenario(
        monkeypatch, binance_sim, binance_scenario("restricted_location"), "--json"
    )
    assert result.exit_code == 2
    error = result.document["error"]
    assert error["code"] == "access_restricted"
    assert "not a ban" in error["message"]


def test_an_answer_without_a_switch_leaves_it_unknown_and_names_where_to_look(
    monkeypatch: pytest.MonkeyPatch, binance_sim: Simulator
) -> None:
    document = run_scenario(
        monkeypatch, binance_sim, binance_scenario("missing_field"), "--json"
    ).document
    assert document["permissions"]["withdraw"] is None
    assert document["verdict"] == "warn"
    unverified = [f for f in document["flags"] if f["code"] == "not_verified"]
    assert len(unverified) == 1
    assert "Enable Withdrawals" in unverified[0]["fix"]

    confirmed = run_scenario(
        monkeypatch,
        binance_sim,
        binance_scenario("missing_field"),
        "--json",
        "--confirm",
        "withdraw",
    ).document
    assert confirmed["confirmed_by_person"] == ["withdraw"]
    assert confirmed["permissions"]["withdraw"] is None  # still the exchange's silence
    assert "not_verified" not in [f["code"] for f in confirmed["flags"]]


def test_a_switch_the_wizard_does_not_know_fails_the_key(
    monkeypatch: pytest.MonkeyPatch, binance_sim: Simulator
) -> None:
    result = run_scenario(monkeypatch, binance_sim, binance_scenario("unknown_switch"), "--json")
    assert result.exit_code == 1
    unknown = result.document["flags"][0]
    assert unknown["code"] == "unknown_permission"
    assert "enableStockTrading" in unknown["message"]

"""Coinbase: every permission combination judged, every scenario end to end through
ccxt against the loopback Coinbase simulator (JWTs checked for real), and its errors
mapped, the clock above all: a CDP JWT is dated on this computer's clock."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import ccxt
import pytest

from tests.helpers.cli import CliResult, run_cli
from wizard.errors import ErrorCode
from wizard.sim.coinbase import (
    ACCOUNTS_PATH,
    COINBASE_SCENARIOS,
    PERMISSIONS_PATH,
    CoinbaseScenario,
    CoinbaseVenue,
)
from wizard.sim.server import Fault, Request, Simulator
from wizard.verify.catalog import check_names
from wizard.verify.exchanges.coinbase import CoinbaseAdapter, parse_key, unknown_portfolio
from wizard.verify.model import KeyFacts, Severity
from wizard.verify.policy import evaluate

# What a person may paste, as reported for wizard/entry.py.
UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
KEY_NAME = re.compile(rf"(?:organizations/{UUID}/apiKeys/)?{UUID}")
EC_SECRET = re.compile(
    r"-----BEGIN EC PRIVATE KEY-----\n(?:[A-Za-z0-9+/=]{1,64}\n)+-----END EC PRIVATE KEY-----\n?"
)
ED25519_SECRET = re.compile(r"[A-Za-z0-9+/]{86}==")


@pytest.fixture
def coinbase_sim() -> Iterator[Simulator]:
    with Simulator(CoinbaseVenue()) as simulator:
        yield simulator


def _scenario(name: str) -> CoinbaseScenario:
    return next(s for s in COINBASE_SCENARIOS if s.name == name)


CLEAN = _scenario("clean")

N = "not_verified"
# What Coinbase never reports: derivatives onboarding (futures, options) and the IP list.
UNREPORTED = [N, N, N]
EXPECTED = {
    "clean": (0, "warn", UNREPORTED),
    "clean_ed25519": (0, "warn", UNREPORTED),
    "withdraw": (
        1,
        "fail",
        [
            "withdraw_enabled",
            "universal_transfer_enabled",
            "internal_transfer_enabled",
            *UNREPORTED,
        ],
    ),
    "intx_portfolio": (1, "fail", ["futures_enabled", N, N]),
    "read_only": (0, "warn", ["spot_trading_disabled", N]),
    "many_accounts": (0, "warn", UNREPORTED),
    "unknown_permission": (1, "fail", ["unknown_permission", *UNREPORTED]),
}


def _verify(sim: Simulator, key: str, secret: str, monkeypatch: pytest.MonkeyPatch) -> CliResult:
    return run_cli(
        monkeypatch,
        ["verify", "--exchange", "coinbase", "--api-url", sim.base_url, "--json"],
        api_key=key,
        secret=secret,
    )


def test_every_practice_scenario_is_checked() -> None:
    assert set(EXPECTED) | {"ip_blocked"} == {s.name for s in COINBASE_SCENARIOS}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_coinbase_scenarios(
    monkeypatch: pytest.MonkeyPatch, coinbase_sim: Simulator, name: str
) -> None:
    scenario = _scenario(name)
    exit_code, verdict, flags = EXPECTED[name]
    result = _verify(coinbase_sim, scenario.api_key, scenario.secret, monkeypatch)
    assert result.exit_code == exit_code, result.stdout + result.stderr
    assert result.document["verdict"] == verdict
    assert [flag["code"] for flag in result.document["flags"]] == flags


def test_what_coinbase_does_not_report_stays_unknown(
    monkeypatch: pytest.MonkeyPatch, coinbase_sim: Simulator
) -> None:
    document = _verify(coinbase_sim, CLEAN.api_key, CLEAN.secret, monkeypatch).document
    assert document["ip_whitelist"] is None
    assert document["key_created_at"] is None
    assert document["permissions"]["ip_restricted"] is None
    assert document["permissions"]["margin"] is False  # spot orders carry no borrowing
    assert document["permissions"]["options"] is None  # derivatives onboarding: unreported
    assert document["permissions"]["futures"] is None
    assert [f["code"] for f in document["flags"]] == UNREPORTED
    fixes = " ".join(f["fix"] for f in document["flags"])
    assert "IP allowlist" in fixes
    assert "futures or perpetuals" in fixes
    assert document["balances"] == {"BTC": "0.5", "USDC": "120"}  # USDC: 100 free + 20 on hold


def test_every_page_of_wallets_is_read(
    monkeypatch: pytest.MonkeyPatch, coinbase_sim: Simulator
) -> None:
    many = _scenario("many_accounts")
    document = _verify(coinbase_sim, many.api_key, many.secret, monkeypatch).document
    assert document["balances"] == {"BTC": "0.5", "USDC": "120", "SOL": "2.5"}
    assert len(coinbase_sim.requests_to(ACCOUNTS_PATH)) == 2  # 305 wallets, 250 a page


def test_small_pages_are_followed_to_the_end(monkeypatch: pytest.MonkeyPatch) -> None:
    with Simulator(CoinbaseVenue(max_page_size=3)) as simulator:
        document = _verify(simulator, CLEAN.api_key, CLEAN.secret, monkeypatch).document
        assert len(simulator.requests_to(ACCOUNTS_PATH)) == 2  # 4 wallets, 3 a page
    assert document["balances"] == {"BTC": "0.5", "USDC": "120"}


def test_a_key_that_cannot_view_is_refused_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    blind = CoinbaseScenario("blind", "", can_view=False)
    with Simulator(CoinbaseVenue((blind,))) as simulator:
        result = _verify(simulator, blind.api_key, blind.secret, monkeypatch)
    assert result.exit_code == 1
    assert [f["code"] for f in result.document["flags"]] == ["reading_disabled", *UNREPORTED]
    assert result.document["balances"] is None


def test_all_requests_are_sent_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    probes = len(check_names("coinbase"))
    with Simulator(CoinbaseVenue(), hold_until=probes) as simulator:
        result = _verify(simulator, CLEAN.api_key, CLEAN.secret, monkeypatch)
    assert result.exit_code == 0, result.stdout


# -- errors ----------------------------------------------------------------------
ANOTHER = CoinbaseScenario("not-registered", "")
ED = _scenario("clean_ed25519")


@pytest.mark.parametrize(
    ("key", "secret", "code"),
    [
        (CLEAN.api_key, ANOTHER.secret, "invalid_credentials"),  # Coinbase: one 401
        (ED.api_key, CoinbaseScenario("x", "", eddsa=True).secret, "invalid_credentials"),
        (ANOTHER.api_key, ANOTHER.secret, "invalid_credentials"),
        (_scenario("ip_blocked").api_key, _scenario("ip_blocked").secret, "invalid_credentials"),
        (CLEAN.api_key, CLEAN.secret.replace("\n", "\\n"), "bad_signature"),
        (CLEAN.api_key, CLEAN.secret[:-40], "bad_signature"),
        (CLEAN.secret, CLEAN.api_key, "invalid_credentials"),
    ],
    ids=[
        "wrong-secret",
        "wrong-ed25519-secret",
        "unknown-key",
        "ip-not-allowed",
        "escaped-newlines",
        "cut-short",
        "swapped",
    ],
)
def test_coinbase_credential_errors(
    monkeypatch: pytest.MonkeyPatch, coinbase_sim: Simulator, key: str, secret: str, code: str
) -> None:
    result = _verify(coinbase_sim, key, secret, monkeypatch)
    assert result.exit_code == 2, result.stdout
    assert result.document["error"]["code"] == code
    assert secret.strip() not in result.stdout + result.stderr


@pytest.mark.parametrize(
    ("fault", "code"),
    [
        (Fault("rate_limit"), "rate_limited"),
        (Fault("ip_ban"), "rate_limited"),  # Coinbase has no ban of its own
        (Fault("server_error", status=503), "exchange_unavailable"),
        (Fault("server_error", status=500), "exchange_unavailable"),
        (Fault("malformed_json"), "unexpected_response"),
        (Fault("truncated_json", path=ACCOUNTS_PATH), "unexpected_response"),
        (Fault("wrong_types"), "unexpected_response"),
        (Fault("wrong_types", path=PERMISSIONS_PATH), "unexpected_response"),
        (Fault("wrong_types", path=ACCOUNTS_PATH), "unexpected_response"),
    ],
    ids=[
        "429",
        "cloudflare-1015",
        "503",
        "500",
        "malformed",
        "truncated-accounts",
        "wrong-types",
        "wrong-types-permissions",
        "wrong-types-accounts",
    ],
)
def test_coinbase_faults(
    monkeypatch: pytest.MonkeyPatch, coinbase_sim: Simulator, fault: Fault, code: str
) -> None:
    coinbase_sim.inject(fault)
    result = _verify(coinbase_sim, CLEAN.api_key, CLEAN.secret, monkeypatch)
    assert result.exit_code == 2, result.stdout
    assert result.document["error"]["code"] == code


def test_a_missing_scope_is_invalid_credentials() -> None:
    answer = ccxt.PermissionDenied('coinbase {"error":"PERMISSION_DENIED"}')
    error = CoinbaseAdapter().classify(answer, ccxt.coinbase({"apiKey": CLEAN.api_key}))
    assert (error.code, error.detail, error.params["key_end"]) == (
        ErrorCode.INVALID_CREDENTIALS,
        "403",
        CLEAN.api_key[-4:],
    )


# -- the clock ---------------------------------------------------------------------
def test_a_clock_within_the_jwt_leeway_passes_with_a_flag(monkeypatch: pytest.MonkeyPatch) -> None:
    with Simulator(CoinbaseVenue(), clock_offset_ms=-8_000) as simulator:
        result = _verify(simulator, CLEAN.api_key, CLEAN.secret, monkeypatch)
    assert result.exit_code == 0
    assert [f["code"] for f in result.document["flags"]] == [*UNREPORTED, "clock_skew"]


@pytest.mark.parametrize("offset_ms", [-300_000, 200_000])
def test_a_clock_far_off_is_named_and_not_retried(
    monkeypatch: pytest.MonkeyPatch, offset_ms: int
) -> None:
    with Simulator(CoinbaseVenue(), clock_offset_ms=offset_ms) as simulator:
        result = _verify(simulator, CLEAN.api_key, CLEAN.secret, monkeypatch)
        sent = len(simulator.requests_to(PERMISSIONS_PATH))
    assert result.exit_code == 2
    assert result.document["error"]["code"] == "clock_skew"
    measured = re.search(r"off by (-?\d+) ms", result.document["error"]["message"])
    assert measured is not None
    assert abs(int(measured.group(1)) - offset_ms) < 1000
    assert sent == 1  # timeDifference cannot fix a JWT: no pointless second attempt


def test_a_refused_key_with_a_good_clock_is_not_blamed_on_the_clock(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with Simulator(CoinbaseVenue(), clock_offset_ms=-20_000) as simulator:
        result = _verify(simulator, ANOTHER.api_key, ANOTHER.secret, monkeypatch)
    assert result.document["error"]["code"] == "invalid_credentials"


# -- the simulator's JWT checks, request by request ----------------------------------
def _signed_request(scenario: CoinbaseScenario, path: str, host: str) -> Request:
    client = ccxt.coinbase({"apiKey": scenario.api_key, "secret": scenario.secret})
    client.urls["api"]["rest"] = f"http://{host}"
    signed = client.sign(path.removeprefix("/api/v3/"), ["v3", "private"], "GET", {})
    headers = {name.lower(): value for name, value in signed["headers"].items()}
    return Request("GET", path, "", {**headers, "host": host}, "", "127.0.0.1")


def _now_ms() -> int:
    return int(datetime.now(UTC).timestamp() * 1000)


@pytest.mark.parametrize("scenario", [CLEAN, ED], ids=["es256", "eddsa"])
def test_the_simulator_accepts_ccxts_jwt(scenario: CoinbaseScenario) -> None:
    request = _signed_request(scenario, PERMISSIONS_PATH, "127.0.0.1:8080")
    assert CoinbaseVenue().handle(request, _now_ms()).status == 200


@pytest.mark.parametrize(
    "change",
    [
        {"path": ACCOUNTS_PATH},  # a JWT for another endpoint
        {"headers": "host"},  # for another host
        {"now_ms": 10 * 60_000},  # expired
        {"now_ms": -60_000},  # not yet valid
        {"headers": "signature"},  # tampered
    ],
    ids=["other-path", "other-host", "expired", "not-yet-valid", "tampered"],
)
def test_the_simulator_refuses_a_jwt_that_does_not_fit(change: dict[str, Any]) -> None:
    request = _signed_request(CLEAN, PERMISSIONS_PATH, "127.0.0.1:8080")
    headers = dict(request.headers)
    if change.get("headers") == "host":
        headers["host"] = "127.0.0.1:8081"
    if change.get("headers") == "signature":
        token = headers["authorization"]
        headers["authorization"] = token[:-6] + ("AAAAAA" if token[-6:] != "AAAAAA" else "BBBBBB")
    request = Request("GET", change.get("path", request.path), "", headers, "", "127.0.0.1")
    response = CoinbaseVenue().handle(request, _now_ms() + change.get("now_ms", 0))
    assert (response.status, response.body) == (401, b"Unauthorized\n")


# -- key formats -----------------------------------------------------------------------
@pytest.mark.parametrize("scenario", COINBASE_SCENARIOS, ids=lambda s: s.name)
def test_practice_keys_have_coinbases_shapes(scenario: CoinbaseScenario) -> None:
    assert KEY_NAME.fullmatch(scenario.api_key)
    pattern = ED25519_SECRET if scenario.eddsa else EC_SECRET
    assert pattern.fullmatch(scenario.secret), scenario.secret


# -- the policy over every combination -------------------------------------------------
PORTFOLIOS = ("DEFAULT", "CONSUMER", "INTX", "UNDEFINED", "SOMETHING_NEW")


@pytest.mark.parametrize(
    ("can_view", "can_trade", "can_transfer", "portfolio_type", "derivatives_wallet"),
    list(
        itertools.product(
            (False, True), (False, True), (False, True), PORTFOLIOS, (None, False, True)
        )
    ),
)
def test_every_coinbase_permission_combination(
    can_view: bool,
    can_trade: bool,
    can_transfer: bool,
    portfolio_type: str,
    derivatives_wallet: bool | None,
) -> None:
    document = {
        "can_view": can_view,
        "can_trade": can_trade,
        "can_transfer": can_transfer,
        "can_receive": False,
        "portfolio_uuid": "8bfc20d7-f7c6-4422-bf07-8243ca4169fe",
        "portfolio_type": portfolio_type,
    }
    permissions = parse_key(document, derivatives_wallet)
    trades_derivatives = can_trade and (portfolio_type == "INTX" or derivatives_wallet is True)
    unknown = unknown_portfolio(document)
    dangerous = can_transfer or trades_derivatives or not can_view or bool(unknown)
    facts = KeyFacts("coinbase", permissions, unknown_permissions=unknown)
    flags = evaluate(facts, 0, datetime.now(UTC))
    assert any(flag.severity is Severity.CRITICAL for flag in flags) == dangerous
    # Never a pass: Coinbase does not report the IP list, nor derivatives onboarding.
    assert any(flag.code == "not_verified" for flag in flags)


@pytest.mark.parametrize(
    "document",
    [
        {"can_view": "true", "can_trade": True, "can_transfer": False, "portfolio_type": "DEFAULT"},
        {"can_view": True, "can_trade": 1, "can_transfer": False, "portfolio_type": "DEFAULT"},
        {"can_view": True, "can_trade": True, "can_transfer": False, "portfolio_type": 7},
    ],
    ids=["string-bool", "number", "portfolio-type"],
)
def test_an_unreadable_permission_document_is_unexpected(document: dict[str, Any]) -> None:
    with pytest.raises(Exception, match="unexpected_response"):
        parse_key(document, False)


def test_a_permission_left_out_stays_unknown() -> None:
    permissions = parse_key({"can_view": True, "can_trade": True, "can_transfer": None}, False)
    assert permissions.withdraw is None
    assert permissions.universal_transfer is None


def test_a_derivatives_portfolio_with_trading_left_out_is_never_ticked_safe() -> None:
    """Found by benchmarks/false_accepts.py: an INTX portfolio and no can_trade in the
    answer must not leave futures to a tick by hand."""
    document = {"can_view": True, "can_transfer": False, "portfolio_type": "INTX"}
    assert parse_key(document, False).futures is True


def test_a_key_that_trades_futures_is_not_also_said_to_be_unable_to() -> None:
    """The account-level note says "this key cannot use it": never beside a finding
    that the key can trade futures."""
    from wizard.sim.catalog import make_venue, practice_key
    from wizard.sim.server import Simulator
    from wizard.verify.model import Credentials
    from wizard.verify.service import verify_key_blocking

    key = practice_key("coinbase", "intx_portfolio")
    with Simulator(make_venue("coinbase")) as simulator:
        report = verify_key_blocking(
            "coinbase", Credentials(key.api_key, key.secret), api_url=simulator.base_url
        )
    codes = {flag.code for flag in report.flags}
    assert "futures_enabled" in codes
    assert "futures_account_open" not in codes

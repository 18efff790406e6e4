"""OKX: every scenario end to end through ccxt against the loopback OKX simulator,
its errors mapped, and every combination of key permissions and account mode judged."""

from __future__ import annotations

import asyncio
import itertools
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import ccxt
import pytest

from tests.helpers.cli import CliResult, run_cli
from wizard.errors import ErrorCode, WizardError
from wizard.sim.okx import OKX_SCENARIOS, OkxScenario, OkxVenue
from wizard.sim.server import Fault, Simulator
from wizard.verify.client import make_client
from wizard.verify.exchanges.okx import OkxAdapter, parse_account, parse_key, read_key
from wizard.verify.model import Credentials, KeyFacts, Severity
from wizard.verify.policy import evaluate
from wizard.verify.service import verify_key_blocking


@pytest.fixture
def okx_sim() -> Iterator[Simulator]:
    with Simulator(OkxVenue()) as simulator:
        yield simulator


def _scenario(name: str) -> OkxScenario:
    return next(s for s in OKX_SCENARIOS if s.name == name)


def _verify(
    monkeypatch: pytest.MonkeyPatch,
    sim: Simulator,
    key: str,
    secret: str,
    passphrase: str | None,
) -> CliResult:
    return run_cli(
        monkeypatch,
        ["verify", "--exchange", "okx", "--api-url", sim.base_url, "--json"],
        api_key=key,
        secret=secret,
        passphrase=passphrase,
    )


def _verify_scenario(
    monkeypatch: pytest.MonkeyPatch, sim: Simulator, scenario: OkxScenario
) -> CliResult:
    return _verify(monkeypatch, sim, scenario.api_key, scenario.secret, scenario.passphrase)


B = "borrowing_not_blockable"  # Earn products and Flexible Loan, reached by Trade
T = "transfers_not_blockable"  # funds transfer, reached by Trade
# A trading key may switch the account to a mode used before and activate options.
UNVERIFIED_MODE = ["not_verified", "not_verified", "not_verified"]  # margin, futures, options
EXPECTED: dict[str, tuple[int, str, list[str]]] = {
    "clean": (0, "warn", [B, B, T, *UNVERIFIED_MODE]),
    "withdraw": (
        1,
        "fail",
        ["withdraw_enabled", "internal_transfer_enabled", B, B, T, *UNVERIFIED_MODE],
    ),
    # The trap: nothing on the key itself, but the account is in Futures mode.
    "non_spot_mode": (
        1,
        "fail",
        [
            "futures_enabled",
            "margin_enabled",
            B,
            B,
            T,
            "not_verified",
            "margin_account_open",
        ],
    ),
    "margin_mode": (
        1,
        "fail",
        [
            "futures_enabled",
            "margin_enabled",
            B,
            B,
            T,
            "not_verified",
            "margin_account_open",
            "margin_debt",
        ],
    ),
    "unrestricted": (0, "warn", [B, B, T, "ip_unrestricted", *UNVERIFIED_MODE]),
    "read_only": (0, "warn", ["spot_trading_disabled"]),
    "options_activated": (
        1,
        "fail",
        ["options_enabled", B, B, T, "not_verified", "not_verified"],
    ),
    "loan_open": (0, "warn", [B, B, T, *UNVERIFIED_MODE]),
    "missing_fields": (0, "warn", [B, B, T, *UNVERIFIED_MODE, "not_verified"]),
    "unknown_permission": (1, "fail", ["unknown_permission", B, B, T, *UNVERIFIED_MODE]),
}


def test_every_scenario_has_an_expectation() -> None:
    assert set(EXPECTED) | {"ip_blocked", "region"} == {s.name for s in OKX_SCENARIOS}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_okx_scenarios(monkeypatch: pytest.MonkeyPatch, okx_sim: Simulator, name: str) -> None:
    exit_code, verdict, flags = EXPECTED[name]
    result = _verify_scenario(monkeypatch, okx_sim, _scenario(name))
    assert result.exit_code == exit_code, result.stdout + result.stderr
    document = result.document
    assert document["verdict"] == verdict
    assert [flag["code"] for flag in document["flags"]] == flags
    for flag in document["flags"]:
        assert flag["message"]
        assert flag["fix"]


def test_okx_clean_key_document(monkeypatch: pytest.MonkeyPatch, okx_sim: Simulator) -> None:
    document = _verify_scenario(monkeypatch, okx_sim, _scenario("clean")).document
    assert document["permissions"] == {
        "read": True,
        "spot_trade": True,
        # A trading key may switch the account to a mode used before, or activate
        # options: whether it can is in no answer.
        "margin": None,
        "futures": None,
        "options": None,
        "withdraw": False,
        # Every OKX trade key moves funds between its own accounts, and reaches Earn
        # and Flexible Loan: said, never hidden.
        "internal_transfer": True,
        "universal_transfer": True,
        "earn": True,
        "loans": True,
        "ip_restricted": True,
    }
    assert document["ip_whitelist"] == ["127.0.0.1"]
    assert document["balances"] == {"BTC": "0.5", "USDT": "120"}
    assert document["key_created_at"] is None  # OKX never tells a key's age
    assert document["rotation_due"] is None


def test_okx_requests_are_sent_at_once() -> None:
    """The simulator answers nothing until all five requests have arrived."""
    clean = _scenario("clean")
    with Simulator(OkxVenue(), hold_until=len(OkxAdapter.probes)) as simulator:
        report = verify_key_blocking(
            "okx",
            Credentials(clean.api_key, clean.secret, clean.passphrase),
            api_url=simulator.base_url,
            timeout_ms=8_000,
        )
    assert report.flag_codes == tuple(EXPECTED["clean"][2])
    assert sorted(r.path for r in simulator.recorded) == [
        "/api/v5/account/balance",
        "/api/v5/account/config",
        "/api/v5/asset/balances",
        "/api/v5/finance/flexible-loan/loan-info",
        "/api/v5/public/time",
    ]


# -- errors ---------------------------------------------------------------------
def _error(sim: Simulator, key: str, secret: str, passphrase: str | None) -> WizardError:
    with pytest.raises(WizardError) as caught:
        verify_key_blocking(
            "okx", Credentials(key, secret, passphrase), api_url=sim.base_url, timeout_ms=8_000
        )
    return caught.value


CLEAN = _scenario("clean")
BLOCKED = _scenario("ip_blocked")


@pytest.mark.parametrize(
    ("key", "secret", "passphrase", "code", "okx_code"),
    [
        (CLEAN.api_key, "0" * 32, CLEAN.passphrase, "bad_signature", "50113"),
        (
            "00000000-0000-4000-8000-000000000000",
            CLEAN.secret,
            "Other-passphrase1!",
            "invalid_credentials",
            "50119",
        ),
        ("NOT-A-KEY-0000", CLEAN.secret, "Other-passphrase1!", "invalid_credentials", "50111"),
        (BLOCKED.api_key, BLOCKED.secret, BLOCKED.passphrase, "invalid_credentials", "50110"),
        (CLEAN.api_key, CLEAN.secret, "Wrong-passphrase1!", "invalid_credentials", "50105"),
    ],
    ids=["wrong-secret", "unknown-key", "malformed-key", "ip-not-allowed", "passphrase"],
)
def test_okx_credential_errors(
    monkeypatch: pytest.MonkeyPatch,
    okx_sim: Simulator,
    key: str,
    secret: str,
    passphrase: str | None,
    code: str,
    okx_code: str,
) -> None:
    result = _verify(monkeypatch, okx_sim, key, secret, passphrase)
    assert result.exit_code == 2, result.stdout + result.stderr
    assert result.document["error"]["code"] == code
    for secret_form in (secret, passphrase or "unset", key[:-4]):
        assert secret_form not in result.stdout + result.stderr
    error = _error(okx_sim, key, secret, passphrase)
    assert error.detail == okx_code
    assert error.params["key_end"] == key[-4:]
    assert (error.params.get("field") == "passphrase") == (okx_code in ("50104", "50105"))


def test_okx_without_a_passphrase(monkeypatch: pytest.MonkeyPatch, okx_sim: Simulator) -> None:
    """The command line asks for it before sending anything; a client that signs
    without one is named as missing the passphrase (OKX's 50104)."""
    result = _verify(monkeypatch, okx_sim, CLEAN.api_key, CLEAN.secret, None)
    assert result.exit_code == 64
    assert okx_sim.recorded == []
    error = _error(okx_sim, CLEAN.api_key, CLEAN.secret, None)
    assert error.code is ErrorCode.INVALID_CREDENTIALS
    assert error.detail == "50104"
    assert error.params["field"] == "passphrase"


def test_okx_key_without_read_permission(okx_sim: Simulator) -> None:
    no_read = OkxScenario("no_read", "no read", perm="trade")
    with Simulator(OkxVenue((no_read,))) as simulator:
        error = _error(simulator, no_read.api_key, no_read.secret, no_read.passphrase)
    assert (error.code, error.detail) == (ErrorCode.INVALID_CREDENTIALS, "50120")


@pytest.mark.parametrize(
    ("fault", "code"),
    [
        (Fault("server_error", status=503), "exchange_unavailable"),
        (Fault("server_error", status=500), "exchange_unavailable"),
        (Fault("server_error", status=502), "exchange_unavailable"),
        (Fault("ip_ban"), "exchange_unavailable"),
        (Fault("malformed_json"), "unexpected_response"),
        (Fault("wrong_types"), "unexpected_response"),
    ],
    ids=["503", "500", "502", "edge-403", "malformed", "wrong-types"],
)
def test_okx_faults(
    monkeypatch: pytest.MonkeyPatch, okx_sim: Simulator, fault: Fault, code: str
) -> None:
    okx_sim.inject(fault)
    result = _verify_scenario(monkeypatch, okx_sim, CLEAN)
    assert result.exit_code == 2
    assert result.document["error"]["code"] == code


def test_okx_wrong_types_in_the_permission_answer(
    monkeypatch: pytest.MonkeyPatch, okx_sim: Simulator
) -> None:
    okx_sim.inject(Fault("wrong_types", path="/api/v5/account/config"))
    result = _verify_scenario(monkeypatch, okx_sim, CLEAN)
    assert result.document["error"]["code"] == "unexpected_response"


def test_okx_unreadable_clock_leaves_the_skew_unknown(
    monkeypatch: pytest.MonkeyPatch, okx_sim: Simulator
) -> None:
    """The clock is measured beside the signed requests; an answer without a
    readable ``ts`` costs the skew figure, not the verification."""
    okx_sim.inject(Fault("wrong_types", path="/api/v5/public/time"))
    result = _verify_scenario(monkeypatch, okx_sim, CLEAN)
    assert result.exit_code == 0
    assert result.document["clock_skew_ms"] is None


@pytest.mark.slow
def test_okx_rate_limit_waits_one_window_then_succeeds(okx_sim: Simulator) -> None:
    """OKX answers 429 with code 50011 and no Retry-After; its limits count per
    2 seconds, so one wait is enough."""
    okx_sim.inject(Fault("rate_limit", count=len(OkxAdapter.probes)))
    waits: list[int] = []
    report = verify_key_blocking(
        "okx",
        Credentials(CLEAN.api_key, CLEAN.secret, CLEAN.passphrase),
        api_url=okx_sim.base_url,
        on_wait=waits.append,
    )
    assert waits == [2]
    assert report.flag_codes == tuple(EXPECTED["clean"][2])


@pytest.mark.slow
def test_okx_rate_limit_that_lasts(monkeypatch: pytest.MonkeyPatch, okx_sim: Simulator) -> None:
    okx_sim.inject(Fault("rate_limit"))
    result = _verify_scenario(monkeypatch, okx_sim, CLEAN)
    assert result.exit_code == 2
    assert result.document["error"]["code"] == "rate_limited"


def test_okx_429_without_a_code_is_a_rate_limit() -> None:
    """ccxt raises ExchangeNotAvailable for OKX's 429: the status decides."""
    error = ccxt.ExchangeNotAvailable(
        "okx GET http://127.0.0.1/api/v5/account/config 429 Too Many Requests <html></html>"
    )
    classified = OkxAdapter().classify(error, ccxt.okx({"apiKey": "abcd-1234"}))
    assert classified.code is ErrorCode.RATE_LIMITED
    assert classified.params["retry_after_s"] == "2"


def test_okx_code_wins_over_ccxt_class() -> None:
    body = '{"code":"50011","data":[],"msg":"Too Many Requests"}'
    classified = OkxAdapter().classify(ccxt.ExchangeNotAvailable(f"okx {body}"), None)
    assert classified.code is ErrorCode.RATE_LIMITED


@pytest.mark.parametrize(("offset_ms", "sent"), [(-8_000, 1), (-45_000, 2), (45_000, 2)])
def test_okx_clock_skew_survived(
    monkeypatch: pytest.MonkeyPatch, offset_ms: int, sent: int
) -> None:
    """Beyond 30 s OKX refuses the signed requests (50102); they are sent once more
    with OKX's clock, and the skew is reported."""
    with Simulator(OkxVenue(), clock_offset_ms=offset_ms) as simulator:
        result = _verify_scenario(monkeypatch, simulator, CLEAN)
        assert len(simulator.requests_to("/api/v5/account/config")) == sent
    assert result.exit_code == 0, result.stdout + result.stderr
    assert [f["code"] for f in result.document["flags"]] == [
        *EXPECTED["clean"][2],
        "clock_skew",
    ]


def test_okx_signature_covers_the_query(okx_sim: Simulator) -> None:
    """The simulator checks the signature as OKX documents it: over timestamp + METHOD
    + path with its ?query + body, so a request with a query is accepted only when
    the query was signed."""

    async def balance_with_query() -> Any:
        client = make_client(
            "okx", Credentials(CLEAN.api_key, CLEAN.secret, CLEAN.passphrase), okx_sim.base_url
        )
        try:
            return await client.private_get_account_balance({"ccy": "BTC,USDT"})
        finally:
            await client.close()

    answer = asyncio.run(balance_with_query())
    assert answer["code"] == "0"
    assert [d["ccy"] for d in answer["data"][0]["details"]] == ["BTC", "USDT"]


# -- practice keys ----------------------------------------------------------------
@pytest.mark.parametrize("scenario", OKX_SCENARIOS, ids=lambda s: s.name)
def test_okx_practice_keys_have_real_formats(scenario: OkxScenario) -> None:
    assert re.fullmatch(r"[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}", scenario.api_key)
    assert re.fullmatch(r"[0-9A-F]{32}", scenario.secret)
    passphrase = scenario.passphrase
    assert 8 <= len(passphrase) <= 32
    for character_class in (r"[A-Z]", r"[a-z]", r"\d", r"[^A-Za-z0-9]"):
        assert re.search(character_class, passphrase)


# -- the policy over every combination ----------------------------------------------
def _config(
    permissions: tuple[str, ...], mode: str, spot_borrow: bool, options: str, ip: str
) -> dict[str, Any]:
    return {
        "perm": ",".join(permissions),
        "acctLv": mode,
        "enableSpotBorrow": spot_borrow,
        "opAuth": options,
        "ip": ip,
    }


PERMISSION_SETS = [
    combination
    for size in (1, 2, 3)
    for combination in itertools.combinations(("read_only", "trade", "withdraw"), size)
]


@pytest.mark.parametrize(
    ("permissions", "mode", "spot_borrow", "options", "ip"),
    list(
        itertools.product(
            PERMISSION_SETS, ("1", "2", "3", "4"), (False, True), ("0", "1"), ("", "127.0.0.1")
        )
    ),
)
def test_every_okx_combination(
    permissions: tuple[str, ...], mode: str, spot_borrow: bool, options: str, ip: str
) -> None:
    config = _config(permissions, mode, spot_borrow, options, ip)
    reading = read_key(config)
    facts = KeyFacts(
        "okx",
        reading.permissions,
        account=parse_account(config),
        unblockable=reading.reach.open_doors(lambda _family: None),
    )
    flags = evaluate(facts, 0, datetime.now(UTC))
    codes = [f.code for f in flags]
    trade = "trade" in permissions
    dangerous = "withdraw" in permissions or (
        trade and (mode != "1" or spot_borrow or options == "1")
    )
    assert any(flag.severity is Severity.CRITICAL for flag in flags) == dangerous
    assert ("ip_unrestricted" in codes) == (ip == "")
    assert ("spot_trading_disabled" in codes) == (not trade)
    # Trade reaches Earn, Flexible Loan and funds transfers whatever the mode.
    assert codes.count("borrowing_not_blockable") == (2 if trade else 0)
    assert ("transfers_not_blockable" in codes) == trade  # between its own accounts
    # And never passes: what it may switch on by itself is left for the person.
    assert ("not_verified" in codes) == (trade and (mode == "1" or options == "0"))


@pytest.mark.parametrize(
    "config",
    [
        _config(("read_only",), "1", False, "yes", ""),
        {**_config(("read_only",), "1", False, "0", ""), "enableSpotBorrow": "false"},
        {**_config(("read_only",), "1", False, "0", ""), "ip": ["127.0.0.1"]},
        {**_config(("read_only",), "1", False, "0", ""), "perm": ["trade"]},
    ],
    ids=["opAuth", "borrow-string", "ip", "perm"],
)
def test_okx_unreadable_config(config: dict[str, Any]) -> None:
    with pytest.raises(WizardError) as caught:
        parse_key(config)
    assert caught.value.code is ErrorCode.UNEXPECTED_RESPONSE


@pytest.mark.parametrize(
    ("config", "unknown"),
    [
        (_config(("read_only", "transfer"), "1", False, "0", ""), ("transfer",)),
        (_config(("read_only", "trade"), "5", False, "0", ""), ("acctLv 5",)),
    ],
    ids=["permission", "mode"],
)
def test_okx_names_what_it_does_not_know(config: dict[str, Any], unknown: tuple[str, ...]) -> None:
    assert read_key(config).unknown == unknown


def test_okx_fields_left_out_stay_unknown() -> None:
    permissions = parse_key({})
    assert permissions.withdraw is None
    assert permissions.ip_restricted is None
    assert parse_key({"perm": "read_only,trade"}).margin is None

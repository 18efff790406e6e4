"""Kraken: every permission combination judged, every scenario end to end through
ccxt against the loopback Kraken simulator, its nonces, its fallback and its errors."""

from __future__ import annotations

import base64
import itertools
import re
import threading
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest

from tests.helpers.cli import CliResult, run_cli
from wizard.errors import ErrorCode
from wizard.sim.kraken import (
    KRAKEN_SCENARIOS,
    READ_ONLY,
    SPOT_BOT,
    KrakenScenario,
    KrakenVenue,
    sign,
)
from wizard.sim.server import Fault, Simulator
from wizard.verify.catalog import check_names
from wizard.verify.client import make_client
from wizard.verify.exchanges import kraken
from wizard.verify.exchanges.kraken import (
    PROCESS_NONCE,
    IncreasingNonce,
    KrakenAdapter,
    ProbedPermissions,
    parse_key,
    parse_probed,
    read_key,
)
from wizard.verify.exchanges.kraken_capabilities import CAPABILITIES
from wizard.verify.model import Credentials, KeyFacts, Severity
from wizard.verify.policy import evaluate
from wizard.verify.service import verify_key_blocking

PRIVATE = "/0/private/"


@pytest.fixture
def kraken_sim() -> Iterator[Simulator]:
    with Simulator(KrakenVenue()) as simulator:
        yield simulator


def _scenario(name: str) -> KrakenScenario:
    return next(s for s in KRAKEN_SCENARIOS if s.name == name)


def _verify(
    monkeypatch: pytest.MonkeyPatch, sim: Simulator, key: str, secret: str, *extra: str
) -> CliResult:
    return run_cli(
        monkeypatch,
        ["verify", "--exchange", "kraken", "--api-url", sim.base_url, "--json", *extra],
        api_key=key,
        secret=secret,
    )


def _venue(sim: Simulator) -> KrakenVenue:
    assert isinstance(sim.venue, KrakenVenue)
    return sim.venue


N = "not_verified"  # margin: any trading key borrows where the account may use margin
EXPECTED = {
    "clean": (0, "warn", [N]),
    "query_funds": (1, "fail", ["universal_transfer_enabled", N]),
    "withdraw": (1, "fail", ["withdraw_enabled", "internal_transfer_enabled", N]),
    "earn": (1, "fail", ["earn_enabled", N]),
    "unknown_permission": (1, "fail", ["unknown_permission", N]),
    "unrestricted": (0, "warn", ["ip_unrestricted", N, "rotation_due"]),
    "read_only": (0, "warn", ["spot_trading_disabled"]),
    # Without GetApiKeyInfo only the probes tell: everything else is for the person.
    "no_key_info": (0, "warn", [N] * 8),
}
ERRORS = {"ip_blocked": "invalid_credentials", "nonce_ahead": "nonce_rejected"}


def test_every_scenario_has_an_expectation() -> None:
    assert {s.name for s in KRAKEN_SCENARIOS} == EXPECTED.keys() | ERRORS.keys()


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_kraken_scenarios(
    monkeypatch: pytest.MonkeyPatch, kraken_sim: Simulator, name: str
) -> None:
    scenario = _scenario(name)
    exit_code, verdict, flags = EXPECTED[name]
    result = _verify(monkeypatch, kraken_sim, scenario.api_key, scenario.secret)
    assert result.exit_code == exit_code, result.stdout + result.stderr
    assert result.document["verdict"] == verdict
    assert [flag["code"] for flag in result.document["flags"]] == flags


@pytest.mark.parametrize("name", sorted(ERRORS))
def test_kraken_scenarios_that_cannot_be_verified(
    monkeypatch: pytest.MonkeyPatch, kraken_sim: Simulator, name: str
) -> None:
    scenario = _scenario(name)
    result = _verify(monkeypatch, kraken_sim, scenario.api_key, scenario.secret)
    assert result.exit_code == 2, result.stdout + result.stderr
    assert result.document["error"]["code"] == ERRORS[name]


def test_kraken_reports_what_the_key_info_tells(
    monkeypatch: pytest.MonkeyPatch, kraken_sim: Simulator
) -> None:
    clean = _scenario("clean")
    document = _verify(monkeypatch, kraken_sim, clean.api_key, clean.secret).document
    assert document["ip_whitelist"] == ["127.0.0.1"]
    assert document["balances"] is None  # no Query Funds: balances stay unread
    assert document["key_created_at"] is not None
    assert abs(document["clock_skew_ms"]) < 500
    assert document["permissions"] == {
        "read": True,
        "spot_trade": True,
        "margin": None,  # wherever the account may use margin, a trading key borrows
        "futures": False,  # Kraken Futures has keys of its own
        "options": False,
        "withdraw": False,
        "internal_transfer": False,
        "universal_transfer": False,
        "earn": False,
        "loans": False,
        "ip_restricted": True,
    }
    funds = _scenario("query_funds")
    document = _verify(monkeypatch, kraken_sim, funds.api_key, funds.secret).document
    assert document["balances"] == {"XXBT": "0.5", "ZUSD": "120"}
    assert document["permissions"]["universal_transfer"] is True  # WalletTransfer


def test_a_key_that_expires_soon_is_due_for_rotation_then(monkeypatch: pytest.MonkeyPatch) -> None:
    """validUntil is when Kraken stops accepting the key: the replacement date."""
    expiring = KrakenScenario("expiring", "Expiring", valid_for_days=10)
    with Simulator(KrakenVenue((expiring,))) as simulator:
        result = _verify(monkeypatch, simulator, expiring.api_key, expiring.secret)
    assert [f["code"] for f in result.document["flags"]] == [N, "trading_expires_soon"]
    due = datetime.fromisoformat(result.document["rotation_due"]).date()
    assert (due - datetime.now(UTC).date()).days in (9, 10)


def test_a_verification_is_one_request_per_check(
    monkeypatch: pytest.MonkeyPatch, kraken_sim: Simulator
) -> None:
    clean = _scenario("clean")
    _verify(monkeypatch, kraken_sim, clean.api_key, clean.secret)
    assert sorted(r.path for r in kraken_sim.recorded) == [
        "/0/private/BalanceEx",
        "/0/private/GetApiKeyInfo",
        "/0/public/Time",
    ]


def test_the_account_iban_never_leaves_the_wizard(
    monkeypatch: pytest.MonkeyPatch, kraken_sim: Simulator
) -> None:
    """GetApiKeyInfo names the account's IBAN; no output, error or report may."""
    for scenario in KRAKEN_SCENARIOS:
        result = _verify(monkeypatch, kraken_sim, scenario.api_key, scenario.secret)
        for text in (result.stdout, result.stderr):
            assert scenario.iban not in text
            assert scenario.iban.replace(" ", "") not in text
        assert scenario.secret not in result.stdout + result.stderr
        assert scenario.api_key not in result.stdout + result.stderr


# -- credentials and faults ------------------------------------------------------------
OTHER_SECRET = base64.b64encode(bytes(range(64))).decode()


@pytest.mark.parametrize(
    ("key", "secret", "code"),
    [
        (_scenario("clean").api_key, OTHER_SECRET, "bad_signature"),
        (base64.b64encode(bytes(42)).decode(), OTHER_SECRET, "invalid_credentials"),
        (_scenario("ip_blocked").api_key, _scenario("ip_blocked").secret, "invalid_credentials"),
    ],
    ids=["wrong-secret", "unknown-key", "ip-not-allowed"],
)
def test_kraken_credential_errors(
    monkeypatch: pytest.MonkeyPatch, kraken_sim: Simulator, key: str, secret: str, code: str
) -> None:
    result = _verify(monkeypatch, kraken_sim, key, secret)
    assert result.exit_code == 2
    assert result.document["error"]["code"] == code
    assert key not in result.stdout


@pytest.mark.parametrize(
    ("fault", "code"),
    [
        (Fault("rate_limit"), "rate_limited"),
        (Fault("ip_ban"), "ip_banned"),
        (Fault("server_error", status=503), "exchange_unavailable"),
        (Fault("server_error", status=520), "exchange_unavailable"),
        (Fault("malformed_json"), "unexpected_response"),
        (Fault("wrong_types"), "unexpected_response"),
    ],
    ids=["rate-limit", "lockout", "503", "520", "malformed", "wrong-types"],
)
def test_kraken_faults(
    monkeypatch: pytest.MonkeyPatch, kraken_sim: Simulator, fault: Fault, code: str
) -> None:
    kraken_sim.inject(fault)
    clean = _scenario("clean")
    result = _verify(monkeypatch, kraken_sim, clean.api_key, clean.secret)
    assert result.exit_code == 2
    assert result.document["error"]["code"] == code


@pytest.mark.parametrize(
    ("message", "code"),
    [
        ("EAPI:Invalid key", ErrorCode.INVALID_CREDENTIALS),
        ("EGeneral:Permission denied", ErrorCode.INVALID_CREDENTIALS),
        ("EAPI:Invalid signature", ErrorCode.BAD_SIGNATURE),
        ("EAPI:Invalid nonce", ErrorCode.NONCE_REJECTED),
        ("EAPI:Rate limit exceeded", ErrorCode.RATE_LIMITED),
        ("EGeneral:Too many requests", ErrorCode.RATE_LIMITED),
        ("EGeneral:Temporary lockout", ErrorCode.IP_BANNED),
        ("EService:Unavailable", ErrorCode.EXCHANGE_UNAVAILABLE),
    ],
)
def test_kraken_error_codes(message: str, code: ErrorCode) -> None:
    """ccxt's own class for these ranges from right to misleading (an invalid nonce is
    an InvalidNonce, which reads as a clock problem; an invalid signature a bare
    ExchangeError): Kraken's message decides."""
    import ccxt

    client = ccxt.kraken({"apiKey": "A" * 52 + "WXYZ"})
    error = ccxt.ExchangeError('kraken {"error":["' + message + '"]}')
    classified = KrakenAdapter().classify(error, client)
    assert classified.code is code
    if code in (ErrorCode.INVALID_CREDENTIALS, ErrorCode.BAD_SIGNATURE):
        assert classified.params["key_end"] == "WXYZ"
    if code is ErrorCode.RATE_LIMITED:
        assert classified.params["retry_after_s"] == ""  # never waited for automatically
    if code is ErrorCode.IP_BANNED:
        assert classified.params["until"].endswith("UTC")


def test_kraken_clock_skew_is_a_flag_not_a_refusal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Kraken checks nonces, not times: a clock 8 s off verifies, with the flag."""
    clean = _scenario("clean")
    with Simulator(KrakenVenue(), clock_offset_ms=-8_000) as simulator:
        result = _verify(monkeypatch, simulator, clean.api_key, clean.secret)
    assert result.exit_code == 0
    assert [f["code"] for f in result.document["flags"]] == [N, "clock_skew"]
    assert -8_500 < result.document["clock_skew_ms"] < -7_000


@pytest.mark.parametrize("offset_ms", [0, 250, 999, 1_000, 1_500])
def test_whole_second_clock_never_overstates_the_skew(offset_ms: int) -> None:
    """The reading for a clock in step stays within a second's uncertainty of zero:
    what is taken is the nearest moment the server's whole second allows."""
    now_ms = round(datetime.now(UTC).timestamp() * 1000)
    answer = {"error": [], "result": {"unixtime": (now_ms - offset_ms) // 1000}}
    skew = KrakenAdapter().server_time_ms(answer) - now_ms
    assert -offset_ms - 50 <= skew <= min(0, 999 - offset_ms) + 50


# -- nonces ----------------------------------------------------------------------------
def test_kraken_requests_are_sent_concurrently() -> None:
    """The simulator answers nothing until every check's request has arrived; a client
    that waited for one answer before the next request would time out here.

    The gate lets every request through at the same instant, in no particular order,
    so this key has a nonce window (Kraken's setting for keys whose requests may
    arrive out of order): a retried request could never pass the gate again."""
    scenario = KrakenScenario("concurrent", "Concurrent", nonce_window=10_000)
    probes = len(check_names("kraken"))
    with Simulator(KrakenVenue((scenario,)), hold_until=probes) as simulator:
        report = verify_key_blocking(
            "kraken",
            Credentials(scenario.api_key, scenario.secret),
            api_url=simulator.base_url,
        )
        assert len(simulator.recorded) == probes
    assert report.flag_codes == ("not_verified",)


def _delay_key_info(simulator: Simulator) -> None:
    """Hold the first GetApiKeyInfo at the exchange, so that BalanceEx, sent after it
    with the larger nonce, is processed first: the order Kraken refuses."""
    simulator.inject(Fault("slow", path=PRIVATE + "GetApiKeyInfo", count=1, delay_s=0.3))


def test_a_nonce_overtaken_in_flight_is_sent_again(
    monkeypatch: pytest.MonkeyPatch, kraken_sim: Simulator
) -> None:
    _delay_key_info(kraken_sim)
    clean = _scenario("clean")
    result = _verify(monkeypatch, kraken_sim, clean.api_key, clean.secret)
    assert result.exit_code == 0, result.stdout
    assert _venue(kraken_sim).refused_nonces == 1
    assert len(kraken_sim.requests_to(PRIVATE + "GetApiKeyInfo")) == 2
    assert len(kraken_sim.requests_to(PRIVATE + "BalanceEx")) == 1


def test_without_sending_again_the_overtaken_nonce_fails(
    monkeypatch: pytest.MonkeyPatch, kraken_sim: Simulator
) -> None:
    """The simulator really refuses out-of-order nonces: without the second sending
    the same verification cannot complete."""

    async def send_once(send: Callable[[], Awaitable[Any]]) -> Any:
        return await send()

    monkeypatch.setattr(kraken, "_sent_again_on_nonce", send_once)
    _delay_key_info(kraken_sim)
    clean = _scenario("clean")
    result = _verify(monkeypatch, kraken_sim, clean.api_key, clean.secret)
    assert result.document["error"]["code"] == "nonce_rejected"


def test_a_key_used_with_larger_nonces_is_tried_once_more_then_named(
    monkeypatch: pytest.MonkeyPatch, kraken_sim: Simulator
) -> None:
    ahead = _scenario("nonce_ahead")
    result = _verify(monkeypatch, kraken_sim, ahead.api_key, ahead.secret)
    assert result.document["error"]["code"] == "nonce_rejected"
    assert "another program" in result.document["error"]["message"]
    for method in ("GetApiKeyInfo", "BalanceEx"):
        assert len(kraken_sim.requests_to(PRIVATE + method)) == 2
    assert _venue(kraken_sim).refused_nonces == 4


def test_the_process_nonce_only_grows_across_threads() -> None:
    nonce = IncreasingNonce()
    taken: list[list[int]] = [[] for _ in range(8)]

    def take(into: list[int]) -> None:
        into.extend(nonce() for _ in range(2_000))

    threads = [threading.Thread(target=take, args=(into,)) for into in taken]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    every = [n for into in taken for n in into]
    assert len(set(every)) == len(every)
    assert all(into == sorted(into) for into in taken)


def test_the_client_takes_its_nonces_from_the_process_nonce() -> None:
    """ccxt sets constructor settings as attributes, ``nonce`` included (4.5.x)."""
    clean = _scenario("clean")
    client = make_client(
        "kraken", Credentials(clean.api_key, clean.secret), settings=KrakenAdapter.client_config
    )
    assert client.nonce is PROCESS_NONCE
    first = int(client.sign("BalanceEx", ["private"], "POST", {})["body"].split("=")[1])
    second = int(client.sign("BalanceEx", ["private"], "POST", {})["body"].split("=")[1])
    assert first < second < PROCESS_NONCE()


# Kraken's worked example (docs.kraken.com, Spot REST Authentication).
DOCS_SECRET = (
    "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg=="
)
DOCS_NONCE = "1616492376594"
DOCS_BODY = f"nonce={DOCS_NONCE}&ordertype=limit&pair=XBTUSD&price=37500&type=buy&volume=1.25"
DOCS_SIGNATURE = (
    "4/dpxb3iT4tp/ZCVEwSnEsLxx0bqyhLpdfOpc6fn7OR8+UClSV5n9E6aSS8MPtnRfp32bAb0nmbRn6H8ndwLUQ=="
)


def test_the_simulator_signs_as_kraken_documents() -> None:
    assert sign(DOCS_SECRET, "/0/private/AddOrder", DOCS_NONCE, DOCS_BODY) == DOCS_SIGNATURE


def test_ccxt_with_our_nonce_setting_signs_as_kraken_documents() -> None:
    """Only signed here, never sent: the wizard itself never places an order."""
    import ccxt

    client = ccxt.kraken({"apiKey": "K", "secret": DOCS_SECRET, "nonce": lambda: int(DOCS_NONCE)})
    params = {"ordertype": "limit", "pair": "XBTUSD", "price": "37500", "type": "buy"}
    signed = client.sign("AddOrder", ["private"], "POST", {**params, "volume": "1.25"})
    assert signed["body"] == DOCS_BODY
    assert signed["headers"]["API-Sign"] == DOCS_SIGNATURE


# -- the fallback without GetApiKeyInfo -------------------------------------------------
def _fallback(name: str, permissions: tuple[str, ...]) -> KrakenScenario:
    return replace(_scenario("no_key_info"), name=name, permissions=permissions)


@pytest.mark.parametrize(
    ("permissions", "exit_code", "flags"),
    [
        (SPOT_BOT, 0, [N] * 8),
        (
            (*SPOT_BOT, "withdraw-funds"),
            1,
            ["withdraw_enabled", "internal_transfer_enabled"] + [N] * 7,
        ),
        (READ_ONLY, 0, ["spot_trading_disabled"] + [N] * 8),
        ((*SPOT_BOT, "query-funds"), 1, ["universal_transfer_enabled"] + [N] * 8),
    ],
    ids=["spot", "withdraw", "read-only", "query-funds"],
)
def test_without_key_info_the_probes_decide(
    monkeypatch: pytest.MonkeyPatch, permissions: tuple[str, ...], exit_code: int, flags: list[str]
) -> None:
    scenario = _fallback("fallback " + "/".join(permissions), permissions)
    with Simulator(KrakenVenue((scenario,))) as simulator:
        result = _verify(monkeypatch, simulator, scenario.api_key, scenario.secret)
        paths = [r.path for r in simulator.recorded]
    assert result.exit_code == exit_code, result.stdout
    assert [f["code"] for f in result.document["flags"]] == flags
    assert result.document["permissions"]["ip_restricted"] is None
    assert sorted(set(paths)) == [
        PRIVATE + method for method in ("BalanceEx", "CancelOrder", "GetApiKeyInfo", "WithdrawInfo")
    ] + ["/0/public/Time"]


def test_no_scenario_ever_asks_for_an_order_or_a_withdrawal(
    monkeypatch: pytest.MonkeyPatch, kraken_sim: Simulator
) -> None:
    for scenario in KRAKEN_SCENARIOS:
        _verify(monkeypatch, kraken_sim, scenario.api_key, scenario.secret)
    asked = {r.path for r in kraken_sim.recorded}
    allowed = {PRIVATE + m for m in ("GetApiKeyInfo", "BalanceEx", "WithdrawInfo", "CancelOrder")}
    assert asked <= allowed | {"/0/public/Time"}


# -- practice keys ---------------------------------------------------------------------
@pytest.mark.parametrize("scenario", KRAKEN_SCENARIOS, ids=lambda s: s.name)
def test_practice_keys_have_krakens_shapes(scenario: KrakenScenario) -> None:
    assert re.fullmatch(r"[A-Za-z0-9+/]{56}", scenario.api_key)
    assert len(scenario.secret) == 88
    assert len(base64.b64decode(scenario.secret, validate=True)) == 64
    assert re.fullmatch(r"AA\d\d( [A-Z0-9]{4}){3}", scenario.iban)
    assert scenario.passphrase is None


# -- the policy over every permission Kraken can list ---------------------------------
UNKNOWN = "transfer-funds"  # a code Kraken might add one day
DECISIVE = (
    "query-funds",
    "modify-trades",
    "withdraw-funds",
    "add-withdraw-address",
    "update-withdraw-address",
    "earn-funds",
    UNKNOWN,
)
READING = ("query-open-trades", "query-closed-trades", "query-ledger", "export-data")
HARMLESS = tuple(sorted(CAPABILITIES.grants.keys() - set(DECISIVE)))


def test_every_documented_permission_is_in_a_combination() -> None:
    assert len(CAPABILITIES.grants) == 13
    assert set(DECISIVE[:-1]) | set(HARMLESS) == CAPABILITIES.grants.keys()
    assert len(HARMLESS) == 7


def _codes(names: tuple[str, ...], bits: tuple[int, ...]) -> list[str]:
    return [name for name, on in zip(names, bits, strict=True) if on]


@pytest.mark.parametrize("decisive", list(itertools.product((0, 1), repeat=len(DECISIVE))), ids=str)
def test_every_kraken_permission_combination(decisive: tuple[int, ...]) -> None:
    """2^7 decisive × 2^7 harmless codes × IP list or none: 32,768 keys."""
    funds, trades, withdraws, adds_address, updates_address, earns, unknown = decisive
    for harmless in itertools.product((0, 1), repeat=len(HARMLESS)):
        for ips in ([], ["127.0.0.1"]):
            granted = _codes(DECISIVE, decisive) + _codes(HARMLESS, harmless)
            permissions = parse_key({"permissions": granted, "ipAllowlist": ips})
            facts = KeyFacts(
                "kraken",
                permissions,
                unknown_permissions=read_key({"permissions": granted}).unknown,
            )
            flags = evaluate(facts, 0, datetime.now(UTC))
            failed = any(flag.severity is Severity.CRITICAL for flag in flags)
            reads = funds or any(code in granted for code in READING)
            moves_funds = funds or withdraws or adds_address or updates_address or earns
            assert failed == bool(moves_funds or unknown or not reads), granted
            expected = {
                "withdraw_enabled": bool(withdraws or adds_address or updates_address),
                "internal_transfer_enabled": bool(withdraws),
                "universal_transfer_enabled": bool(funds),  # WalletTransfer to Futures
                "earn_enabled": bool(earns),
                "unknown_permission": bool(unknown),
                "reading_disabled": not reads,
                "spot_trading_disabled": not trades,
                "ip_unrestricted": not ips,
                "not_verified": bool(trades),  # margin: the account's eligibility
            }
            assert {f.code for f in flags} == {c for c, on in expected.items() if on}, granted


@pytest.mark.parametrize("bits", list(itertools.product((False, True), repeat=3)), ids=str)
def test_every_fallback_combination(bits: tuple[bool, bool, bool]) -> None:
    withdraw, cancel_orders, readable = bits
    permissions = parse_probed(ProbedPermissions(withdraw, cancel_orders), readable)
    flags = evaluate(KeyFacts("kraken", permissions), 0, datetime.now(UTC))
    failed = any(flag.severity is Severity.CRITICAL for flag in flags)
    assert failed == (withdraw or readable)  # Query Funds moves funds to a Futures wallet
    assert permissions.margin is None  # never known without GetApiKeyInfo
    assert any(flag.code == "not_verified" for flag in flags)  # the fallback never passes


def test_unreadable_key_info_is_an_unexpected_answer() -> None:
    for document in (
        {"permissions": "all", "ipAllowlist": []},
        {"permissions": ["query-funds", 7], "ipAllowlist": []},
        {"permissions": ["query-funds"], "ipAllowlist": "127.0.0.1"},
    ):
        with pytest.raises(Exception, match="unexpected_response"):
            parse_key(document)


def test_key_info_without_a_field_leaves_it_unknown() -> None:
    assert parse_key({"permissions": ["modify-trades"]}).ip_restricted is None
    unknown = parse_key({"ipAllowlist": ["1.2.3.4"]})
    assert unknown.withdraw is None
    assert unknown.earn is None


def test_balances_are_shown_with_the_coins_names_people_know() -> None:
    from wizard.verify.exchanges.kraken import asset_name

    assert [asset_name(code) for code in ("XXBT", "ZUSD", "XETH", "XXDG", "DOT.S")] == [
        "BTC",
        "USD",
        "ETH",
        "DOGE",
        "DOT.S",
    ]
    # Newer assets carry no prefix: a name that starts with X or Z stays whole.
    assert [asset_name(code) for code in ("XTZ", "ZETA", "USDT")] == ["XTZ", "ZETA", "USDT"]

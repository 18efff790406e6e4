"""OKX's v5 REST protocol, for the endpoints the wizard uses.

Following OKX's own documentation (https://www.okx.com/docs-v5/en/):
- Authentication: OK-ACCESS-KEY, OK-ACCESS-PASSPHRASE, OK-ACCESS-TIMESTAMP (ISO 8601
  UTC with milliseconds, refused more than 30 s away from OKX's clock) and
  OK-ACCESS-SIGN, the Base64 HMAC-SHA256 of timestamp + METHOD + requestPath (with
  its ?query) + body: #overview-rest-authentication
- Key permissions Read, Trade (orders, funding transfers, settings) and Withdraw; up
  to 20 IP addresses or networks per key: #overview-api-key-creation
- Every answer is {"code", "data", "msg"}; errors 50011 (HTTP 429), 50001 (503),
  50026 (500), 50102, 50105, 50110, 50111, 50113 (HTTP 401), 50119 and 50120
  (HTTP 200): #error-code-rest-api
- GET /api/v5/account/config: #trading-account-rest-api-get-account-configuration
- GET /api/v5/account/balance, its fields per account mode, and currencies whose
  cashBal and eq are both 0 left out: #trading-account-rest-api-get-balance
- GET /api/v5/public/time: #public-data-rest-api-get-system-time
- GET /api/v5/asset/balances (the funding account): #funding-account-rest-api-get-balance
- GET /api/v5/finance/flexible-loan/loan-info: #financial-product-flexible-loan
- 50051 "Due to compliance restrictions in your country or region, you cannot use
  this feature.": #error-code-rest-api
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import ipaddress
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from wizard.i18n import QT_TRANSLATE_NOOP
from wizard.sim.server import Fault, Request, Response

TIMESTAMP_WINDOW_MS = 30_000
_KEY_FORMAT = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_TIMESTAMP_FORMAT = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z")
SPOT_ONLY = "read_only,trade"


def _practice(label: str) -> str:
    return hashlib.sha256(f"halal-key-wizard practice okx {label}".encode()).hexdigest()


@dataclass(frozen=True)
class OkxScenario:
    name: str
    title: str
    perm: str = SPOT_ONLY
    ips: tuple[str, ...] = ("127.0.0.1",)  # (): bound to no address
    acct_lv: str = "1"  # 1 Spot mode, 2 Futures mode, 3 multi-currency, 4 portfolio margin
    enable_spot_borrow: bool = False
    op_auth: str = "0"  # "1": options trading activated
    borrowed_btc: str = "0"
    funding: tuple[tuple[str, str], ...] = ()  # the funding account: (currency, amount)
    loan_usdt: str = "0"  # a Flexible Loan open, in USDT
    omit: tuple[str, ...] = ()  # fields of the account config left out
    history: str = "clean"  # the account's records (wizard.sim.okx_history)
    refusal: tuple[int, str, str] | None = None  # every private request refused so

    @property
    def api_key(self) -> str:
        """A UUID in lower-case hex, as OKX makes them."""
        digest = _practice(f"key {self.name}")
        return "-".join((digest[:8], digest[8:12], digest[12:16], digest[16:20], digest[20:32]))

    @property
    def secret(self) -> str:
        return _practice(f"secret {self.name}")[:32].upper()

    @property
    def passphrase(self) -> str:
        """Chosen by the person: 8 to 32 characters with upper and lower case
        letters, a digit and a special character."""
        return f"Halal{_practice(f'passphrase {self.name}')[:8]}#7"

    @property
    def uid(self) -> str:
        return str(int(_practice(f"uid {self.name}")[:14], 16)).zfill(17)


OKX_SCENARIOS: tuple[OkxScenario, ...] = (
    OkxScenario(
        "clean", QT_TRANSLATE_NOOP("Practice", "Spot only, IP-restricted (the safest key)")
    ),
    OkxScenario(
        "withdraw",
        QT_TRANSLATE_NOOP("Practice", "Withdrawals switched on"),
        perm="read_only,withdraw,trade",
    ),
    OkxScenario(
        "non_spot_mode",
        QT_TRANSLATE_NOOP("Practice", "Futures switched on"),
        acct_lv="2",
    ),
    OkxScenario(
        "margin_mode",
        QT_TRANSLATE_NOOP("Practice", "Margin switched on, with a loan open"),
        acct_lv="3",
        enable_spot_borrow=True,
        borrowed_btc="0.01",
    ),
    OkxScenario("unrestricted", QT_TRANSLATE_NOOP("Practice", "No IP restriction"), ips=()),
    OkxScenario(
        "read_only", QT_TRANSLATE_NOOP("Practice", "Read only (cannot trade)"), perm="read_only"
    ),
    OkxScenario(
        "ip_blocked",
        QT_TRANSLATE_NOOP("Practice", "Restricted to another computer's address"),
        ips=("203.0.113.7",),
    ),
    OkxScenario(
        "options_activated",
        QT_TRANSLATE_NOOP("Practice", "Options activated on the account"),
        op_auth="1",
    ),
    OkxScenario(
        "loan_open",
        QT_TRANSLATE_NOOP("Practice", "Spot only, but a Flexible Loan is open"),
        funding=(("USDT", "300"),),
        loan_usdt="150",
    ),
    OkxScenario(
        "missing_fields",
        QT_TRANSLATE_NOOP("Practice", "An answer without its IP list"),
        omit=("ip",),
    ),
    OkxScenario(
        "unknown_permission",
        QT_TRANSLATE_NOOP("Practice", "A permission the wizard does not know"),
        perm="read_only,trade,copy_trade",
    ),
    OkxScenario(
        "region",
        QT_TRANSLATE_NOOP("Practice", "Refused for this region"),
        refusal=(
            200,
            "50051",
            "Due to compliance restrictions in your country or region, you cannot use this "
            "feature.",
        ),
    ),
)


class OkxError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


# The account's records (wizard.sim.okx_history), by path.
_RECORDS = {
    "/api/v5/account/bills-archive": "trading",
    "/api/v5/asset/bills-history": "funding",
    "/api/v5/account/positions": "positions",
}


def _answer(data: list[dict[str, Any]]) -> Response:
    return Response.json(200, {"code": "0", "data": data, "msg": ""})


def _error(status: int, code: str, message: str) -> Response:
    return Response.json(status, {"code": code, "data": [], "msg": message})


def _timestamp_ms(text: str) -> int | None:
    if not _TIMESTAMP_FORMAT.fullmatch(text):
        return None
    try:
        moment = datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    except ValueError:
        return None
    return round(moment.timestamp() * 1000)


def _allowed(client_ip: str, bound: tuple[str, ...]) -> bool:
    """An unbound key may be used from anywhere; otherwise the address must be one
    of the key's addresses or inside one of its networks."""
    if not bound:
        return True
    address = ipaddress.ip_address(client_ip)
    return any(address in ipaddress.ip_network(entry, strict=False) for entry in bound)


class OkxVenue:
    """Answers as OKX would for the practice keys in ``scenarios``."""

    def __init__(self, scenarios: tuple[OkxScenario, ...] = OKX_SCENARIOS) -> None:
        self.scenarios = {s.api_key: s for s in scenarios}

    def api_key_of(self, request: Request) -> str:
        return request.headers.get("ok-access-key", "")

    def handle(self, request: Request, now_ms: int) -> Response:
        routes = {
            "/api/v5/account/config": self._config,
            "/api/v5/account/balance": self._balance,
            "/api/v5/asset/balances": self._funding,
            "/api/v5/finance/flexible-loan/loan-info": self._loan_info,
        }
        if request.path == "/api/v5/public/time" and request.method == "GET":
            return _answer([{"ts": str(now_ms)}])
        if request.path in _RECORDS:
            return self._records(request, now_ms)
        route = routes.get(request.path)
        if route is None:
            return Response.json(404, {"code": "404", "msg": "Not Found"})
        if request.method != "GET":
            return _error(405, "50115", "Invalid request method.")
        try:
            scenario = self._authenticate(request, now_ms)
            if scenario.refusal is not None:
                raise OkxError(*scenario.refusal)
        except OkxError as error:
            return _error(error.status, error.code, error.message)
        answer = route(scenario, now_ms)
        if request.path == "/api/v5/account/config":
            answer = {name: value for name, value in answer.items() if name not in scenario.omit}
        if request.path in ("/api/v5/asset/balances", "/api/v5/finance/flexible-loan/loan-info"):
            return _answer(answer["rows"])
        return _answer([answer])

    def _records(self, request: Request, now_ms: int) -> Response:
        """The account's bills within ``begin``..``end`` (trading) or ``before``..
        ``after`` (funding, by time), newest first, 100 a page; or its positions."""
        from urllib.parse import parse_qs

        from wizard.sim.okx_history import records

        try:
            scenario = self._authenticate(request, now_ms)
        except OkxError as error:
            return _error(error.status, error.code, error.message)
        record = _RECORDS[request.path]
        rows = records(scenario.history, now_ms)[record]
        if record == "positions":
            return _answer(rows)
        query = {name: values[0] for name, values in parse_qs(request.query).items()}
        if record == "trading":
            newest = int(query.get("end", now_ms))
            oldest = int(query.get("begin", 0))
            older_than_bill = query.get("after")
            rows = [row for row in rows if oldest <= int(row["ts"]) <= newest]
            if older_than_bill:
                rows = [row for row in rows if int(row["billId"]) < int(older_than_bill)]
        else:
            newest = int(query.get("after", now_ms + 1))
            oldest = int(query.get("before", 0))
            rows = [row for row in rows if oldest < int(row["ts"]) < newest]
        return _answer(rows[: int(query.get("limit", 100))])

    # -- authentication --------------------------------------------------------
    def _authenticate(self, request: Request, now_ms: int) -> OkxScenario:
        headers = request.headers
        api_key = headers.get("ok-access-key", "")
        passphrase = headers.get("ok-access-passphrase", "")
        timestamp = headers.get("ok-access-timestamp", "")
        for name, value, code in (
            ("OK-ACCESS-KEY", api_key, "50103"),
            ("OK-ACCESS-PASSPHRASE", passphrase, "50104"),
            ("OK-ACCESS-SIGN", headers.get("ok-access-sign", ""), "50106"),
            ("OK-ACCESS-TIMESTAMP", timestamp, "50107"),
        ):
            if not value:
                raise OkxError(401, code, f'Request header "{name}" cannot be empty.')
        if not _KEY_FORMAT.fullmatch(api_key):
            raise OkxError(401, "50111", "Invalid OK-ACCESS-KEY.")
        scenario = self.scenarios.get(api_key)
        if scenario is None:
            raise OkxError(200, "50119", "API key doesn't exist")
        sent_ms = _timestamp_ms(timestamp)
        if sent_ms is None:
            raise OkxError(401, "50112", "Invalid OK-ACCESS-TIMESTAMP.")
        if abs(now_ms - sent_ms) > TIMESTAMP_WINDOW_MS:
            raise OkxError(401, "50102", "Timestamp request expired.")
        if not hmac.compare_digest(passphrase.encode(), scenario.passphrase.encode()):
            raise OkxError(401, "50105", 'Request header "OK-ACCESS-PASSPHRASE" incorrect.')
        if not hmac.compare_digest(
            headers.get("ok-access-sign", "").encode(), _signature(request, scenario.secret)
        ):
            raise OkxError(401, "50113", "Invalid signature.")
        if not _allowed(request.client_ip, scenario.ips):
            raise OkxError(
                401,
                "50110",
                f"Your IP {request.client_ip} is not included in your API key's IP whitelist.",
            )
        if "read_only" not in scenario.perm.split(","):
            raise OkxError(
                200, "50120", "This API key doesn't have permission to use this function"
            )
        return scenario

    # -- answers ---------------------------------------------------------------
    def _config(self, scenario: OkxScenario, now_ms: int) -> dict[str, Any]:
        return {
            "acctLv": scenario.acct_lv,
            "acctStpMode": "cancel_maker",
            "autoLoan": scenario.acct_lv in ("3", "4") and scenario.enable_spot_borrow,
            "ctIsoMode": "automatic",
            "enableSpotBorrow": scenario.enable_spot_borrow,
            "greeksType": "PA",
            "feeType": "0",
            "ip": ",".join(scenario.ips),
            "type": "0",
            "kycLv": "2",
            "label": "HalalSpot",
            "level": "Lv1",
            "levelTmp": "",
            "liquidationGear": "-1",
            "mainUid": scenario.uid,
            "mgnIsoMode": "automatic",
            "opAuth": scenario.op_auth,
            "perm": scenario.perm,
            "posMode": "net_mode",
            "roleType": "0",
            "spotBorrowAutoRepay": False,
            "spotOffsetType": "",
            "spotRoleType": "0",
            "spotTraderInsts": [],
            "stgyType": "0",
            "traderInsts": [],
            "uid": scenario.uid,
            "settleCcy": "USDT",
            "settleCcyList": ["USD", "USDC", "USDG"],
        }

    def _balance(self, scenario: OkxScenario, now_ms: int) -> dict[str, Any]:
        mode = scenario.acct_lv
        cross = mode != "2"  # Futures mode keeps loans in positions, not here
        details = [
            _currency(mode, "BTC", "0.5", scenario.borrowed_btc, now_ms),
            _currency(mode, "USDT", "120", "0", now_ms, frozen="20"),
        ]
        return {
            "adjEq": "60120" if cross else "",
            "availEq": "60100" if mode in ("3", "4") else "",
            "borrowFroz": "0" if cross else "",
            "details": details,
            "imr": "0" if cross else "",
            "isoEq": "0" if mode != "1" else "",
            "mgnRatio": "" if mode != "1" else "0",
            "mmr": "0" if cross else "",
            "notionalUsd": "0" if cross else "",
            "ordFroz": "0" if cross else "",
            "totalEq": "60120",
            "uTime": str(now_ms),
            "upl": "0" if mode in ("3", "4") else "",
        }

    def _funding(self, scenario: OkxScenario, now_ms: int) -> dict[str, Any]:
        return {
            "rows": [
                {"ccy": ccy, "bal": amount, "availBal": amount, "frozenBal": "0"}
                for ccy, amount in scenario.funding
            ]
        }

    def _loan_info(self, scenario: OkxScenario, now_ms: int) -> dict[str, Any]:
        if scenario.loan_usdt == "0":
            return {"rows": []}
        return {
            "rows": [
                {
                    "loanData": [{"ccy": "USDT", "amt": scenario.loan_usdt}],
                    "collateralData": [{"ccy": "USDT", "amt": "300"}],
                    "curLTV": "0.5",
                    "uTime": str(now_ms),
                }
            ]
        }

    def fault_response(self, fault: Fault, now_ms: int) -> Response:
        if fault.kind == "rate_limit":
            return _error(429, "50011", "Too Many Requests")
        if fault.kind == "ip_ban":
            # OKX documents no ban answer for REST; a blocked address meets the edge.
            return Response(403, b"<html>Access Denied</html>", {"Content-Type": "text/html"})
        if fault.kind == "server_error":
            if fault.status == 503:
                return _error(503, "50001", "Service temporarily unavailable. Try again later")
            if fault.status == 500:
                return _error(500, "50026", "System error. Try again later")
            return Response(
                fault.status, b"<html>Bad Gateway</html>", {"Content-Type": "text/html"}
            )
        if fault.kind in ("malformed_json", "truncated_json"):
            return Response(
                200, b'{"code":"0","data":[{"acctLv":', {"Content-Type": "application/json"}
            )
        wrong = {"perm": 7, "ip": ["127.0.0.1"], "acctLv": 1, "ts": 1597026383085, "details": "-"}
        return Response(
            200,
            json.dumps({"code": "0", "data": [wrong], "msg": ""}).encode(),
            {"Content-Type": "application/json"},
        )


def _signature(request: Request, secret: str) -> bytes:
    path = request.path + (f"?{request.query}" if request.query else "")
    timestamp = request.headers.get("ok-access-timestamp", "")
    payload = f"{timestamp}{request.method}{path}{request.body}"
    digest = hmac.new(secret.encode(), payload.encode(), hashlib.sha256).digest()
    return base64.b64encode(digest)


def _currency(
    mode: str, ccy: str, cash: str, borrowed: str, now_ms: int, frozen: str = "0"
) -> dict[str, Any]:
    """One currency of the balance, with the fields its account mode fills."""
    spot_or_cross = mode != "2"
    multi = mode in ("3", "4")
    held = str(Decimal(cash) + Decimal(borrowed))
    return {
        "availBal": cash,
        "availEq": cash if mode != "1" else "",
        "borrowFroz": "0" if multi else "",
        "cashBal": held,
        "ccy": ccy,
        "crossLiab": borrowed if spot_or_cross else "",
        "disEq": cash if spot_or_cross else "",
        "eq": cash,
        "eqUsd": cash,
        "frozenBal": frozen,
        "interest": "0" if spot_or_cross else "",
        "isoEq": "0" if mode != "1" else "",
        "isoLiab": "0" if multi else "",
        "liab": borrowed if spot_or_cross else "",
        "maxLoan": "0" if spot_or_cross else "",
        "ordFrozen": frozen,
        "stgyEq": "0",
        "twap": "0" if spot_or_cross else "",
        "uTime": str(now_ms),
        "upl": "0" if mode != "1" else "",
        "uplLiab": "0" if multi else "",
    }


VENUE_CLASS = OkxVenue
PRACTICE_KEYS = OKX_SCENARIOS

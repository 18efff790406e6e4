"""Binance's REST protocol, for the endpoints the wizard uses.

Shapes and rules follow Binance's own documentation:
- General info, signed endpoints, timing security (recvWindow, "1000 ms ahead"),
  HMAC-SHA256 hex and Ed25519 base64 signatures over the exact query string:
  https://developers.binance.com/docs/binance-spot-api-docs/rest-api/request-security
- Error codes -1003, -1021, -1022, -1102, -2014, -2015 and HTTP 418/429/5xx:
  https://developers.binance.com/docs/binance-spot-api-docs/errors
  https://developers.binance.com/docs/binance-spot-api-docs/rest-api/limits
- GET /api/v3/time, GET /api/v3/account (omitZeroBalances):
  https://developers.binance.com/docs/binance-spot-api-docs/rest-api/account-endpoints
- GET /sapi/v1/account/apiRestrictions, GET /sapi/v1/account/info:
  https://developers.binance.com/docs/wallet/account/api-key-permission
  https://developers.binance.com/docs/wallet/account
- GET /sapi/v1/margin/account (-3003 when no margin account exists):
  https://developers.binance.com/docs/margin_trading/account
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import parse_qsl, unquote

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import load_pem_public_key

from wizard.sim.scenarios import BINANCE_SCENARIOS, SAMPLE_BALANCES, Scenario
from wizard.sim.server import Fault, Request, Response

_KEY_FORMAT = re.compile(r"[A-Za-z0-9]{64}")
_MAX_RECV_WINDOW = 60_000
_DEFAULT_RECV_WINDOW = 5_000
# The answer Binance gives for a place it does not serve (HTTP 451).
_RESTRICTED_LOCATION = (
    "Service unavailable from a restricted location according to 'b. Eligibility' in "
    "https://www.binance.com/en/terms. Please contact customer service if you believe you "
    "received this message in error."
)


class BinanceError(Exception):
    def __init__(self, status: int, code: int, msg: str) -> None:
        super().__init__(msg)
        self.status, self.code, self.msg = status, code, msg


def _invalid_key(client_ip: str) -> BinanceError:
    return BinanceError(
        401, -2015, f"Invalid API-key, IP, or permissions for action, request ip: {client_ip}"
    )


# The account's records (wizard.sim.binance_history), by path, and the time field
# of each record's rows.
_RECORDS = {
    "/sapi/v1/margin/borrow-repay": "borrow",
    "/sapi/v1/margin/interestHistory": "interest",
    "/sapi/v2/loan/flexible/borrow/history": "loan",
    "/sapi/v1/asset/transfer": "transfer",
    "/sapi/v1/simple-earn/flexible/history/subscriptionRecord": "flexible",
    "/sapi/v1/simple-earn/locked/history/subscriptionRecord": "locked",
    "/sapi/v1/capital/withdraw/history": "withdraw",
}
_TIME_FIELDS = {
    "interest": "interestAccuredTime",
    "loan": "borrowTime",
    "flexible": "time",
    "locked": "time",
    "withdraw": "applyTime",
}


class BinanceVenue:
    """Answers as Binance would for the practice keys in ``scenarios``."""

    def __init__(self, scenarios: Iterable[Scenario] = BINANCE_SCENARIOS) -> None:
        self.scenarios = {s.api_key: s for s in scenarios}
        self._routes: dict[
            tuple[str, str], Callable[[Scenario | None, dict[str, str], int], Any]
        ] = {
            ("GET", "/api/v3/ping"): lambda *_: {},
            ("GET", "/api/v3/time"): lambda _s, _p, now: {"serverTime": now},
            ("GET", "/sapi/v1/account/apiRestrictions"): self._api_restrictions,
            ("GET", "/sapi/v1/account/info"): self._account_info,
            ("GET", "/api/v3/account"): self._account,
            ("GET", "/sapi/v1/margin/account"): self._margin_account,
            **{("GET", path): self._records(record) for path, record in _RECORDS.items()},
        }
        self._signed = {
            "/sapi/v1/account/apiRestrictions",
            "/sapi/v1/account/info",
            "/api/v3/account",
            "/sapi/v1/margin/account",
            *_RECORDS,
        }
        self._needs_reading = {
            "/sapi/v1/account/info",
            "/api/v3/account",
            "/sapi/v1/margin/account",
            *_RECORDS,
        }

    def _records(self, record: str) -> Callable[[Scenario | None, dict[str, str], int], Any]:
        """An account record within ``startTime``..``endTime``, 100 rows a page from
        ``current`` (the withdrawals: a list; the others: ``rows`` and ``total``)."""

        def answer(scenario: Scenario | None, params: dict[str, str], now_ms: int) -> Any:
            from wizard.sim.binance_history import records

            assert scenario is not None
            by_record = records(scenario.history, now_ms)
            name = params.get("type", "") if record == "transfer" else record
            if record == "transfer" and not name:
                raise BinanceError(400, -1102, "Mandatory parameter 'type' was not sent.")
            start = int(params.get("startTime", 0))
            end = int(params.get("endTime", now_ms))
            time_field = _TIME_FIELDS.get(name, "timestamp")

            def when(row: dict[str, Any]) -> int:
                value = row[time_field]
                if isinstance(value, str):  # a withdrawal's "applyTime", UTC text
                    from datetime import UTC, datetime

                    moment = datetime.strptime(value, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
                    return int(moment.timestamp() * 1000)
                return int(value)

            rows = [row for row in by_record.get(name, []) if start <= when(row) <= end]
            if record == "withdraw":
                return rows
            size = int(params.get("size", 10))
            page = int(params.get("current", 1))
            return {"rows": rows[(page - 1) * size : page * size], "total": len(rows)}

        return answer

    def register_public_key(self, public_pem: str, name: str = "registered") -> str:
        """What Binance does when a person pastes a self-generated public key: a new
        key with Reading and Spot trading on, restricted to this computer. Returns
        the API key Binance would show."""
        scenario = Scenario(
            name=f"{name}-{len(self.scenarios)}", title=name, registered_public_pem=public_pem
        )
        self.scenarios[scenario.api_key] = scenario
        return scenario.api_key

    def api_key_of(self, request: Request) -> str:
        return request.headers.get("x-mbx-apikey", "")

    # -- dispatch ------------------------------------------------------------
    def handle(self, request: Request, now_ms: int) -> Response:
        route = self._routes.get((request.method, request.path))
        if route is None:
            return Response.json(404, {"code": -1000, "msg": "Unknown endpoint."})
        try:
            params = dict(parse_qsl(request.query, keep_blank_values=True))
            scenario = None
            if request.path in self._signed:
                scenario = self._authenticate(request, now_ms)
                if scenario.restricted_location:
                    raise BinanceError(451, 0, _RESTRICTED_LOCATION)
                if request.path in self._needs_reading and not scenario.restrictions_at(now_ms).get(
                    "enableReading", True
                ):
                    raise _invalid_key(request.client_ip)
            return Response.json(
                200, route(scenario, params, now_ms), {"X-MBX-USED-WEIGHT-1M": "12"}
            )
        except BinanceError as error:
            return Response.json(error.status, {"code": error.code, "msg": error.msg})

    def _authenticate(self, request: Request, now_ms: int) -> Scenario:
        api_key = self.api_key_of(request)
        if not _KEY_FORMAT.fullmatch(api_key):
            raise BinanceError(401, -2014, "API-key format invalid.")
        scenario = self.scenarios.get(api_key)
        if scenario is None:
            raise _invalid_key(request.client_ip)
        if scenario.allowed_ips is not None and request.client_ip not in scenario.allowed_ips:
            raise _invalid_key(request.client_ip)

        payload, signature = _split_signature(request.query)
        payload += request.body
        params = dict(parse_qsl(payload, keep_blank_values=True))
        if "timestamp" not in params:
            raise BinanceError(
                400,
                -1102,
                "Mandatory parameter 'timestamp' was not sent, was empty/null, or malformed.",
            )
        if signature is None:
            raise BinanceError(
                400,
                -1102,
                "Mandatory parameter 'signature' was not sent, was empty/null, or malformed.",
            )
        try:
            timestamp = int(params["timestamp"])
            recv_window = int(params.get("recvWindow", _DEFAULT_RECV_WINDOW))
        except ValueError:
            raise BinanceError(400, -1100, "Illegal characters found in a parameter.") from None
        if recv_window > _MAX_RECV_WINDOW:
            raise BinanceError(400, -1131, "recvWindow must be less than 60000")
        if timestamp > now_ms + 1000:
            raise BinanceError(
                400, -1021, "Timestamp for this request was 1000ms ahead of the server's time."
            )
        if now_ms - timestamp > recv_window:
            raise BinanceError(
                400, -1021, "Timestamp for this request is outside of the recvWindow."
            )
        if not _signature_valid(scenario, payload, signature):
            raise BinanceError(400, -1022, "Signature for this request is not valid.")
        return scenario

    # -- endpoints -----------------------------------------------------------
    def _api_restrictions(
        self, scenario: Scenario | None, _p: dict[str, str], now: int
    ) -> dict[str, Any]:
        assert scenario is not None
        return scenario.restrictions_at(now)

    def _account_info(
        self, scenario: Scenario | None, _p: dict[str, str], now: int
    ) -> dict[str, Any]:
        assert scenario is not None
        return scenario.account

    def _account(
        self, scenario: Scenario | None, params: dict[str, str], now: int
    ) -> dict[str, Any]:
        assert scenario is not None
        balances = [
            {"asset": asset, "free": free, "locked": locked}
            for asset, free, locked in SAMPLE_BALANCES
        ]
        if params.get("omitZeroBalances") == "true":
            balances = [b for b in balances if float(b["free"]) != 0 or float(b["locked"]) != 0]
        can_trade = bool(scenario.restrictions_at(now)["enableSpotAndMarginTrading"])
        return {
            "makerCommission": 10,
            "takerCommission": 10,
            "buyerCommission": 0,
            "sellerCommission": 0,
            "commissionRates": {
                "maker": "0.00100000",
                "taker": "0.00100000",
                "buyer": "0.00000000",
                "seller": "0.00000000",
            },
            "canTrade": can_trade,
            "canWithdraw": True,
            "canDeposit": True,
            "brokered": False,
            "requireSelfTradePrevention": False,
            "preventSor": False,
            "updateTime": now - 3_600_000,
            "accountType": "SPOT",
            "balances": balances,
            "permissions": ["SPOT"],
            "uid": 354937868,
        }

    def _margin_account(
        self, scenario: Scenario | None, _p: dict[str, str], now: int
    ) -> dict[str, Any]:
        assert scenario is not None
        if scenario.margin_liability_btc is None:
            raise BinanceError(400, -3003, "Margin account does not exist.")
        return {
            "created": True,
            "borrowEnabled": True,
            "marginLevel": "11.64405625",
            "collateralMarginLevel": "3.2",
            "totalAssetOfBtc": "0.14555000",
            "totalLiabilityOfBtc": scenario.margin_liability_btc,
            "totalNetAssetOfBtc": "0.13305000",
            "TotalCollateralValueInUSDT": "5.5",
            "tradeEnabled": True,
            "transferInEnabled": True,
            "transferOutEnabled": True,
            "accountType": "MARGIN_1",
            "userAssets": [],
        }

    # -- faults --------------------------------------------------------------
    def fault_response(self, fault: Fault, now_ms: int) -> Response:
        if fault.kind == "rate_limit":
            return Response.json(
                429,
                {
                    "code": -1003,
                    "msg": "Too much request weight used; "
                    "current limit is 6000 request weight per 1 MINUTE.",
                },
                {"Retry-After": str(fault.retry_after_s)},
            )
        if fault.kind == "ip_ban":
            until = now_ms + fault.retry_after_s * 1000
            return Response.json(
                418,
                {
                    "code": -1003,
                    "msg": "Way too much request weight "
                    f"used; IP banned until {until}. Please use WebSocket "
                    "Streams for live updates to avoid bans.",
                },
                {"Retry-After": str(fault.retry_after_s)},
            )
        if fault.kind == "server_error":
            return Response(
                fault.status,
                b"<html><body><h1>Service Unavailable</h1></body></html>",
                {"Content-Type": "text/html"},
            )
        if fault.kind == "malformed_json":
            return Response(
                200,
                b'{"ipRestrict": true, "enableReading": tr',
                {"Content-Type": "application/json"},
            )
        if fault.kind == "truncated_json":
            return Response(200, b'{"serverTime": 17', {"Content-Type": "application/json"})
        if fault.kind == "wrong_types":
            return Response.json(
                200,
                {
                    "ipRestrict": "maybe",
                    "enableReading": [1],
                    "createTime": "yesterday",
                    "serverTime": "noon",
                    "balances": {"BTC": None},
                },
            )
        raise ValueError(f"unknown fault kind: {fault.kind}")


def _split_signature(query: str) -> tuple[str, str | None]:
    """The signed payload is the query exactly as sent, less the signature itself."""
    kept: list[str] = []
    signature: str | None = None
    for part in query.split("&") if query else []:
        if part.startswith("signature="):
            signature = unquote(part[len("signature=") :])
        else:
            kept.append(part)
    return "&".join(kept), signature


def _signature_valid(scenario: Scenario, payload: str, signature: str) -> bool:
    if scenario.public_key_pem is not None:
        public_key = load_pem_public_key(scenario.public_key_pem.encode())
        if not isinstance(public_key, Ed25519PublicKey):
            return False
        try:
            public_key.verify(base64.b64decode(signature, validate=True), payload.encode())
        except (InvalidSignature, ValueError):
            return False
        return True
    return hmac.compare_digest(hmac_signature(scenario.secret, payload), signature.lower())


def hmac_signature(secret: str, payload: str) -> str:
    """Binance's HMAC-SHA256 signature of ``payload``, as lowercase hex."""
    return hmac.new(secret.encode(), payload.encode(), hashlib.sha256).hexdigest()


VENUE_CLASS = BinanceVenue
PRACTICE_KEYS = BINANCE_SCENARIOS

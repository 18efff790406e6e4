"""Bybit's v5 REST protocol, for the endpoints the wizard uses.

Following Bybit's own documentation:
- Authentication: X-BAPI-API-KEY, X-BAPI-TIMESTAMP, X-BAPI-RECV-WINDOW and X-BAPI-SIGN,
  the HMAC-SHA256 hex of timestamp + apiKey + recvWindow + queryString (GET):
  https://bybit-exchange.github.io/docs/v5/guide#authentication
- Every answer is HTTP 200 with {"retCode", "retMsg", "result", "retExtInfo", "time"};
  error codes 10002 (timestamp), 10003 (invalid key), 10004 (signature), 10005
  (permission), 10006 (rate limit), 10010 (IP not allowed), 33004 (key expired):
  https://bybit-exchange.github.io/docs/v5/error
- GET /v5/user/query-api: https://bybit-exchange.github.io/docs/v5/user/apikey-info
- GET /v5/account/info: https://bybit-exchange.github.io/docs/v5/account/account-info
- GET /v5/spot-margin-trade/state:
  https://bybit-exchange.github.io/docs/v5/spot-margin-uta/vip-margin-data
- GET /v5/account/wallet-balance: https://bybit-exchange.github.io/docs/v5/account/wallet-balance
- GET /v5/market/time: https://bybit-exchange.github.io/docs/v5/market/time
- GET /v5/crypto-loan-common/position ("Permission: Spot trade"):
  https://bybit-exchange.github.io/docs/v5/new-crypto-loan/crypto-loan-position
- GET /v5/asset/transfer/query-account-coins-balance (accountType FUND):
  https://bybit-exchange.github.io/docs/v5/asset/balance/all-balance
- retCode 10009 "Service Restricted: Access is currently unavailable for your region"
  (since 2026-05-28), -2015 "(Spot) Your api key has expired"
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from wizard.i18n import QT_TRANSLATE_NOOP
from wizard.sim.server import Fault, Request, Response

SPOT_ONLY: dict[str, list[str]] = {
    "Spot": ["SpotTrade"],
    "Wallet": [],
    "ContractTrade": [],
    "Derivatives": [],
    "Options": [],
    "Exchange": [],
    "Earn": [],
}


def _practice(label: str, length: int) -> str:
    return hashlib.sha256(f"halal-key-wizard practice bybit {label}".encode()).hexdigest()[:length]


@dataclass(frozen=True)
class BybitScenario:
    name: str
    title: str
    permissions: dict[str, list[str]] = field(default_factory=lambda: dict(SPOT_ONLY))
    read_only: int = 0
    ips: tuple[str, ...] = ("127.0.0.1",)  # ("*",): not bound to any address
    age_days: int = 12
    unified: bool = True
    spot_margin_on: bool = False
    borrowed_btc: str = "0"
    loan_debt_usd: str = "0"  # what Crypto Loan reports owed, in USD
    funding: tuple[tuple[str, str], ...] = ()  # the Funding wallet: (coin, amount)
    omit: tuple[str, ...] = ()  # fields of the answers left out, as a new answer might
    history: str = "clean"  # the account's records (wizard.sim.bybit_history)
    refusal: tuple[int, str] | None = None  # every private request refused so

    @property
    def api_key(self) -> str:
        return _practice(f"key {self.name}", 18).upper()

    @property
    def secret(self) -> str:
        return _practice(f"secret {self.name}", 36).upper()

    @property
    def passphrase(self) -> str | None:
        return None  # Bybit keys have none


BYBIT_SCENARIOS: tuple[BybitScenario, ...] = (
    BybitScenario(
        "clean", QT_TRANSLATE_NOOP("Practice", "Spot only, IP-restricted (the safest key)")
    ),
    BybitScenario(
        "withdraw",
        QT_TRANSLATE_NOOP("Practice", "Withdrawals switched on"),
        permissions={**SPOT_ONLY, "Wallet": ["Withdraw"]},
    ),
    BybitScenario(
        "uta_derivatives",
        QT_TRANSLATE_NOOP("Practice", "Unified account default: derivatives on"),
        permissions={
            **SPOT_ONLY,
            "Derivatives": ["DerivativesTrade"],
            "ContractTrade": ["Order", "Position"],
        },
    ),
    BybitScenario(
        "spot_margin",
        QT_TRANSLATE_NOOP("Practice", "Spot margin switched on, with a loan"),
        spot_margin_on=True,
        borrowed_btc="0.01",
    ),
    BybitScenario(
        "transfers",
        QT_TRANSLATE_NOOP("Practice", "Options and transfers switched on"),
        permissions={
            **SPOT_ONLY,
            "Options": ["OptionsTrade"],
            "Wallet": ["AccountTransfer", "SubMemberTransfer"],
        },
    ),
    BybitScenario(
        "unbound_old",
        QT_TRANSLATE_NOOP("Practice", "No IP restriction, expires in 10 days"),
        ips=("*",),
        age_days=80,
    ),
    BybitScenario(
        "read_only",
        QT_TRANSLATE_NOOP("Practice", "Read only (cannot trade)"),
        read_only=1,
        permissions={**SPOT_ONLY, "Spot": []},
    ),
    BybitScenario(
        "ip_blocked",
        QT_TRANSLATE_NOOP("Practice", "Restricted to another computer's address"),
        ips=("203.0.113.7",),
    ),
    BybitScenario(
        "earn",
        QT_TRANSLATE_NOOP("Practice", "Earn switched on"),
        permissions={**SPOT_ONLY, "Earn": ["Earn"]},
    ),
    BybitScenario(
        "loan_open",
        QT_TRANSLATE_NOOP("Practice", "Spot only, but a Crypto Loan is open"),
        loan_debt_usd="250.5",
        funding=(("USDT", "300"),),
    ),
    BybitScenario(
        "unknown_group",
        QT_TRANSLATE_NOOP("Practice", "A permission the wizard does not know"),
        permissions={**SPOT_ONLY, "FiatGlobalPay": ["GlobalPayOrder"]},
    ),
    BybitScenario(
        "missing_fields",
        QT_TRANSLATE_NOOP("Practice", "An answer without its IP list"),
        omit=("ips",),
    ),
    BybitScenario(
        "region",
        QT_TRANSLATE_NOOP("Practice", "Refused for this region"),
        refusal=(
            10009,
            "Service Restricted: Access is currently unavailable for your region. "
            "Please contact our support team for further assistance",
        ),
    ),
)


class BybitError(Exception):
    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code, self.message = code, message


# The account's records (wizard.sim.bybit_history), by path: which record, the key
# of its rows, the widest window Bybit allows, and the row's time field.
_RECORDS = {
    "/v5/account/transaction-log": ("log", "list", 7 * 86_400_000, "transactionTime"),
    "/v5/position/list": ("positions", "list", 0, "createdTime"),
    "/v5/asset/withdraw/query-record": ("withdrawals", "rows", 30 * 86_400_000, "createTime"),
}


def _answer(now_ms: int, result: Any, code: int = 0, message: str = "OK") -> Response:
    return Response.json(
        200,
        {"retCode": code, "retMsg": message, "result": result, "retExtInfo": {}, "time": now_ms},
    )


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


class BybitVenue:
    def __init__(self, scenarios: tuple[BybitScenario, ...] = BYBIT_SCENARIOS) -> None:
        self.scenarios = {s.api_key: s for s in scenarios}

    def api_key_of(self, request: Request) -> str:
        return request.headers.get("x-bapi-api-key", "")

    def handle(self, request: Request, now_ms: int) -> Response:
        if request.path == "/v5/market/time":
            return _answer(
                now_ms, {"timeSecond": str(now_ms // 1000), "timeNano": str(now_ms * 1_000_000)}
            )
        routes = {
            "/v5/user/query-api": self._query_api,
            "/v5/account/info": self._account_info,
            "/v5/spot-margin-trade/state": self._spot_margin,
            "/v5/account/wallet-balance": self._wallet,
            "/v5/crypto-loan-common/position": self._loan_position,
            "/v5/asset/transfer/query-account-coins-balance": self._coins_balance,
        }
        if request.path in _RECORDS and request.method == "GET":
            return self._records(request, now_ms)
        route = routes.get(request.path)
        if route is None or request.method != "GET":
            return Response.json(404, {"retCode": 10001, "retMsg": "Unknown endpoint"})
        try:
            scenario = self._authenticate(request, now_ms)
            if scenario.refusal is not None:
                raise BybitError(*scenario.refusal)
            result = route(scenario, now_ms)
            return _answer(now_ms, {k: v for k, v in result.items() if k not in scenario.omit})
        except BybitError as error:
            return _answer(now_ms, {}, error.code, error.message)

    def _records(self, request: Request, now_ms: int) -> Response:
        """The account's records within ``startTime``..``endTime`` (at most the window
        Bybit allows), or its open positions of a ``category`` (and settle coin)."""
        from urllib.parse import parse_qs

        from wizard.sim.bybit_history import records

        try:
            scenario = self._authenticate(request, now_ms)
        except BybitError as error:
            return _answer(now_ms, {}, error.code, error.message)
        query = {name: values[0] for name, values in parse_qs(request.query).items()}
        record, rows_key, window_ms, time_field = _RECORDS[request.path]
        rows = records(scenario.history, now_ms)[record]
        if record == "positions":
            kept = [
                row
                for row in rows
                if row["category"] == query.get("category")
                and query.get("settleCoin", row["settleCoin"]) == row["settleCoin"]
            ]
            return _answer(now_ms, {"list": kept, "nextPageCursor": ""})
        start, end = int(query.get("startTime", 0)), int(query.get("endTime", now_ms))
        if end - start > window_ms:
            return _answer(now_ms, {}, 10001, "The time range cannot exceed the allowed window")
        kept = [row for row in rows if start <= int(row[time_field]) <= end]
        return _answer(now_ms, {rows_key: kept, "nextPageCursor": ""})

    def _authenticate(self, request: Request, now_ms: int) -> BybitScenario:
        headers = request.headers
        api_key = headers.get("x-bapi-api-key", "")
        scenario = self.scenarios.get(api_key)
        if scenario is None:
            raise BybitError(10003, "API key is invalid.")
        if scenario.ips != ("*",) and request.client_ip not in scenario.ips:
            raise BybitError(
                10010,
                f"Unmatched IP, please check your API key's bound IP "
                f"addresses. {request.client_ip}",
            )
        try:
            timestamp = int(headers.get("x-bapi-timestamp", ""))
            recv_window = int(headers.get("x-bapi-recv-window", "5000"))
        except ValueError:
            raise BybitError(10002, "invalid request, please check your timestamp") from None
        if not now_ms - recv_window <= timestamp < now_ms + 1000:
            raise BybitError(
                10002,
                "invalid request, please check your server timestamp or "
                f"recv_window param. req_timestamp[{timestamp}],"
                f"server_timestamp[{now_ms}],recv_window[{recv_window}]",
            )
        payload = f"{timestamp}{api_key}{recv_window}{request.query}"
        expected = hmac.new(scenario.secret.encode(), payload.encode(), hashlib.sha256).hexdigest()
        if not hmac.compare_digest(expected, headers.get("x-bapi-sign", "").lower()):
            raise BybitError(
                10004,
                f"error sign! origin_string[{timestamp}{api_key}{recv_window}{request.query}]",
            )
        return scenario

    def _query_api(self, scenario: BybitScenario, now_ms: int) -> dict[str, Any]:
        now = datetime.fromtimestamp(now_ms / 1000, UTC)
        created = now - timedelta(days=scenario.age_days)
        unbound = scenario.ips == ("*",)
        return {
            "id": "13770661",
            "note": "HalalSpot",
            "apiKey": scenario.api_key,
            "readOnly": scenario.read_only,
            "secret": "",
            "permissions": scenario.permissions,
            "ips": list(scenario.ips),
            "type": 1,
            # Keys bound to no IP expire 90 days after they were made.
            "deadlineDay": (90 - scenario.age_days) if unbound else -1,
            "expiredAt": _iso(created + timedelta(days=90)) if unbound else "",
            "createdAt": _iso(created),
            "unified": 1 if scenario.unified else 0,
            "uta": 1 if scenario.unified else 0,
            "userID": 24617703,
            "isMaster": True,
        }

    def _account_info(self, scenario: BybitScenario, now_ms: int) -> dict[str, Any]:
        return {
            "unifiedMarginStatus": 4 if scenario.unified else 1,
            "marginMode": "REGULAR_MARGIN",
            "isMasterTrader": False,
            "spotHedgingStatus": "OFF",
            "updatedTime": str(now_ms),
        }

    def _spot_margin(self, scenario: BybitScenario, now_ms: int) -> dict[str, Any]:
        return {
            "spotLeverage": "5" if scenario.spot_margin_on else "",
            "spotMarginMode": "1" if scenario.spot_margin_on else "0",
            "effectiveLeverage": "5" if scenario.spot_margin_on else "0",
        }

    def _wallet(self, scenario: BybitScenario, now_ms: int) -> dict[str, Any]:
        coins = [
            {
                "coin": "BTC",
                "walletBalance": "0.5",
                "borrowAmount": scenario.borrowed_btc,
                "locked": "0",
                "equity": "0.5",
            },
            {
                "coin": "USDT",
                "walletBalance": "120",
                "borrowAmount": "0",
                "locked": "20",
                "equity": "120",
            },
            {
                "coin": "ETH",
                "walletBalance": "0",
                "borrowAmount": "0",
                "locked": "0",
                "equity": "0",
            },
        ]
        return {"list": [{"accountType": "UNIFIED", "coin": coins}]}

    def _loan_position(self, scenario: BybitScenario, now_ms: int) -> dict[str, Any]:
        debt = scenario.loan_debt_usd
        borrowed = [] if debt == "0" else [{"loanCurrency": "USDT", "flexibleTotalDebt": debt}]
        return {
            "borrowList": borrowed,
            "collateralList": [],
            "supplyList": [],
            "totalCollateral": "0" if debt == "0" else "400",
            "totalDebt": debt,
            "totalSupply": "0",
            "ltv": "0" if debt == "0" else "0.62",
        }

    def _coins_balance(self, scenario: BybitScenario, now_ms: int) -> dict[str, Any]:
        return {
            "accountType": "FUND",
            "memberId": "24617703",
            "balance": [
                {"coin": coin, "walletBalance": amount, "transferBalance": amount, "bonus": ""}
                for coin, amount in scenario.funding
            ],
        }

    def fault_response(self, fault: Fault, now_ms: int) -> Response:
        if fault.kind == "rate_limit":
            return Response(
                429,
                json.dumps(
                    {"retCode": 10006, "retMsg": "Too many visits!", "result": {}, "time": now_ms}
                ).encode(),
                {"Content-Type": "application/json", "Retry-After": str(fault.retry_after_s)},
            )
        if fault.kind == "ip_ban":
            # Bybit no longer bans with a code of its own: its gateway answers 403
            # ("IP rate limit breached") without a JSON body.
            return Response(403, b"403 Forbidden", {"Content-Type": "text/plain"})
        if fault.kind == "server_error":
            return Response(
                fault.status, b"<html>Service Unavailable</html>", {"Content-Type": "text/html"}
            )
        if fault.kind in ("malformed_json", "truncated_json"):
            return Response(
                200, b'{"retCode":0,"result":{"apiKey":', {"Content-Type": "application/json"}
            )
        return _answer(now_ms, {"permissions": "all", "ips": 7, "readOnly": "maybe"})


VENUE_CLASS = BybitVenue
PRACTICE_KEYS = BYBIT_SCENARIOS

"""Kraken's spot REST protocol, for the endpoints the wizard uses.

Following Kraken's own documentation:
- Authentication: headers API-Key and API-Sign, the base64 HMAC-SHA512, keyed with the
  base64-decoded secret, of the URI path followed by SHA256(nonce + POST data); the nonce
  travels in the form body and must be larger than any nonce the key used before, unless
  the key has a nonce window:
  https://docs.kraken.com/api/docs/guides/spot-rest-auth
- Every answer is JSON {"error": [...], "result": {...}}, HTTP 200 even for errors:
  EAPI:Invalid key, EAPI:Invalid signature, EAPI:Invalid nonce, EGeneral:Permission
  denied, EAPI:Rate limit exceeded, EGeneral:Temporary lockout:
  https://support.kraken.com/hc/en-us/articles/360001491786-API-error-messages
- Permissions per key and what each allows:
  https://docs.kraken.com/exchange/guides/rest/api-keys
  https://support.kraken.com/hc/en-us/articles/360000919966-How-to-create-an-API-key
- POST /0/private/GetApiKeyInfo:
  https://docs.kraken.com/api-reference/account-data/get-api-key-info
- POST /0/private/BalanceEx: https://docs.kraken.com/api/docs/rest-api/get-extended-balance
- POST /0/private/WithdrawInfo:
  https://docs.kraken.com/api/docs/rest-api/get-withdrawal-information
- POST /0/private/CancelOrder: https://docs.kraken.com/api/docs/rest-api/cancel-order
- GET /0/public/Time: https://docs.kraken.com/api/docs/rest-api/get-server-time

Where the documents leave it open, the simulator chooses, and says so: a request from
an address outside the key's IP list is answered EAPI:Invalid key, and an unknown
method EGeneral:Unknown method with HTTP 404.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl

from wizard.i18n import QT_TRANSLATE_NOOP
from wizard.sim.server import Fault, Request, Response

DAY_S = 86_400

# What a spot bot needs: read orders, trades and the ledger, create and cancel orders.
# Not "query-funds": Kraken lets a key with it move funds to a Futures wallet.
SPOT_BOT: tuple[str, ...] = (
    "query-open-trades",
    "query-closed-trades",
    "query-ledger",
    "modify-trades",
    "close-trades",
)
READ_ONLY: tuple[str, ...] = ("query-open-trades", "query-closed-trades", "query-ledger")

# Which permission each private method needs (Kraken's permission table).
_METHOD_PERMISSION = {
    "Ledgers": "query-ledger",
    "TradesHistory": "query-closed-trades",
    "ClosedOrders": "query-closed-trades",
    "OpenPositions": "query-open-trades",
    "BalanceEx": "query-funds",
    "WithdrawInfo": "withdraw-funds",
    "CancelOrder": "close-trades",
}
# A nonce another program using microsecond timestamps would have sent by now: larger
# than any millisecond nonce for centuries.
MICROSECOND_NONCE = 1_900_000_000_000_000


def _digest(label: str) -> bytes:
    return hashlib.sha256(f"halal-key-wizard practice kraken {label}".encode()).digest()


def sign(secret: str, uri_path: str, nonce: str, post_data: str) -> str:
    """API-Sign: HMAC-SHA512(base64decode(secret), uri_path + SHA256(nonce + post_data))."""
    message = uri_path.encode() + hashlib.sha256((nonce + post_data).encode()).digest()
    mac = hmac.new(base64.b64decode(secret), message, hashlib.sha512)
    return base64.b64encode(mac.digest()).decode()


@dataclass(frozen=True)
class KrakenScenario:
    name: str
    title: str
    permissions: tuple[str, ...] = SPOT_BOT
    ip_allowlist: tuple[str, ...] = ("127.0.0.1",)  # (): usable from any address
    age_days: int = 12
    valid_for_days: int | None = None  # None: the key never expires ("validUntil": "0")
    nonce_window: int = 0  # Kraken's default: every nonce larger than the last
    seen_nonce: int = 0  # the largest nonce already used with this key (by anyone)
    key_info_available: bool = True  # False: GetApiKeyInfo unknown to this server
    history: str = "clean"  # the account's records (wizard.sim.kraken_history)

    @property
    def api_key(self) -> str:
        """56 characters of base64, the shape of Kraken's public keys."""
        raw = _digest(f"key {self.name}") + _digest(f"key tail {self.name}")[:10]
        return base64.b64encode(raw).decode()

    @property
    def secret(self) -> str:
        """88 characters: base64 of 64 bytes, the shape of Kraken's private keys."""
        raw = _digest(f"secret {self.name}") + _digest(f"secret tail {self.name}")
        return base64.b64encode(raw).decode()

    @property
    def passphrase(self) -> str | None:
        return None  # Kraken keys have none (a 2FA password per key is a separate option)

    @property
    def iban(self) -> str:
        """The account's Kraken IBAN, in Kraken's "AA00 XXXX XXXX XXXX" form. It names
        the account, so the wizard must never show it: tests look for it in the output."""
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
        digest = _digest(f"iban {self.name}")
        body = "".join(alphabet[byte % len(alphabet)] for byte in digest[:12])
        return f"AA{digest[12] % 90 + 10} {body[0:4]} {body[4:8]} {body[8:12]}"


KRAKEN_SCENARIOS: tuple[KrakenScenario, ...] = (
    KrakenScenario(
        "clean", QT_TRANSLATE_NOOP("Practice", "Spot only, IP-restricted (the safest key)")
    ),
    KrakenScenario(
        "query_funds",
        QT_TRANSLATE_NOOP("Practice", "Query Funds switched on (can move funds to Futures)"),
        permissions=(*SPOT_BOT, "query-funds"),
    ),
    KrakenScenario(
        "withdraw",
        QT_TRANSLATE_NOOP("Practice", "Withdrawals switched on"),
        permissions=(*SPOT_BOT, "withdraw-funds"),
    ),
    KrakenScenario(
        "earn",
        QT_TRANSLATE_NOOP("Practice", "Earn switched on"),
        permissions=(*SPOT_BOT, "earn-funds"),
    ),
    KrakenScenario(
        "unknown_permission",
        QT_TRANSLATE_NOOP("Practice", "A permission the wizard does not know"),
        permissions=(*SPOT_BOT, "transfer-funds"),
    ),
    KrakenScenario(
        "unrestricted",
        QT_TRANSLATE_NOOP("Practice", "No IP restriction, 120 days old"),
        ip_allowlist=(),
        age_days=120,
    ),
    KrakenScenario(
        "read_only",
        QT_TRANSLATE_NOOP("Practice", "Read only (cannot trade)"),
        permissions=READ_ONLY,
    ),
    KrakenScenario(
        "ip_blocked",
        QT_TRANSLATE_NOOP("Practice", "Restricted to another computer's address"),
        ip_allowlist=("203.0.113.7",),
    ),
    KrakenScenario(
        "nonce_ahead",
        QT_TRANSLATE_NOOP("Practice", "Used by another program"),
        seen_nonce=MICROSECOND_NONCE,
    ),
    KrakenScenario(
        "no_key_info",
        QT_TRANSLATE_NOOP("Practice", "Key details unavailable (slower check)"),
        key_info_available=False,
    ),
)


class KrakenError(Exception):
    def __init__(self, message: str, status: int = 200) -> None:
        super().__init__(message)
        self.message, self.status = message, status


def _answer(result: Any) -> Response:
    return Response.json(200, {"error": [], "result": result})


def _refusal(message: str, status: int = 200) -> Response:
    return Response.json(status, {"error": [message]})


@dataclass
class _NonceBook:
    """The nonces one key has used: the largest, and those inside its nonce window."""

    largest: int
    recent: set[int] = field(default_factory=set)


class KrakenVenue:
    """Answers as Kraken would. It remembers each key's nonces, so one venue is one
    exchange: a request whose nonce is not larger than the key's last (beyond its
    nonce window) is refused, whatever order the client meant to send them in."""

    def __init__(self, scenarios: tuple[KrakenScenario, ...] = KRAKEN_SCENARIOS) -> None:
        self.scenarios = {s.api_key: s for s in scenarios}
        self._nonce_lock = threading.Lock()
        self._nonces = {s.api_key: _NonceBook(s.seen_nonce) for s in scenarios}
        self.refused_nonces = 0  # how many requests were refused for their nonce

    def api_key_of(self, request: Request) -> str:
        return request.headers.get("api-key", "")

    def handle(self, request: Request, now_ms: int) -> Response:
        if request.path == "/0/public/Time" and request.method == "GET":
            return _answer(_server_time(now_ms))
        method = request.path.removeprefix("/0/private/")
        routes = {
            "GetApiKeyInfo": self._key_info,
            "BalanceEx": self._balances,
            "WithdrawInfo": self._withdraw_info,
            "CancelOrder": self._cancel_order,
            "Ledgers": self._records("ledger", "ledger"),
            "TradesHistory": self._records("trades", "trades"),
            "ClosedOrders": self._records("closed", "closed"),
            "OpenPositions": self._open_positions,
        }
        route = routes.get(method) if request.path.startswith("/0/private/") else None
        if route is None or request.method != "POST":
            return _refusal("EGeneral:Unknown method", 404)
        try:
            scenario, form = self._authenticate(request)
            self._check_permission(scenario, method)
            return _answer(route(scenario, form, now_ms))
        except KrakenError as error:
            return _refusal(error.message, error.status)

    # -- authentication -----------------------------------------------------------
    def _authenticate(self, request: Request) -> tuple[KrakenScenario, dict[str, str]]:
        scenario = self.scenarios.get(request.headers.get("api-key", ""))
        if scenario is None:
            raise KrakenError("EAPI:Invalid key")
        if scenario.ip_allowlist and request.client_ip not in scenario.ip_allowlist:
            raise KrakenError("EAPI:Invalid key")
        form = _form(request)
        nonce = form.get("nonce", "")
        expected = sign(scenario.secret, request.path, nonce, request.body)
        if not hmac.compare_digest(expected, request.headers.get("api-sign", "")):
            raise KrakenError("EAPI:Invalid signature")
        if not nonce.isdigit() or not self._take_nonce(scenario, int(nonce)):
            raise KrakenError("EAPI:Invalid nonce")
        return scenario, form

    def _take_nonce(self, scenario: KrakenScenario, nonce: int) -> bool:
        """Accept a nonce larger than the key's largest, or, with a nonce window, one
        inside the window that was not used yet."""
        with self._nonce_lock:
            book = self._nonces[scenario.api_key]
            if nonce <= book.largest - scenario.nonce_window or nonce in book.recent:
                self.refused_nonces += 1
                return False
            book.largest = max(book.largest, nonce)
            floor = book.largest - scenario.nonce_window
            book.recent = {n for n in book.recent if n > floor} | {nonce}
            return True

    def _check_permission(self, scenario: KrakenScenario, method: str) -> None:
        if method == "GetApiKeyInfo" and not scenario.key_info_available:
            raise KrakenError("EGeneral:Unknown method", 404)
        needed = _METHOD_PERMISSION.get(method)
        if needed is not None and needed not in scenario.permissions:
            raise KrakenError("EGeneral:Permission denied")

    def largest_nonce(self, api_key: str) -> int:
        with self._nonce_lock:
            return self._nonces[api_key].largest

    # -- endpoints ----------------------------------------------------------------
    def _key_info(self, scenario: KrakenScenario, form: dict[str, str], now_ms: int) -> Any:
        now_s = now_ms // 1000
        created = now_s - scenario.age_days * DAY_S
        valid_until = (
            "0" if scenario.valid_for_days is None else str(now_s + scenario.valid_for_days * DAY_S)
        )
        return {
            "apiKeyName": "HalalSpot",
            "apiKey": scenario.api_key,
            "nonce": str(self.largest_nonce(scenario.api_key)),
            "nonceWindow": scenario.nonce_window,
            "permissions": list(scenario.permissions),
            "iban": scenario.iban,
            "validUntil": valid_until,
            "queryFrom": "0",
            "queryTo": "0",
            "createdTime": str(created),
            "modifiedTime": str(created + 60),
            "ipAllowlist": list(scenario.ip_allowlist),
            "lastUsed": str(now_s),
        }

    def _records(self, record: str, key: str) -> Any:
        """A paged record of the account (50 rows from ``ofs``, newest first) within
        ``start``..``end``, as Kraken answers it: the rows under ``key``, and ``count``."""

        def answer(scenario: KrakenScenario, form: dict[str, str], now_ms: int) -> Any:
            from wizard.sim.kraken_history import records

            start = float(form.get("start") or 0)
            end = float(form.get("end") or now_ms / 1000)
            rows = records(scenario.history, now_ms // 1000)[record]

            def when(row: dict[str, Any]) -> float:
                return float(row.get("time", row.get("opentm", 0)))

            kept = sorted(
                ((k, v) for k, v in rows.items() if start < when(v) <= end),
                key=lambda item: -when(item[1]),
            )
            offset = int(form.get("ofs") or 0)
            return {key: dict(kept[offset : offset + 50]), "count": len(kept)}

        return answer

    def _open_positions(self, scenario: KrakenScenario, form: dict[str, str], now_ms: int) -> Any:
        from wizard.sim.kraken_history import records

        return records(scenario.history, now_ms // 1000)["positions"]

    def _balances(self, scenario: KrakenScenario, form: dict[str, str], now_ms: int) -> Any:
        return {
            "XXBT": {"balance": "0.5000000000", "hold_trade": "0.0000000000"},
            "ZUSD": {"balance": "120.0000", "hold_trade": "20.0000"},
            "XETH": {"balance": "0.0000000000", "hold_trade": "0.0000000000"},
        }

    def _withdraw_info(self, scenario: KrakenScenario, form: dict[str, str], now_ms: int) -> Any:
        # The practice accounts have no withdrawal addresses saved under any name.
        raise KrakenError("EFunding:Unknown withdraw key")

    def _cancel_order(self, scenario: KrakenScenario, form: dict[str, str], now_ms: int) -> Any:
        # The practice accounts have no open orders.
        raise KrakenError("EOrder:Unknown order")

    # -- faults ---------------------------------------------------------------------
    def fault_response(self, fault: Fault, now_ms: int) -> Response:
        if fault.kind == "rate_limit":
            return _refusal("EAPI:Rate limit exceeded")
        if fault.kind == "ip_ban":
            return _refusal("EGeneral:Temporary lockout")
        if fault.kind == "server_error":
            return Response(
                fault.status,
                b"<html><body>Service Unavailable</body></html>",
                {"Content-Type": "text/html"},
            )
        if fault.kind in ("malformed_json", "truncated_json"):
            return Response(
                200, b'{"error":[],"result":{"permissions":', {"Content-Type": "application/json"}
            )
        return Response(
            200,
            json.dumps(
                {"error": [], "result": {"permissions": "all", "ipAllowlist": 7, "unixtime": "x"}}
            ).encode(),
            {"Content-Type": "application/json"},
        )


def _form(request: Request) -> dict[str, str]:
    """The POST body, form-encoded as ccxt sends it, or JSON as Kraken also accepts."""
    if request.headers.get("content-type", "").startswith("application/json"):
        try:
            document = json.loads(request.body or "{}")
        except ValueError:
            return {}
        return {str(k): str(v) for k, v in document.items()} if isinstance(document, dict) else {}
    return dict(parse_qsl(request.body, keep_blank_values=True))


_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _server_time(now_ms: int) -> dict[str, Any]:
    """Whole seconds, and the same moment as Kraken writes it: "Thu, 06 Jul 23 18:50:48 +0000"."""
    moment = datetime.fromtimestamp(now_ms // 1000, UTC)
    day, month = _DAYS[moment.weekday()], _MONTHS[moment.month - 1]
    return {
        "unixtime": now_ms // 1000,
        "rfc1123": f"{day}, {moment:%d} {month} {moment:%y %H:%M:%S} +0000",
    }


VENUE_CLASS = KrakenVenue
PRACTICE_KEYS = KRAKEN_SCENARIOS

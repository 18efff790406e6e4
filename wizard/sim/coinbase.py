"""Coinbase Advanced Trade's REST protocol, for the endpoints the wizard uses.

Following Coinbase's own documentation:
- CDP API keys sign a JWT per request, sent as ``Authorization: Bearer <JWT>``: ES256
  for an EC key (key name ``organizations/{org}/apiKeys/{id}``, PEM secret) or EdDSA for
  an Ed25519 key (base64 secret); header {alg, kid, nonce, typ}, claims {sub, iss, nbf,
  exp, uri or uris = "METHOD host/path"}; a JWT lives two minutes:
  https://docs.cdp.coinbase.com/coinbase-app/authentication-authorization/api-key-authentication
  https://docs.cdp.coinbase.com/get-started/authentication/jwt-authentication
- One HTTP 401 "Unauthorized" for an unknown key, a bad signature, an expired JWT or
  an address outside the key's IP allowlist; 403 PERMISSION_DENIED "Missing required
  scopes"; 429 ``rate_limit_exceeded``:
  https://docs.cdp.coinbase.com/coinbase-app/api-architecture/status-codes
  https://docs.cdp.coinbase.com/coinbase-app/api-architecture/rate-limiting
- Scopes per endpoint (view, trade, transfer):
  https://docs.cdp.coinbase.com/coinbase-app/advanced-trade-apis/rest-scopes
- GET /api/v3/brokerage/key_permissions:
  https://docs.cdp.coinbase.com/api-reference/advanced-trade-api/rest-api/data-api/get-api-key-permissions
- GET /api/v3/brokerage/accounts (limit: default 49, at most 250; cursor, has_next):
  https://docs.cdp.coinbase.com/api-reference/advanced-trade-api/rest-api/accounts/list-accounts
- GET /api/v3/brokerage/time:
  https://docs.cdp.coinbase.com/api-reference/advanced-trade-api/rest-api/public/get-server-time
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import Any
from urllib.parse import parse_qs

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

from wizard.i18n import QT_TRANSLATE_NOOP
from wizard.sim.server import Fault, Request, Response

JWT_LIFETIME_S = 120  # Coinbase refuses a JWT after two minutes
# How far the two clocks may differ before a JWT is refused. Coinbase does not
# publish its tolerance; this is the simulator's (and the adapter's) assumption.
JWT_LEEWAY_S = 30
MAX_PAGE_SIZE = 250
DEFAULT_PAGE_SIZE = 49
PERMISSIONS_PATH = "/api/v3/brokerage/key_permissions"
ACCOUNTS_PATH = "/api/v3/brokerage/accounts"
TIME_PATH = "/api/v3/brokerage/time"
ORDERS_PATH = "/api/v3/brokerage/orders/historical/batch"
POSITIONS_PATH = "/api/v3/brokerage/cfm/positions"
_TRANSACTIONS_PATH = re.compile(r"/v2/accounts/([0-9a-f-]+)/transactions")
_ISSUERS = ("cdp", "coinbase-cloud")  # Coinbase's SDKs send "cdp"; ccxt "coinbase-cloud" for ES256
_AUDIENCES = ("retail_rest_api_proxy", "cdp_service")
_URI = re.compile(r"([A-Z]+) (?:https?://)?([^/\s]+)(/\S*)")


def _digest(label: str) -> bytes:
    return hashlib.sha256(f"halal-key-wizard practice coinbase {label}".encode()).digest()


def _practice_uuid(label: str) -> str:
    """A version-4 UUID, the shape of Coinbase's organization and key ids."""
    digits = _digest(label).hex()
    variant = "89ab"[int(digits[16], 16) % 4]
    return f"{digits[:8]}-{digits[8:12]}-4{digits[13:16]}-{variant}{digits[17:20]}-{digits[20:32]}"


@cache
def _practice_ec_key(label: str) -> ec.EllipticCurvePrivateKey:
    order = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551  # P-256's n
    value = int.from_bytes(_digest(label), "big") % (order - 1) + 1
    return ec.derive_private_key(value, ec.SECP256R1())


def _practice_ed25519_key(label: str) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(_digest(label))


ORGANIZATION = _practice_uuid("organization")


@dataclass(frozen=True)
class CoinbaseScenario:
    """One practice CDP key: what the key permissions endpoint says, the IP allowlist
    set in the portal (which the API never reports), and the wallets it can see."""

    name: str
    title: str
    can_view: bool = True
    can_trade: bool = True
    can_transfer: bool = False
    portfolio_type: str = "DEFAULT"
    allowed_ips: tuple[str, ...] = ("127.0.0.1",)  # (): no allowlist
    eddsa: bool = False  # an Ed25519 key (EdDSA JWT) instead of an EC key (ES256)
    extra_wallets: int = 0  # empty wallets on top of the sample ones (pagination)
    platform: str = "ACCOUNT_PLATFORM_CONSUMER"
    history: str = "clean"  # the account's records (wizard.sim.coinbase_history)
    # Fields of the key's answer beyond the documented ones, as a new answer might carry.
    extra_fields: tuple[tuple[str, bool], ...] = ()

    @property
    def key_id(self) -> str:
        return _practice_uuid(f"key {self.name}")

    @property
    def api_key(self) -> str:
        """EC keys are named by their full resource name; Ed25519 keys by their id."""
        if self.eddsa:
            return self.key_id
        return f"organizations/{ORGANIZATION}/apiKeys/{self.key_id}"

    @property
    def secret(self) -> str:
        if self.eddsa:
            private = _practice_ed25519_key(self.name)
            seed = private.private_bytes_raw()
            public = private.public_key().public_bytes_raw()
            return base64.b64encode(seed + public).decode()
        return (
            _practice_ec_key(self.name)
            .private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.TraditionalOpenSSL,
                serialization.NoEncryption(),
            )
            .decode()
        )

    @property
    def passphrase(self) -> str | None:
        return None  # CDP keys have none

    @property
    def portfolio_uuid(self) -> str:
        return _practice_uuid(f"portfolio {self.name}")

    def verify_signature(self, signed: bytes, signature: bytes, algorithm: str) -> bool:
        """Whether ``signature`` over ``signed`` was made with this key's secret."""
        try:
            if self.eddsa:
                if algorithm != "EdDSA":
                    return False
                public: Ed25519PublicKey = _practice_ed25519_key(self.name).public_key()
                public.verify(signature, signed)
                return True
            if algorithm != "ES256" or len(signature) != 64:
                return False
            r, s = int.from_bytes(signature[:32], "big"), int.from_bytes(signature[32:], "big")
            _practice_ec_key(self.name).public_key().verify(
                encode_dss_signature(r, s), signed, ec.ECDSA(hashes.SHA256())
            )
            return True
        except InvalidSignature:
            return False


COINBASE_SCENARIOS: tuple[CoinbaseScenario, ...] = (
    CoinbaseScenario(
        "clean", QT_TRANSLATE_NOOP("Practice", "Spot only, IP-restricted (the safest key)")
    ),
    CoinbaseScenario(
        "clean_ed25519", QT_TRANSLATE_NOOP("Practice", "Ed25519 key, spot only"), eddsa=True
    ),
    CoinbaseScenario(
        "withdraw", QT_TRANSLATE_NOOP("Practice", "Withdrawals switched on"), can_transfer=True
    ),
    CoinbaseScenario(
        "intx_portfolio",
        QT_TRANSLATE_NOOP("Practice", "Trade key on a perpetuals (INTX) portfolio"),
        portfolio_type="INTX",
        platform="ACCOUNT_PLATFORM_INTX",
    ),
    CoinbaseScenario(
        "read_only", QT_TRANSLATE_NOOP("Practice", "Read only (cannot trade)"), can_trade=False
    ),
    CoinbaseScenario(
        "ip_blocked",
        QT_TRANSLATE_NOOP("Practice", "Restricted to another computer's address"),
        allowed_ips=("203.0.113.7",),
    ),
    CoinbaseScenario(
        "many_accounts",
        QT_TRANSLATE_NOOP("Practice", "Spot only, with hundreds of wallets"),
        extra_wallets=300,
    ),
    CoinbaseScenario(
        "unknown_permission",
        QT_TRANSLATE_NOOP("Practice", "A permission the wizard does not know"),
        extra_fields=(("can_lend", True),),
    ),
)

# (currency, available, on hold, account type) of every practice key's wallets.
SAMPLE_WALLETS: tuple[tuple[str, str, str, str], ...] = (
    ("BTC", "0.5", "0", "ACCOUNT_TYPE_CRYPTO"),
    ("ETH", "0", "0", "ACCOUNT_TYPE_CRYPTO"),
    ("USDC", "100", "20", "ACCOUNT_TYPE_CRYPTO"),
    ("USD", "0", "0", "ACCOUNT_TYPE_FIAT"),
)
LAST_WALLET = ("SOL", "2.5", "0", "ACCOUNT_TYPE_CRYPTO")  # after the extra ones


class Refused(Exception):
    """The request is answered with ``response`` instead."""

    def __init__(self, response: Response) -> None:
        super().__init__(response.status)
        self.response = response


UNAUTHORIZED = Response(401, b"Unauthorized\n", {"Content-Type": "text/plain; charset=utf-8"})
MISSING_SCOPES = Response.json(
    403,
    {
        "error": "PERMISSION_DENIED",
        "error_details": "Missing required scopes",
        "message": "Missing required scopes",
    },
)


def _b64url(text: str) -> bytes:
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        raise Refused(UNAUTHORIZED) from None


def _json_part(text: str) -> dict[str, Any]:
    try:
        document = json.loads(_b64url(text))
    except ValueError:
        raise Refused(UNAUTHORIZED) from None
    if not isinstance(document, dict):
        raise Refused(UNAUTHORIZED)
    return document


def _bearer_token(request: Request) -> str:
    authorization = request.headers.get("authorization", "")
    scheme, _, token = authorization.partition(" ")
    if scheme != "Bearer" or token.count(".") != 2:
        raise Refused(UNAUTHORIZED)
    return token


def _iso(moment_ms: int) -> str:
    return datetime.fromtimestamp(moment_ms / 1000, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class CoinbaseVenue:
    def __init__(
        self,
        scenarios: tuple[CoinbaseScenario, ...] = COINBASE_SCENARIOS,
        *,
        max_page_size: int = MAX_PAGE_SIZE,
    ) -> None:
        """``max_page_size``: the most accounts one page holds (Coinbase: 250)."""
        self.scenarios = {s.api_key: s for s in scenarios}
        self.max_page_size = max_page_size

    def api_key_of(self, request: Request) -> str:
        try:
            kid = _json_part(_bearer_token(request).split(".")[0]).get("kid")
        except Refused:
            return ""
        return kid if isinstance(kid, str) else ""

    def handle(self, request: Request, now_ms: int) -> Response:
        if request.path == TIME_PATH and request.method == "GET":
            return Response.json(
                200,
                {
                    "iso": _iso(now_ms),
                    "epochSeconds": str(now_ms // 1000),
                    "epochMillis": str(now_ms),
                },
            )
        routes = {
            PERMISSIONS_PATH: self._key_permissions,
            ACCOUNTS_PATH: self._accounts,
            ORDERS_PATH: self._orders,
            POSITIONS_PATH: self._positions,
        }
        route = routes.get(request.path)
        if _TRANSACTIONS_PATH.fullmatch(request.path):
            route = self._transactions
        if route is None or request.method != "GET":
            return Response.json(404, {"error": "NOT_FOUND", "message": "Not Found"})
        try:
            scenario = self._authenticate(request, now_ms)
            return Response.json(200, route(scenario, request, now_ms))
        except Refused as refusal:
            return refusal.response

    # -- authentication ---------------------------------------------------------
    def _authenticate(self, request: Request, now_ms: int) -> CoinbaseScenario:
        token = _bearer_token(request)
        header_part, claims_part, signature_part = token.split(".")
        header, claims = _json_part(header_part), _json_part(claims_part)
        kid = header.get("kid")
        scenario = self.scenarios.get(kid) if isinstance(kid, str) else None
        if scenario is None or claims.get("sub") != scenario.api_key:
            raise Refused(UNAUTHORIZED)
        if header.get("typ") != "JWT" or not isinstance(header.get("nonce"), str):
            raise Refused(UNAUTHORIZED)
        signed = f"{header_part}.{claims_part}".encode()
        if not scenario.verify_signature(signed, _b64url(signature_part), header.get("alg", "")):
            raise Refused(UNAUTHORIZED)
        _check_claims(claims, request, now_ms)
        if scenario.allowed_ips and request.client_ip not in scenario.allowed_ips:
            raise Refused(UNAUTHORIZED)
        return scenario

    # -- endpoints --------------------------------------------------------------
    def _key_permissions(
        self, scenario: CoinbaseScenario, request: Request, now_ms: int
    ) -> dict[str, Any]:
        return {
            "can_view": scenario.can_view,
            "can_trade": scenario.can_trade,
            "can_transfer": scenario.can_transfer,
            "can_receive": False,
            "portfolio_uuid": scenario.portfolio_uuid,
            "portfolio_type": scenario.portfolio_type,
            **dict(scenario.extra_fields),
        }

    def _accounts(
        self, scenario: CoinbaseScenario, request: Request, now_ms: int
    ) -> dict[str, Any]:
        if not scenario.can_view:
            raise Refused(MISSING_SCOPES)
        query = parse_qs(request.query)
        try:
            limit = int(query.get("limit", [str(DEFAULT_PAGE_SIZE)])[0])
        except ValueError:
            raise Refused(_invalid_argument("limit must be a number")) from None
        limit = max(1, min(limit, self.max_page_size))
        wallets = _wallets(scenario, now_ms)
        start = 0
        cursor = query.get("cursor", [""])[0]
        if cursor:
            uuids = [wallet["uuid"] for wallet in wallets]
            if cursor not in uuids:
                raise Refused(_invalid_argument("invalid cursor"))
            start = uuids.index(cursor) + 1
        page = wallets[start : start + limit]
        has_next = start + limit < len(wallets)
        return {
            "accounts": page,
            "has_next": has_next,
            "cursor": page[-1]["uuid"] if has_next else "",
            "size": len(page),
        }

    # -- the account's records (wizard.sim.coinbase_history) ----------------------
    def _orders(self, scenario: CoinbaseScenario, request: Request, now_ms: int) -> dict[str, Any]:
        from wizard.sim.coinbase_history import records

        query = {name: values[0] for name, values in parse_qs(request.query).items()}
        rows = records(scenario.history, now_ms)["orders"]
        start, end = query.get("start_date", ""), query.get("end_date", "~")
        kept = [row for row in rows if start <= row["created_time"] <= end]
        return {"orders": kept, "has_next": False, "cursor": "", "sequence": "0"}

    def _positions(
        self, scenario: CoinbaseScenario, request: Request, now_ms: int
    ) -> dict[str, Any]:
        from wizard.sim.coinbase_history import records

        return {"positions": records(scenario.history, now_ms)["positions"]}

    def _transactions(
        self, scenario: CoinbaseScenario, request: Request, now_ms: int
    ) -> dict[str, Any]:
        """One wallet's transactions, newest first (no date filter, as Coinbase's)."""
        from wizard.sim.coinbase_history import records

        match = _TRANSACTIONS_PATH.fullmatch(request.path)
        assert match is not None
        wallet = next((w for w in _wallets(scenario, now_ms) if w["uuid"] == match.group(1)), None)
        if wallet is None:
            raise Refused(Response.json(404, {"errors": [{"id": "not_found"}]}))
        by_currency = records(scenario.history, now_ms)["transactions"]
        rows = by_currency.get(wallet["currency"], [])
        return {
            "pagination": {"next_uri": None, "limit": 100, "order": "desc"},
            "data": rows,
        }

    def fault_response(self, fault: Fault, now_ms: int) -> Response:
        if fault.kind == "rate_limit":
            return Response.json(
                429, {"errors": [{"id": "rate_limit_exceeded", "message": "Too many requests"}]}
            )
        if fault.kind == "ip_ban":
            # Coinbase documents no ban of its own. What an address that sent far too
            # much meets instead is a CDN's rate-limit page: HTTP 429 and HTML.
            return Response(
                429,
                b"<html><head><title>Access denied</title></head>"
                b"<body>Error 1015: You are being rate limited</body></html>",
                {"Content-Type": "text/html"},
            )
        if fault.kind == "server_error":
            return Response(
                fault.status, b"<html>Service Unavailable</html>", {"Content-Type": "text/html"}
            )
        if fault.kind in ("malformed_json", "truncated_json"):
            return Response(200, b'{"can_view":true,"can_tr', {"Content-Type": "application/json"})
        return Response.json(
            200,
            {
                "can_view": "yes",
                "can_trade": 1,
                "portfolio_type": ["DEFAULT"],
                "accounts": "none",
                "epochMillis": True,
            },
        )


def _invalid_argument(message: str) -> Response:
    return Response.json(
        400, {"error": "INVALID_ARGUMENT", "error_details": message, "message": message}
    )


def _check_claims(claims: dict[str, Any], request: Request, now_ms: int) -> None:
    """The JWT must be for this very request, now, and from a known issuer."""
    now_s = now_ms / 1000
    nbf, exp = _seconds_claim(claims, "nbf"), _seconds_claim(claims, "exp")
    if not nbf - JWT_LEEWAY_S <= now_s <= exp + JWT_LEEWAY_S or exp - nbf > JWT_LIFETIME_S:
        raise Refused(UNAUTHORIZED)
    if claims.get("iss") not in _ISSUERS:
        raise Refused(UNAUTHORIZED)
    audience = claims.get("aud")
    if audience is not None and not (
        isinstance(audience, list) and set(audience) <= set(_AUDIENCES)
    ):
        raise Refused(UNAUTHORIZED)
    uris = claims.get("uris") if "uris" in claims else [claims.get("uri")]
    if not isinstance(uris, list) or not any(_is_this_request(uri, request) for uri in uris):
        raise Refused(UNAUTHORIZED)


def _seconds_claim(claims: dict[str, Any], name: str) -> int:
    value = claims.get(name)
    if isinstance(value, bool) or not isinstance(value, int):
        raise Refused(UNAUTHORIZED)
    return value


def _is_this_request(uri: object, request: Request) -> bool:
    """``uri`` is "METHOD host[:port]/path" (ccxt leaves an ``http://`` in front when
    the exchange is reached over plain HTTP, as this simulator is)."""
    match = _URI.fullmatch(uri) if isinstance(uri, str) else None
    return (
        match is not None
        and match.group(1) == request.method
        and match.group(2) == request.headers.get("host", "")
        and match.group(3) == request.path
    )


def _wallets(scenario: CoinbaseScenario, now_ms: int) -> list[dict[str, Any]]:
    rows = list(SAMPLE_WALLETS)
    if scenario.extra_wallets:
        rows += [
            (f"X{number:03d}", "0", "0", "ACCOUNT_TYPE_CRYPTO")
            for number in range(scenario.extra_wallets)
        ]
        rows.append(LAST_WALLET)
    created = _iso(now_ms - 400 * 86_400_000)
    return [
        {
            "uuid": _practice_uuid(f"wallet {scenario.name} {index}"),
            "name": f"{currency} Wallet",
            "currency": currency,
            "available_balance": {"value": available, "currency": currency},
            "default": index == 0,
            "active": True,
            "created_at": created,
            "updated_at": created,
            "deleted_at": None,
            "type": account_type,
            "ready": True,
            "hold": {"value": held, "currency": currency},
            "retail_portfolio_id": scenario.portfolio_uuid,
            "platform": scenario.platform,
        }
        for index, (currency, available, held, account_type) in enumerate(rows)
    ]


VENUE_CLASS = CoinbaseVenue
PRACTICE_KEYS = COINBASE_SCENARIOS

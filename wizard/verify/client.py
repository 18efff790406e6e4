"""Builds the ccxt client for one verification. ccxt is imported here, late,
so that neither the first page of the GUI nor ``--help`` pays for it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from wizard.verify.model import Credentials

REQUEST_TIMEOUT_MS = 15_000


class ApiUrlError(ValueError):
    """``--api-url`` is not of the form scheme://host[:port]."""


LOOPBACK_HOSTS = frozenset({"localhost", "::1"})


def parse_api_url(api_url: str) -> tuple[str, str]:
    """Check an ``--api-url`` value (surrounding white space dropped) and return its
    (scheme, netloc). Plain ``http`` only for this computer (the practice exchange):
    anywhere else the key would cross the network unencrypted. No user name or
    password in it: the exchange's own authentication is the only one sent."""
    import ipaddress

    api_url = api_url.strip()
    if any(sign.isspace() or not sign.isprintable() for sign in api_url):
        raise ApiUrlError("it holds spaces or control characters")
    parts = urlsplit(api_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ApiUrlError("give it as http://HOST[:PORT] or https://HOST[:PORT]")
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        raise ApiUrlError("leave out any user name or password: the key is the only credential")
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise ApiUrlError("give only the scheme and host: each endpoint keeps its own path")
    try:
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        raise ApiUrlError("the port must be a number from 1 to 65535") from None
    if parts.scheme == "http":
        host = parts.hostname
        try:
            loopback = host in LOOPBACK_HOSTS or ipaddress.ip_address(host).is_loopback
        except ValueError:
            loopback = False
        if not loopback:
            raise ApiUrlError(
                "plain http is only for this computer (127.0.0.1); use https for any other host"
            )
    return parts.scheme, parts.netloc


def rewrite_urls(urls: Any, scheme: str, netloc: str) -> Any:
    """Every URL in ccxt's ``urls['api']`` tree with the scheme and host replaced."""
    if isinstance(urls, str):
        parts = urlsplit(urls)
        return urlunsplit((scheme, netloc, parts.path, parts.query, parts.fragment))
    if isinstance(urls, dict):
        return {name: rewrite_urls(value, scheme, netloc) for name, value in urls.items()}
    return urls


def make_client(
    exchange_id: str,
    credentials: Credentials,
    api_url: str | None = None,
    timeout_ms: int = REQUEST_TIMEOUT_MS,
    settings: Mapping[str, Any] | None = None,
    session: Any = None,
) -> Any:
    """A ccxt async client, with rate limiting off: one verification sends a handful
    of requests, all at once, far below any exchange's limits. ``settings`` are the
    adapter's own constructor settings (Kraken's nonce); they cannot replace these.
    ``session``: the HTTP session to send through (``wizard.verify.http``; the
    caller closes it), else ccxt's own."""
    import ccxt.async_support as ccxt_async

    config: dict[str, Any] = {
        **(settings or {}),
        "apiKey": credentials.api_key,
        "secret": credentials.secret,
        "enableRateLimit": False,
        "timeout": timeout_ms,
    }
    if credentials.passphrase is not None:
        config["password"] = credentials.passphrase
    if session is not None:
        config["session"] = session
    scheme, netloc = parse_api_url(api_url) if api_url is not None else ("https", "")
    if scheme == "http" or session is not None:
        # ccxt waits a quarter of a second on close so that TLS connections can end
        # cleanly: plain HTTP (the practice exchange on this computer) has none, and
        # a session of the caller's is the caller's to close and wait for.
        config["timeout_on_exit"] = 0
    client = getattr(ccxt_async, exchange_id)(config)
    if api_url is not None:
        client.urls["api"] = rewrite_urls(client.urls["api"], scheme, netloc)
    return client

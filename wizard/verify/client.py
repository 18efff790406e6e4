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


def parse_api_url(api_url: str) -> tuple[str, str]:
    """Check an ``--api-url`` value and return its (scheme, netloc)."""
    parts = urlsplit(api_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ApiUrlError("give it as http://HOST[:PORT] or https://HOST[:PORT]")
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise ApiUrlError("give only the scheme and host: each endpoint keeps its own path")
    try:
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        raise ApiUrlError("the port must be a number from 1 to 65535") from None
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
) -> Any:
    """A ccxt async client, with rate limiting off: one verification sends a handful
    of requests, all at once, far below any exchange's limits. ``settings`` are the
    adapter's own constructor settings (Kraken's nonce); they cannot replace these."""
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
    scheme, netloc = parse_api_url(api_url) if api_url is not None else ("https", "")
    if scheme == "http":
        # ccxt waits a quarter of a second on close so that TLS connections can end
        # cleanly; plain HTTP (the practice exchange on this computer) has none.
        config["timeout_on_exit"] = 0
    client = getattr(ccxt_async, exchange_id)(config)
    if api_url is not None:
        client.urls["api"] = rewrite_urls(client.urls["api"], scheme, netloc)
    return client

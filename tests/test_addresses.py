"""Addresses for the IP whitelist: checked as typed, looked up only on request."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from wizard.addresses import find_public_address, load_service_addresses, parse_addresses


def test_valid_addresses_one_per_line_commas_and_spaces() -> None:
    valid, problems = parse_addresses("203.0.113.7\n2001:db8::7, 198.51.100.20 \n\n203.0.113.7")
    assert valid == ["203.0.113.7", "2001:db8::7", "198.51.100.20"]
    assert problems == []


@pytest.mark.parametrize("entry", ["203.0.113", "999.1.1.1", "example.com", "10.0.0.0/8"])
def test_anything_else_is_named_with_its_line(entry: str) -> None:
    valid, problems = parse_addresses(f"203.0.113.7\n{entry}")
    assert valid == ["203.0.113.7"]
    assert [(p.line, p.text) for p in problems] == [(2, entry)]
    assert "is not an IP address" in problems[0].template


def test_shipped_service_list_is_empty_by_default() -> None:
    service = load_service_addresses()
    assert service.addresses == ()


@pytest.fixture
def address_service() -> Iterator[str]:
    """A loopback stand-in for the public-address service."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = b"203.0.113.99" if self.path == "/" else b"<html>not an address</html>"
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_public_address_lookup(address_service: str) -> None:
    assert find_public_address(address_service + "/") == "203.0.113.99"
    with pytest.raises(ValueError, match="does not appear to be an IPv4 or IPv6 address"):
        find_public_address(address_service + "/garbage")


def test_public_address_lookup_refuses_plain_http_elsewhere() -> None:
    with pytest.raises(ValueError, match="over HTTPS"):
        find_public_address("http://example.invalid/")

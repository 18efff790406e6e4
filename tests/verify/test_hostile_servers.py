"""Servers that answer as no exchange does: a redirect elsewhere, an endless or
gzip-bomb body, a request that never ends. The key goes nowhere but the address
given, memory stays bounded, each is a named error (never a traceback)."""

from __future__ import annotations

import contextlib
import functools
import json
import subprocess
import sys
import threading
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.helpers.cli import run_cli
from wizard.sim.catalog import practice_key
from wizard.verify.http import MAX_ANSWER_BYTES

Answer = Callable[[BaseHTTPRequestHandler], None]


@contextmanager
def serving(answer: Answer) -> Iterator[tuple[str, list[dict[str, str]]]]:
    """A loopback server answering every request with ``answer``; its address and
    the headers of each request it received."""
    received: list[dict[str, str]] = []

    class Handler(BaseHTTPRequestHandler):
        def _any(self) -> None:
            received.append(dict(self.headers))
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                answer(self)

        do_GET = do_POST = do_DELETE = _any

        def log_message(self, *_: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", received
    finally:
        server.shutdown()
        server.server_close()


def _redirect_to(target: str) -> Answer:
    def answer(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(302)
        handler.send_header("Location", target + handler.path)
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    return answer


def _verify_args(exchange: str, url: str) -> tuple[list[str], dict[str, str | None]]:
    key = practice_key(exchange, "clean")
    return (
        ["verify", "--exchange", exchange, "--api-url", url, "--json"],
        {"api_key": key.api_key, "secret": key.secret, "passphrase": key.passphrase},
    )


@pytest.mark.parametrize("exchange", ["binance", "okx", "bybit", "kraken", "coinbase"])
def test_a_redirect_is_refused_and_the_key_goes_nowhere_else(
    monkeypatch: pytest.MonkeyPatch, exchange: str
) -> None:
    with (
        serving(lambda handler: None) as (elsewhere, reached),
        serving(_redirect_to(elsewhere)) as (url, asked),
    ):
        args, key = _verify_args(exchange, url)
        result = run_cli(monkeypatch, args, **key)
    assert result.exit_code == 2, result.stdout + result.stderr
    error = result.document["error"]
    assert error["code"] == "unexpected_response"
    assert "redirect" in error["message"]
    assert len(asked) >= 1
    assert reached == []  # not one request, with or without the key, reached the other host


@functools.cache
def gzip_bomb() -> bytes:
    """512 MB of zeros, gzip-compressed to about half a megabyte (made in pieces)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)  # gzip framing
    zeros = bytes(1024 * 1024)
    return b"".join(packer.compress(zeros) for _ in range(512)) + packer.flush()


def _gzip_bomb(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Encoding", "gzip")
    handler.send_header("Content-Length", str(len(gzip_bomb())))
    handler.end_headers()
    handler.wfile.write(gzip_bomb())


def _endless(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.end_headers()  # no length: the body ends when the connection does
    handler.wfile.write(b'{"serverTime": "')
    chunk = b"9" * 65536
    for _ in range(200_000):  # 13 GB, far longer than anyone would wait
        handler.wfile.write(chunk)


@pytest.mark.slow
@pytest.mark.parametrize("answer", [_gzip_bomb, _endless], ids=["gzip-bomb", "endless"])
def test_an_answer_past_the_cap_is_refused_by_name_with_memory_bounded(
    answer: Answer, tmp_path: object
) -> None:
    """In a process of its own, so that its peak memory can be read."""
    with serving(answer) as (url, _):
        args, key = _verify_args("binance", url)
        code = (
            "import json, sys\n"
            "from tests.helpers.cli import run_cli\n"
            "from _pytest.monkeypatch import MonkeyPatch\n"
            f"result = run_cli(MonkeyPatch(), {args!r}, **{key!r})\n"
            "status = open('/proc/self/status').read().split('VmHWM:')[1]\n"
            "peak = int(status.split()[0])\n"
            "print(json.dumps({'code': result.exit_code, 'out': result.stdout,"
            " 'err': result.stderr, 'peak_kb': peak}))\n"
        )
        ran = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
        )
    assert ran.returncode == 0, ran.stderr
    finished = json.loads(ran.stdout)
    assert finished["code"] == 2, finished
    error = json.loads(finished["out"])["error"]
    assert error["code"] == "unexpected_response"
    assert "more than 4 MB" in error["message"]
    assert "Traceback" not in finished["err"]
    # The cap is 4 MB: the whole process (Python, ccxt, aiohttp) peaks far below the
    # 512 MB or endless body.
    assert finished["peak_kb"] * 1024 < 40 * MAX_ANSWER_BYTES, finished["peak_kb"]

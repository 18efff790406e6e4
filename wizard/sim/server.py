"""The HTTP side of the simulator: a threaded loopback server with fault injection.

The exchange's protocol lives in a ``Venue`` (for example ``sim.binance``); this
module only accepts connections, adds latency and faults, and records requests.
"""

from __future__ import annotations

import contextlib
import json
import selectors
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Protocol
from urllib.parse import urlsplit

LOOPBACK = "127.0.0.1"


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: str
    client_ip: str


@dataclass(frozen=True)
class Response:
    status: int
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def json(cls, status: int, document: object, headers: dict[str, str] | None = None) -> Response:
        return cls(
            status,
            json.dumps(document).encode(),
            {"Content-Type": "application/json", **(headers or {})},
        )


class Venue(Protocol):
    """One exchange's protocol: answers a request the way that exchange would."""

    def handle(self, request: Request, now_ms: int) -> Response: ...

    def api_key_of(self, request: Request) -> str: ...

    def fault_response(self, fault: Fault, now_ms: int) -> Response: ...


@dataclass
class Fault:
    """Something going wrong on the exchange's side.

    ``kind`` is one of: ``rate_limit`` (429), ``ip_ban`` (418), ``server_error``
    (``status``, default 503), ``malformed_json``, ``truncated_json``,
    ``wrong_types``, ``slow`` (``delay_s`` before answering normally).
    ``path`` limits it to one endpoint; ``count`` to that many requests (None: all).
    """

    kind: str
    path: str | None = None
    count: int | None = None
    status: int = 503
    retry_after_s: int = 30
    delay_s: float = 0.0

    def matches(self, path: str) -> bool:
        return self.path is None or self.path == path


@dataclass(frozen=True)
class Recorded:
    method: str
    path: str
    api_key: str
    received_at: float


class _Server(ThreadingHTTPServer):
    """Serves until told to stop, and stops at once: ``serve_forever`` would notice a
    shutdown only at its next poll, up to half a second later, in every test."""

    # A verification opens all its connections at once; with the default backlog of 5
    # a sixth waits for the kernel's one-second SYN retry, which looks like a slow
    # exchange and a clock that is off.
    request_queue_size = 64
    timeout = 1.0  # how long handle_request waits for a connection it was told is there

    def __init__(self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler]) -> None:
        super().__init__(address, handler)
        self._wake, self._waker = socket.socketpair()
        self._stopping = threading.Event()

    def serve_until_stopped(self) -> None:
        with selectors.DefaultSelector() as selector:
            selector.register(self, selectors.EVENT_READ)
            selector.register(self._wake, selectors.EVENT_READ)
            while not self._stopping.is_set():
                for key, _ in selector.select():
                    if key.fileobj is self and not self._stopping.is_set():
                        self.handle_request()

    def stop_serving(self) -> None:
        self._stopping.set()
        self._waker.send(b"\0")

    def server_close(self) -> None:
        super().server_close()
        self._wake.close()
        self._waker.close()


class Simulator:
    """A running loopback exchange. Use as a context manager, or start()/stop()."""

    def __init__(
        self,
        venue: Venue,
        *,
        latency_ms: int = 0,
        clock_offset_ms: int = 0,
        clock: Callable[[], float] = time.time,
        hold_until: int = 0,
        port: int = 0,
    ) -> None:
        """``hold_until``: answer nothing until that many requests have arrived
        (a test that a client sends its requests at once, not one by one); ``port``:
        where to listen on 127.0.0.1 (0: any free port)."""
        self.venue = venue
        self.port = port
        self.latency_ms = latency_ms
        self.clock_offset_ms = clock_offset_ms
        self._clock = clock
        self._lock = threading.Lock()
        self._faults: list[Fault] = []
        self.recorded: list[Recorded] = []
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._gate = threading.Barrier(hold_until) if hold_until > 1 else None

    # -- control ---------------------------------------------------------------
    def inject(self, fault: Fault) -> None:
        with self._lock:
            self._faults.append(fault)

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()

    def now_ms(self) -> int:
        """The exchange's clock: this computer's, shifted by ``clock_offset_ms``."""
        return int(self._clock() * 1000) + self.clock_offset_ms

    def requests_to(self, path: str) -> list[Recorded]:
        with self._lock:
            return [r for r in self.recorded if r.path == path]

    @property
    def base_url(self) -> str:
        if self._server is None:
            raise RuntimeError("the simulator is not running")
        port = self._server.server_address[1]
        return f"http://{LOOPBACK}:{port}"

    def start(self) -> str:
        handler = _make_handler(self)
        self._server = _Server((LOOPBACK, self.port), handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_until_stopped, name="exchange-simulator", daemon=True
        )
        self._thread.start()
        return self.base_url

    def stop(self) -> None:
        if self._server is not None:
            self._server.stop_serving()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
        if self._server is not None:
            self._server.server_close()
            self._server = None

    def __enter__(self) -> Simulator:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # -- serving ---------------------------------------------------------------
    def _take_fault(self, path: str) -> Fault | None:
        with self._lock:
            for fault in self._faults:
                if fault.matches(path):
                    if fault.count is not None:
                        fault.count -= 1
                        if fault.count <= 0:
                            self._faults.remove(fault)
                    return fault
        return None

    def serve(self, request: Request) -> Response:
        with self._lock:
            self.recorded.append(
                Recorded(
                    request.method, request.path, self.venue.api_key_of(request), time.monotonic()
                )
            )
        if self._gate is not None:
            try:
                self._gate.wait(timeout=5)
            except threading.BrokenBarrierError:
                return Response.json(
                    504,
                    {
                        "code": -1007,
                        "msg": "Timeout waiting for the other requests of this verification.",
                    },
                )
        if self.latency_ms:
            time.sleep(self.latency_ms / 1000)
        fault = self._take_fault(request.path)
        if fault is not None and fault.kind == "slow":
            time.sleep(fault.delay_s)
            fault = None
        if fault is not None:
            return self.venue.fault_response(fault, self.now_ms())
        return self.venue.handle(request, self.now_ms())


def _make_handler(simulator: Simulator) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "HalalKeyWizardSimulator/1"
        protocol_version = "HTTP/1.1"

        def _dispatch(self) -> None:
            parts = urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length).decode("utf-8", "replace") if length else ""
            request = Request(
                method=self.command,
                path=parts.path,
                query=parts.query,
                headers={k.lower(): v for k, v in self.headers.items()},
                body=body,
                client_ip=self.client_address[0],
            )
            response = simulator.serve(request)
            self.send_response(response.status)
            for name, value in response.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(response.body)))
            self.end_headers()
            # The client may have given up waiting; then there is nobody to answer.
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(response.body)

        do_GET = do_POST = do_DELETE = do_PUT = _dispatch

        def log_message(self, format: str, *args: object) -> None:
            pass  # requests are recorded in Simulator.recorded, never printed

    return Handler

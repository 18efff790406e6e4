"""Network faults: each ends in its stable error code, retries are bounded, and a
ban or a broken certificate is never retried or worked around."""

from __future__ import annotations

import datetime as dt
import ssl
import threading
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest

from wizard.errors import ErrorCode, WizardError
from wizard.sim.binance import BinanceVenue
from wizard.sim.scenarios import binance_scenario
from wizard.sim.server import Fault, Simulator, _make_handler
from wizard.verify.catalog import check_names
from wizard.verify.model import Credentials
from wizard.verify.service import MAX_RATE_LIMIT_RETRIES, verify_key_blocking

CLEAN = binance_scenario("clean")
PROBES = len(check_names("binance"))


def _verify(url: str, **options: object) -> object:
    return verify_key_blocking(
        "binance", Credentials(CLEAN.api_key, CLEAN.secret), api_url=url, **options
    )  # type: ignore[arg-type]


@pytest.mark.slow
def test_429_waits_for_retry_after_then_succeeds(binance_sim: Simulator) -> None:
    binance_sim.inject(Fault("rate_limit", retry_after_s=1, count=PROBES))
    waits: list[int] = []
    report = _verify(binance_sim.base_url, on_wait=waits.append)
    assert report.verdict.value == "warn"  # verified: only what spot trading opens
    recorded = binance_sim.recorded
    assert len(recorded) == 2 * PROBES
    first_batch_end = max(r.received_at for r in recorded[:PROBES])
    second_batch_start = min(r.received_at for r in recorded[PROBES:])
    assert second_batch_start - first_batch_end >= 0.95  # nothing sent before Retry-After
    assert waits == [1]


@pytest.mark.slow
def test_429_retries_are_bounded(binance_sim: Simulator) -> None:
    binance_sim.inject(Fault("rate_limit", retry_after_s=0))
    with pytest.raises(WizardError) as caught:
        _verify(binance_sim.base_url)
    assert caught.value.code is ErrorCode.RATE_LIMITED
    assert len(binance_sim.recorded) == (1 + MAX_RATE_LIMIT_RETRIES) * PROBES


def test_429_with_a_long_wait_is_not_retried(binance_sim: Simulator) -> None:
    binance_sim.inject(Fault("rate_limit", retry_after_s=600))
    with pytest.raises(WizardError) as caught:
        _verify(binance_sim.base_url)
    assert caught.value.params["wait_seconds"] == "600"
    assert len(binance_sim.recorded) == PROBES


def test_418_ban_is_never_retried(binance_sim: Simulator) -> None:
    binance_sim.inject(Fault("ip_ban", retry_after_s=1))
    with pytest.raises(WizardError) as caught:
        _verify(binance_sim.base_url)
    assert caught.value.code is ErrorCode.IP_BANNED
    assert len(binance_sim.recorded) == PROBES


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_server_errors_are_never_a_bad_key(binance_sim: Simulator, status: int) -> None:
    binance_sim.inject(Fault("server_error", status=status))
    with pytest.raises(WizardError) as caught:
        _verify(binance_sim.base_url)
    assert caught.value.code is ErrorCode.EXCHANGE_UNAVAILABLE


def test_dns_failure_is_network_unreachable() -> None:
    with pytest.raises(WizardError) as caught:
        _verify("https://no-such-exchange.invalid", timeout_ms=5000)
    assert caught.value.code is ErrorCode.NETWORK_UNREACHABLE


def _self_signed(folder: Path) -> ssl.SSLContext:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    (folder / "cert.pem").write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    (folder / "key.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(folder / "cert.pem", folder / "key.pem")
    return context


@pytest.fixture
def untrusted_https(tmp_path: Path) -> Iterator[tuple[str, Simulator]]:
    """The simulator behind TLS with a certificate nobody vouches for."""
    simulator = Simulator(BinanceVenue())
    server = ThreadingHTTPServer(("127.0.0.1", 0), _make_handler(simulator))
    server.socket = _self_signed(tmp_path).wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{server.server_address[1]}", simulator
    server.shutdown()
    server.server_close()


def test_untrusted_certificate_aborts_and_never_falls_back(
    untrusted_https: tuple[str, Simulator],
) -> None:
    url, simulator = untrusted_https
    with pytest.raises(WizardError) as caught:
        _verify(url, timeout_ms=5000)
    assert caught.value.code is ErrorCode.NETWORK_UNREACHABLE
    assert simulator.recorded == []  # not one request got through, over TLS or plain HTTP


def test_only_tls_connections_wait_to_close() -> None:
    """ccxt waits 250 ms on close so that TLS connections end cleanly; a plain HTTP
    exchange (the practice one on this computer) is not kept waiting for nothing."""
    from wizard.verify.client import make_client

    credentials = Credentials("k" * 64, "s" * 64)
    plain = make_client("binance", credentials, "http://127.0.0.1:9")
    secure = make_client("binance", credentials, "https://127.0.0.1:9")
    default = make_client("binance", credentials)
    assert plain.timeout_on_exit == 0
    assert secure.timeout_on_exit == default.timeout_on_exit > 0

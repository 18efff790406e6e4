"""Signatures: Binance's documented HMAC example, and the simulator's checks."""

from __future__ import annotations

import ccxt

from wizard.sim.binance import hmac_signature

# The worked example of Binance's REST API documentation (SIGNED endpoint examples).
DOC_SECRET = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j"
DOC_PAYLOAD = (
    "symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1"
    "&recvWindow=5000&timestamp=1499827319559"
)
DOC_SIGNATURE = "c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71"


def test_simulator_reproduces_the_documented_hmac_example() -> None:
    assert hmac_signature(DOC_SECRET, DOC_PAYLOAD) == DOC_SIGNATURE


def test_ccxt_signs_the_documented_example_the_same_way() -> None:
    client = ccxt.binance({"apiKey": "k" * 64, "secret": DOC_SECRET})
    signed = client.hmac(client.encode(DOC_PAYLOAD), client.encode(DOC_SECRET))
    assert signed == DOC_SIGNATURE


def test_a_changed_payload_gives_another_signature() -> None:
    assert hmac_signature(DOC_SECRET, DOC_PAYLOAD.replace("price=0.1", "price=0.2")) != (
        DOC_SIGNATURE
    )

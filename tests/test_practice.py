"""Practice mode's simulated exchanges: one per exchange chosen, all stopped at the end."""

from __future__ import annotations

import urllib.error
import urllib.request

import pytest

from wizard.practice import PracticeExchange


def _answers(url: str) -> bool:
    try:
        urllib.request.urlopen(url + "/nothing-here", timeout=2)  # noqa: S310 - loopback
    except urllib.error.HTTPError:
        return True  # the simulator answered (404)
    except OSError:
        return False
    return True


def test_switching_exchange_keeps_the_first_running_and_stop_ends_all() -> None:
    practice = PracticeExchange()
    binance_url = practice.start()
    practice.select("okx")
    okx_url = practice.api_url
    assert okx_url != binance_url
    assert _answers(binance_url)  # not stopped on the way: no wait on the GUI thread
    practice.select("binance")
    assert practice.api_url == binance_url
    assert practice.scenarios[0].name == "clean"
    practice.stop()
    assert not _answers(binance_url)
    assert not _answers(okx_url)


def test_unknown_practice_key_is_refused() -> None:
    practice = PracticeExchange(exchange="kraken")
    with pytest.raises(KeyError):
        practice.scenario("no-such-key")

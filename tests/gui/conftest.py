"""What the window tests share: one practice exchange per test module (a module
may override it with one of its own)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from wizard.practice import PracticeExchange


@pytest.fixture(scope="module")
def practice() -> Iterator[PracticeExchange]:
    exchange = PracticeExchange()
    exchange.start()
    yield exchange
    exchange.stop()

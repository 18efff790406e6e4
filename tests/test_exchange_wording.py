"""Where an exchange puts a switch somewhere else, its findings and errors say so."""

from __future__ import annotations

import pytest

from wizard.verify.errors import ErrorCode, VerificationError
from wizard.verify.model import Flag, Severity
from wizard.verify.texts import EXCHANGE_FIXES, FLAG_TEXTS, error_wording, flag_wording


@pytest.mark.parametrize(("exchange", "code"), sorted(EXCHANGE_FIXES))
def test_exchange_fix_replaces_the_general_one(exchange: str, code: str) -> None:
    wording = flag_wording(Flag(code, Severity.CRITICAL), exchange)
    assert wording.fix == EXCHANGE_FIXES[(exchange, code)]
    assert wording.fix != FLAG_TEXTS[code][2]
    # Other exchanges keep the general fix.
    assert flag_wording(Flag(code, Severity.CRITICAL), "binance").fix != wording.fix


def test_coinbase_refusal_names_its_own_causes() -> None:
    error = VerificationError(
        ErrorCode.INVALID_CREDENTIALS, exchange="coinbase", params={"key_end": "a1b2"}
    )
    wording = error_wording(error)
    assert "IP allowlist" in wording.message
    assert "ending in a1b2" in wording.fix
    assert "Coinbase Developer Platform" in wording.fix
    general = error_wording(VerificationError(ErrorCode.INVALID_CREDENTIALS, exchange="bybit"))
    assert "Bybit refused the key" in general.message

"""The one error type of the whole program and its stable codes.

Verification, the keychain and the key index all raise ``WizardError``; the GUI
and the command line word it through ``wizard.verify.texts`` and the JSON
contract carries ``code``.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from types import MappingProxyType


class ErrorCode(enum.StrEnum):
    INVALID_CREDENTIALS = "invalid_credentials"
    BAD_SIGNATURE = "bad_signature"
    CLOCK_SKEW = "clock_skew"
    RATE_LIMITED = "rate_limited"
    IP_BANNED = "ip_banned"
    EXCHANGE_UNAVAILABLE = "exchange_unavailable"
    NETWORK_UNREACHABLE = "network_unreachable"
    NONCE_REJECTED = "nonce_rejected"
    ACCESS_RESTRICTED = "access_restricted"  # the exchange refuses this account or place
    UNEXPECTED_RESPONSE = "unexpected_response"
    KEYCHAIN_UNAVAILABLE = "keychain_unavailable"
    KEYCHAIN_LOCKED = "keychain_locked"
    KEYCHAIN_ERROR = "keychain_error"
    NOT_FOUND = "not_found"


class WizardError(Exception):
    """Something the wizard was asked to do could not be done: a verification, a
    keychain call, or finding a stored key.

    Carries only the stable code, values for the message (never a secret) and the
    exchange's own error code as ``detail``. The words a person reads come from
    ``wizard.verify.texts`` so that they can be translated.
    """

    def __init__(
        self,
        code: ErrorCode,
        *,
        exchange: str = "",
        params: Mapping[str, str] | None = None,
        detail: str = "",
    ) -> None:
        super().__init__(code.value if not detail else f"{code.value} ({detail})")
        self.code = code
        self.exchange = exchange
        self.params: Mapping[str, str] = MappingProxyType(dict(params or {}))
        self.detail = detail

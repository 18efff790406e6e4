"""Coinbase: what a CDP key can reach, from Coinbase's own API documentation.

Sources: the Advanced Trade scope table
(https://docs.cdp.coinbase.com/coinbase-app/advanced-trade-apis/rest-scopes, each
endpoint with the key permission it needs: view, trade or transfer) and the
Coinbase App API pages. The key's answer is
``GET /api/v3/brokerage/key_permissions``: ``can_view``, ``can_trade``,
``can_transfer``, ``can_receive``, and the portfolio the key is bound to.

What the documentation says that the answer alone does not:
- ``trade`` places orders on spot and on US futures (``POST /orders`` for both) and on
  Coinbase's derivatives exchange, wherever the account has been onboarded for
  derivatives, which the answer does not show: a futures or perpetuals wallet the key
  can see shows it, their absence proves nothing;
- ``transfer`` is one switch for sending funds out, deposits and withdrawals, and
  moving funds between the account's portfolios;
- no endpoint a key can call stakes, lends or borrows: staking, rewards and Coinbase
  Borrow exist only in the app.
"""

from __future__ import annotations

from wizard.errors import ErrorCode
from wizard.i18n import QT_TRANSLATE_NOOP
from wizard.verify.capabilities import CapabilityMap, Family, Grant, Kind

DOCS = "https://docs.cdp.coinbase.com/"
SCOPES = DOCS + "coinbase-app/advanced-trade-apis/rest-scopes"
KEY_PERMISSIONS = (
    DOCS + "api-reference/advanced-trade-api/rest-api/data-api/get-api-key-permissions"
)

GRANTS: dict[str, Grant] = {
    "can_view": Grant(("read",), "view: read balances, orders and history", SCOPES),
    "can_trade": Grant(("spot_trade",), "trade: place and cancel orders", SCOPES),
    "can_transfer": Grant(
        ("withdraw", "internal_transfer", "universal_transfer"),
        "transfer: send funds out, deposits and withdrawals, moves between portfolios",
        SCOPES,
    ),
    "can_receive": Grant((), "receive inbound payments", KEY_PERMISSIONS),
}

FAMILIES: tuple[Family, ...] = (
    Family(
        "derivatives",
        QT_TRANSLATE_NOOP("Products", "US futures, perpetuals and Coinbase's derivatives exchange"),
        Kind.DERIVATIVES,
        ("futures", "options"),
        (
            "POST /api/v3/brokerage/orders (futures products)",
            "POST /api/v3/brokerage/cfm/intraday/margin_setting",
            "https://drb.coinbase.com/api/v2 private/buy",
        ),
        "trade, on an account onboarded for derivatives; an INTX portfolio trades perpetuals",
        "futures_enabled for an INTX portfolio or a futures or perpetuals wallet; else "
        "not_verified(futures, options): onboarding is in no answer",
        DOCS + "coinbase-app/advanced-trade-apis/guides/futures",
    ),
    Family(
        "transfers",
        QT_TRANSLATE_NOOP("Products", "Sends, withdrawals and moves between portfolios"),
        Kind.MOVE_FUNDS,
        ("withdraw", "internal_transfer", "universal_transfer"),
        (
            "POST /v2/accounts/:account_id/transactions",
            "POST /v2/accounts/:account_id/withdrawals",
            "POST /api/v3/brokerage/portfolios/move_funds",
            "POST /api/v3/brokerage/cfm/sweeps/schedule",
        ),
        "transfer",
        "withdraw_enabled, internal_transfer_enabled, universal_transfer_enabled",
        SCOPES,
    ),
)

WHERE_TO_LOOK: dict[str, str] = {
    "margin": QT_TRANSLATE_NOOP(
        "Flags",
        "On Coinbase, spot orders cannot borrow; check that you have no futures or "
        "perpetuals account either (Settings, then Derivatives).",
    ),
    "futures": QT_TRANSLATE_NOOP(
        "Flags",
        "On Coinbase, open Settings: you must not have signed up for futures or "
        "perpetuals (derivatives). Where you have, any trading key can trade them.",
    ),
    "options": QT_TRANSLATE_NOOP(
        "Flags",
        "On Coinbase, open Settings: you must not have signed up for derivatives. Where "
        "you have, any trading key can trade them.",
    ),
    "withdraw": QT_TRANSLATE_NOOP(
        "Flags",
        "On the Coinbase Developer Platform, open API keys: this key must have View and "
        "Trade only, without Transfer.",
    ),
    "transfers": QT_TRANSLATE_NOOP(
        "Flags",
        "On the Coinbase Developer Platform, open API keys: this key must have View and "
        "Trade only, without Transfer.",
    ),
    "earn": QT_TRANSLATE_NOOP(
        "Flags", "On Coinbase, staking and rewards are switched in the app, not by keys."
    ),
    "loans": QT_TRANSLATE_NOOP("Flags", "On Coinbase, open Borrow: no loan may be open."),
    "ip": QT_TRANSLATE_NOOP(
        "Flags",
        "On the Coinbase Developer Platform, open API keys, then this key: its IP "
        "allowlist must list your addresses. Coinbase does not report it.",
    ),
}


# Where this exchange puts a switch somewhere else than "edit this key": its own fix
# for the flag (FLAG_TEXTS in wizard/verify/texts.py has the general one).
FIXES: dict[str, str] = {
    "futures_enabled": QT_TRANSLATE_NOOP(
        "Flags",
        "This key belongs to a perpetual futures (INTX) portfolio. On Coinbase, "
        "make a new key for your default portfolio and delete this one.",
    ),
    "withdraw_enabled": QT_TRANSLATE_NOOP(
        "Flags",
        "On Coinbase, make a new key with only View and Trade ticked (no Transfer), "
        "then delete this one.",
    ),
}

# Coinbase answers one 401 for several causes: its own words for the refusal.
ERROR_TEXTS: dict[ErrorCode, tuple[str, str, str]] = {
    ErrorCode.INVALID_CREDENTIALS: (
        QT_TRANSLATE_NOOP("Errors", "The exchange did not accept this key"),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Coinbase refused the key. It gives one answer for several causes: the key "
            "name or its private key is wrong, the key was deleted, this computer's "
            "address is not on the key's IP allowlist, or the key lacks the View "
            "permission.",
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            "On the Coinbase Developer Platform, open API keys and find the key ending in "
            "{key_end}. Not there: copy the key name again. Listed: paste its private key "
            "again, and add this computer's address to its IP allowlist if it has one.",
        ),
    ),
}

CAPABILITIES = CapabilityMap("coinbase", GRANTS, FAMILIES, WHERE_TO_LOOK, FIXES, ERROR_TEXTS)

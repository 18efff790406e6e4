"""Kraken: what a spot key can reach, from Kraken's own API documentation.

Sources: https://docs.kraken.com/api/docs/rest-api/ (each endpoint's "API Key
Permissions Required") and Kraken's OpenAPI specification (krakenfx/api-specs,
spot-rest/openapi_v3.yaml). The key's answer is GetApiKeyInfo: the list of its
permission codes, thirteen documented.

What the documentation says that the permission list alone does not:
- WalletTransfer, from the spot wallet into a Kraken Futures wallet, needs only
  "Funds permissions - Query": the permission that reads balances also moves funds
  towards derivatives;
- margin is not a permission: AddOrder with ``leverage`` needs "Create & modify
  orders", and works wherever the account is eligible for margin, which no answer
  of a spot key tells;
- Kraken Futures has keys of its own: a spot key cannot trade futures.
"""

from __future__ import annotations

from wizard.i18n import QT_TRANSLATE_NOOP
from wizard.verify.capabilities import CapabilityMap, Family, Grant, Kind

DOCS = "https://docs.kraken.com/api/docs/rest-api/"
KEY_INFO = DOCS + "get-api-key-info"

GRANTS: dict[str, Grant] = {
    "query-funds": Grant(
        ("read", "universal_transfer"),
        "Funds permissions - Query: balances, and WalletTransfer to a Futures wallet",
        DOCS + "wallet-transfer",
    ),
    "add-funds": Grant((), "Funds permissions - Deposit", KEY_INFO),
    "withdraw-funds": Grant(
        ("withdraw", "internal_transfer"),
        "Funds permissions - Withdraw: Withdraw, AccountTransfer to sub-accounts",
        DOCS + "withdraw-funds",
    ),
    "earn-funds": Grant(("earn",), "Funds permissions - Earn", DOCS + "allocate-strategy"),
    "query-open-trades": Grant(
        ("read",), "Orders and trades - Query open orders & trades", KEY_INFO
    ),
    "query-closed-trades": Grant(
        ("read",), "Orders and trades - Query closed orders & trades", KEY_INFO
    ),
    "modify-trades": Grant(
        ("spot_trade",),
        "Orders and trades - Create & modify orders (leveraged ones too where the "
        "account may use margin)",
        DOCS + "add-order",
    ),
    "close-trades": Grant((), "Orders and trades - Cancel & close orders", KEY_INFO),
    "query-ledger": Grant(("read",), "Data - Query ledger entries", KEY_INFO),
    "export-data": Grant(("read",), "Data - Export data", KEY_INFO),
    "create-ws-token": Grant(
        (), "WebSocket interface - On (no more than the key's own rights)", KEY_INFO
    ),
    "add-withdraw-address": Grant(
        ("withdraw",), "Add withdrawal addresses: the step before a withdrawal", KEY_INFO
    ),
    "update-withdraw-address": Grant(
        ("withdraw",), "Update withdrawal addresses: the step before a withdrawal", KEY_INFO
    ),
}

FAMILIES: tuple[Family, ...] = (
    Family(
        "margin",
        QT_TRANSLATE_NOOP("Products", "Margin trading (orders with leverage)"),
        Kind.BORROW,
        ("margin",),
        ("POST /0/private/AddOrder (leverage)", "POST /0/private/AddOrderBatch"),
        '"Orders and trades - Create & modify orders", where the account is eligible for margin',
        "not_verified(margin) for every trading key: eligibility is in no answer",
        DOCS + "add-order",
        stated=False,
    ),
    Family(
        "wallet_transfer",
        QT_TRANSLATE_NOOP("Products", "WalletTransfer to a Kraken Futures wallet"),
        Kind.MOVE_FUNDS,
        ("universal_transfer",),
        ("POST /0/private/WalletTransfer",),
        '"Funds permissions - Query"',
        "universal_transfer_enabled for a key with query-funds",
        DOCS + "wallet-transfer",
    ),
    Family(
        "earn",
        QT_TRANSLATE_NOOP("Products", "Earn (staking and rewards)"),
        Kind.LEND_EARN,
        ("earn",),
        ("POST /0/private/Earn/Allocate", "POST /0/private/Earn/Deallocate"),
        '"Requires the Earn Funds API key permission."',
        "earn_enabled",
        DOCS + "allocate-strategy",
    ),
    Family(
        "withdraw",
        QT_TRANSLATE_NOOP("Products", "Withdrawals and sub-account transfers"),
        Kind.MOVE_FUNDS,
        ("withdraw", "internal_transfer"),
        ("POST /0/private/Withdraw", "POST /0/private/AccountTransfer"),
        '"Funds permissions - Withdraw"',
        "withdraw_enabled, internal_transfer_enabled",
        DOCS + "withdraw-funds",
    ),
    Family(
        "futures",
        QT_TRANSLATE_NOOP("Products", "Kraken Futures"),
        Kind.DERIVATIVES,
        ("futures", "options"),
        ("https://futures.kraken.com/derivatives/api/v3/sendorder",),
        "Separate Kraken Futures keys",
        "futures and options false for a spot key",
        "https://docs.kraken.com/api/docs/futures-api/trading/send-order",
    ),
)

WHERE_TO_LOOK: dict[str, str] = {
    "margin": QT_TRANSLATE_NOOP(
        "Flags",
        "On Kraken Pro, open the order form of any pair: if it offers Margin or "
        "leverage, any trading key of your account can borrow, and no setting stops it. "
        "Tick this only if it offers none.",
    ),
    "futures": QT_TRANSLATE_NOOP(
        "Flags",
        "On Kraken, open Settings, then API: this key must be a spot key (Kraken "
        "Futures keys are made apart).",
    ),
    "options": QT_TRANSLATE_NOOP(
        "Flags",
        "On Kraken, open Settings, then API: this key must be a spot key (Kraken "
        "Futures keys are made apart).",
    ),
    "withdraw": QT_TRANSLATE_NOOP(
        "Flags",
        "On Kraken, open Settings, then API, then this key: Withdraw Funds and both "
        "withdrawal address boxes must be unticked.",
    ),
    "transfers": QT_TRANSLATE_NOOP(
        "Flags",
        "On Kraken, open Settings, then API, then this key: Query Funds and Withdraw "
        "Funds must be unticked.",
    ),
    "earn": QT_TRANSLATE_NOOP(
        "Flags",
        "On Kraken, open Settings, then API, then this key: Earn Funds must be unticked.",
    ),
    "loans": QT_TRANSLATE_NOOP(
        "Flags", "On Kraken, no loan product is open to API keys: check that you have none."
    ),
    "ip": QT_TRANSLATE_NOOP(
        "Flags",
        "On Kraken, open Settings, then API, then this key: IP address restriction must "
        "list your addresses.",
    ),
}


# Where this exchange puts a switch somewhere else than "edit this key": its own fix
# for the flag (FLAG_TEXTS in wizard/verify/texts.py has the general one).
FIXES: dict[str, str] = {
    "withdraw_enabled": QT_TRANSLATE_NOOP(
        "Flags",
        "On Kraken, edit this key: untick Withdraw Funds and both withdrawal address boxes.",
    ),
    "universal_transfer_enabled": QT_TRANSLATE_NOOP(
        "Flags",
        "On Kraken, edit this key and untick Query Funds: Kraken lets a key with it move "
        "funds into a Kraken Futures wallet. Orders, trades and the ledger stay readable; "
        "the wizard then cannot show your balances.",
    ),
    "internal_transfer_enabled": QT_TRANSLATE_NOOP(
        "Flags",
        "On Kraken, edit this key and untick Withdraw Funds: it also moves funds between "
        "an account and its sub-accounts.",
    ),
}

CAPABILITIES = CapabilityMap("kraken", GRANTS, FAMILIES, WHERE_TO_LOOK, FIXES)

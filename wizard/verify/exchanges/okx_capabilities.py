"""OKX: what a key can reach, from OKX's own API documentation (v5).

Source: https://www.okx.com/docs-v5/en/ (read as of 2026-07-15, the last version
that shows each endpoint's "Permission:" line). A key has three permissions,
``read_only``, ``trade`` and ``withdraw``; OKX's own words for ``trade``: "Can place
and cancel orders, funding transfer, make settings which need write permission".

What the documentation says that the permission list alone does not:
- Simple Earn, savings lending, on-chain earn, ETH and SOL staking, dual investment,
  Stable Rewards and OKUSD are all "Permission: Trade", with no account mode that
  closes them;
- Flexible Loan takes its collateral from the funding account; changing a loan is
  "Permission: Trade" and taking one names no permission;
- funds transfer (``/api/v5/asset/transfer``) between the funding and trading
  accounts and from a master account to its sub-accounts: "Only API keys with
  ``Trade`` privilege can call this endpoint";
- a trading key may change the account mode (``set-account-level``, "Permission:
  Trade") to any mode that was set up once on the web or app, and activate options
  (``activate-option``) once the trading account holds more than 10,000 USD.
"""

from __future__ import annotations

from wizard.i18n import QT_TRANSLATE_NOOP
from wizard.verify.capabilities import CapabilityMap, Family, Grant, Kind

DOCS = "https://www.okx.com/docs-v5/en/"
PERMISSIONS = DOCS + "#overview-rest-authentication-api-key-permissions"
CONFIG = DOCS + "#trading-account-rest-api-get-account-configuration"

GRANTS: dict[str, Grant] = {
    "read_only": Grant(("read",), "Read", PERMISSIONS),
    "trade": Grant(
        ("spot_trade",),
        "Can place and cancel orders, funding transfer, make settings which need write permission",
        PERMISSIONS,
    ),
    "withdraw": Grant(
        ("withdraw", "internal_transfer"),
        "Can make withdrawals (a transfer to another OKX user is one)",
        PERMISSIONS,
    ),
}

FAMILIES: tuple[Family, ...] = (
    Family(
        "earn",
        QT_TRANSLATE_NOOP("Products", "Simple Earn, staking and other Earn products"),
        Kind.LEND_EARN,
        ("earn",),
        (
            "POST /api/v5/finance/savings/purchase-redempt",
            "POST /api/v5/finance/savings/set-lending-rate",
            "POST /api/v5/finance/staking-defi/purchase",
            "POST /api/v5/finance/staking-defi/eth/purchase",
            "POST /api/v5/finance/sfp/dcd/trade",
            "POST /api/v5/finance/stable-rewards/trade",
            "POST /api/v5/account/set-auto-earn",
        ),
        "Permission: Trade (set-auto-earn names none)",
        "borrowing_not_blockable for every trading key",
        DOCS + "#financial-product-simple-earn-flexible-post-savings-purchase-redemption",
        blockable=False,
        reached_by=("trade",),
        does=QT_TRANSLATE_NOOP(
            "Flags",
            "Any OKX key that may trade can also move your coins into Simple Earn, "
            "lending, staking and other Earn products, which pay interest.",
        ),
    ),
    Family(
        "flexible_loan",
        QT_TRANSLATE_NOOP("Products", "Flexible Loan"),
        Kind.BORROW,
        ("loans",),
        (
            "POST /api/v5/finance/flexible-loan/borrow",
            "POST /api/v5/finance/flexible-loan/adjust-collateral",
        ),
        "adjust-collateral: Permission: Trade; borrow names no permission; collateral "
        "from the funding account",
        "borrowing_not_blockable for every trading key, with the loans open and the "
        "funding account as the limit",
        DOCS + "#financial-product-flexible-loan",
        blockable=False,
        stated=False,
        reached_by=("trade",),
        does=QT_TRANSLATE_NOOP(
            "Flags",
            "Any OKX key that may trade may also take a Flexible Loan against the coins "
            "in your funding account.",
        ),
    ),
    Family(
        "funds_transfer",
        QT_TRANSLATE_NOOP("Products", "Funds transfer"),
        Kind.MOVE_FUNDS,
        ("universal_transfer", "internal_transfer"),
        ("POST /api/v5/asset/transfer", "POST /api/v5/asset/subaccount/transfer"),
        '"Only API keys with Trade privilege can call this endpoint."',
        "transfers_not_blockable for every trading key",
        DOCS + "#funding-account-rest-api-funds-transfer",
        blockable=False,
        reached_by=("trade",),
        does=QT_TRANSLATE_NOOP(
            "Flags",
            "Any OKX key that may trade can also move funds between your funding and "
            "trading accounts, and from a main account to its sub-accounts.",
        ),
    ),
    Family(
        "spot_borrowing",
        QT_TRANSLATE_NOOP("Products", "Borrowing in Spot mode"),
        Kind.BORROW,
        ("margin",),
        (
            "POST /api/v5/trade/order (tdMode cross)",
            "POST /api/v5/account/spot-manual-borrow-repay",
        ),
        "enableSpotBorrow, switched on the web or app",
        "margin_enabled when enableSpotBorrow is true",
        CONFIG,
    ),
    Family(
        "account_mode",
        QT_TRANSLATE_NOOP("Products", "Futures, multi-currency and portfolio margin modes"),
        Kind.DERIVATIVES,
        ("futures", "margin"),
        ("POST /api/v5/account/set-account-level", "POST /api/v5/trade/order (SWAP, FUTURES)"),
        'acctLv; set-account-level is "Permission: Trade", for a mode "set on the '
        'Web/App for the first set"',
        "futures_enabled and margin_enabled outside Spot mode; in Spot mode "
        "not_verified(futures, margin): the key may switch to a mode used before, "
        "which no answer shows",
        DOCS + "#trading-account-rest-api-set-account-mode",
    ),
    Family(
        "options",
        QT_TRANSLATE_NOOP("Products", "Options"),
        Kind.DERIVATIVES,
        ("options",),
        ("POST /api/v5/account/activate-option", "POST /api/v5/trade/order (OPTION)"),
        'opAuth; activate-option is "Permission: Trade" once the trading account holds '
        "more than 10,000 USD",
        "options_enabled when opAuth is 1, not_verified(options) when it is 0",
        DOCS + "#trading-account-rest-api-activate-option",
    ),
    Family(
        "withdraw",
        QT_TRANSLATE_NOOP("Products", "Withdrawals"),
        Kind.MOVE_FUNDS,
        ("withdraw",),
        ("POST /api/v5/asset/withdrawal", "POST /api/v5/fiat/create-withdrawal"),
        "Permission: Withdraw",
        "withdraw_enabled, internal_transfer_enabled",
        DOCS + "#funding-account-rest-api-withdrawal",
    ),
)

WHERE_TO_LOOK: dict[str, str] = {
    "margin": QT_TRANSLATE_NOOP(
        "Flags",
        "On OKX, open the trading settings: the account mode must be Spot mode with "
        "borrowing off, and you must never have used any other mode: a trading key can "
        "switch back to a mode used before.",
    ),
    "futures": QT_TRANSLATE_NOOP(
        "Flags",
        "On OKX, open the trading settings: the account mode must be Spot mode, and you "
        "must never have used Futures, Multi-currency margin or Portfolio margin mode: a "
        "trading key can switch back to a mode used before.",
    ),
    "options": QT_TRANSLATE_NOOP(
        "Flags",
        "On OKX, options must not be activated. A trading key can activate them itself "
        "once your trading account holds more than 10,000 USD: keep it below that, or "
        "use a sub-account.",
    ),
    "withdraw": QT_TRANSLATE_NOOP(
        "Flags",
        "On OKX, open API: the key's permissions must be Read and Trade only, without Withdraw.",
    ),
    "transfers": QT_TRANSLATE_NOOP(
        "Flags",
        "On OKX, open API: the key's permissions must be Read and Trade only, without Withdraw.",
    ),
    "earn": QT_TRANSLATE_NOOP(
        "Flags", "On OKX, open Earn: you should hold no savings, staking or other Earn products."
    ),
    "loans": QT_TRANSLATE_NOOP("Flags", "On OKX, open Loan: no Flexible Loan may be open."),
    "ip": QT_TRANSLATE_NOOP(
        "Flags", "On OKX, open API: this key must show the IP addresses it is bound to."
    ),
}


# Where this exchange puts a switch somewhere else than "edit this key": its own fix
# for the flag (FLAG_TEXTS in wizard/verify/texts.py has the general one).
FIXES: dict[str, str] = {
    "futures_enabled": QT_TRANSLATE_NOOP(
        "Flags",
        "On OKX, open the trading settings and change the account mode to Spot mode "
        "(close positions and repay loans first). In any other mode a trading key "
        "can also trade futures.",
    ),
    "margin_enabled": QT_TRANSLATE_NOOP(
        "Flags",
        "On OKX, repay every loan, switch auto-borrow off and change the account "
        "mode to Spot mode in the trading settings.",
    ),
    "options_enabled": QT_TRANSLATE_NOOP(
        "Flags",
        "Options are activated on this OKX account, and a trading key there can buy "
        "them in any account mode. If OKX does not let you switch them off, make a "
        "sub-account (new ones start without options), move the funds there and make "
        "the key in it.",
    ),
    "ip_unrestricted": QT_TRANSLATE_NOOP(
        "Flags",
        "On OKX, bind this key to the IP addresses of the computer or service that will "
        "trade. OKX lets an unbound trading key expire after 14 days without use.",
    ),
}

CAPABILITIES = CapabilityMap("okx", GRANTS, FAMILIES, WHERE_TO_LOOK, FIXES)

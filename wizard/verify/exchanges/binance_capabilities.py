"""Binance: what a key can reach, from Binance's own API documentation.

Sources are pages of https://developers.binance.com/docs/ (read through Binance's
official connectors, binance/binance-connector-python at 29da329, whose endpoint
notes are copied from those pages) and the spot repository
binance/binance-spot-api-docs (a5e0bc3, 2026-07-21). The key's answer is
``GET /sapi/v1/account/apiRestrictions``: one true/false field per switch.

What the documentation says that the switches alone do not:
- "Enable Spot & Margin Trading" is the documented gate of Simple Earn, ETH and SOL
  staking and On-chain Yields ("You need to open Enable Spot & Margin Trading
  permission for the API Key which requests this endpoint."), of Crypto Loan's
  collateral changes, and of creating a margin "special key": a key that may trade
  spot reaches interest products, and no setting closes them;
- Dual Investment, Soft Staking and Auto-Invest are USER_DATA endpoints whose pages
  name no permission, so reading alone is not shown unable to reach them;
- Crypto Loan and VIP loan borrowing name no permission (TRADE endpoints).
"""

from __future__ import annotations

from wizard.i18n import QT_TRANSLATE_NOOP
from wizard.verify.capabilities import CapabilityMap, Family, Grant, Kind

DOCS = "https://developers.binance.com/docs/"
KEY_PERMISSION = DOCS + "wallet/account/api-key-permission"

GRANTS: dict[str, Grant] = {
    "enableReading": Grant(("read",), "Read the account", KEY_PERMISSION),
    "enableSpotAndMarginTrading": Grant(
        ("spot_trade",),
        "Spot and margin trading; margin orders also need enableMargin (see FAMILIES for "
        "what else it opens)",
        KEY_PERMISSION,
    ),
    "enableMargin": Grant(
        ("margin",), "Margin loan, repay and transfer (cross margin account)", KEY_PERMISSION
    ),
    "enablePortfolioMarginTrading": Grant(
        ("margin", "futures"), "Portfolio margin: borrowing and derivatives", KEY_PERMISSION
    ),
    "enableFutures": Grant(("futures",), "USD-M and COIN-M futures", KEY_PERMISSION),
    "enableVanillaOptions": Grant(
        ("options",), "Authorizes this key to Vanilla options trading", KEY_PERMISSION
    ),
    "enableWithdrawals": Grant(("withdraw",), "Withdraw via API (and gift cards)", KEY_PERMISSION),
    "enableInternalTransfer": Grant(
        ("internal_transfer",),
        "Transfer funds between your master account and your sub account",
        KEY_PERMISSION,
    ),
    "permitsUniversalTransfer": Grant(
        ("universal_transfer",), "The universal transfer between wallets", KEY_PERMISSION
    ),
    "enableFixApiTrade": Grant(
        (), "Spot orders through the FIX API", DOCS + "binance-spot-api-docs/fix-api"
    ),
    "enableFixReadOnly": Grant(
        (), "FIX drop copy (reading)", DOCS + "binance-spot-api-docs/fix-api"
    ),
}

FAMILIES: tuple[Family, ...] = (
    Family(
        "earn",
        QT_TRANSLATE_NOOP("Products", "Simple Earn, staking and Dual Investment"),
        Kind.LEND_EARN,
        ("earn",),
        (
            "POST /sapi/v1/simple-earn/flexible/subscribe",
            "POST /sapi/v1/simple-earn/locked/subscribe",
            "POST /sapi/v2/eth-staking/eth/stake",
            "POST /sapi/v1/sol-staking/sol/stake",
            "POST /sapi/v1/onchain-yields/locked/subscribe",
            "POST /sapi/v1/dci/product/subscribe (USER_DATA)",
            "GET /sapi/v1/soft-staking/set (USER_DATA)",
            "POST /sapi/v1/lending/auto-invest/plan/add (USER_DATA)",
        ),
        '"You need to open Enable Spot & Margin Trading permission for the API Key which '
        'requests this endpoint." (Simple Earn, staking); Dual Investment, Soft Staking '
        "and Auto-Invest name no permission",
        "borrowing_not_blockable for every key: reading or spot trading reaches it",
        DOCS + "simple_earn/trade/Subscribe-Flexible-Product",
        blockable=False,
        reached_by=("enableSpotAndMarginTrading", "enableReading"),
        does=QT_TRANSLATE_NOOP(
            "Flags",
            "A Binance key that may trade spot can move your coins into Simple Earn and "
            "staking, and Binance names no permission at all for Dual Investment and Soft "
            "Staking: all of them pay interest.",
        ),
    ),
    Family(
        "crypto_loan",
        QT_TRANSLATE_NOOP("Products", "Crypto Loan"),
        Kind.BORROW,
        ("loans",),
        (
            "POST /sapi/v2/loan/flexible/borrow",
            "POST /sapi/v2/loan/flexible/adjust/ltv",
            "POST /sapi/v1/loan/vip/borrow",
        ),
        'Adjust LTV: "API key needs Spot & Margin Trading permission for this endpoint."; '
        "borrowing names no permission",
        "borrowing_not_blockable for every key that may trade spot",
        DOCS + "crypto_loan/flexible-rate/trade",
        blockable=False,
        stated=False,
        reached_by=("enableSpotAndMarginTrading",),
        does=QT_TRANSLATE_NOOP(
            "Flags",
            "A Binance key that may trade spot may also be able to take a Crypto Loan "
            "against your coins: Binance names the spot trading permission for changing "
            "such a loan, and no permission at all for taking one.",
        ),
    ),
    Family(
        "margin_special_key",
        QT_TRANSLATE_NOOP("Products", "Margin special key"),
        Kind.BORROW,
        ("margin",),
        ("POST /sapi/v1/margin/apiKey",),
        'Create: "You need to enable Permits "Enable Spot & Margin Trading" option for the '
        'API Key which requests this endpoint."; VIP level 7 or higher',
        "borrowing_not_blockable for every key that may trade spot while the account's "
        "margin wallet is open (the key cannot open one), with the VIP level as the limit",
        DOCS + "margin_trading/trade/Create-Special-Key-of-Low-Latency-Trading",
        blockable=False,
        reached_by=("enableSpotAndMarginTrading",),
        does=QT_TRANSLATE_NOOP(
            "Flags",
            'A Binance key that may trade spot can create a margin "special key": a new '
            "key that trades with borrowed funds.",
        ),
    ),
    Family(
        "margin",
        QT_TRANSLATE_NOOP("Products", "Cross and isolated margin"),
        Kind.BORROW,
        ("margin",),
        ("POST /sapi/v1/margin/borrow-repay", "POST /sapi/v1/margin/order (sideEffectType)"),
        '"Enable Spot & Margin Trading, and Enable Margin Loan, Repay & Transfer"; the '
        "margin account must be open",
        "margin_enabled (enableMargin, enablePortfolioMarginTrading)",
        DOCS + "margin_trading/best-practice",
    ),
    Family(
        "futures",
        QT_TRANSLATE_NOOP("Products", "USD-M and COIN-M futures, portfolio margin"),
        Kind.DERIVATIVES,
        ("futures",),
        ("POST /fapi/v1/order", "POST /dapi/v1/order", "POST /papi/v1/um/order"),
        "enableFutures, enablePortfolioMarginTrading",
        "futures_enabled",
        KEY_PERMISSION,
    ),
    Family(
        "options",
        QT_TRANSLATE_NOOP("Products", "Options"),
        Kind.DERIVATIVES,
        ("options",),
        ("POST /eapi/v1/order",),
        "enableVanillaOptions",
        "options_enabled",
        KEY_PERMISSION,
    ),
    Family(
        "withdraw",
        QT_TRANSLATE_NOOP("Products", "Withdrawals and gift cards"),
        Kind.MOVE_FUNDS,
        ("withdraw",),
        ("POST /sapi/v1/capital/withdraw/apply", "POST /sapi/v1/giftcard/createCode"),
        "enableWithdrawals",
        "withdraw_enabled",
        DOCS + "wallet/capital/withdraw",
    ),
    Family(
        "universal_transfer",
        QT_TRANSLATE_NOOP("Products", "Universal transfer between wallets"),
        Kind.MOVE_FUNDS,
        ("universal_transfer",),
        ("POST /sapi/v1/asset/transfer",),
        "permitsUniversalTransfer",
        "universal_transfer_enabled",
        DOCS + "wallet/asset/user-universal-transfer",
    ),
    Family(
        "sub_account_transfer",
        QT_TRANSLATE_NOOP("Products", "Transfers between master and sub-accounts"),
        Kind.MOVE_FUNDS,
        ("internal_transfer",),
        (
            "POST /sapi/v1/sub-account/universalTransfer",
            "POST /sapi/v1/sub-account/transfer/subToMaster",
        ),
        "enableInternalTransfer (master); a sub-account's own key with Enable Spot & "
        "Margin Trading (subToMaster, subToSub)",
        "internal_transfer_enabled for the master's switch; a sub-account's own key is "
        "not told apart by the answer: the guide has the key made in the main account",
        DOCS + "sub_account/asset-management/Transfer-to-Master",
    ),
)

WHERE_TO_LOOK: dict[str, str] = {
    "margin": QT_TRANSLATE_NOOP(
        "Flags",
        'On Binance, open API Management and Edit restrictions: "Enable Margin Loan, '
        'Repay & Transfer" must be unticked.',
    ),
    "futures": QT_TRANSLATE_NOOP(
        "Flags",
        'On Binance, open API Management and Edit restrictions: "Enable Futures" must be unticked.',
    ),
    "options": QT_TRANSLATE_NOOP(
        "Flags",
        'On Binance, open API Management and Edit restrictions: "Enable European '
        'Options" must be unticked.',
    ),
    "withdraw": QT_TRANSLATE_NOOP(
        "Flags",
        'On Binance, open API Management and Edit restrictions: "Enable Withdrawals" '
        "must be unticked.",
    ),
    "transfers": QT_TRANSLATE_NOOP(
        "Flags",
        'On Binance, open API Management and Edit restrictions: "Permits Universal '
        'Transfer" and "Enable Internal Transfer" must be unticked.',
    ),
    "earn": QT_TRANSLATE_NOOP(
        "Flags",
        "On Binance, open Earn: you should hold no Simple Earn, staking or Dual "
        "Investment positions.",
    ),
    "loans": QT_TRANSLATE_NOOP("Flags", "On Binance, open Loans: no Crypto Loan may be open."),
    "ip": QT_TRANSLATE_NOOP(
        "Flags",
        'On Binance, open API Management: this key must show "Restrict access to '
        'trusted IPs only" with your addresses.',
    ),
}


# Where this exchange puts a switch somewhere else than "edit this key": its own fix
# for the flag (FLAG_TEXTS in wizard/verify/texts.py has the general one).
FIXES: dict[str, str] = {
    "ip_unrestricted": QT_TRANSLATE_NOOP(
        "Flags",
        "On Binance, limit this key to the IP addresses of the computer or service that "
        "will trade. Binance takes trading away from unrestricted keys, and may delete "
        "them.",
    ),
}

CAPABILITIES = CapabilityMap("binance", GRANTS, FAMILIES, WHERE_TO_LOOK, FIXES)

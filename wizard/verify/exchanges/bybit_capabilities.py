"""Bybit: what a key can reach, from Bybit's own API documentation (v5).

Sources are pages of https://bybit-exchange.github.io/docs/v5/ (repository
bybit-exchange/docs, read at commit 072c197d, 2026-07-24). The key's answer is
``GET /v5/user/query-api``: a map of permission groups, each a list of names.

What the documentation says that the groups alone do not:
- every Crypto Loan endpoint, borrowing and lending (fixed-rate supply) alike, says
  ``Permission: "Spot trade"``: the spot trading permission itself opens them, and
  no key setting or account switch closes them (collateral comes from the Funding
  wallet);
- spot margin is an account switch (``/v5/spot-margin-trade/switch-mode``) whose page
  names no permission, so a key that may trade spot is not shown unable to switch it
  on; with it on, any spot order may borrow;
- a Wallet permission lets a key create keys and sub-accounts
  (``/v5/user/create-sub-api``, ``/v5/user/update-api``).
"""

from __future__ import annotations

from wizard.i18n import QT_TRANSLATE_NOOP
from wizard.verify.capabilities import CapabilityMap, Family, Grant, Kind

DOCS = "https://bybit-exchange.github.io/docs/v5/"
KEY_INFO = DOCS + "user/apikey-info"
MODIFY_KEY = DOCS + "user/modify-master-apikey"

# Permission names as "<group>.<name>"; "<group>.*" stands for any name in a group
# whose names the documentation does not list.
GRANTS: dict[str, Grant] = {
    "Spot.SpotTrade": Grant(
        ("spot_trade",),
        "Permission of spot; it also opens Crypto Loan and, where the account allows "
        "it, spot margin (see FAMILIES)",
        KEY_INFO,
    ),
    "ContractTrade.Order": Grant(("futures",), "Permission of contract trade", KEY_INFO),
    "ContractTrade.Position": Grant(("futures",), "Permission of contract trade", KEY_INFO),
    "Derivatives.DerivativesTrade": Grant(
        ("futures", "options"), "Unified account derivatives trading", KEY_INFO
    ),
    "Options.OptionsTrade": Grant(
        ("options", "futures"),
        "Permission of USDC Contract. It supports trade option and USDC perpetual.",
        KEY_INFO,
    ),
    "Wallet.AccountTransfer": Grant(
        ("universal_transfer",), "Transfer between the account's own wallets", KEY_INFO
    ),
    "Wallet.SubMemberTransfer": Grant(
        ("internal_transfer",), "Transfer between the master and sub-accounts", KEY_INFO
    ),
    "Wallet.SubMemberTransferList": Grant(
        ("internal_transfer",), "Transfer from a sub-account to its master", KEY_INFO
    ),
    "Wallet.Withdraw": Grant(("withdraw",), "Withdrawal (master account)", KEY_INFO),
    "Exchange.ExchangeHistory": Grant(
        (), "Permission of convert: a swap between coins the account holds", KEY_INFO
    ),
    "Earn.Earn": Grant(("earn",), "Permission of earn product", KEY_INFO),
    "FiatP2P.FiatP2POrder": Grant(("withdraw",), "P2P orders: coins go to other people", KEY_INFO),
    "FiatP2P.Advertising": Grant(("withdraw",), "P2P advertisements", KEY_INFO),
    "FiatBitPay.FaitPayOrder": Grant(("withdraw",), "Bybit Pay: payments out", KEY_INFO),
    "FiatConvertBroker.FiatConvertBrokerOrder": Grant(
        ("withdraw",), "Fiat convert: coins to fiat money", KEY_INFO
    ),
    "BitCard.BitCard": Grant(("withdraw",), "Bybit card: spending from the account", KEY_INFO),
    "ByXPost.ByXPost": Grant((), "Community post permission", KEY_INFO),
    "Affiliate.Affiliate": Grant((), "Affiliate data; such a key has nothing else", MODIFY_KEY),
    "BlockTrade.BlockTrade": Grant(
        ("futures", "options"), "Block trades (RFQ) of contracts and options", MODIFY_KEY
    ),
    # Deprecated groups, "always []": anything in them is judged by what they were.
    "NFT.*": Grant(("withdraw",), "NFT marketplace (deprecated)", KEY_INFO),
    "CopyTrading.*": Grant(("futures",), "Copy trading of perpetuals (deprecated)", KEY_INFO),
}

FAMILIES: tuple[Family, ...] = (
    Family(
        "crypto_loan",
        QT_TRANSLATE_NOOP("Products", "Crypto Loan"),
        Kind.BORROW,
        ("loans", "earn"),
        (
            "POST /v5/crypto-loan-flexible/borrow",
            "POST /v5/crypto-loan-fixed/borrow",
            "POST /v5/crypto-loan-fixed/supply",
            "POST /v5/crypto-loan-common/adjust-ltv",
            "POST /v5/crypto-loan/borrow (legacy)",
        ),
        'Permission: "Spot trade"; collateral from the Funding wallet',
        "borrowing_not_blockable for every key that may trade spot, with what the loan "
        "position (GET /v5/crypto-loan-common/position) and the Funding wallet show now",
        DOCS + "new-crypto-loan/flexible/borrow",
        blockable=False,
        reached_by=("Spot.SpotTrade",),
        does=QT_TRANSLATE_NOOP(
            "Flags",
            "Any key that may trade spot on Bybit can also take a Crypto Loan against "
            "your coins, or lend them out for interest, with coins from your Funding "
            "wallet.",
        ),
    ),
    Family(
        "spot_margin",
        QT_TRANSLATE_NOOP("Products", "Spot margin"),
        Kind.BORROW,
        ("margin",),
        (
            "POST /v5/spot-margin-trade/switch-mode",
            "POST /v5/order/create (category spot, isLeverage 1)",
            "POST /v5/spot-margin-trade/fixedborrow",
            "POST /v5/account/borrow",
        ),
        "Account switch spotMarginMode, after the account activated spot margin (the "
        "margin quiz); the switch's page names no permission",
        "margin_enabled while spotMarginMode is 1; while it is 0, not_verified(margin): "
        "a trading key may switch it on where the account has activated spot margin, "
        "which no answer shows; not_verified when the state is missing",
        DOCS + "spot-margin-uta/switch-mode",
        stated=False,
    ),
    Family(
        "contracts",
        QT_TRANSLATE_NOOP("Products", "Derivatives: perpetuals and futures"),
        Kind.DERIVATIVES,
        ("futures",),
        ("POST /v5/order/create (category linear, inverse)", "POST /v5/position/set-leverage"),
        "ContractTrade: Order, Position; Derivatives: DerivativesTrade",
        "futures_enabled",
        KEY_INFO,
    ),
    Family(
        "options",
        QT_TRANSLATE_NOOP("Products", "USDC contracts: options and USDC perpetuals"),
        Kind.DERIVATIVES,
        ("options", "futures"),
        ("POST /v5/order/create (category option)",),
        "Options: OptionsTrade",
        "options_enabled and futures_enabled",
        KEY_INFO,
    ),
    Family(
        "block_trade",
        QT_TRANSLATE_NOOP("Products", "Block trades (RFQ)"),
        Kind.DERIVATIVES,
        ("futures", "options"),
        ("POST /v5/rfq/create-rfq", "POST /v5/rfq/execute-quote"),
        "BlockTrade: BlockTrade",
        "futures_enabled and options_enabled",
        DOCS + "rfq/trade/create-rfq",
    ),
    Family(
        "earn",
        QT_TRANSLATE_NOOP("Products", "Earn and Advanced Earn (incl. Smart Leverage, Dual Asset)"),
        Kind.LEND_EARN,
        ("earn",),
        ("POST /v5/earn/place-order", "POST /v5/earn/advance/place-order"),
        'Earn: Earn ("Requires Earn permission on the API key")',
        "earn_enabled",
        DOCS + "finance/earn/easy-onchain/create-order",
    ),
    Family(
        "withdraw",
        QT_TRANSLATE_NOOP("Products", "Withdrawals"),
        Kind.MOVE_FUNDS,
        ("withdraw",),
        ("POST /v5/asset/withdraw/create",),
        "Wallet: Withdraw",
        "withdraw_enabled",
        DOCS + "asset/withdraw/withdraw",
    ),
    Family(
        "transfers",
        QT_TRANSLATE_NOOP("Products", "Transfers between wallets and sub-accounts"),
        Kind.MOVE_FUNDS,
        ("universal_transfer", "internal_transfer"),
        (
            "POST /v5/asset/transfer/inter-transfer",
            "POST /v5/asset/transfer/universal-transfer",
        ),
        "Wallet: AccountTransfer, SubMemberTransfer, SubMemberTransferList",
        "universal_transfer_enabled, internal_transfer_enabled",
        DOCS + "asset/transfer/unitransfer",
    ),
    Family(
        "key_management",
        QT_TRANSLATE_NOOP("Products", "Creating keys and sub-accounts"),
        Kind.MOVE_FUNDS,
        ("withdraw",),
        ("POST /v5/user/create-sub-api", "POST /v5/user/update-api"),
        "A Wallet permission (Account Transfer, Subaccount Transfer or Withdrawal)",
        "already critical through the Wallet permission's own flag",
        DOCS + "user/create-subuid-apikey",
    ),
    Family(
        "fiat_p2p_pay_card",
        QT_TRANSLATE_NOOP("Products", "P2P, Bybit Pay, fiat convert, Bybit Card"),
        Kind.MOVE_FUNDS,
        ("withdraw",),
        ("POST /v5/p2p/order/pay", "POST /v5/fiat/trade-execute"),
        "FiatP2P, FiatBitPay, FiatConvertBroker, BitCard groups",
        "withdraw_enabled",
        KEY_INFO,
    ),
)

WHERE_TO_LOOK: dict[str, str] = {
    "margin": QT_TRANSLATE_NOOP(
        "Flags",
        "On Bybit, open the spot trading page: the Margin switch beside the order form "
        "must be off, and spot margin never activated (Bybit's margin quiz never taken). "
        "Once it is activated, a trading key may switch it on by itself.",
    ),
    "futures": QT_TRANSLATE_NOOP(
        "Flags",
        "On Bybit, open API, then Edit next to this key: every Contracts, Unified Trading "
        "and USDC Contracts box must be unticked.",
    ),
    "options": QT_TRANSLATE_NOOP(
        "Flags",
        "On Bybit, open API, then Edit next to this key: the USDC Contracts box must be unticked.",
    ),
    "withdraw": QT_TRANSLATE_NOOP(
        "Flags",
        "On Bybit, open API, then Edit next to this key: Wallet Withdrawal and every "
        "Fiat, P2P, Pay and Card box must be unticked.",
    ),
    "transfers": QT_TRANSLATE_NOOP(
        "Flags",
        "On Bybit, open API, then Edit next to this key: Account Transfer and Subaccount "
        "Transfer must be unticked.",
    ),
    "earn": QT_TRANSLATE_NOOP(
        "Flags",
        "On Bybit, open API, then Edit next to this key: the Earn box must be unticked.",
    ),
    "loans": QT_TRANSLATE_NOOP(
        "Flags",
        "On Bybit, open Finance, then Crypto Loan: no loan may be open. Any key that "
        "trades spot can take one.",
    ),
    "ip": QT_TRANSLATE_NOOP(
        "Flags",
        "On Bybit, open API: this key must show the IP addresses it is limited to.",
    ),
}


# Where this exchange puts a switch somewhere else than "edit this key": its own fix
# for the flag (FLAG_TEXTS in wizard/verify/texts.py has the general one).
FIXES: dict[str, str] = {
    "futures_enabled": QT_TRANSLATE_NOOP(
        "Flags",
        "On Bybit, edit this key and untick every contract and derivatives box. "
        "A unified account ticks them on new keys unless you untick them.",
    ),
    "margin_enabled": QT_TRANSLATE_NOOP(
        "Flags",
        "On Bybit, repay any loan and switch spot margin trading off. While it is "
        "on, any spot order of this key may borrow.",
    ),
    "withdraw_enabled": QT_TRANSLATE_NOOP(
        "Flags",
        "On Bybit, edit this key: untick Withdrawal, and every Fiat, P2P, Bybit Pay and Card box.",
    ),
}

CAPABILITIES = CapabilityMap("bybit", GRANTS, FAMILIES, WHERE_TO_LOOK, FIXES)

"""Binance's pages: where things are on Binance and what to choose there."""

from __future__ import annotations

from wizard.flow import PageId
from wizard.guide import CheckItem, ExchangeGuide, PageText, PanelBox, common
from wizard.i18n import QT_TRANSLATE_NOOP

PAGES: dict[PageId, PageText] = {
    PageId.WELCOME: common.WELCOME,
    PageId.SECURE: PageText(
        title=QT_TRANSLATE_NOOP("Guide", "Secure your Binance account"),
        subtitle=common.SECURE_SUBTITLE,
        paragraphs=(
            QT_TRANSLATE_NOOP(
                "Guide",
                "Whoever controls your account controls every key made in it. Two "
                "things protect it: a code from an authenticator app at every sign-in, "
                "and a verified identity, which Binance needs before it allows keys.",
            ),
        ),
        checklist=(
            CheckItem(
                "authenticator",
                common.AUTHENTICATOR,
                QT_TRANSLATE_NOOP(
                    "Guide",
                    "On Binance: your profile icon, then Security, then Two-Factor "
                    "Authentication. Choose Authenticator App and follow the steps. SMS "
                    "codes can be stolen by taking over your phone number, so switch SMS "
                    "off once the app works.",
                ),
            ),
            CheckItem(
                "identity",
                QT_TRANSLATE_NOOP("Guide", "My identity is verified on Binance"),
                QT_TRANSLATE_NOOP(
                    "Guide",
                    "On Binance: your profile icon, then Identification. If it says "
                    "Verified, you are done. If not, follow the steps there; it asks for "
                    "an ID document. Verifying who you are is required by law and is not "
                    "in conflict with halal trading.",
                ),
            ),
        ),
    ),
    PageId.DERIVATIVES: PageText(
        title=common.DERIVATIVES_TITLE,
        subtitle=common.DERIVATIVES_SUBTITLE,
        paragraphs=(
            common.DERIVATIVES_WHAT,
            QT_TRANSLATE_NOOP(
                "Guide",
                "Leveraged tokens are derivatives too. On Binance each of these must be "
                "opened on purpose, so a new account has none of them. Leave them closed.",
            ),
            QT_TRANSLATE_NOOP(
                "Guide",
                "If you opened one before: close every position, repay any loan, and "
                "move the funds back to your Spot wallet.",
            ),
        ),
        checklist=(
            CheckItem(
                "futures",
                QT_TRANSLATE_NOOP(
                    "Guide", "Wallet › Overview shows no Futures wallet, or it holds nothing"
                ),
                QT_TRANSLATE_NOOP(
                    "Guide",
                    "On Binance: Wallet, then Overview. If no Futures wallet is listed, "
                    "you never opened one: tick this. If it is listed, close its positions "
                    "and transfer its funds to Spot until it shows nothing.",
                ),
            ),
            CheckItem(
                "margin",
                QT_TRANSLATE_NOOP(
                    "Guide", "Wallet › Overview shows no Margin wallet, or it holds nothing"
                ),
                QT_TRANSLATE_NOOP(
                    "Guide",
                    "On Binance: Wallet, then Overview. No Margin wallet listed means you "
                    "never opened one: tick this. Otherwise repay every loan in the "
                    "Margin wallet and transfer the rest to Spot.",
                ),
            ),
            CheckItem(
                "others",
                QT_TRANSLATE_NOOP(
                    "Guide", "I never opened Options, Leveraged Tokens or Portfolio Margin"
                ),
                QT_TRANSLATE_NOOP(
                    "Guide",
                    "These are separate Binance products you would have had to sign up "
                    "for. If you never did, tick this.",
                ),
            ),
        ),
    ),
    PageId.CREATE: PageText(
        title=common.CREATE_TITLE,
        subtitle=QT_TRANSLATE_NOOP(
            "Guide", "On Binance, in your main account: profile icon, API Management, Create API."
        ),
        paragraphs=(
            QT_TRANSLATE_NOOP(
                "Guide",
                'Binance offers two kinds of key. With "System generated", Binance makes '
                'the key and its secret. With "Self-generated", this computer makes a key '
                "pair and Binance gets only its public half: the safest choice. Choose "
                "one:",
            ),
            common.NAME_IT,
            QT_TRANSLATE_NOOP(
                "Guide",
                "Make it in your main account: a sub-account's trading key can move that "
                "sub-account's funds to other accounts.",
            ),
            QT_TRANSLATE_NOOP(
                "Guide",
                "Binance shows the secret only once, right after you confirm with your "
                "two-factor code. Keep that page open until this wizard has it.",
            ),
        ),
        checklist=(
            CheckItem(
                "created",
                QT_TRANSLATE_NOOP(
                    "Guide", "I created the key and can see its API Key and Secret Key"
                ),
                QT_TRANSLATE_NOOP(
                    "Guide",
                    "API Management is in the menu under your profile icon at the top "
                    "right of Binance's website. If Create API is greyed out, finish "
                    "identity verification and switch on two-factor sign-in first.",
                ),
            ),
        ),
    ),
    PageId.PERMISSIONS: PageText(
        title=common.PERMISSIONS_TITLE,
        subtitle=QT_TRANSLATE_NOOP("Guide", "Click Edit restrictions on the new key."),
        paragraphs=(
            QT_TRANSLATE_NOOP(
                "Guide",
                "Spot & Margin Trading cannot trade on margin while the margin box is empty.",
            ),
        ),
        checklist=(
            CheckItem(
                "matches",
                common.MATCHES,
                QT_TRANSLATE_NOOP(
                    "Guide",
                    "Edit restrictions is next to the key in API Management. If a box "
                    "will not untick, save first and then edit again. If you cannot "
                    "change the key, delete it and create a new one.",
                ),
            ),
        ),
    ),
    PageId.IP_WHITELIST: PageText(
        title=common.IP_TITLE,
        subtitle=common.IP_SUBTITLE,
        paragraphs=(
            QT_TRANSLATE_NOOP(
                "Guide",
                'Choose "Restrict access to trusted IPs only" and enter the addresses below.',
            ),
            common.IP_COPIED,
            QT_TRANSLATE_NOOP(
                "Guide",
                "If you skip this, Binance keeps the key but may switch its trading "
                "off after a while, and anyone who copies it can use it.",
            ),
            common.IP_THIS_COMPUTER,
        ),
        checklist=(
            CheckItem(
                "restricted",
                common.RESTRICTED,
                QT_TRANSLATE_NOOP(
                    "Guide",
                    "The choice is in Edit restrictions, under IP access restrictions. "
                    "Your trading service tells you which addresses to enter. If you "
                    "have none yet, you can continue: the check will warn you and you can "
                    "add them later.",
                ),
            ),
        ),
    ),
    PageId.ENTER: PageText(
        title=common.ENTER_TITLE,
        subtitle=QT_TRANSLATE_NOOP(
            "Guide", "Copy the API Key and the Secret Key from Binance into these fields."
        ),
    ),
    PageId.VERIFY: PageText(
        title=QT_TRANSLATE_NOOP("Guide", "Checking the key with Binance"),
        subtitle=QT_TRANSLATE_NOOP("Guide", "The wizard asks Binance what this key can do."),
    ),
    PageId.DONE: common.DONE,
}

PANEL: tuple[PanelBox, ...] = (
    PanelBox(QT_TRANSLATE_NOOP("Guide", "Enable Reading"), True, common.READING, fields=("read",)),
    PanelBox(
        QT_TRANSLATE_NOOP("Guide", "Enable Spot & Margin Trading"),
        True,
        QT_TRANSLATE_NOOP(
            "Guide",
            "Needed to buy and sell. On Binance it also opens Simple Earn, staking and "
            "Crypto Loan, which no setting closes: the check will name them.",
        ),
        fields=("spot_trade",),
    ),
    PanelBox(
        QT_TRANSLATE_NOOP("Guide", "Enable Margin Loan, Repay & Transfer"),
        False,
        common.RIBA,
        fields=("margin",),
    ),
    PanelBox(
        QT_TRANSLATE_NOOP("Guide", "Enable Futures"), False, common.LEVERAGE, fields=("futures",)
    ),
    PanelBox(
        QT_TRANSLATE_NOOP("Guide", "Enable Leveraged Tokens"),
        False,
        QT_TRANSLATE_NOOP("Guide", "Derivatives in disguise."),
    ),
    PanelBox(
        QT_TRANSLATE_NOOP("Guide", "Enable European Options"),
        False,
        common.DERIVATIVES,
        fields=("options",),
    ),
    PanelBox(
        QT_TRANSLATE_NOOP("Guide", "Enable Withdrawals"),
        False,
        common.WITHDRAWAL,
        fields=("withdraw",),
    ),
    PanelBox(
        QT_TRANSLATE_NOOP("Guide", "Permits Universal Transfer"),
        False,
        common.BETWEEN_WALLETS,
        fields=("universal_transfer",),
    ),
    PanelBox(
        QT_TRANSLATE_NOOP("Guide", "Enable Internal Transfer"),
        False,
        common.TO_OTHER_ACCOUNTS,
        fields=("internal_transfer",),
    ),
)

GUIDE = ExchangeGuide(
    exchange="binance",
    name="Binance",
    api_management_url="https://www.binance.com/en/my/settings/api-management",
    pages=PAGES,
    permission_panel=PANEL,
    panel_picture="binance-permissions.svg",
)

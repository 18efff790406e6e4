"""Kraken's pages: where things are on Kraken and what to choose there.

On Kraken margin is a feature of the account, not a permission of the key: an
account allowed to trade on margin lets any order-placing key borrow. Kraken
Futures is a separate platform with its own keys. Kraken refuses requests whose
counter (nonce) goes backwards, so one key serves one program.
"""

from __future__ import annotations

from wizard.flow import PageId
from wizard.guide import CheckItem, ExchangeGuide, PageText, PanelBox, common
from wizard.i18n import QT_TRANSLATE_NOOP

PAGES: dict[PageId, PageText] = {
    PageId.WELCOME: common.WELCOME,
    PageId.SECURE: PageText(
        title=QT_TRANSLATE_NOOP("Guide", "Secure your Kraken account"),
        subtitle=common.SECURE_SUBTITLE,
        paragraphs=(common.SECURE_WHY,),
        checklist=(
            CheckItem(
                "authenticator",
                common.AUTHENTICATOR,
                QT_TRANSLATE_NOOP(
                    "Guide",
                    "On Kraken: your profile icon, then Settings, then Security. Turn on "
                    "two-factor sign-in with an authenticator app or a security key.",
                ),
            ),
            CheckItem(
                "identity",
                QT_TRANSLATE_NOOP("Guide", "My identity is verified on Kraken"),
                QT_TRANSLATE_NOOP(
                    "Guide",
                    "On Kraken: your profile icon, then Settings, then Verification. If it "
                    "is not done, follow the steps there. Verifying who you are is "
                    "required by law and is not in conflict with halal trading.",
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
                "On Kraken margin belongs to the account, not to the key. If your "
                "account may trade on margin, any key that places orders can borrow. "
                "Kraken Futures is a separate platform with keys of its own.",
            ),
        ),
        checklist=(
            CheckItem(
                "margin",
                QT_TRANSLATE_NOOP("Guide", "Kraken Pro's Positions tab is empty"),
                QT_TRANSLATE_NOOP(
                    "Guide",
                    "Kraken Pro lists margin positions under Positions: close any you find. "
                    'When you trade by hand, leave leverage at "None".',
                ),
            ),
            CheckItem(
                "futures",
                QT_TRANSLATE_NOOP("Guide", "I have no open positions on Kraken Futures"),
                QT_TRANSLATE_NOOP(
                    "Guide",
                    "If you never opened Kraken Futures, tick this. Otherwise close its "
                    "positions and move its funds back to your spot balance.",
                ),
            ),
        ),
    ),
    PageId.CREATE: PageText(
        title=common.CREATE_TITLE,
        subtitle=QT_TRANSLATE_NOOP(
            "Guide", "On Kraken: profile icon, then Settings, then API, then Create API key."
        ),
        paragraphs=(
            QT_TRANSLATE_NOOP(
                "Guide",
                "Kraken makes the key and its secret, which Kraken calls the private key.",
            ),
            common.NAME_IT,
            common.SECRET_ONCE,
            QT_TRANSLATE_NOOP(
                "Guide",
                "Use this key in one program only. When two programs share a key, "
                "Kraken refuses some of their requests.",
            ),
        ),
        checklist=(
            CheckItem(
                "created",
                QT_TRANSLATE_NOOP(
                    "Guide", "I created the key and can see its API key and private key"
                ),
                QT_TRANSLATE_NOOP(
                    "Guide",
                    "API is in Settings, under your profile icon. If you closed the page "
                    "before copying the private key, delete the key and create a new one.",
                ),
            ),
        ),
    ),
    PageId.PERMISSIONS: PageText(
        title=common.PERMISSIONS_TITLE,
        subtitle=common.ONLY_THESE,
        paragraphs=(
            QT_TRANSLATE_NOOP(
                "Guide",
                "Leave Query Funds empty: with it a key can move funds into a Futures wallet.",
            ),
            QT_TRANSLATE_NOOP(
                "Guide",
                'Leave "Nonce window" as it is, unless your trading program asks for a '
                "number: it lets requests arrive slightly out of order.",
            ),
        ),
        checklist=(
            CheckItem(
                "matches",
                common.MATCHES,
                QT_TRANSLATE_NOOP(
                    "Guide",
                    "To change a key later, open it in Kraken's API list. If you are "
                    "unsure what it allows, delete it and create a new one.",
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
                "In the key's IP address settings, enter the addresses below.",
            ),
            common.IP_COPIED,
            common.IP_SKIPPED_STAYS_OPEN,
            common.IP_THIS_COMPUTER,
        ),
        checklist=(CheckItem("restricted", common.RESTRICTED, common.RESTRICTED_HELP),),
    ),
    PageId.ENTER: PageText(
        title=common.ENTER_TITLE,
        subtitle=QT_TRANSLATE_NOOP(
            "Guide", "Copy the API key and the private key from Kraken into these fields."
        ),
    ),
    PageId.VERIFY: PageText(
        title=QT_TRANSLATE_NOOP("Guide", "Checking the key with Kraken"),
        subtitle=QT_TRANSLATE_NOOP("Guide", "The wizard asks Kraken what this key can do."),
    ),
    PageId.DONE: common.DONE,
}

PANEL: tuple[PanelBox, ...] = (
    PanelBox(
        QT_TRANSLATE_NOOP("Guide", "Query Funds"),
        False,
        QT_TRANSLATE_NOOP(
            "Guide",
            "Kraken lets a key with it move funds into a Kraken Futures wallet. Without it "
            "the wizard cannot show your balances; orders, trades and the ledger stay "
            "readable.",
        ),
        fields=("universal_transfer",),
    ),
    PanelBox(QT_TRANSLATE_NOOP("Guide", "Query Open Orders & Trades"), True, common.READING),
    PanelBox(QT_TRANSLATE_NOOP("Guide", "Query Closed Orders & Trades"), True, common.READING),
    PanelBox(QT_TRANSLATE_NOOP("Guide", "Query Ledger Entries"), True, common.READING),
    PanelBox(
        QT_TRANSLATE_NOOP("Guide", "Create & Modify Orders"),
        True,
        QT_TRANSLATE_NOOP(
            "Guide",
            "Needed to buy and sell. Where your account may use margin, it can also "
            "borrow, and no setting of the key stops that.",
        ),
        fields=("spot_trade",),
    ),
    PanelBox(
        QT_TRANSLATE_NOOP("Guide", "Cancel/Close Orders"),
        True,
        QT_TRANSLATE_NOOP("Guide", "Needed to cancel orders."),
    ),
    PanelBox(
        QT_TRANSLATE_NOOP("Guide", "Deposit Funds"),
        False,
        QT_TRANSLATE_NOOP("Guide", "Not needed for trading."),
    ),
    PanelBox(
        QT_TRANSLATE_NOOP("Guide", "Withdraw Funds"),
        False,
        common.WITHDRAWAL,
        fields=("withdraw", "internal_transfer"),
    ),
    PanelBox(QT_TRANSLATE_NOOP("Guide", "Earn"), False, common.RIBA_EARN, fields=("earn",)),
)

GUIDE = ExchangeGuide(
    exchange="kraken",
    name="Kraken",
    api_management_url="https://www.kraken.com/u/security/api",
    pages=PAGES,
    permission_panel=PANEL,
    panel_picture="kraken-permissions.svg",
)

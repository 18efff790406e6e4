"""Bybit's pages: where things are on Bybit and what to choose there.

Bybit's own switches that matter: a Unified Trading Account may give a new key
derivatives permission unless it is unticked, spot margin lets any spot order
borrow, and a key bound to no IP address stops working after 90 days. Bybit's
"self-generated" keys are RSA, which this wizard does not make.
"""

from __future__ import annotations

from wizard.flow import PageId
from wizard.guide import CheckItem, ExchangeGuide, PageText, PanelBox, common
from wizard.i18n import QT_TRANSLATE_NOOP

PAGES: dict[PageId, PageText] = {
    PageId.WELCOME: common.WELCOME,
    PageId.SECURE: PageText(
        title=QT_TRANSLATE_NOOP("Guide", "Secure your Bybit account"),
        subtitle=common.SECURE_SUBTITLE,
        paragraphs=(common.SECURE_WHY,),
        checklist=(
            CheckItem(
                "authenticator",
                common.AUTHENTICATOR,
                QT_TRANSLATE_NOOP(
                    "Guide",
                    "On Bybit: your profile icon, then Account & Security, then Google "
                    "Authentication. Any authenticator app works with it. Once it works, "
                    "stop using SMS codes: they can be stolen by taking over your phone "
                    "number.",
                ),
            ),
            CheckItem(
                "identity",
                QT_TRANSLATE_NOOP("Guide", "My identity is verified on Bybit"),
                QT_TRANSLATE_NOOP(
                    "Guide",
                    "On Bybit: your profile icon, then Identity Verification. If it says "
                    "Verified, you are done; if not, follow the steps there. Verifying who "
                    "you are is required by law and is not in conflict with halal trading.",
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
                "Most Bybit accounts are now a Unified Trading Account: one wallet for "
                "spot and derivatives. There a new key may get derivatives permission "
                "unless you untick it, and with spot margin on, any spot order can borrow.",
            ),
        ),
        checklist=(
            CheckItem(
                "spot_margin",
                QT_TRANSLATE_NOOP("Guide", "Spot margin trading is switched off"),
                QT_TRANSLATE_NOOP(
                    "Guide",
                    "On Bybit: open the spot trading page. If the Margin switch beside the "
                    "order form is on, repay any loan, then switch it off. If you never "
                    "activated spot margin, there is nothing to do: tick this.",
                ),
            ),
            CheckItem(
                "positions",
                common.NO_POSITIONS,
                QT_TRANSLATE_NOOP(
                    "Guide",
                    "On Bybit: Assets, then your Unified Trading Account (or, on a classic "
                    "account, Derivatives). Close every open position listed there and "
                    "repay any loan.",
                ),
            ),
        ),
    ),
    PageId.CREATE: PageText(
        title=common.CREATE_TITLE,
        subtitle=QT_TRANSLATE_NOOP(
            "Guide", "On Bybit: profile icon, then API, then Create New Key."
        ),
        paragraphs=(
            QT_TRANSLATE_NOOP(
                "Guide",
                'Choose "System-generated API Keys", then "API Transaction". Bybit makes '
                "the key and its secret.",
            ),
            common.NAME_IT,
            common.SECRET_ONCE,
        ),
        checklist=(
            CheckItem(
                "created",
                QT_TRANSLATE_NOOP(
                    "Guide", "I created the key and can see both the key and its secret"
                ),
                QT_TRANSLATE_NOOP(
                    "Guide",
                    "API is in the menu under your profile icon at the top right of "
                    "Bybit's website. If Create New Key is greyed out, switch on "
                    "two-factor sign-in first.",
                ),
            ),
        ),
    ),
    PageId.PERMISSIONS: PageText(
        title=common.PERMISSIONS_TITLE,
        subtitle=QT_TRANSLATE_NOOP(
            "Guide", "Choose Read-Write, then tick only the boxes shown here."
        ),
        paragraphs=(
            QT_TRANSLATE_NOOP(
                "Guide",
                "Bybit may tick the Contracts and Unified Trading boxes for you: untick them.",
            ),
        ),
        checklist=(
            CheckItem(
                "matches",
                common.MATCHES,
                QT_TRANSLATE_NOOP(
                    "Guide",
                    "Edit is next to the key in Bybit's API list. If a box will not "
                    "untick, or you saved it ticked, delete the key and create a new one.",
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
                "Choose to allow only listed IP addresses, and enter those below.",
            ),
            common.IP_COPIED,
            QT_TRANSLATE_NOOP(
                "Guide",
                "If you skip this, Bybit switches the key off 90 days after you made it, "
                "and until then anyone who copies it can use it.",
            ),
            common.IP_THIS_COMPUTER,
        ),
        checklist=(CheckItem("restricted", common.RESTRICTED, common.RESTRICTED_HELP),),
    ),
    PageId.ENTER: PageText(
        title=common.ENTER_TITLE,
        subtitle=QT_TRANSLATE_NOOP(
            "Guide", "Copy the API key and its secret from Bybit into these fields."
        ),
    ),
    PageId.VERIFY: PageText(
        title=QT_TRANSLATE_NOOP("Guide", "Checking the key with Bybit"),
        subtitle=QT_TRANSLATE_NOOP("Guide", "The wizard asks Bybit what this key can do."),
    ),
    PageId.DONE: common.DONE,
}

PANEL: tuple[PanelBox, ...] = (
    PanelBox(
        QT_TRANSLATE_NOOP("Guide", "Read-Write"),
        True,
        QT_TRANSLATE_NOOP("Guide", "Needed to place orders: a Read-Only key cannot trade."),
    ),
    PanelBox(
        QT_TRANSLATE_NOOP("Guide", "SPOT: Trade"),
        True,
        QT_TRANSLATE_NOOP(
            "Guide",
            "Needed to buy and sell. On Bybit it also opens Crypto Loan, borrowing and "
            "lending, which no setting closes: the check will name it.",
        ),
        fields=("spot_trade",),
    ),
    PanelBox(
        QT_TRANSLATE_NOOP("Guide", "Contracts: Orders, Positions"),
        False,
        common.LEVERAGE,
        fields=("futures",),
    ),
    PanelBox(
        QT_TRANSLATE_NOOP("Guide", "Unified Trading: Trade"),
        False,
        common.LEVERAGE,
        fields=("futures", "options"),
    ),
    PanelBox(
        QT_TRANSLATE_NOOP("Guide", "USDC Contracts: Trade"),
        False,
        common.DERIVATIVES,
        fields=("futures", "options"),
    ),
    PanelBox(QT_TRANSLATE_NOOP("Guide", "Earn"), False, common.RIBA_EARN, fields=("earn",)),
    PanelBox(
        QT_TRANSLATE_NOOP("Guide", "Wallet: Withdrawal"),
        False,
        common.WITHDRAWAL,
        fields=("withdraw",),
    ),
    PanelBox(
        QT_TRANSLATE_NOOP("Guide", "Wallet: Account Transfer"),
        False,
        common.BETWEEN_WALLETS,
        fields=("universal_transfer",),
    ),
    PanelBox(
        QT_TRANSLATE_NOOP("Guide", "Wallet: Subaccount Transfer"),
        False,
        common.TO_OTHER_ACCOUNTS,
        fields=("internal_transfer",),
    ),
)

GUIDE = ExchangeGuide(
    exchange="bybit",
    name="Bybit",
    api_management_url="https://www.bybit.com/app/user/api-management",
    pages=PAGES,
    permission_panel=PANEL,
    panel_picture="bybit-permissions.svg",
)

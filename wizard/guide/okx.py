"""OKX's pages: where things are on OKX and what to choose there.

On OKX what a key can do depends on the account mode: only Spot mode cannot
borrow or trade futures (it can still buy options, which the person is told to
avoid). Each key has a passphrase the person chooses; a trading key bound to no
IP address may be deleted after 14 days without use.
"""

from __future__ import annotations

from wizard.flow import PageId
from wizard.guide import CheckItem, ExchangeGuide, PageText, PanelBox, common
from wizard.i18n import QT_TRANSLATE_NOOP

PAGES: dict[PageId, PageText] = {
    PageId.WELCOME: common.WELCOME,
    PageId.SECURE: PageText(
        title=QT_TRANSLATE_NOOP("Guide", "Secure your OKX account"),
        subtitle=common.SECURE_SUBTITLE,
        paragraphs=(common.SECURE_WHY,),
        checklist=(
            CheckItem(
                "authenticator",
                common.AUTHENTICATOR,
                QT_TRANSLATE_NOOP(
                    "Guide",
                    "On OKX: your profile icon, then Security, then Authenticator app. "
                    "Follow the steps. Once it works, stop using SMS codes: they can be "
                    "stolen by taking over your phone number.",
                ),
            ),
            CheckItem(
                "identity",
                QT_TRANSLATE_NOOP("Guide", "My identity is verified on OKX"),
                QT_TRANSLATE_NOOP(
                    "Guide",
                    "On OKX: your profile icon, then Verification. If it says Verified, "
                    "you are done; if not, follow the steps there. Verifying who you are "
                    "is required by law and is not in conflict with halal trading.",
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
                "On OKX the account mode decides what your account can do. Only Spot "
                'mode is spot-only. "Spot and futures" (also called Futures mode), '
                '"Multi-currency margin" and "Portfolio margin" all allow borrowing and '
                "derivatives.",
            ),
            QT_TRANSLATE_NOOP(
                "Guide",
                "Even in Spot mode OKX lets you buy options: never do, they are derivatives.",
            ),
        ),
        checklist=(
            CheckItem(
                "spot_mode",
                QT_TRANSLATE_NOOP("Guide", "My account mode is Spot mode"),
                QT_TRANSLATE_NOOP(
                    "Guide",
                    "On OKX: open the trading page, then its settings (the gear icon), "
                    "then Account mode. Choose Spot mode and confirm. OKX refuses the "
                    "switch while you hold positions, loans or open orders: close and "
                    "repay them first.",
                ),
            ),
            CheckItem(
                "positions",
                common.NO_POSITIONS,
                QT_TRANSLATE_NOOP(
                    "Guide",
                    "On OKX: Assets, then your trading account. If positions or loans are "
                    "listed, close and repay them, then switch to Spot mode.",
                ),
            ),
        ),
    ),
    PageId.CREATE: PageText(
        title=common.CREATE_TITLE,
        subtitle=QT_TRANSLATE_NOOP("Guide", "On OKX: profile icon, then API, then Create API key."),
        paragraphs=(
            QT_TRANSLATE_NOOP(
                "Guide",
                'Choose "API trading". You also choose a passphrase: a password for this key only.',
            ),
            common.NAME_IT,
            common.SECRET_ONCE,
            QT_TRANSLATE_NOOP(
                "Guide",
                "Write the passphrase down now: OKX cannot show it again, and the wizard needs it.",
            ),
        ),
        checklist=(
            CheckItem(
                "created",
                QT_TRANSLATE_NOOP(
                    "Guide", "I created the key and have its API key, secret key and passphrase"
                ),
                QT_TRANSLATE_NOOP(
                    "Guide",
                    "API is in the menu under your profile icon at the top right of OKX's "
                    "website. If you lost the secret key or the passphrase, delete the key "
                    "and create a new one.",
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
                "In Spot mode, Trade cannot borrow. The check names what else it reaches.",
            ),
        ),
        checklist=(
            CheckItem(
                "matches",
                common.MATCHES,
                QT_TRANSLATE_NOOP(
                    "Guide",
                    "Open the key in OKX's API list and choose Edit. If Withdraw is "
                    "ticked and will not untick, delete the key and create a new one.",
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
                "In the key's IP address field, enter the addresses below.",
            ),
            common.IP_COPIED,
            QT_TRANSLATE_NOOP(
                "Guide",
                "If you leave the field empty, OKX may delete the key once it has gone "
                "14 days unused, and until then anyone who copies it can use it.",
            ),
            common.IP_THIS_COMPUTER,
        ),
        checklist=(CheckItem("restricted", common.RESTRICTED, common.RESTRICTED_HELP),),
    ),
    PageId.ENTER: PageText(
        title=common.ENTER_TITLE,
        subtitle=QT_TRANSLATE_NOOP(
            "Guide", "Copy the API key, the secret key and your passphrase into these fields."
        ),
    ),
    PageId.VERIFY: PageText(
        title=QT_TRANSLATE_NOOP("Guide", "Checking the key with OKX"),
        subtitle=QT_TRANSLATE_NOOP("Guide", "The wizard asks OKX what this key can do."),
    ),
    PageId.DONE: common.DONE,
}

PANEL: tuple[PanelBox, ...] = (
    PanelBox(QT_TRANSLATE_NOOP("Guide", "Read"), True, common.READING, fields=("read",)),
    PanelBox(
        QT_TRANSLATE_NOOP("Guide", "Trade"),
        True,
        QT_TRANSLATE_NOOP(
            "Guide",
            "Needed to buy and sell. On OKX it also opens Earn, Flexible Loan and moves "
            "between your own accounts, which no setting closes: the check will name them.",
        ),
        fields=("spot_trade",),
    ),
    PanelBox(
        QT_TRANSLATE_NOOP("Guide", "Withdraw"),
        False,
        common.WITHDRAWAL,
        fields=("withdraw", "internal_transfer"),
    ),
)

GUIDE = ExchangeGuide(
    exchange="okx",
    name="OKX",
    api_management_url="https://www.okx.com/account/my-api",
    pages=PAGES,
    permission_panel=PANEL,
    panel_picture="okx-permissions.svg",
)

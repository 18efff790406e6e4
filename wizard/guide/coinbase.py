"""Coinbase's pages: where things are on Coinbase and what to choose there.

Coinbase keys for Advanced Trade are made on the Coinbase Developer Platform
(CDP). Each key works in one portfolio, so the portfolio chosen is part of the
permissions: never a perpetuals (derivatives) portfolio. The private key is shown
once and can be downloaded as a JSON file.
"""

from __future__ import annotations

from wizard.flow import PageId
from wizard.guide import CheckItem, ExchangeGuide, PageText, PanelBox, common
from wizard.i18n import QT_TRANSLATE_NOOP

PAGES: dict[PageId, PageText] = {
    PageId.WELCOME: common.WELCOME,
    PageId.SECURE: PageText(
        title=QT_TRANSLATE_NOOP("Guide", "Secure your Coinbase account"),
        subtitle=common.SECURE_SUBTITLE,
        paragraphs=(common.SECURE_WHY,),
        checklist=(
            CheckItem(
                "authenticator",
                common.AUTHENTICATOR,
                QT_TRANSLATE_NOOP(
                    "Guide",
                    "On Coinbase: your profile icon, then Settings, then Security. Choose "
                    "an authenticator app or a security key for 2-step verification. Once "
                    "it works, stop using SMS codes: they can be stolen by taking over "
                    "your phone number.",
                ),
            ),
            CheckItem(
                "identity",
                QT_TRANSLATE_NOOP("Guide", "My identity is verified on Coinbase"),
                QT_TRANSLATE_NOOP(
                    "Guide",
                    "Coinbase verifies your identity when you sign up, and asks again if "
                    "something is missing. Verifying who you are is required by law and "
                    "is not in conflict with halal trading.",
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
                "Coinbase Advanced offers futures and perpetual contracts after a "
                "separate sign-up. Once you have signed up, a key that can trade may be "
                "able to use them, so do not sign up.",
            ),
        ),
        checklist=(
            CheckItem(
                "futures",
                QT_TRANSLATE_NOOP("Guide", "I never signed up for futures or perpetuals"),
                QT_TRANSLATE_NOOP(
                    "Guide",
                    "In Coinbase Advanced, futures and perpetuals show as their own "
                    "balance or portfolio. If you see none, tick this. If you have one, "
                    "close its positions and move its funds back to spot.",
                ),
            ),
            CheckItem(
                "loans",
                QT_TRANSLATE_NOOP("Guide", "I have no loan from Coinbase"),
                QT_TRANSLATE_NOOP(
                    "Guide",
                    "In some countries Coinbase offers loans backed by your coins. They "
                    "carry interest (riba): repay any loan before you go on.",
                ),
            ),
        ),
    ),
    PageId.CREATE: PageText(
        title=common.CREATE_TITLE,
        subtitle=QT_TRANSLATE_NOOP(
            "Guide", "On the Coinbase Developer Platform: API Keys, then Create API key."
        ),
        paragraphs=(
            QT_TRANSLATE_NOOP(
                "Guide",
                "Sign in there with your Coinbase account. Under Advanced settings choose "
                "ECDSA, unless your trading program asks for Ed25519.",
            ),
            common.NAME_IT,
            QT_TRANSLATE_NOOP(
                "Guide",
                "Coinbase shows the private key only once, and offers it as a JSON file "
                "to download. Keep that page open, or the file, until this wizard has "
                "it; then delete the file.",
            ),
        ),
        checklist=(
            CheckItem(
                "created",
                QT_TRANSLATE_NOOP(
                    "Guide", "I created the key and can see its name and private key"
                ),
                QT_TRANSLATE_NOOP(
                    "Guide",
                    "Open portal.cdp.coinbase.com and sign in with your Coinbase account; "
                    "some accounts find keys under coinbase.com/settings/api instead. If "
                    "the private key is lost, delete the key and create a new one.",
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
                "Under API restrictions, choose your spot portfolio (usually Default) "
                "and tick View and Trade. Never pick a perpetuals portfolio.",
            ),
        ),
        checklist=(
            CheckItem(
                "matches",
                common.MATCHES,
                QT_TRANSLATE_NOOP(
                    "Guide",
                    "If a box or the portfolio is wrong and you cannot change it, delete "
                    "the key and create a new one.",
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
                "Under IP allowlist, enter the addresses below.",
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
            "Guide", "Copy the key's name and its private key from Coinbase into these fields."
        ),
    ),
    PageId.VERIFY: PageText(
        title=QT_TRANSLATE_NOOP("Guide", "Checking the key with Coinbase"),
        subtitle=QT_TRANSLATE_NOOP("Guide", "The wizard asks Coinbase what this key can do."),
    ),
    PageId.DONE: common.DONE,
}

PANEL: tuple[PanelBox, ...] = (
    PanelBox(
        QT_TRANSLATE_NOOP("Guide", "Portfolio: Default"),
        True,
        QT_TRANSLATE_NOOP("Guide", "The key works only in the portfolio chosen here."),
    ),
    PanelBox(
        QT_TRANSLATE_NOOP("Guide", "Portfolio: Perpetuals"),
        False,
        common.LEVERAGE,
        fields=("futures",),
    ),
    PanelBox(QT_TRANSLATE_NOOP("Guide", "View"), True, common.READING, fields=("read",)),
    PanelBox(
        QT_TRANSLATE_NOOP("Guide", "Trade"),
        True,
        QT_TRANSLATE_NOOP("Guide", "Needed to buy and sell."),
        fields=("spot_trade",),
    ),
    PanelBox(
        QT_TRANSLATE_NOOP("Guide", "Transfer"),
        False,
        common.WITHDRAWAL,
        fields=("withdraw", "internal_transfer", "universal_transfer"),
    ),
)

GUIDE = ExchangeGuide(
    exchange="coinbase",
    name="Coinbase",
    api_management_url="https://portal.cdp.coinbase.com/projects/api-keys",
    pages=PAGES,
    permission_panel=PANEL,
    panel_picture="coinbase-permissions.svg",
)

"""The guide's texts that read the same for every exchange.

Each exchange's module takes its shared pages and sentences from here, so that a
sentence said on several exchanges is one string, translated once.
"""

from __future__ import annotations

from wizard.guide import PageText
from wizard.i18n import QT_TRANSLATE_NOOP

WELCOME = PageText(
    title=QT_TRANSLATE_NOOP("Guide", "Welcome"),
    subtitle=QT_TRANSLATE_NOOP(
        "Guide", "Set up a trading key that can buy and sell, and nothing more."
    ),
    paragraphs=(
        QT_TRANSLATE_NOOP(
            "Guide",
            "A trading program needs a key to your exchange account. This wizard helps "
            "you make one that only buys and sells coins you own, then asks the exchange "
            "what the key can really do.",
        ),
        QT_TRANSLATE_NOOP(
            "Guide",
            "A trading program needs a key to your exchange account. This wizard "
            "helps you make one that trades spot: buy and sell coins you own "
            "outright, with borrowing (riba), futures and other derivatives, and "
            "moving your money out switched off wherever the exchange lets you. "
            "Where it does not, the check says so plainly.",
        ),
        QT_TRANSLATE_NOOP(
            "Guide",
            "At the end the wizard asks the exchange what the key can really do, and shows you.",
        ),
    ),
)

DONE = PageText(
    title=QT_TRANSLATE_NOOP("Guide", "Done"),
    subtitle=QT_TRANSLATE_NOOP("Guide", "Your key is checked. Here is what happens next."),
)

# Secure the account.
SECURE_SUBTITLE = QT_TRANSLATE_NOOP("Guide", "Before making a key, make sure only you can sign in.")
SECURE_WHY = QT_TRANSLATE_NOOP(
    "Guide",
    "Whoever controls your account controls every key made in it. Two things "
    "protect it: a code from an authenticator app at every sign-in, and a "
    "verified identity.",
)
AUTHENTICATOR = QT_TRANSLATE_NOOP("Guide", "Two-factor sign-in uses an authenticator app (not SMS)")

# Keep derivatives off.
DERIVATIVES_TITLE = QT_TRANSLATE_NOOP("Guide", "Keep futures and margin off")
DERIVATIVES_SUBTITLE = QT_TRANSLATE_NOOP("Guide", "Halal spot trading never needs them.")
DERIVATIVES_WHAT = QT_TRANSLATE_NOOP(
    "Guide",
    "Futures, options and perpetual contracts are derivatives: contracts on a "
    "price, not coins you own. Margin is borrowing with interest (riba).",
)
NO_POSITIONS = QT_TRANSLATE_NOOP("Guide", "I hold no futures, perpetual or options positions")

# Create and name the key.
CREATE_TITLE = QT_TRANSLATE_NOOP("Guide", "Create and name the key")
NAME_IT = QT_TRANSLATE_NOOP("Guide", "Name it so you recognise it later:")
SECRET_ONCE = QT_TRANSLATE_NOOP(
    "Guide",
    "The secret is shown only once, right after the key is made. Keep that "
    "page open until this wizard has it.",
)

# Permissions.
PERMISSIONS_TITLE = QT_TRANSLATE_NOOP("Guide", "Set the permissions")
ONLY_THESE = QT_TRANSLATE_NOOP("Guide", "Set the new key's boxes as shown here.")
MATCHES = QT_TRANSLATE_NOOP("Guide", "The key's boxes match the picture and are saved")

# Reasons beside the boxes of the permission panels.
READING = QT_TRANSLATE_NOOP("Guide", "Needed to see balances and orders.")
RIBA = QT_TRANSLATE_NOOP("Guide", "Riba: borrowing with interest.")
RIBA_EARN = QT_TRANSLATE_NOOP("Guide", "Riba: some of these rewards are interest on a loan.")
LEVERAGE = QT_TRANSLATE_NOOP("Guide", "Derivatives with leverage.")
DERIVATIVES = QT_TRANSLATE_NOOP("Guide", "Derivatives.")
WITHDRAWAL = QT_TRANSLATE_NOOP("Guide", "Custody: would let the key move your coins out.")
BETWEEN_WALLETS = QT_TRANSLATE_NOOP("Guide", "Custody: moves funds between wallets.")
TO_OTHER_ACCOUNTS = QT_TRANSLATE_NOOP("Guide", "Custody: moves funds to other accounts.")

# IP whitelist.
IP_TITLE = QT_TRANSLATE_NOOP("Guide", "Allow only trusted addresses")
IP_SUBTITLE = QT_TRANSLATE_NOOP("Guide", "Lock the key to the computers that will use it.")
IP_SKIPPED_STAYS_OPEN = QT_TRANSLATE_NOOP(
    "Guide",
    "If you skip this, the key keeps working from anywhere, so anyone who copies it can use it.",
)
IP_COPIED = QT_TRANSLATE_NOOP("Guide", "With the list set, a copied key is useless anywhere else.")
IP_THIS_COMPUTER = QT_TRANSLATE_NOOP(
    "Guide", "To verify the key from this computer, its address must be on the list too."
)
RESTRICTED = QT_TRANSLATE_NOOP("Guide", "I restricted the key to trusted IP addresses")
RESTRICTED_HELP = QT_TRANSLATE_NOOP(
    "Guide",
    "Your trading service tells you which addresses to enter. If you have none "
    "yet, you can continue: the check will warn you and you can add them later.",
)

# Enter the key.
ENTER_TITLE = QT_TRANSLATE_NOOP("Guide", "Enter the key")

"""Every sentence the verification shows a person, in one catalogue.

Texts are plain English templates with ``{name}`` placeholders. They are marked
with ``QT_TRANSLATE_NOOP`` so that ``pyside6-lupdate`` extracts them; the GUI
passes ``QCoreApplication.translate`` as ``translate``, the command line keeps
the English. Nothing here imports Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wizard.errors import ErrorCode, WizardError
from wizard.i18n import EXCHANGE_NAMES, QT_TRANSLATE_NOOP, Translate, english
from wizard.verify.model import Confirmation, Flag, VerificationReport

if TYPE_CHECKING:
    from wizard.verify.capabilities import CapabilityMap


@dataclass(frozen=True)
class Wording:
    """A finding or an error as a person reads it."""

    title: str
    message: str
    fix: str


_F = "Flags"
# code -> (title, message, fix). Placeholders: {exchange}, {days}, {date}, {skew_ms}.
FLAG_TEXTS: Mapping[str, tuple[str, str, str]] = {
    "withdraw_enabled": (
        QT_TRANSLATE_NOOP("Flags", "Can withdraw"),
        QT_TRANSLATE_NOOP(
            "Flags",
            "This key can send your coins out of {exchange}. Anyone who "
            "copies it could empty your account.",
        ),
        QT_TRANSLATE_NOOP(
            "Flags",
            "On {exchange}, edit this key and switch withdrawals off. A "
            "trading bot never needs them.",
        ),
    ),
    "futures_enabled": (
        QT_TRANSLATE_NOOP("Flags", "Can trade futures"),
        QT_TRANSLATE_NOOP(
            "Flags",
            "This key can open futures contracts: derivatives with leverage, not coins you own.",
        ),
        QT_TRANSLATE_NOOP("Flags", "On {exchange}, edit this key and switch futures trading off."),
    ),
    "margin_enabled": (
        QT_TRANSLATE_NOOP("Flags", "Can borrow (margin)"),
        QT_TRANSLATE_NOOP(
            "Flags", "This key can borrow to trade. A margin loan charges interest, which is riba."
        ),
        QT_TRANSLATE_NOOP(
            "Flags", "On {exchange}, edit this key and switch margin and portfolio margin off."
        ),
    ),
    "options_enabled": (
        QT_TRANSLATE_NOOP("Flags", "Can trade options"),
        QT_TRANSLATE_NOOP("Flags", "This key can trade options, which are derivatives."),
        QT_TRANSLATE_NOOP("Flags", "On {exchange}, edit this key and switch options trading off."),
    ),
    "universal_transfer_enabled": (
        QT_TRANSLATE_NOOP("Flags", "Can move funds between wallets"),
        QT_TRANSLATE_NOOP(
            "Flags",
            "This key can move your funds between wallets and "
            "sub-accounts, for example into a futures wallet.",
        ),
        QT_TRANSLATE_NOOP(
            "Flags", "On {exchange}, edit this key and switch universal transfer off."
        ),
    ),
    "internal_transfer_enabled": (
        QT_TRANSLATE_NOOP("Flags", "Can transfer to other accounts"),
        QT_TRANSLATE_NOOP("Flags", "This key can transfer funds to other accounts."),
        QT_TRANSLATE_NOOP(
            "Flags", "On {exchange}, edit this key and switch internal transfer off."
        ),
    ),
    "reading_disabled": (
        QT_TRANSLATE_NOOP("Flags", "Cannot read the account"),
        QT_TRANSLATE_NOOP(
            "Flags",
            "This key cannot read your account, so nothing can be checked "
            "and no bot can trade with it.",
        ),
        QT_TRANSLATE_NOOP("Flags", "On {exchange}, edit this key and switch reading on."),
    ),
    "spot_trading_disabled": (
        QT_TRANSLATE_NOOP("Flags", "Read-only key"),
        QT_TRANSLATE_NOOP(
            "Flags",
            "This key can look but not trade. That suits a portfolio tracker, not a trading bot.",
        ),
        QT_TRANSLATE_NOOP(
            "Flags",
            "If a bot will trade for you, edit the key on {exchange} and switch spot trading on.",
        ),
    ),
    "ip_unrestricted": (
        QT_TRANSLATE_NOOP("Flags", "Usable from any address"),
        QT_TRANSLATE_NOOP("Flags", "Whoever gets hold of this key can use it from any computer."),
        QT_TRANSLATE_NOOP(
            "Flags",
            "On {exchange}, limit the key to the IP addresses of the "
            "computer or service that will trade.",
        ),
    ),
    "rotation_due": (
        QT_TRANSLATE_NOOP("Flags", "Time to replace this key"),
        QT_TRANSLATE_NOOP(
            "Flags", "This key is {days} days old. A key should be replaced every 90 days."
        ),
        QT_TRANSLATE_NOOP(
            "Flags",
            "Make a new key on {exchange}, then on the first page of this wizard choose "
            '"Replace (rotate) a key I set up before".',
        ),
    ),
    "trading_expires_soon": (
        QT_TRANSLATE_NOOP("Flags", "Trading stops soon"),
        QT_TRANSLATE_NOOP(
            "Flags", "{exchange} will switch off trading for this key on {date}. {why}"
        ),
        QT_TRANSLATE_NOOP(
            "Flags",
            "Limit the key to trusted IP addresses so that it does not "
            "expire, or make a new key before that date.",
        ),
    ),
    "margin_account_open": (
        QT_TRANSLATE_NOOP("Flags", "Margin is open on the account"),
        QT_TRANSLATE_NOOP(
            "Flags",
            "Your {exchange} account has a margin account. A key that may "
            "trade spot can reach margin orders on such an account.",
        ),
        QT_TRANSLATE_NOOP(
            "Flags",
            "Repay anything borrowed, move the funds back to Spot and close "
            "margin in your {exchange} account settings.",
        ),
    ),
    "futures_account_open": (
        QT_TRANSLATE_NOOP("Flags", "Derivatives are open on the account"),
        QT_TRANSLATE_NOOP(
            "Flags",
            "Your {exchange} account has a futures or options account. This "
            "key cannot use it, but it is open on the account.",
        ),
        QT_TRANSLATE_NOOP(
            "Flags",
            "Close any open positions and leave those accounts unused, or "
            "close them in your {exchange} account settings.",
        ),
    ),
    "clock_skew": (
        QT_TRANSLATE_NOOP("Flags", "This computer's clock is off"),
        QT_TRANSLATE_NOOP(
            "Flags",
            "This computer's clock differs from {exchange}'s by "
            "{skew_ms} ms. Exchanges refuse requests whose time is off.",
        ),
        QT_TRANSLATE_NOOP(
            "Flags",
            'Switch on "Set time automatically" in this computer\'s date and time settings.',
        ),
    ),
    "margin_debt": (
        QT_TRANSLATE_NOOP("Flags", "A margin loan is open"),
        QT_TRANSLATE_NOOP(
            "Flags",
            "Your {exchange} account owes a margin loan right now, and interest is adding up.",
        ),
        QT_TRANSLATE_NOOP(
            "Flags", "Repay the loan in your {exchange} margin wallet, then close margin."
        ),
    ),
    "derivatives_positions_open": (
        QT_TRANSLATE_NOOP("Flags", "Derivatives positions are open"),
        QT_TRANSLATE_NOOP(
            "Flags",
            "Your {exchange} account holds open futures positions or "
            "funds in a derivatives wallet.",
        ),
        QT_TRANSLATE_NOOP(
            "Flags", "Close the positions and move the funds back to your Spot wallet."
        ),
    ),
    "earn_enabled": (
        QT_TRANSLATE_NOOP("Flags", "Can put funds into Earn"),
        QT_TRANSLATE_NOOP(
            "Flags",
            "This key can move your coins into savings, staking, lending or other Earn "
            "products. What they pay is interest (riba), and the coins leave your spot "
            "wallet.",
        ),
        QT_TRANSLATE_NOOP("Flags", "On {exchange}, edit this key and switch Earn off."),
    ),
    "loans_enabled": (
        QT_TRANSLATE_NOOP("Flags", "Can take a loan"),
        QT_TRANSLATE_NOOP(
            "Flags",
            "This key can borrow through a loan product of {exchange}. A loan charges "
            "interest, which is riba.",
        ),
        QT_TRANSLATE_NOOP("Flags", "On {exchange}, edit this key and switch loans off."),
    ),
    "unknown_permission": (
        QT_TRANSLATE_NOOP("Flags", "A permission the wizard does not know"),
        QT_TRANSLATE_NOOP(
            "Flags",
            '{exchange} reports "{name}" switched on for this key. The wizard does not '
            "know what it allows, so it cannot call the key safe.",
        ),
        QT_TRANSLATE_NOOP(
            "Flags",
            'On {exchange}, edit this key and switch "{name}" off, then verify again.',
        ),
    ),
    "borrowing_not_blockable": (
        QT_TRANSLATE_NOOP("Flags", "No setting switches off {product}"),
        QT_TRANSLATE_NOOP(
            "Flags", "{does} No setting of the key or of the account stops that. {limit}"
        ),
        QT_TRANSLATE_NOOP(
            "Flags",
            "Give this key only to a program you trust to trade spot and nothing else, "
            "and look in your {exchange} account now and then for any loan or interest "
            "product you did not start.",
        ),
    ),
    "transfers_not_blockable": (
        QT_TRANSLATE_NOOP("Flags", "No setting switches off {product}"),
        QT_TRANSLATE_NOOP(
            "Flags", "{does} No setting of the key or of the account stops that. {limit}"
        ),
        QT_TRANSLATE_NOOP(
            "Flags",
            "Give this key only to a program you trust to trade spot and nothing else, "
            "and check now and then that your funds are where you left them.",
        ),
    ),
    "not_verified": (
        QT_TRANSLATE_NOOP("Flags", "Not reported by {exchange}: {capability}"),
        QT_TRANSLATE_NOOP(
            "Flags",
            "{exchange} does not tell whether this key can reach {capability}. The wizard "
            "never guesses: check it yourself and tick it below.",
        ),
        QT_TRANSLATE_NOOP("Flags", "On {exchange}, check that it is off."),
    ),
}

# The IP list is not a capability the key "reaches": its own sentence.
NOT_VERIFIED_IP = QT_TRANSLATE_NOOP(
    "Flags",
    "{exchange} does not report whether this key is limited to trusted IP addresses. The "
    "wizard never guesses: check it yourself and tick it below.",
)

# The capabilities the person may have to check by hand (``policy.CONFIRMABLE``): the
# name shown in a sentence, and the tick that records the check.
CAPABILITY_TEXTS: Mapping[str, tuple[str, str]] = {
    "margin": (
        QT_TRANSLATE_NOOP("Flags", "margin (borrowing to trade)"),
        QT_TRANSLATE_NOOP("Flags", "I checked: margin is off"),
    ),
    "futures": (
        QT_TRANSLATE_NOOP("Flags", "futures and other derivatives"),
        QT_TRANSLATE_NOOP("Flags", "I checked: futures are off"),
    ),
    "options": (
        QT_TRANSLATE_NOOP("Flags", "options"),
        QT_TRANSLATE_NOOP("Flags", "I checked: options are off"),
    ),
    "withdraw": (
        QT_TRANSLATE_NOOP("Flags", "withdrawals"),
        QT_TRANSLATE_NOOP("Flags", "I checked: withdrawals are off"),
    ),
    "transfers": (
        QT_TRANSLATE_NOOP("Flags", "transfers between wallets or accounts"),
        QT_TRANSLATE_NOOP("Flags", "I checked: transfers are off"),
    ),
    "earn": (
        QT_TRANSLATE_NOOP("Flags", "Earn, savings and staking"),
        QT_TRANSLATE_NOOP("Flags", "I checked: Earn is off"),
    ),
    "loans": (
        QT_TRANSLATE_NOOP("Flags", "loans"),
        QT_TRANSLATE_NOOP("Flags", "I checked: loans are off"),
    ),
    "ip": (
        QT_TRANSLATE_NOOP("Flags", "a limit to trusted IP addresses"),
        QT_TRANSLATE_NOOP("Flags", "I checked: the key is limited to trusted IP addresses"),
    ),
}

# What limits a product no setting switches off, as checked live (``OpenDoor.limit``).
LIMIT_TEXTS: Mapping[str, str] = {
    "collateral_empty": QT_TRANSLATE_NOOP(
        "Flags",
        "Right now the wallet it takes collateral from is empty: there is nothing to "
        "borrow against.",
    ),
    "collateral_held": QT_TRANSLATE_NOOP(
        "Flags",
        "The wallet it takes collateral from holds coins now, so a loan could be taken "
        "against them.",
    ),
    "loan_open": QT_TRANSLATE_NOOP(
        "Flags", "A loan or a lending order of this kind is open on the account now."
    ),
    "vip_short": QT_TRANSLATE_NOOP(
        "Flags", "It is offered only from VIP level 7, which this account has not reached."
    ),
    "vip_reached": QT_TRANSLATE_NOOP("Flags", "This account's VIP level is high enough for it."),
}

# Why the exchange switches trading off on a date (``KeyFacts.expiry_reason``).
EXPIRY_REASONS: Mapping[str, str] = {
    "unbound_key": QT_TRANSLATE_NOOP(
        "Flags",
        "{exchange} ends keys that are not limited to IP addresses after 90 days, and "
        "sooner after a change of the account's password.",
    ),
    "unrestricted_key": QT_TRANSLATE_NOOP(
        "Flags",
        "{exchange} takes trading away from keys that are not limited to IP addresses.",
    ),
    "key_end_date": QT_TRANSLATE_NOOP("Flags", "The key was made with this end date."),
}

_E = "Errors"
ERROR_TEXTS: Mapping[ErrorCode, tuple[str, str, str]] = {
    ErrorCode.INVALID_CREDENTIALS: (
        QT_TRANSLATE_NOOP("Errors", "The exchange did not accept this key"),
        QT_TRANSLATE_NOOP(
            "Errors",
            "{exchange} refused the key. It gives the same answer for three "
            "different causes: the key is wrong or was deleted, this "
            "computer's address is not on the key's IP list, or the key "
            "is missing a permission it needs (reading).",
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Open API Management on {exchange} and find the key ending in "
            "{key_end}. Not there: it was deleted or mistyped; copy it "
            "again. Listed with an IP restriction: add this computer's "
            "address, or verify from the trading service. Listed and "
            "unrestricted: make sure reading is switched on.",
        ),
    ),
    ErrorCode.BAD_SIGNATURE: (
        QT_TRANSLATE_NOOP("Errors", "The secret does not match the key"),
        QT_TRANSLATE_NOOP(
            "Errors",
            "{exchange} knows the key, but the secret does not belong to "
            "it. Often a character too many or too few came along when "
            "it was copied.",
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Paste the secret again, exactly as {exchange} showed it. If "
            "you no longer have it, delete the key and make a new one.",
        ),
    ),
    ErrorCode.CLOCK_SKEW: (
        QT_TRANSLATE_NOOP("Errors", "This computer's clock is wrong"),
        QT_TRANSLATE_NOOP(
            "Errors",
            "{exchange} refused the request because this computer's clock is off by {skew_ms} ms.",
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            'Switch on "Set time automatically" in the date and time settings, then verify again.',
        ),
    ),
    ErrorCode.RATE_LIMITED: (
        QT_TRANSLATE_NOOP("Errors", "Too many requests for now"),
        QT_TRANSLATE_NOOP(
            "Errors",
            "{exchange} asked for fewer requests for a while. This says nothing about your key.",
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Wait {wait_seconds} seconds, then verify again. If another "
            "program uses {exchange} from this computer, pause it first.",
        ),
    ),
    ErrorCode.IP_BANNED: (
        QT_TRANSLATE_NOOP("Errors", "The exchange has blocked this address for a while"),
        QT_TRANSLATE_NOOP(
            "Errors",
            "{exchange} has blocked this computer's address until {until} "
            "because too many requests came from it.",
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Stop every program that uses {exchange} from this computer "
            "and verify again after {until}. Retrying earlier makes the "
            "block longer.",
        ),
    ),
    ErrorCode.ACCESS_RESTRICTED: (
        QT_TRANSLATE_NOOP("Errors", "The exchange does not serve this account from here"),
        QT_TRANSLATE_NOOP(
            "Errors",
            "{exchange} refuses this account, or the place this computer connects from "
            "(for example a country it does not serve). This is not a ban for too many "
            "requests, and it says nothing about the key.",
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Read {exchange}'s notices about your country and your account, and use it "
            "only where its terms allow. Verifying again will not change the answer.",
        ),
    ),
    ErrorCode.EXCHANGE_UNAVAILABLE: (
        QT_TRANSLATE_NOOP("Errors", "The exchange is having trouble"),
        QT_TRANSLATE_NOOP(
            "Errors",
            "{exchange} did not answer properly; it may be busy or under "
            "maintenance. This says nothing about your key.",
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Try again in a few minutes. The exchange's status page tells when maintenance ends.",
        ),
    ),
    ErrorCode.NETWORK_UNREACHABLE: (
        QT_TRANSLATE_NOOP("Errors", "Could not reach the exchange"),
        QT_TRANSLATE_NOOP("Errors", "This computer could not connect to {exchange}."),
        QT_TRANSLATE_NOOP(
            "Errors", "Check the internet connection, and any firewall or VPN, then try again."
        ),
    ),
    ErrorCode.NONCE_REJECTED: (
        QT_TRANSLATE_NOOP("Errors", "Another program is using this key"),
        QT_TRANSLATE_NOOP(
            "Errors",
            "{exchange} refused the request's counter: another program has "
            "used this key with a larger one.",
        ),
        QT_TRANSLATE_NOOP("Errors", "Give every program its own key. Make a new key for this one."),
    ),
    ErrorCode.UNEXPECTED_RESPONSE: (
        QT_TRANSLATE_NOOP("Errors", "The exchange gave an answer we do not understand"),
        QT_TRANSLATE_NOOP(
            "Errors",
            "{exchange} answered, but not in the form we expect, so the key could not be checked.",
        ),
        QT_TRANSLATE_NOOP(
            "Errors", "Try again later. If it keeps happening, this program may need an update."
        ),
    ),
    ErrorCode.KEYCHAIN_UNAVAILABLE: (
        QT_TRANSLATE_NOOP("Errors", "No keychain is available"),
        QT_TRANSLATE_NOOP(
            "Errors",
            "This computer has no usable keychain: {details}. The secret is "
            "never saved anywhere else.",
        ),
        QT_TRANSLATE_NOOP("Errors", "Install or start the system keychain, then try again."),
    ),
    ErrorCode.KEYCHAIN_LOCKED: (
        QT_TRANSLATE_NOOP("Errors", "The keychain stayed locked"),
        QT_TRANSLATE_NOOP("Errors", "The keychain was not unlocked, so nothing was read or saved."),
        QT_TRANSLATE_NOOP("Errors", "Try again and unlock the keychain when it asks."),
    ),
    ErrorCode.KEYCHAIN_ERROR: (
        QT_TRANSLATE_NOOP("Errors", "The keychain reported a problem"),
        QT_TRANSLATE_NOOP("Errors", "The keychain said: {details}"),
        QT_TRANSLATE_NOOP("Errors", "Try again. If it keeps happening, restart the computer."),
    ),
    ErrorCode.NOT_FOUND: (
        QT_TRANSLATE_NOOP("Errors", "No key with that name"),
        QT_TRANSLATE_NOOP("Errors", 'No key is stored under the name "{label}".'),
        QT_TRANSLATE_NOOP("Errors", 'Run "halal-key-wizard list" to see the names of stored keys.'),
    ),
}


# Shown when the exchange leaves some of the key's permissions unreported ("?" rows).
UNREPORTED_NOTE = QT_TRANSLATE_NOOP(
    "Flags",
    "{exchange} does not report the rows marked with a question mark. The wizard "
    "never guesses them: each one is listed with where to check it yourself.",
)
# A capability the exchange does not report, checked off by the person.
CONFIRMED_NOTE = QT_TRANSLATE_NOOP(
    "Flags", "Confirmed by you on {date}: {exchange} does not report it."
)


def unreported_note(exchange: str, any_unreported: bool, translate: Translate = english) -> str:
    """What the "?" rows mean, when the exchange leaves permissions unreported."""
    if not any_unreported:
        return ""
    name = EXCHANGE_NAMES.get(exchange, exchange)
    return translate(_F, UNREPORTED_NOTE).format(exchange=name)


def confirmed_note(
    confirmation: Confirmation,
    exchange: str,
    translate: Translate = english,
    *,
    isolate: bool = False,
) -> str:
    """How a check by hand is shown: by the person, on a date, not by the exchange."""
    day = confirmation.on.isoformat()
    return translate(_F, CONFIRMED_NOTE).format(
        date=left_to_right(day) if isolate else day,
        exchange=EXCHANGE_NAMES.get(exchange, exchange),
    )


# The same error with a cause the exchange did name: (code, params["field"]) -> texts.
# (How one exchange words an error is in its capability map: ``error_texts``.)
ERROR_VARIANTS: Mapping[tuple[ErrorCode, str], tuple[str, str, str]] = {
    (ErrorCode.BAD_SIGNATURE, "unreadable"): (
        QT_TRANSLATE_NOOP("Errors", "The secret is not in the form {exchange} uses"),
        QT_TRANSLATE_NOOP(
            "Errors",
            "What was entered as the secret cannot be the one {exchange} gave: its form is "
            "wrong, so nothing was sent. Often a character went missing or came along when "
            "it was copied.",
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Copy the secret again, exactly as {exchange} showed it. If you no longer have "
            "it, delete the key and make a new one.",
        ),
    ),
    (ErrorCode.UNEXPECTED_RESPONSE, "redirect"): (
        QT_TRANSLATE_NOOP("Errors", "The answer tried to send the key elsewhere"),
        QT_TRANSLATE_NOOP(
            "Errors",
            "{exchange}'s address answered with a redirect to another place. The wizard "
            "does not follow it: each request carries your key, and it goes only to the "
            "exchange's own address.",
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Check that this computer reaches the exchange directly, with no proxy or "
            "filter on the network that changes its answers, then try again.",
        ),
    ),
    (ErrorCode.UNEXPECTED_RESPONSE, "too_large"): (
        QT_TRANSLATE_NOOP("Errors", "The answer was far too large"),
        QT_TRANSLATE_NOOP(
            "Errors",
            "{exchange} sent an answer of more than 4 MB where a few kilobytes are "
            "expected, so the wizard stopped reading it.",
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Try again later. If it keeps happening, check that this computer reaches the "
            "exchange directly, with no proxy or filter on the network that changes its "
            "answers.",
        ),
    ),
    (ErrorCode.INVALID_CREDENTIALS, "expired"): (
        QT_TRANSLATE_NOOP("Errors", "The key has expired"),
        QT_TRANSLATE_NOOP(
            "Errors",
            "{exchange} says this key has expired. Keys that are not limited to IP "
            "addresses end after a while, and a change of the account's password can end "
            "them sooner.",
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Make a new key on {exchange}, limit it to trusted IP addresses, and enter it here.",
        ),
    ),
    (ErrorCode.INVALID_CREDENTIALS, "passphrase"): (
        QT_TRANSLATE_NOOP("Errors", "The passphrase does not match the key"),
        QT_TRANSLATE_NOOP(
            "Errors",
            "{exchange} knows the key, but the passphrase is not the one chosen when "
            "the key was made.",
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Type the passphrase again, exactly, with the same capital letters. "
            "{exchange} cannot show it: if it is lost, make a new key.",
        ),
    ),
}


class _Blank(dict[str, str]):
    """Format values where a missing placeholder becomes empty, never a KeyError."""

    def __missing__(self, key: str) -> str:
        return ""


def _fill(template: str, values: Mapping[str, str]) -> str:
    """The template filled in; an optional sentence left empty leaves no trailing space."""
    return template.format_map(_Blank(values)).strip()


def left_to_right(value: str) -> str:
    """``value`` isolated as left-to-right text (Unicode LRI … PDI), so that dates,
    amounts and key fragments keep their order inside right-to-left sentences."""
    return f"\u2066{value}\u2069"


# The translation context of the products in the capability maps (``Family.name``).
PRODUCTS = "Products"


def _isolated(values: Mapping[str, str], isolate: bool) -> dict[str, str]:
    if not isolate:
        return dict(values)
    return {k: left_to_right(v) if v else v for k, v in values.items()}


# Where the command line's own command is the fix (the command line speaks English).
TERMINAL_FIXES: Mapping[str, str] = {
    "rotation_due": "Make a new key on {exchange}, then replace the stored one with it: "
    "halal-key-wizard rotate --label NAME (halal-key-wizard list shows the names).",
}


def flag_wording(
    flag: Flag,
    exchange: str,
    translate: Translate = english,
    *,
    isolate: bool = False,
    terminal: bool = False,
) -> Wording:
    """``isolate``: for a GUI in any direction (a terminal or JSON wants plain values);
    ``terminal``: for the command line, whose fixes name its own commands."""
    title, message, fix = FLAG_TEXTS[flag.code]
    fix = _own(exchange).fixes.get(flag.code, fix)
    if terminal:
        fix = TERMINAL_FIXES.get(flag.code, fix)
    name = EXCHANGE_NAMES.get(exchange, exchange)
    values = {"exchange": name, **_isolated(flag.params, isolate)}
    params = flag.params
    if "capability" in params:
        capability = params["capability"]
        values["capability"] = translate(_F, CAPABILITY_TEXTS[capability][0])
        fix = where_to_look(exchange, capability) or fix
        if capability == "ip":
            message = NOT_VERIFIED_IP
    if params.get("limit") in LIMIT_TEXTS:
        values["limit"] = translate(_F, LIMIT_TEXTS[params["limit"]])
    if "family" in params:
        from wizard.verify.capabilities import capability_map

        does = capability_map(exchange).family(params["family"]).does
        values["does"] = _fill(translate(_F, does), {"exchange": name}) if does else ""
    if "reason" in params:
        reason = EXPIRY_REASONS.get(params["reason"])
        values["why"] = _fill(translate(_F, reason), {"exchange": name}) if reason else ""
    if params.get("product"):
        # The product's name in the person's language (its brand names stay Latin),
        # isolated by its own first letter: a translated name reads right to left.
        product = translate(PRODUCTS, params["product"])
        values["product"] = f"\u2068{product}\u2069" if isolate else product
    return Wording(
        title=_fill(translate(_F, title), values),
        message=_fill(translate(_F, message), values),
        fix=_fill(translate(_F, fix), values),
    )


def expiry_reason(report: VerificationReport, translate: Translate = english) -> str:
    """Why the replace-by date is what it is, when the exchange's own end for the key
    set it (empty otherwise)."""
    facts = report.facts
    expires = facts.trading_expires_at
    if expires is None or report.rotation_due != expires.date():
        return ""
    reason = EXPIRY_REASONS.get(facts.expiry_reason or "")
    if reason is None:
        return ""
    return _fill(translate(_F, reason), {"exchange": EXCHANGE_NAMES.get(facts.exchange, "")})


def _own(exchange: str) -> CapabilityMap:
    """The exchange's own words, from its capability map (an empty one for a name the
    wizard does not know)."""
    from wizard.verify.capabilities import CapabilityMap, capability_map

    try:
        return capability_map(exchange)
    except ValueError:
        return CapabilityMap(exchange, {}, ())


def where_to_look(exchange: str, capability: str) -> str | None:
    """Where on ``exchange`` the person checks a capability it does not report (the
    template, untranslated), from the exchange's capability map."""
    from wizard.verify.capabilities import capability_map

    return capability_map(exchange).where_to_look.get(capability)


def confirmation_tick(capability: str, translate: Translate = english) -> str:
    """The words of the tick that records the person's check of ``capability``."""
    return translate(_F, CAPABILITY_TEXTS[capability][1])


def error_wording(
    error: WizardError, translate: Translate = english, *, isolate: bool = False
) -> Wording:
    general = ERROR_TEXTS[error.code]
    if error.exchange:
        general = _own(error.exchange).error_texts.get(error.code, general)
    title, message, fix = ERROR_VARIANTS.get((error.code, error.params.get("field", "")), general)
    values = {
        "exchange": EXCHANGE_NAMES.get(error.exchange, error.exchange or "The exchange"),
        **_isolated(error.params, isolate),
    }
    return Wording(
        title=_fill(translate(_E, title), values),
        message=_fill(translate(_E, message), values),
        fix=_fill(translate(_E, fix), values),
    )

"""Every kind of answer an exchange could give about a key, and what would prove it safe.

For each exchange: a hypothesis strategy that draws a key's answer (each documented
field present, left out, or of the wrong kind; switches the wizard has never seen;
the account's own answers) together with what the person may have ticked by hand; and
an oracle, written from the exchange's documentation apart from the adapters, that
says whether that answer and those ticks prove every dangerous capability off. A
verdict of ``pass`` that the oracle does not back is a false accept.

Used by tests/verify/test_proof.py and benchmarks/false_accepts.py.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from hypothesis import strategies as st

from wizard.errors import WizardError
from wizard.verify.catalog import adapter_for
from wizard.verify.model import Confirmation, Verdict
from wizard.verify.policy import CONFIRMABLE, judge

MISSING: Any = object()  # a field the answer leaves out
NOW = datetime(2026, 12, 1, tzinfo=UTC)


def _field(values: list[Any], wrong: Any = "yes") -> st.SearchStrategy[Any]:
    """A field's value: one of ``values``, left out now and then, or (rarely) of the
    wrong kind."""
    return st.sampled_from([*values * 6, MISSING, MISSING, wrong])


def _document(fields: Mapping[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in fields.items() if value is not MISSING}


def _all_checked_by_hand(ticked: frozenset[str], ip_reported_restricted: bool) -> bool:
    """An answer that lists no permission at all: only the person's checks of every
    capability (but the IP list, where the answer shows one) leave nothing open."""
    needed = set(CONFIRMABLE) - ({"ip"} if ip_reported_restricted else set())
    return needed <= ticked


confirmations = st.sets(st.sampled_from(CONFIRMABLE))


@dataclass(frozen=True)
class Answer:
    outcomes: dict[str, Any]
    confirmed: frozenset[str]


def verdict_of(exchange: str, answer: Answer) -> Verdict | None:
    """The wizard's verdict on an answer; None when it cannot verify (never a pass)."""
    try:
        facts = adapter_for(exchange).interpret(answer.outcomes)
    except WizardError:
        return None
    ticks = [Confirmation(name, date(2026, 12, 1)) for name in answer.confirmed]
    return judge(facts, 0, NOW, ticks).verdict


# -- Binance ---------------------------------------------------------------------------
BINANCE_SWITCHES = (
    "enableReading",
    "enableSpotAndMarginTrading",
    "enableMargin",
    "enablePortfolioMarginTrading",
    "enableFutures",
    "enableVanillaOptions",
    "enableWithdrawals",
    "enableInternalTransfer",
    "permitsUniversalTransfer",
    "enableFixApiTrade",
    "enableFixReadOnly",
)
UNSEEN_SWITCHES = ("enableStockTrading", "permitsPredictionTrade", "canLend")


@st.composite
def binance_answers(draw: st.DrawFn) -> Answer:
    fields = {name: draw(_field([True, False])) for name in (*BINANCE_SWITCHES, "ipRestrict")}
    restrictions = _document(fields)
    restrictions.update(draw(st.dictionaries(st.sampled_from(UNSEEN_SWITCHES), st.booleans())))
    restrictions["createTime"] = 1_790_000_000_000
    account = _document(
        {
            "vipLevel": draw(st.sampled_from([0, 7, MISSING])),
            "isMarginEnabled": draw(_field([True, False])),
            "isFutureEnabled": draw(_field([True, False])),
        }
    )
    outcomes = {
        "restrictions": restrictions,
        "account": account,
        "balances": {"balances": []},
        "margin": {"totalLiabilityOfBtc": "0"},
    }
    return Answer(outcomes, frozenset(draw(confirmations)))


def binance_proven_safe(answer: Answer) -> bool:
    """From Binance's pages: each dangerous switch false (or, left out, checked by
    hand); reading and spot trading reach Simple Earn (and trading Crypto Loan), so a
    key with either switched on is never proven safe; no unseen switch on."""
    doc, ticked = answer.outcomes["restrictions"], answer.confirmed

    def off(name: str, capability: str) -> bool:
        return doc.get(name, MISSING) is False or (name not in doc and capability in ticked)

    if any(doc.get(name) is True for name in UNSEEN_SWITCHES):
        return False
    if doc.get("enableReading") is not None or doc.get("enableSpotAndMarginTrading") is True:
        return False  # switched off: nothing read (critical); on: Simple Earn
    return (
        "earn" in ticked  # reading left out: Simple Earn and Dual Investment unknown
        and off("enableSpotAndMarginTrading", "loans")
        and off("enableSpotAndMarginTrading", "margin")
        and off("enableMargin", "margin")
        and off("enablePortfolioMarginTrading", "margin")
        and off("enablePortfolioMarginTrading", "futures")
        and off("enableFutures", "futures")
        and off("enableVanillaOptions", "options")
        and off("enableWithdrawals", "withdraw")
        and off("enableInternalTransfer", "transfers")
        and off("permitsUniversalTransfer", "transfers")
        and (doc.get("ipRestrict") is True or ("ipRestrict" not in doc and "ip" in ticked))
    )


# -- Bybit -----------------------------------------------------------------------------
BYBIT_NAMES = (
    ("Spot", "SpotTrade"),
    ("ContractTrade", "Order"),
    ("Derivatives", "DerivativesTrade"),
    ("Options", "OptionsTrade"),
    ("Wallet", "AccountTransfer"),
    ("Wallet", "SubMemberTransfer"),
    ("Wallet", "Withdraw"),
    ("Earn", "Earn"),
    ("Exchange", "ExchangeHistory"),
    ("FiatP2P", "FiatP2POrder"),
    ("BlockTrade", "BlockTrade"),
    ("FiatGlobalPay", "GlobalPayOrder"),  # in Bybit's example, never documented
)


@st.composite
def bybit_answers(draw: st.DrawFn) -> Answer:
    granted = draw(st.sets(st.sampled_from(BYBIT_NAMES)))
    groups: dict[str, list[str]] = {}
    for group, name in granted:
        groups.setdefault(group, []).append(name)
    info = _document(
        {
            "permissions": draw(st.sampled_from([groups, MISSING])),
            "readOnly": draw(_field([0, 1], wrong="0")),
            "ips": draw(_field([["127.0.0.1"], ["*"]], wrong="127.0.0.1")),
        }
    )
    state = _document({"spotMarginMode": draw(_field(["0", "1"], wrong=1))})
    outcomes = {
        "restrictions": {"retCode": 0, "result": info},
        "account": {"retCode": 0, "result": {}},
        "margin": {"retCode": 0, "result": state},
        "balances": {"retCode": 0, "result": {"list": []}},
        "loans": {"retCode": 0, "result": {"totalDebt": "0"}},
        "funding": {"retCode": 0, "result": {"balance": []}},
    }
    return Answer(outcomes, frozenset(draw(confirmations)))


def bybit_proven_safe(answer: Answer) -> bool:
    """From Bybit's pages: the spot trading permission itself opens Crypto Loan, so a
    key that may trade spot is never proven safe; only convert history reading is
    harmless among the names drawn here. An answer that lists nothing needs every
    capability checked by hand."""
    info = answer.outcomes["restrictions"]["result"]
    restricted = info.get("ips") == ["127.0.0.1"]
    if "permissions" not in info:
        return _all_checked_by_hand(answer.confirmed, restricted)
    names = {(group, name) for group, names in info["permissions"].items() for name in names}
    return restricted and names <= {("Exchange", "ExchangeHistory")}


# -- OKX -------------------------------------------------------------------------------
@st.composite
def okx_answers(draw: st.DrawFn) -> Answer:
    perms = draw(st.sets(st.sampled_from(["read_only", "trade", "withdraw", "copy_trade"])))
    config = _document(
        {
            "perm": draw(st.sampled_from([",".join(sorted(perms)), MISSING])),
            "acctLv": draw(_field(["1", "2", "3", "4", "5"], wrong=1)),
            "enableSpotBorrow": draw(_field([True, False])),
            "opAuth": draw(_field(["0", "1"], wrong=0)),
            "ip": draw(_field(["", "127.0.0.1"], wrong=["127.0.0.1"])),
        }
    )
    outcomes = {
        "restrictions": {"code": "0", "data": [config]},
        "balances": {"code": "0", "data": [{"details": []}]},
        "loans": {"code": "0", "data": []},
        "funding": {"code": "0", "data": []},
    }
    return Answer(outcomes, frozenset(draw(confirmations)))


def okx_proven_safe(answer: Answer) -> bool:
    """From OKX's pages: Trade opens Earn products, Flexible Loan and funds transfers,
    which nothing closes; Withdraw withdraws. A key without either can still not be
    shown safe where the answer leaves a field out unchecked."""
    config = answer.outcomes["restrictions"]["data"][0]
    ticked = answer.confirmed
    if "perm" not in config:
        return _all_checked_by_hand(ticked, config.get("ip") == "127.0.0.1")
    granted = set(config["perm"].split(",")) - {""}
    if granted - {"read_only"}:
        return False  # trade, withdraw, or a permission the wizard does not know
    if config.get("acctLv") == "5":
        return False
    ip = config.get("ip", MISSING)
    return ip == "127.0.0.1" or (ip is MISSING and "ip" in ticked)


# -- Kraken ----------------------------------------------------------------------------
KRAKEN_CODES = (
    "query-funds",
    "query-open-trades",
    "query-closed-trades",
    "query-ledger",
    "export-data",
    "create-ws-token",
    "modify-trades",
    "close-trades",
    "add-funds",
    "withdraw-funds",
    "earn-funds",
    "add-withdraw-address",
    "update-withdraw-address",
    "transfer-funds",  # not documented: a permission Kraken might add
)
KRAKEN_READING = ("query-open-trades", "query-closed-trades", "query-ledger", "export-data")
KRAKEN_HARMLESS = (*KRAKEN_READING, "create-ws-token", "modify-trades", "close-trades", "add-funds")


@st.composite
def kraken_answers(draw: st.DrawFn) -> Answer:
    info = _document(
        {
            "permissions": draw(
                st.one_of(st.lists(st.sampled_from(KRAKEN_CODES)), st.just(MISSING))
            ),
            "ipAllowlist": draw(_field([[], ["127.0.0.1"]], wrong="127.0.0.1")),
        }
    )
    outcomes = {
        "restrictions": {"error": [], "result": info},
        "balances": {"error": [], "result": {}},
    }
    return Answer(outcomes, frozenset(draw(confirmations)))


def kraken_proven_safe(answer: Answer) -> bool:
    """From Kraken's pages: Query Funds also moves funds to a Futures wallet, Withdraw
    Funds and the address book move funds out, Earn Funds earns; trading may borrow
    wherever the account may use margin, which only the person can check."""
    info = answer.outcomes["restrictions"]["result"]
    ticked = answer.confirmed
    ips = info.get("ipAllowlist", MISSING)
    if "permissions" not in info:
        return _all_checked_by_hand(ticked, ips == ["127.0.0.1"])
    codes = set(info["permissions"])
    return (
        codes <= set(KRAKEN_HARMLESS)
        and bool(codes & set(KRAKEN_READING))
        and ("modify-trades" not in codes or "margin" in ticked)
        and (ips == ["127.0.0.1"] or (ips is MISSING and "ip" in ticked))
    )


# -- Coinbase --------------------------------------------------------------------------
@st.composite
def coinbase_answers(draw: st.DrawFn) -> Answer:
    document = _document(
        {
            "can_view": draw(_field([True, False])),
            "can_trade": draw(_field([True, False])),
            "can_transfer": draw(_field([True, False])),
            "can_receive": draw(_field([True, False])),
            "can_lend": draw(st.sampled_from([True, False, MISSING])),  # never documented
            "portfolio_type": draw(
                _field(["DEFAULT", "CONSUMER", "INTX", "UNDEFINED", "NEW"], wrong=3)
            ),
        }
    )
    platform = draw(st.sampled_from(["ACCOUNT_PLATFORM_CONSUMER", "ACCOUNT_PLATFORM_INTX"]))
    wallet = {
        "currency": "USDC",
        "type": "ACCOUNT_TYPE_CRYPTO",
        "platform": platform,
        "available_balance": {"value": "1", "currency": "USDC"},
        "hold": {"value": "0", "currency": "USDC"},
    }
    outcomes = {
        "restrictions": document,
        "balances": [{"accounts": [wallet], "has_next": False, "cursor": ""}],
        "clock": None,
    }
    return Answer(outcomes, frozenset(draw(confirmations)))


def coinbase_proven_safe(answer: Answer) -> bool:
    """From Coinbase's pages: Transfer moves funds; a trading key reaches derivatives
    wherever the account is onboarded, which only a derivatives wallet or an INTX
    portfolio shows and otherwise only the person can check; the IP allowlist is
    never reported."""
    doc, ticked = answer.outcomes["restrictions"], answer.confirmed
    if doc.get("can_lend") is True or doc.get("portfolio_type") not in (
        None,
        "DEFAULT",
        "CONSUMER",
        "UNDEFINED",
    ):
        return False
    wallet = answer.outcomes["balances"][0]["accounts"][0]
    trades = doc.get("can_trade", MISSING)
    transfers_off = doc.get("can_transfer") is False or (
        "can_transfer" not in doc and {"withdraw", "transfers"} <= ticked
    )
    derivatives_off = trades is False or (
        {"futures", "options"} <= ticked and wallet["platform"] != "ACCOUNT_PLATFORM_INTX"
    )
    # Reading is not dangerous: an answer that leaves it out proves nothing worse.
    reads = doc.get("can_view") is not False
    return "ip" in ticked and reads and transfers_off and derivatives_off


ANSWERS: dict[str, tuple[st.SearchStrategy[Answer], Callable[[Answer], bool]]] = {
    "binance": (binance_answers(), binance_proven_safe),
    "bybit": (bybit_answers(), bybit_proven_safe),
    "okx": (okx_answers(), okx_proven_safe),
    "kraken": (kraken_answers(), kraken_proven_safe),
    "coinbase": (coinbase_answers(), coinbase_proven_safe),
}

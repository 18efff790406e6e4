"""A "pass" is a proof: each exchange's capability map covers every permission its
documentation names, and over every kind of answer (fields present, left out, of the
wrong kind, never seen) no verdict is "pass" unless the answer and the person's own
checks show every dangerous capability off."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from tests.helpers.answers import ANSWERS, BINANCE_SWITCHES, Answer, verdict_of
from tests.helpers.paths import ROOT
from wizard.verify.capabilities import DANGEROUS_FIELDS, HARMLESS_FIELDS, capability_map
from wizard.verify.catalog import SUPPORTED_EXCHANGES
from wizard.verify.exchanges.bybit import BybitAdapter
from wizard.verify.model import Verdict
from wizard.verify.policy import CONFIRMABLE, judge

pytestmark = pytest.mark.slow

# Every permission name each exchange's own documentation gives for its key answer.

DOCUMENTED = {
    # GET /sapi/v1/account/apiRestrictions (developers.binance.com, wallet/account)
    "binance": BINANCE_SWITCHES,
    # GET /v5/user/query-api, its table and modify-master-apikey (bybit-exchange/docs)
    "bybit": (
        "ContractTrade.Order",
        "ContractTrade.Position",
        "Spot.SpotTrade",
        "Wallet.AccountTransfer",
        "Wallet.SubMemberTransfer",
        "Wallet.SubMemberTransferList",
        "Wallet.Withdraw",
        "Options.OptionsTrade",
        "Derivatives.DerivativesTrade",
        "Exchange.ExchangeHistory",
        "Earn.Earn",
        "FiatP2P.FiatP2POrder",
        "FiatP2P.Advertising",
        "FiatBitPay.FaitPayOrder",
        "FiatConvertBroker.FiatConvertBrokerOrder",
        "BitCard.BitCard",
        "ByXPost.ByXPost",
        "Affiliate.Affiliate",
        "BlockTrade.BlockTrade",
        "NFT.anything",  # deprecated, "always []"
        "CopyTrading.anything",  # deprecated, "always []"
    ),
    # GET /api/v5/account/config, perm
    "okx": ("read_only", "trade", "withdraw"),
    # GetApiKeyInfo, permissions
    "kraken": (
        "query-funds",
        "add-funds",
        "withdraw-funds",
        "earn-funds",
        "query-open-trades",
        "query-closed-trades",
        "modify-trades",
        "close-trades",
        "query-ledger",
        "export-data",
        "create-ws-token",
        "add-withdraw-address",
        "update-withdraw-address",
    ),
    # GET /api/v3/brokerage/key_permissions
    "coinbase": ("can_view", "can_trade", "can_transfer", "can_receive"),
}
SOURCES = {
    "binance": "https://developers.binance.com/",
    "bybit": "https://bybit-exchange.github.io/docs/v5/",
    "okx": "https://www.okx.com/docs-v5/",
    "kraken": "https://docs.kraken.com/",
    "coinbase": "https://docs.cdp.coinbase.com/",
}


@pytest.mark.parametrize("exchange", SUPPORTED_EXCHANGES)
def test_every_documented_permission_is_classified(exchange: str) -> None:
    capabilities = capability_map(exchange)
    assert [name for name in DOCUMENTED[exchange] if capabilities.grant(name) is None] == []
    classified = capabilities.classify(DOCUMENTED[exchange])
    assert classified.unknown == ()


@pytest.mark.parametrize("exchange", SUPPORTED_EXCHANGES)
def test_the_map_is_reviewable_data_with_sources(exchange: str) -> None:
    capabilities = capability_map(exchange)
    assert capabilities.exchange == exchange
    for name, grant in capabilities.grants.items():
        assert set(grant.opens) <= {*DANGEROUS_FIELDS, *HARMLESS_FIELDS}, name
        assert grant.source.startswith(SOURCES[exchange]), name
        assert grant.meaning
    ids = [family.id for family in capabilities.families]
    assert len(ids) == len(set(ids))
    for family in capabilities.families:
        assert family.opens, family.id
        assert set(family.opens) <= set(DANGEROUS_FIELDS), family.id
        assert family.endpoints, family.id
        assert family.gate, family.id
        assert family.judged, family.id
        assert family.source.startswith(SOURCES[exchange]), family.id
        if not family.blockable:
            # A family nothing closes is reached by named permissions, and the person
            # is told in a sentence what it lets a key do.
            assert family.reached_by, family.id
            assert all(capabilities.grant(name) for name in family.reached_by), family.id
            assert family.does, family.id
    # Whatever the exchange leaves unreported, the person is told where to look.
    assert set(capabilities.where_to_look) == set(CONFIRMABLE)


def test_bybits_own_example_answer_is_judged_as_written() -> None:
    """The answer printed on Bybit's page: a read-only key that still lists transfer,
    Earn and P2P permissions, and a group the page's table does not document."""
    example = {
        "readOnly": 1,
        "permissions": {
            "ContractTrade": ["Order", "Position"],
            "Spot": ["SpotTrade"],
            "Wallet": ["AccountTransfer", "SubMemberTransfer"],
            "Options": [],
            "Derivatives": ["DerivativesTrade"],
            "CopyTrading": [],
            "BlockTrade": [],
            "Exchange": ["ExchangeHistory"],
            "NFT": [],
            "Affiliate": [],
            "Earn": ["Earn"],
            "FiatP2P": ["FiatP2POrder", "Advertising"],
            "FiatConvertBroker": ["FiatConvertBrokerOrder"],
            "FiatGlobalPay": [],
            "FiatBitPay": ["FaitPayOrder"],
            "BitCard": ["BitCard"],
            "ByXPost": ["ByXPost"],
        },
        "ips": ["18.181.170.164", "13.212.45.47", "13.212.45.48"],
        "deadlineDay": -2,
        "expiredAt": "1970-01-01T00:00:00Z",
        "createdAt": "2025-10-13T03:20:45Z",
    }
    outcomes = {
        "restrictions": {"retCode": 0, "result": example},
        "margin": {"retCode": 0, "result": {"spotMarginMode": "0"}},
        "balances": {"retCode": 0, "result": {"list": []}},
    }
    facts = BybitAdapter().interpret(outcomes)
    report = judge(facts, 0, facts.created_at)  # type: ignore[arg-type]
    assert report.verdict is Verdict.FAIL
    assert set(report.flag_codes) == {
        "withdraw_enabled",
        "universal_transfer_enabled",
        "internal_transfer_enabled",
        "earn_enabled",
        "spot_trading_disabled",
    }
    assert facts.trading_expires_at is None  # "1970-01-01": the IP-bound key does not expire


@pytest.mark.parametrize("exchange", SUPPORTED_EXCHANGES)
def test_no_answer_passes_without_proof(exchange: str) -> None:
    answers, proven_safe = ANSWERS[exchange]

    # The same 1,000 answers on every run (benchmarks/false_accepts.py draws new ones).
    @settings(
        max_examples=1000,
        derandomize=True,
        suppress_health_check=[HealthCheck.too_slow],
        deadline=None,
    )
    @given(answers)
    def check(answer: Answer) -> None:
        if verdict_of(exchange, answer) is Verdict.PASS:
            assert proven_safe(answer), answer

    check()


def test_the_review_tables_are_up_to_date() -> None:
    """docs/capabilities.md is generated from the maps: run scripts/capability-tables."""

    from wizard.verify.capabilities import capabilities_document

    written = (ROOT / "docs" / "capabilities.md").read_text()
    assert written == capabilities_document()

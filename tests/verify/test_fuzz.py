"""Fuzzing with hypothesis: the exchange's answers, stored files and entered text
in any shape never crash, hang, or echo a secret. 200 examples each in every run
(profile "ci"); HYPOTHESIS_PROFILE=long runs 10,000 each."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wizard.errors import ErrorCode, WizardError
from wizard.store.index import KeyIndex
from wizard.verify.exchanges.binance import BinanceAdapter, parse_balances, parse_restrictions
from wizard.verify.model import KeyFacts, Permissions

pytestmark = pytest.mark.slow

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=12,
)

RESTRICTION_FIELDS = [
    "enableReading",
    "enableSpotAndMarginTrading",
    "enableMargin",
    "enableFutures",
    "enablePortfolioMarginTrading",
    "enableVanillaOptions",
    "enableWithdrawals",
    "enableInternalTransfer",
    "permitsUniversalTransfer",
    "ipRestrict",
    "createTime",
    "tradingAuthorityExpirationTime",
]
restriction_documents = st.dictionaries(
    st.sampled_from(RESTRICTION_FIELDS) | st.text(max_size=8),
    json_values | st.booleans(),
    max_size=12,
)


def _unexpected_only(error: WizardError) -> None:
    assert error.code is ErrorCode.UNEXPECTED_RESPONSE


@given(restriction_documents)
def test_restrictions_parser(document: dict[str, object]) -> None:
    try:
        permissions = parse_restrictions(document)
    except WizardError as error:
        _unexpected_only(error)
    else:
        assert isinstance(permissions, Permissions)
        for value in vars(permissions).values():
            assert value is None or isinstance(value, bool)


@given(json_values)
def test_balances_parser(document: object) -> None:
    try:
        balances = parse_balances(document)
    except WizardError as error:
        _unexpected_only(error)
    else:
        assert all(amount != 0 for amount in balances.values())


@given(
    st.fixed_dictionaries(
        {
            "restrictions": restriction_documents | json_values,
            "account": json_values,
            "balances": json_values,
            "margin": json_values,
            "clock": json_values,
        }
    )
)
def test_every_answer_of_a_verification(outcomes: dict[str, object]) -> None:
    try:
        facts = BinanceAdapter().interpret(outcomes)
    except WizardError as error:
        _unexpected_only(error)
    else:
        assert isinstance(facts, KeyFacts)


stored_entry = st.fixed_dictionaries(
    {
        name: json_values | st.text(max_size=12) | st.just("2026-11-21")
        for name in (
            "label",
            "exchange",
            "masked_key",
            "fingerprint",
            "key_type",
            "created",
            "stored_at",
            "last_verified",
            "last_verdict",
            "rotation_due",
        )
    },
    # What check keeps: a snapshot and a history, well formed or not.
    optional={
        "last_check": json_values | st.dictionaries(st.text(max_size=8), st.text(max_size=8)),
        "history": json_values
        | st.lists(
            st.fixed_dictionaries(
                {"checked_at": json_values | st.just("2026-11-21T09:00:00+00:00")},
                optional={
                    "verdict": json_values,
                    "changes": json_values
                    | st.lists(
                        st.fixed_dictionaries(
                            {"field": json_values, "before": json_values, "after": json_values}
                        ),
                        max_size=2,
                    ),
                    "error": json_values,
                },
            ),
            max_size=2,
        ),
    },
)
index_files = (
    st.binary(max_size=400)
    | st.text(max_size=400).map(str.encode)
    | st.builds(
        lambda keys: json.dumps({"version": 1, "keys": keys}).encode(),
        st.lists(stored_entry, max_size=3),
    )
)


@given(index_files)
def test_key_index_loader(tmp_path_factory: object, content: bytes) -> None:
    folder = Path(str(tmp_path_factory.mktemp("index")))  # type: ignore[attr-defined]
    (folder / "keys.json").write_bytes(content)
    try:
        keys = KeyIndex(folder).load()
    except WizardError as error:
        assert error.code is ErrorCode.KEYCHAIN_ERROR
        assert str(folder) in error.params["details"]
    else:
        for key in keys:
            fields = dict(vars(key))
            confirmed = fields.pop("confirmed")  # the person's checks: capability -> date
            last_check = fields.pop("last_check")  # check's snapshot: field -> words
            history = fields.pop("history")  # check's entries
            assert all(value is None or isinstance(value, str) for value in fields.values())
            assert all(isinstance(v, str) for pair in confirmed.items() for v in pair)
            assert all(isinstance(v, str) for pair in last_check.items() for v in pair)
            assert all(isinstance(entry["checked_at"], str) for entry in history)

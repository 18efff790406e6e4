"""The wizard's flow, without any widget."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from wizard.flow import (
    KeyPath,
    PageId,
    WizardState,
    can_leave,
    choose_exchange,
    next_page,
    pages_for,
    state_for_language,
    tick,
)


def _walk(state: WizardState) -> list[PageId]:
    page: PageId | None = PageId.WELCOME
    seen = []
    while page is not None:
        seen.append(page)
        page = next_page(page, state)
    return seen


def test_new_key_visits_all_nine_pages_in_order() -> None:
    assert _walk(WizardState()) == list(PageId)
    assert len(list(PageId)) == 9


def test_rotation_skips_the_account_pages() -> None:
    walked = _walk(WizardState(path=KeyPath.ROTATE))
    assert PageId.SECURE not in walked
    assert PageId.DERIVATIVES not in walked
    assert walked[0] is PageId.WELCOME
    assert walked[-3:] == [PageId.ENTER, PageId.VERIFY, PageId.DONE]


def test_checklist_must_be_complete_before_next() -> None:
    state = WizardState(required={PageId.SECURE: frozenset({"2fa", "kyc"})})
    assert not can_leave(PageId.SECURE, state)
    tick(state, PageId.SECURE, "2fa", True)
    assert not can_leave(PageId.SECURE, state)
    tick(state, PageId.SECURE, "kyc", True)
    assert can_leave(PageId.SECURE, state)
    tick(state, PageId.SECURE, "2fa", False)
    assert not can_leave(PageId.SECURE, state)


def test_verification_page_needs_a_safe_result() -> None:
    state = WizardState()
    assert not can_leave(PageId.VERIFY, state)
    state.verified_safe = True
    assert can_leave(PageId.VERIFY, state)


def test_enter_page_needs_valid_entry() -> None:
    state = WizardState()
    assert not can_leave(PageId.ENTER, state)
    state.entry_valid = True
    assert can_leave(PageId.ENTER, state)


def test_a_page_left_behind_by_a_path_change_still_leads_forward() -> None:
    state = WizardState(path=KeyPath.ROTATE)
    assert next_page(PageId.SECURE, state) is PageId.CREATE


actions = st.lists(
    st.one_of(
        st.just(("next",)),
        st.just(("back",)),
        st.tuples(st.just("path"), st.sampled_from(list(KeyPath))),
    ),
    max_size=60,
)


@given(actions)
def test_random_next_back_and_path_changes_stay_on_the_path(
    steps: list[tuple[object, ...]],
) -> None:
    state = WizardState()
    history = [PageId.WELCOME]
    for step in steps:
        if step[0] == "next":
            following = next_page(history[-1], state)
            if following is not None:
                history.append(following)
        elif step[0] == "back" and len(history) > 1:
            history.pop()
        elif step[0] == "path" and history[-1] is PageId.WELCOME:
            state.path = step[1]  # type: ignore[assignment]
        assert history[-1] in pages_for(state.path) or history[-1] in (
            PageId.SECURE,
            PageId.DERIVATIVES,
        )
        # The pages only ever go forward in the fixed order.
        assert history == sorted(history)


def test_another_exchange_starts_the_key_afresh() -> None:
    state = WizardState(required={PageId.SECURE: frozenset({"2fa"})})
    tick(state, PageId.SECURE, "2fa", True)
    state.entry_valid = state.verified_safe = state.stored = True
    state.label = "HalalSpot"
    assert not choose_exchange(state, "binance")  # the same one: nothing is lost
    assert state.ticked
    assert state.entry_valid
    assert choose_exchange(state, "okx")
    assert state.exchange == "okx"
    assert (state.ticked, state.required) == ({}, {})
    assert (state.entry_valid, state.verified_safe, state.stored) == (False, False, False)
    assert state.label == "HalalSpot"  # a name is not about the exchange


def test_a_new_language_keeps_only_the_exchange_and_the_path() -> None:
    state = WizardState(exchange="kraken", path=KeyPath.ROTATE, practice=True)
    tick(state, PageId.CREATE, "made", True)
    state.rotate_label = "bot"
    fresh = state_for_language(state)
    assert (fresh.exchange, fresh.path, fresh.practice) == ("kraken", KeyPath.ROTATE, True)
    assert (fresh.ticked, fresh.rotate_label) == ({}, None)


def test_welcome_is_left_for_a_replacement_only_with_a_key_to_replace() -> None:
    assert can_leave(PageId.WELCOME, WizardState())
    rotating = WizardState(path=KeyPath.ROTATE)
    assert not can_leave(PageId.WELCOME, rotating)
    rotating.rotate_label = "bot"
    assert can_leave(PageId.WELCOME, rotating)
    # Practice stores nothing, so there is nothing to choose.
    assert can_leave(PageId.WELCOME, WizardState(path=KeyPath.ROTATE, practice=True))


def test_done_is_left_only_once_the_key_is_stored() -> None:
    state = WizardState()
    assert not can_leave(PageId.DONE, state)
    state.stored = True
    assert can_leave(PageId.DONE, state)


def test_the_ip_page_accepts_either_honest_answer() -> None:
    from wizard.flow import NO_FIXED_ADDRESS

    state = WizardState()
    state.required[PageId.IP_WHITELIST] = frozenset({"restricted"})
    assert not can_leave(PageId.IP_WHITELIST, state)
    tick(state, PageId.IP_WHITELIST, NO_FIXED_ADDRESS, True)
    assert can_leave(PageId.IP_WHITELIST, state)
    tick(state, PageId.IP_WHITELIST, NO_FIXED_ADDRESS, False)
    tick(state, PageId.IP_WHITELIST, "restricted", True)
    assert can_leave(PageId.IP_WHITELIST, state)
    # Elsewhere, no other answer stands in for a required tick.
    state.required[PageId.SECURE] = frozenset({"authenticator"})
    tick(state, PageId.SECURE, NO_FIXED_ADDRESS, True)
    assert not can_leave(PageId.SECURE, state)


def test_step_of_counts_the_pages_of_the_persons_path() -> None:
    from wizard.flow import step_of

    state = WizardState()
    assert step_of(PageId.WELCOME, state) == (1, len(PageId))
    state.path = KeyPath.ROTATE
    assert step_of(PageId.CREATE, state) == (2, len(PageId) - 2)

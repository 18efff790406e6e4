"""Which page follows which, for each exchange and path. Free of Qt.

Pages ask this module where Next leads and whether it may be pressed, and what a
new exchange or language resets; they never decide the flow themselves.
"""

from __future__ import annotations

import enum

from wizard.exchanges import DEFAULT as DEFAULT_EXCHANGE


class PageId(enum.IntEnum):
    WELCOME = 0
    SECURE = 1
    DERIVATIVES = 2
    CREATE = 3
    PERMISSIONS = 4
    IP_WHITELIST = 5
    ENTER = 6
    VERIFY = 7
    DONE = 8


class KeyPath(enum.StrEnum):
    NEW = "new"  # first key: the account is made safe first
    ROTATE = "rotate"  # replacing a key: the account was made safe the first time


PAGE_NAMES: dict[PageId, str] = {
    PageId.WELCOME: "welcome",
    PageId.SECURE: "secure-account",
    PageId.DERIVATIVES: "derivatives-off",
    PageId.CREATE: "create-key",
    PageId.PERMISSIONS: "permissions",
    PageId.IP_WHITELIST: "ip-whitelist",
    PageId.ENTER: "enter-key",
    PageId.VERIFY: "verification",
    PageId.DONE: "done",
}

_NEW_KEY_PAGES = tuple(PageId)
_ROTATION_PAGES = tuple(p for p in PageId if p not in (PageId.SECURE, PageId.DERIVATIVES))


class WizardState:
    """What the person has chosen and done so far (no secrets: those stay in the
    entry fields and are handed to verification directly). A plain class: this
    module is on the way to the first page, where ``dataclasses`` costs time."""

    def __init__(
        self,
        exchange: str = DEFAULT_EXCHANGE,
        path: KeyPath = KeyPath.NEW,
        required: dict[PageId, frozenset[str]] | None = None,
        *,
        practice: bool = False,
    ) -> None:
        self.exchange = exchange
        self.path = path
        self.practice = practice  # the practice exchange: nothing is read or stored
        self.ticked: dict[PageId, set[str]] = {}
        self.required: dict[PageId, frozenset[str]] = dict(required or {})
        self.entry_valid = False
        self.verified_safe = False  # a finished verification with no critical flag
        self.label = ""  # the name the new key is stored under
        self.rotate_label: str | None = None  # the stored key being replaced
        self.stored = False  # in the keychain (in practice mode: nothing to store)

    def __repr__(self) -> str:
        return f"WizardState(exchange={self.exchange!r}, path={self.path.value!r})"


# An honest other answer to a page's checklist: the IP page's "no fixed address"
# (the key stays unrestricted, and the check says what that means).
NO_FIXED_ADDRESS = "no_fixed_address"
ALTERNATIVES: dict[PageId, frozenset[str]] = {PageId.IP_WHITELIST: frozenset({NO_FIXED_ADDRESS})}


def pages_for(path: KeyPath) -> tuple[PageId, ...]:
    return _NEW_KEY_PAGES if path is KeyPath.NEW else _ROTATION_PAGES


def step_of(page: PageId, state: WizardState) -> tuple[int, int]:
    """Which step ``page`` is on the person's path, and how many steps it has."""
    order = pages_for(state.path)
    position = order.index(page) if page in order else sum(1 for p in order if p < page)
    return position + 1, len(order)


def next_page(current: PageId, state: WizardState) -> PageId | None:
    """The page Next leads to, or None on the last page."""
    order = pages_for(state.path)
    if current not in order:
        # The path changed under a page that it no longer includes: continue from
        # the first page after it that the path does include.
        later = [page for page in order if page > current]
        return later[0] if later else None
    position = order.index(current)
    return order[position + 1] if position + 1 < len(order) else None


def can_leave(page: PageId, state: WizardState) -> bool:
    """Whether Next (or Finish) may be pressed on ``page``."""
    if page is PageId.WELCOME and state.path is KeyPath.ROTATE and not state.practice:
        return state.rotate_label is not None  # a stored key to replace is chosen
    if page is PageId.DONE:
        return state.stored
    if page is PageId.ENTER:
        return state.entry_valid
    if page is PageId.VERIFY:
        return state.verified_safe
    required = state.required.get(page, frozenset())
    ticked = state.ticked.get(page, set())
    return required <= ticked or bool(ALTERNATIVES.get(page, frozenset()) & ticked)


def tick(state: WizardState, page: PageId, item: str, ticked: bool) -> None:
    items = state.ticked.setdefault(page, set())
    if ticked:
        items.add(item)
    else:
        items.discard(item)


def choose_exchange(state: WizardState, exchange: str) -> bool:
    """Guide through ``exchange`` from now on. What was ticked, entered, verified or
    stored for another exchange does not carry over. Returns whether it changed."""
    if exchange == state.exchange:
        return False
    state.exchange = exchange
    state.ticked, state.required = {}, {}
    state.entry_valid = state.verified_safe = state.stored = False
    return True


def state_for_language(state: WizardState) -> WizardState:
    """The pages start again in a new language: only the exchange and the path (new
    key or replacement) stay."""
    return WizardState(exchange=state.exchange, path=state.path, practice=state.practice)

"""What each exchange's API lets a key do, kept as reviewable data with its sources.

One module per exchange, ``wizard.verify.exchanges.<exchange>_capabilities``, names
in ``CAPABILITIES``:

- every permission the exchange's key answer can carry (``grants``), in the
  exchange's own spelling, with what it opens: the ``Permissions`` fields it makes
  true, or nothing for what a spot bot may hold (reading, spot orders);
- every family of private endpoints that can borrow, lend or earn interest, trade
  derivatives or leverage, or move funds (``families``): its endpoints, the key
  permission and account switch that gate it, whether any setting closes it, how the
  wizard judges it, and the page of the exchange's documentation that says so;
- where on the exchange the person looks when the answer does not tell
  (``where_to_look``, shown as the fix of ``not_verified``).

Adapters classify what the key holds through ``CapabilityMap.classify``: a name not
in the map, switched on, is an unknown permission and never safe. The policy reads
the families that no setting closes through ``KeyFacts.unblockable``.
"""

from __future__ import annotations

import enum
import importlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache

from wizard.errors import ErrorCode
from wizard.verify.model import OpenDoor, Permissions

# The Permissions fields a grant or family can open.
DANGEROUS_FIELDS = (
    "margin",
    "futures",
    "options",
    "withdraw",
    "internal_transfer",
    "universal_transfer",
    "earn",
    "loans",
)
HARMLESS_FIELDS = ("read", "spot_trade")


class Kind(enum.StrEnum):
    """Why a family matters to a spot-only key."""

    BORROW = "borrow"
    LEND_EARN = "lend_earn"
    DERIVATIVES = "derivatives"
    MOVE_FUNDS = "move_funds"


@dataclass(frozen=True)
class Grant:
    """A permission as the exchange's key answer names it."""

    opens: tuple[str, ...]  # Permissions fields it makes true; () opens nothing dangerous
    meaning: str  # what the exchange says it is for
    source: str  # the exchange's documentation


@dataclass(frozen=True)
class Family:
    """A family of private endpoints a spot-only key must not reach."""

    id: str
    name: str  # as the exchange names the product
    kind: Kind
    opens: tuple[str, ...]  # the Permissions fields it counts under
    endpoints: tuple[str, ...]
    gate: str  # the key permission and account switch that open it, in the exchange's words
    judged: str  # how the wizard judges it
    source: str  # the exchange's documentation
    blockable: bool = True  # False: no setting of the key or the account closes it
    stated: bool = True  # False: the gate is inferred; the documentation does not say it
    # For a family no setting closes: the granted names that reach it, and what it
    # lets a key do, in a sentence for the person (QT_TRANSLATE_NOOP "Flags").
    reached_by: tuple[str, ...] = ()
    does: str = ""


@dataclass(frozen=True)
class Classified:
    """What a set of granted permission names opens."""

    opens: frozenset[str]  # Permissions fields made true
    unknown: tuple[str, ...]  # names the map does not know, in the order given


@dataclass(frozen=True)
class Reach:
    """What a key reaches: each Permissions field (``True``, ``False``, or ``None``
    where the answer left out what could open it), the names the map does not know,
    and the families no setting closes, each with the fields only it opens."""

    fields: Mapping[str, bool | None]
    unknown: tuple[str, ...]
    doors: tuple[tuple[Family, tuple[str, ...]], ...]

    def permissions(self, *, ip_restricted: bool | None, **overrides: bool | None) -> Permissions:
        """The normalized permissions, with what the adapter knows better in
        ``overrides`` (for example ``read=True`` where every key can read)."""
        return Permissions(**{**self.fields, **overrides}, ip_restricted=ip_restricted)

    def open_doors(self, limit: Callable[[Family], str | None]) -> tuple[OpenDoor, ...]:
        """The families no setting closes, as the facts carry them; ``limit`` reads
        what limits each one now."""
        return tuple(
            OpenDoor(family.id, family.name, fields, limit(family)) for family, fields in self.doors
        )


@dataclass(frozen=True)
class CapabilityMap:
    exchange: str
    grants: Mapping[str, Grant]
    families: tuple[Family, ...]
    # capability of policy.CONFIRMABLE -> where to look (QT_TRANSLATE_NOOP "Flags")
    where_to_look: Mapping[str, str] = field(default_factory=dict)
    # flag code -> this exchange's own fix, where its switch is somewhere else
    fixes: Mapping[str, str] = field(default_factory=dict)
    # error code -> this exchange's own (title, message, fix) for the error
    error_texts: Mapping[ErrorCode, tuple[str, str, str]] = field(default_factory=dict)

    def grant(self, name: str) -> Grant | None:
        """The map's entry for ``name``, or for its group ("<group>.*")."""
        found = self.grants.get(name)
        if found is None and "." in name:
            found = self.grants.get(name.split(".", 1)[0] + ".*")
        return found

    def classify(self, granted: Iterable[str]) -> Classified:
        opens: set[str] = set()
        unknown: list[str] = []
        for name in granted:
            grant = self.grant(name)
            if grant is None:
                if name not in unknown:
                    unknown.append(name)
            else:
                opens.update(grant.opens)
        return Classified(frozenset(opens), tuple(unknown))

    def unblockable_reached(
        self, granted: Iterable[str], already_open: frozenset[str]
    ) -> tuple[tuple[Family, tuple[str, ...]], ...]:
        """The families no setting closes that a granted name reaches, each with the
        fields only it opens (those a granted permission opens anyway are left out:
        that permission can be switched off, and is flagged as such)."""
        names = set(granted)
        found = []
        for family in self.families:
            if family.blockable or not names & set(family.reached_by):
                continue
            fields = tuple(name for name in family.opens if name not in already_open)
            if fields:
                found.append((family, fields))
        return tuple(found)

    def reach(
        self,
        granted: Iterable[str],
        *,
        unsure: Iterable[str] = (),
        also_open: Iterable[str] = (),
        complete: bool = True,
        closed: Iterable[str] = (),
    ) -> Reach:
        """Judge what the key holds. ``granted``: names switched on; ``unsure``: names
        the answer left out (what they open becomes unknown); ``also_open``: fields an
        account setting opens for this key; ``complete``: False when the answer did
        not list the key's permissions at all (everything not opened is unknown);
        ``closed``: families the account's own answer shows closed now."""
        names = list(granted)
        classified = self.classify(names)
        opens = set(classified.opens) | set(also_open)
        doors = tuple(
            (family, fields)
            for family, fields in self.unblockable_reached(names, frozenset(opens))
            if family.id not in set(closed)
        )
        opens.update(name for _family, fields in doors for name in fields)
        left_out = list(unsure)
        maybe = set(self.classify(left_out).opens)
        maybe.update(
            name
            for family in self.families
            if not family.blockable and set(left_out) & set(family.reached_by)
            for name in family.opens
        )
        fields: dict[str, bool | None] = {}
        for name in (*HARMLESS_FIELDS, *DANGEROUS_FIELDS):
            if name in opens:
                fields[name] = True
            elif name in maybe or not complete:
                fields[name] = None
            else:
                fields[name] = False
        return Reach(fields, classified.unknown, doors)

    def family(self, family_id: str) -> Family:
        for family in self.families:
            if family.id == family_id:
                return family
        raise KeyError(family_id)


def review_table(capabilities: CapabilityMap) -> str:
    """The map as Markdown, for people reviewing it (docs/capabilities.md)."""

    def cell(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")

    lines = [
        "| family | kind | endpoints | gated by | how the wizard judges it | "
        "a setting closes it | source |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for family in capabilities.families:
        closes = "yes" if family.blockable else "**no**"
        if not family.stated:
            closes += " (gate not stated by the exchange)"
        lines.append(
            f"| {cell(family.name)} | {family.kind.value} | "
            f"{cell('; '.join(family.endpoints))} | {cell(family.gate)} | "
            f"{cell(family.judged)} | {closes} | <{family.source}> |"
        )
    lines += [
        "",
        "| permission in the key's answer | opens | meaning | source |",
        "| --- | --- | --- | --- |",
    ]
    for name, grant in capabilities.grants.items():
        opens = ", ".join(grant.opens) or "nothing dangerous"
        lines.append(f"| `{name}` | {opens} | {cell(grant.meaning)} | <{grant.source}> |")
    return "\n".join(lines) + "\n"


def capabilities_document() -> str:
    """docs/capabilities.md: every exchange's map, generated (scripts/capability-tables)."""
    from wizard.i18n import EXCHANGE_NAMES
    from wizard.verify.catalog import SUPPORTED_EXCHANGES

    parts = [
        "# What a key can reach on each exchange\n",
        "Generated from `wizard/verify/exchanges/<exchange>_capabilities.py` by",
        "`scripts/capability-tables`; the tests fail while it is out of date. Each row is",
        "a family of private endpoints that can borrow, lend or earn interest, trade",
        "derivatives or move funds, with the key permission or account switch that",
        "gates it and the exchange's own page that says so. A family that no setting",
        "closes is said in every verification of a key that reaches it",
        "(`borrowing_not_blockable`, `transfers_not_blockable`); a permission the map",
        "does not know, switched on, is `unknown_permission`.\n",
    ]
    for exchange in SUPPORTED_EXCHANGES:
        parts.append(f"## {EXCHANGE_NAMES[exchange]}\n")
        parts.append(review_table(capability_map(exchange)))
    return "\n".join(parts)


@cache
def capability_map(exchange: str) -> CapabilityMap:
    """The map of ``exchange``, loaded when first needed."""
    from wizard.verify.catalog import SUPPORTED_EXCHANGES

    if exchange not in SUPPORTED_EXCHANGES:
        raise ValueError(f"unsupported exchange: {exchange}")
    module = importlib.import_module(f"wizard.verify.exchanges.{exchange}_capabilities")
    capabilities: CapabilityMap = module.CAPABILITIES
    return capabilities

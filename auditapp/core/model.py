"""The typed, immutable model of the standards catalogue and of audit forms.

All numbers are :class:`fractions.Fraction` so that scoring is exact; rounding happens
only when a figure is displayed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from fractions import Fraction

from auditapp.core.text import Text as Text  # re-exported: part of the model


class ItemType(StrEnum):
    CHECK = "check"
    RATING = "rating"
    CHOICE = "choice"
    MULTI = "multi"
    NUMBER = "number"
    TEXT = "text"
    DATE = "date"
    TIME = "time"
    PHOTO = "photo"
    SIGNATURE = "signature"

    @property
    def scored(self) -> bool:
        """Whether items of this type earn points."""
        return self in SCORED_TYPES


SCORED_TYPES = frozenset(
    {ItemType.CHECK, ItemType.RATING, ItemType.CHOICE, ItemType.MULTI, ItemType.NUMBER}
)


class FormKind(StrEnum):
    MYSTERY_SHOP = "mystery_shop"
    INSPECTION = "inspection"
    SELF_ASSESSMENT = "self_assessment"


class SignerRole(StrEnum):
    """Who may sign an audit off."""

    AUDITOR = "auditor"
    SITE_REPRESENTATIVE = "site_representative"


DEFAULT_SIGNATURES: dict[FormKind, tuple[SignerRole, ...]] = {
    # A covert shop must never ask the staff to sign: only the shopper signs.
    FormKind.MYSTERY_SHOP: (SignerRole.AUDITOR,),
    FormKind.INSPECTION: (SignerRole.AUDITOR, SignerRole.SITE_REPRESENTATIVE),
    FormKind.SELF_ASSESSMENT: (SignerRole.AUDITOR, SignerRole.SITE_REPRESENTATIVE),
}
"""The signatures a form of each kind needs unless it says otherwise."""


class CriticalPolicy(StrEnum):
    FAIL = "fail"
    CAP = "cap"


class EvidenceRule(StrEnum):
    NEVER = "never"
    OPTIONAL = "optional"
    REQUIRED = "required"
    REQUIRED_ON_FAILURE = "required_on_failure"


INDUSTRIES = (
    "restaurant",
    "retail",
    "hotel",
    "telecom",
    "call_centre",
    "clinic",
    "government",
    "convenience",
    "bank",
)
UNITS = ("min", "s", "h", "rings", "days", "percent", "count", "celsius", "lux", "m", "cm")
TIMER_UNITS = ("s", "min", "h")
COMPARISONS = ("<=", ">=", "<", ">")


@dataclass(frozen=True)
class Measure:
    """The measurable figure a clause names."""

    metric: str
    """Short machine name of what is measured, e.g. ``time_to_greet``."""
    unit: str
    """Unit of the limit, one of :data:`UNITS`."""
    limit: Fraction
    """The figure the standard sets."""
    comparison: str
    """How a measured value must compare to the limit (``<=``, ``>=``, ``<``, ``>``)."""


@dataclass(frozen=True)
class Clause:
    """One checkable requirement of a written service standard."""

    id: str
    """Stable id such as ``RST-1.2``; never reused."""
    industry: str
    """One of :data:`INDUSTRIES`."""
    title: Text
    """Short name."""
    requirement: Text
    """What must be true, concretely enough to check."""
    measure: Measure | None = None
    """The figure, where the standard names one."""


@dataclass(frozen=True)
class Catalogue:
    """Every clause the shipped and installed forms may cite."""

    clauses: tuple[Clause, ...]
    """In file order."""

    def get(self, clause_id: str) -> Clause | None:
        """The clause with this id, or None."""
        return self._index.get(clause_id)

    @property
    def _index(self) -> dict[str, Clause]:
        cache: dict[str, Clause] | None = self.__dict__.get("_cache")
        if cache is None:
            cache = {c.id: c for c in self.clauses}
            object.__setattr__(self, "_cache", cache)
        return cache


@dataclass(frozen=True)
class GradeBand:
    """One grade: applies when the final percentage is at least ``min``."""

    grade: str
    """Short grade, e.g. ``A``."""
    min: Fraction
    """Lowest percentage that earns this grade."""
    label: Text
    """Words for the grade."""


@dataclass(frozen=True)
class ScoringSettings:
    """How a form turns points into a result."""

    critical_policy: CriticalPolicy
    """What a failed critical item does."""
    pass_percent: Fraction
    """The audit passes at or above this final percentage (and with no ``fail`` critical)."""
    grades: tuple[GradeBand, ...]
    """Highest first; the last has ``min`` 0."""
    cap_percent: Fraction | None = None
    """With policy ``cap``: the highest percentage an audit with a failed critical item gets."""


@dataclass(frozen=True)
class Option:
    """One option of a choice or multi item, or one labelled point of a rating scale."""

    id: str
    """Stable id, unique within the item (for rating labels: the value as text)."""
    label: Text
    """What the auditor sees."""
    points: Fraction = Fraction(0)
    """Points earned by choosing it (choice and multi only)."""


@dataclass(frozen=True)
class Scale:
    """The range of a rating item."""

    min: int
    """Lowest value; earns 0 points."""
    max: int
    """Highest value; earns full points."""
    labels: tuple[Option, ...] = ()
    """Optional words for some values (``Option.id`` is the value)."""


@dataclass(frozen=True)
class Band:
    """A range of a number item that earns ``score`` x points."""

    min: Fraction | None
    """Inclusive lower bound, or None for open."""
    max: Fraction | None
    """Inclusive upper bound, or None for open."""
    score: Fraction
    """Fraction of the item's points, 0..1."""

    def contains(self, value: Fraction) -> bool:
        """Whether ``value`` lies within the band (bounds inclusive)."""
        return (self.min is None or value >= self.min) and (self.max is None or value <= self.max)


@dataclass(frozen=True)
class Evidence:
    """When a photo or a comment must accompany an answer."""

    photo: EvidenceRule = EvidenceRule.OPTIONAL
    """Rule for photos attached to the item."""
    comment: EvidenceRule = EvidenceRule.OPTIONAL
    """Rule for the item's comment."""


@dataclass(frozen=True)
class Condition:
    """Shows an item only when an earlier item's answer matches."""

    item: str
    """Id of the earlier item."""
    op: str
    """``equals``, ``not_equals`` or ``in``."""
    values: tuple[str, ...]
    """Values compared with the answer, as text (one value unless ``op`` is ``in``)."""


@dataclass(frozen=True)
class Item:
    """One question of a form."""

    id: str
    """Unique within the form."""
    type: ItemType
    """What kind of answer it takes."""
    prompt: Text
    """The question."""
    guidance: Text | None = None
    """How the auditor should judge it."""
    clause: str | None = None
    """Catalogue clause id; required for scored items."""
    points: Fraction = Fraction(1)
    """Maximum points (scored types only)."""
    critical: bool = False
    """A failure triggers the form's critical policy."""
    required: bool = True
    """Must be answered (or N/A) before the audit can be completed."""
    allow_na: bool = False
    """May be marked not applicable."""
    evidence: Evidence = field(default_factory=Evidence)
    """Photo and comment rules."""
    visible_if: Condition | None = None
    """Shown only when this condition holds."""
    unit: str | None = None
    """Number items: unit of the value."""
    timer: bool = False
    """Number items: the runner offers a stopwatch."""
    rule: Band | None = None
    """Number items: pass when the value lies within (``score`` is 1)."""
    bands: tuple[Band, ...] = ()
    """Number items: scoring bands, first match wins."""
    scale: Scale | None = None
    """Rating items: the scale."""
    options: tuple[Option, ...] = ()
    """Choice and multi items: the options."""

    @property
    def scored(self) -> bool:
        """Whether the item earns points."""
        return self.type.scored


@dataclass(frozen=True)
class Section:
    """A group of items with a common weight."""

    id: str
    """Unique within the form."""
    title: Text
    """Heading."""
    items: tuple[Item, ...]
    """In form order."""
    weight: Fraction = Fraction(1)
    """Multiplies its items' points."""


@dataclass(frozen=True)
class Form:
    """An audit form. Immutable once published: a change is a new version."""

    id: str
    """Stable id (lower-case letters, digits, dashes)."""
    version: int
    """Integer version, 1 and up."""
    kind: FormKind
    """Mystery shop, inspection or self-assessment."""
    industry: str
    """One of :data:`INDUSTRIES`."""
    title: Text
    """Title."""
    scoring: ScoringSettings
    """Policy, pass mark and grades."""
    sections: tuple[Section, ...]
    """In form order."""
    description: Text | None = None
    """What the form is for."""
    signatures: tuple[SignerRole, ...] = ()
    """Signatures needed to complete an audit, in signing order; empty means the kind's
    default (:data:`DEFAULT_SIGNATURES`). Use :attr:`required_signatures` to read it."""
    actions_required: bool = False
    """Every failed item needs a corrective action before the audit can be completed."""

    @property
    def required_signatures(self) -> tuple[SignerRole, ...]:
        """The signatures an audit on this form needs before it can be completed."""
        return self.signatures or DEFAULT_SIGNATURES[self.kind]

    def items(self) -> list[Item]:
        """Every item in form order."""
        return [item for section in self.sections for item in section.items]

    def item(self, item_id: str) -> Item:
        """The item with this id (KeyError when absent)."""
        return self._items[item_id][1]

    def section_of(self, item_id: str) -> Section:
        """The section holding the item (KeyError when absent)."""
        return self._items[item_id][0]

    @property
    def _items(self) -> dict[str, tuple[Section, Item]]:
        cache: dict[str, tuple[Section, Item]] | None = self.__dict__.get("_cache")
        if cache is None:
            cache = {i.id: (s, i) for s in self.sections for i in s.items}
            object.__setattr__(self, "_cache", cache)
        return cache

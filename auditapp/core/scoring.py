"""The one scoring definition used by every view (see docs/scoring.md).

Arithmetic is exact (:class:`~fractions.Fraction`); :func:`display_percent` rounds for
display only.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import NamedTuple

from auditapp.core.answers import Answer, Answers, value_text
from auditapp.core.model import (
    Band,
    CriticalPolicy,
    EvidenceRule,
    Form,
    GradeBand,
    Item,
    ItemType,
    Section,
)


class ItemResult(NamedTuple):
    """How one item contributes to the score.

    A named tuple rather than a frozen dataclass: one is built per item per scoring, and
    importing thousands of audits scores hundreds of thousands of items.
    """

    item_id: str
    """The item."""
    section_id: str
    """Its section."""
    visible: bool
    """False when hidden by its condition; hidden items count nowhere."""
    answered: bool
    """Has a value (or photos for photo items) and is not N/A."""
    na: bool
    """Marked not applicable; excluded from earned and possible points."""
    earned: Fraction
    """Points earned, before the section weight (0 when not counted)."""
    possible: Fraction
    """Points possible, before the section weight (0 when not counted)."""
    weight: Fraction
    """The section weight applied to both."""
    counted: bool
    """Whether the item is in the score: scored, visible, answered and not N/A."""
    failed: bool
    """Counted and earned nothing."""
    critical_failed: bool
    """Failed and critical."""


@dataclass(frozen=True)
class SectionResult:
    """Weighted totals of one section."""

    section_id: str
    """The section."""
    weight: Fraction
    """Its weight."""
    earned: Fraction
    """Sum of weight x earned over counted items."""
    possible: Fraction
    """Sum of weight x points over counted items."""
    answered: int
    """Visible items answered or N/A."""
    visible: int
    """Visible items."""

    @property
    def percent(self) -> Fraction | None:
        """100 x earned / possible, or None when nothing counts yet."""
        return Fraction(100) * self.earned / self.possible if self.possible else None


@dataclass(frozen=True)
class AuditScore:
    """The whole result, enough to explain the score line by line."""

    items: tuple[ItemResult, ...]
    """Per item, in form order."""
    sections: tuple[SectionResult, ...]
    """Per section, in form order."""
    earned: Fraction
    """Sum of weighted earned points."""
    possible: Fraction
    """Sum of weighted possible points."""
    raw_percent: Fraction | None
    """100 x earned / possible before the critical policy; None when nothing counts."""
    percent: Fraction | None
    """The final percentage after a ``cap``; None when nothing counts."""
    capped: bool
    """Whether the cap lowered the percentage."""
    failed_critical: tuple[str, ...]
    """Ids of failed critical items, in form order."""
    critical_fail: bool
    """The ``fail`` policy applies: the audit fails whatever its percentage."""
    grade: GradeBand | None
    """Grade band of the final percentage."""
    passed: bool | None
    """Pass mark reached and no ``fail`` critical; None while nothing counts."""
    required_total: int
    """Visible required items."""
    required_open: tuple[str, ...]
    """Visible required items neither answered nor N/A, in form order."""
    evidence_open: tuple[tuple[str, str], ...] = ()
    """Answered visible items whose evidence rule is not met yet, as (item id, ``photo`` or
    ``comment``), in form order: a comment required on a fail, a required photo..."""

    @property
    def open_points(self) -> int:
        """What still stands between the audit and its completion: required items open
        plus unmet evidence rules. Zero means "all required answered", evidence included."""
        return len(self.required_open) + len(self.evidence_open)

    @property
    def completion(self) -> Fraction:
        """Share of visible required items answered or N/A (1 when none are required)."""
        if not self.required_total:
            return Fraction(1)
        return Fraction(self.required_total - len(self.required_open), self.required_total)


def visible_items(form: Form, answers: Answers) -> dict[str, bool]:
    """Visibility of every item (by id), following conditions in form order."""
    shown: dict[str, bool] = {}
    for item in form.items():
        cond = item.visible_if
        if cond is None:
            shown[item.id] = True
            continue
        target = answers.get(cond.item)
        if not shown.get(cond.item, False) or target is None or target.na or not target.has_value:
            shown[item.id] = False
            continue
        given: set[object]
        wanted: set[object]
        if isinstance(target.value, Decimal):  # numbers compare as numbers: 12 == 12.0
            given = {target.value.normalize()}
            wanted = {Decimal(v).normalize() for v in cond.values}
        else:
            raw = target.value
            given = set(raw) if isinstance(raw, tuple) else {value_text(raw)}
            wanted = set(cond.values)
        if cond.op == "not_equals":
            shown[item.id] = not (given & wanted)
        else:
            shown[item.id] = bool(given & wanted)
    return shown


ZERO = Fraction(0)
ONE = Fraction(1)


def item_fraction(item: Item, answer: Answer) -> Fraction:
    """Earned share of the item's points (0..1) for a given, non-N/A answer."""
    v = answer.value
    if item.type == ItemType.RATING and isinstance(v, int):
        return _rating_shares(item)[v]
    if item.type == ItemType.CHECK:
        return ONE if v == "pass" else ZERO
    if item.type == ItemType.RATING:
        assert item.scale is not None and isinstance(v, int)
        return Fraction(v - item.scale.min, item.scale.max - item.scale.min)
    if item.type == ItemType.CHOICE:
        pts = next((o.points for o in item.options if o.id == v), Fraction(0))
        return pts / item.points
    if item.type == ItemType.MULTI:
        chosen = set(v) if isinstance(v, tuple) else set()
        total = sum((o.points for o in item.options if o.id in chosen), Fraction(0))
        return min(total, item.points) / item.points
    if item.type == ItemType.NUMBER:
        # Exact comparisons on the integer ratio: no Fraction built for the answer.
        n, d = v.as_integer_ratio()  # type: ignore[union-attr]
        if item.rule is not None:
            return ONE if _in_band(item.rule, n, d) else ZERO
        return next((b.score for b in item.bands if _in_band(b, n, d)), ZERO)
    return ZERO


def _in_band(band: Band, n: int, d: int) -> bool:
    """Whether n/d (d > 0) lies within the band, bounds inclusive, in integer arithmetic."""
    lo, hi = band.min, band.max
    return (lo is None or n * lo.denominator >= lo.numerator * d) and (
        hi is None or n * hi.denominator <= hi.numerator * d
    )


def _rating_points(item: Item) -> dict[int, Fraction]:
    """Points earned for each rating value, computed once per item (a hot path in imports)."""
    cached: dict[int, Fraction] | None = item.__dict__.get("_points")
    if cached is None:
        cached = {v: item.points * share for v, share in _rating_shares(item).items()}
        object.__setattr__(item, "_points", cached)
    return cached


def _rating_shares(item: Item) -> dict[int, Fraction]:
    """Share of points of each rating value, computed once per item (a hot path in imports)."""
    cached: dict[int, Fraction] | None = item.__dict__.get("_shares")
    if cached is None:
        assert item.scale is not None
        lo, hi = item.scale.min, item.scale.max
        cached = {v: Fraction(v - lo, hi - lo) for v in range(lo, hi + 1)}
        object.__setattr__(item, "_shares", cached)
    return cached


def is_answered(item: Item, answer: Answer | None) -> bool:
    """Whether the item has an answer that counts (N/A does not; see :func:`is_settled`)."""
    if answer is None or answer.na:
        return False
    if item.type == ItemType.PHOTO:
        return answer.photo_count > 0
    if item.type == ItemType.SIGNATURE:  # the signer's printed name and the drawing itself
        return answer.has_value and answer.photo_count > 0
    return answer.has_value


def _needs(rule: EvidenceRule, failed: bool) -> bool:
    return rule is EvidenceRule.REQUIRED or (rule is EvidenceRule.REQUIRED_ON_FAILURE and failed)


def unmet_evidence(item: Item, answer: Answer | None, failed: bool) -> list[str]:
    """Which kinds of evidence (``photo``, ``comment``) the answer lacks under the item's
    rules; nothing for an item left unanswered or marked N/A."""
    if answer is None or answer.na:
        return []
    out = []
    if _needs(item.evidence.photo, failed) and answer.photo_count == 0:
        out.append("photo")
    if _needs(item.evidence.comment, failed) and not answer.comment.strip():
        out.append("comment")
    return out


_DEMANDING = (EvidenceRule.REQUIRED, EvidenceRule.REQUIRED_ON_FAILURE)


def is_settled(item: Item, answer: Answer | None) -> bool:
    """Answered, or marked N/A where the item allows it."""
    return is_answered(item, answer) or (answer is not None and answer.na and item.allow_na)


def score(form: Form, answers: Answers) -> AuditScore:
    """Score ``answers`` against ``form`` under the rules of docs/scoring.md."""
    shown = visible_items(form, answers)
    items: list[ItemResult] = []
    sections: list[SectionResult] = []
    required_open: list[str] = []
    evidence_open: list[tuple[str, str]] = []
    required_total = 0
    get = answers.get
    for section, entries in _plan(form):
        # Unweighted sums per section, weighted once at the end. Points are summed as
        # integer numerators per denominator (exact, and far cheaper than adding Fractions);
        # each section turns them into one Fraction.
        earned_by_den: dict[int, int] = {}
        possible_by_den: dict[int, int] = {}
        s_answered = s_visible = 0
        w, sid = section.weight, section.id
        for item, iid, kind, allow_na, scored, required, critical, points, demanding in entries:
            ans = get(iid)
            visible = shown[iid]
            if ans is None:
                na = answered = False
            else:
                na = ans.na and allow_na
                if not visible:
                    answered = False
                elif kind is ItemType.PHOTO or kind is ItemType.SIGNATURE:
                    answered = is_answered(item, ans)
                else:  # is_answered, inlined: this loop runs for every item of every audit
                    v = ans.value
                    answered = not ans.na and v is not None and v != () and v != ""
            counted = scored and answered and not na
            earned = possible = ZERO
            if counted:
                assert ans is not None
                possible = points
                if kind is ItemType.RATING and type(ans.value) is int:
                    earned = _rating_points(item)[ans.value]
                else:
                    share = item_fraction(item, ans)
                    earned = (
                        possible if share is ONE else ZERO if share is ZERO else possible * share
                    )
                d = earned.denominator
                earned_by_den[d] = earned_by_den.get(d, 0) + earned.numerator
                d = possible.denominator
                possible_by_den[d] = possible_by_den.get(d, 0) + possible.numerator
            failed = counted and not earned
            if visible:
                s_visible += 1
                settled = answered or na
                if settled:
                    s_answered += 1
                if required:
                    required_total += 1
                    if not settled:
                        required_open.append(iid)
                if demanding and answered:
                    evidence_open.extend((iid, k) for k in unmet_evidence(item, ans, failed))
            items.append(
                ItemResult(
                    iid,
                    sid,
                    visible,
                    answered,
                    na,
                    earned,
                    possible,
                    w,
                    counted,
                    failed,
                    failed and critical,
                )
            )
        s_earned, s_possible = (
            _sum_by_denominator(earned_by_den),
            _sum_by_denominator(possible_by_den),
        )
        if w != 1:
            s_earned, s_possible = w * s_earned, w * s_possible
        sections.append(SectionResult(section.id, w, s_earned, s_possible, s_answered, s_visible))
    earned = sum((s.earned for s in sections), ZERO)
    possible = sum((s.possible for s in sections), ZERO)
    failed_critical = tuple(r.item_id for r in items if r.critical_failed)
    settings = form.scoring
    raw = Fraction(100) * earned / possible if possible else None
    final, capped = raw, False
    if raw is not None and failed_critical and settings.critical_policy == CriticalPolicy.CAP:
        assert settings.cap_percent is not None
        if raw > settings.cap_percent:
            final, capped = settings.cap_percent, True
    critical_fail = bool(failed_critical) and settings.critical_policy == CriticalPolicy.FAIL
    grade = grade_for(form, final) if final is not None else None
    passed = None if final is None else (final >= settings.pass_percent and not critical_fail)
    return AuditScore(
        tuple(items),
        tuple(sections),
        earned,
        possible,
        raw,
        final,
        capped,
        failed_critical,
        critical_fail,
        grade,
        passed,
        required_total,
        tuple(required_open),
        tuple(evidence_open),
    )


_Entry = tuple[Item, str, ItemType, bool, bool, bool, bool, Fraction, bool]


def _plan(form: Form) -> tuple[tuple[Section, tuple[_Entry, ...]], ...]:
    """What scoring reads of each item, gathered once per form (forms are immutable)."""
    cached: tuple[tuple[Section, tuple[_Entry, ...]], ...] | None = form.__dict__.get("_plan")
    if cached is None:
        cached = tuple(
            (
                section,
                tuple(
                    (
                        i,
                        i.id,
                        i.type,
                        i.allow_na,
                        i.scored,
                        i.required,
                        i.critical,
                        i.points,
                        i.evidence.photo in _DEMANDING or i.evidence.comment in _DEMANDING,
                    )
                    for i in section.items
                ),
            )
            for section in form.sections
        )
        object.__setattr__(form, "_plan", cached)
    return cached


def _sum_by_denominator(numerators: dict[int, int]) -> Fraction:
    total = ZERO
    for den, num in numerators.items():
        total += num if den == 1 else Fraction(num, den)
    return total


def grade_for(form: Form, percent: Fraction) -> GradeBand:
    """The first grade band (highest first) whose minimum the percentage reaches."""
    for band in form.scoring.grades:
        if percent >= band.min:
            return band
    return form.scoring.grades[-1]


def display_percent(value: Fraction | None) -> str:
    """One decimal place, halves rounded up (``83.35`` -> ``83.4``); ``-`` for None."""
    if value is None:
        return "-"
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return str(exact.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))

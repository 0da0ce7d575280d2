"""Scoring: the worked examples of docs/scoring.md, exactly, and its properties."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditapp.core.answers import Answer, parse_value
from auditapp.core.model import CriticalPolicy, ItemType
from auditapp.core.rules import completion_check
from auditapp.core.scoring import display_percent, score
from tests.scoring_forms import worked_form


def answers(**values):
    out = {}
    for k, v in values.items():
        out[k] = Answer(k, None, na=True) if v == "NA" else Answer(k, v)
    return out


BASE = dict(greet="pass", attitude=4, hygiene="pass", wait=Decimal(12), tables="partly")


def test_example_a_all_answered():
    r = score(worked_form(), answers(**BASE))
    s, c = r.sections
    assert (s.earned, s.possible) == (Fraction(11, 2), 6)
    assert (c.earned, c.possible) == (3, 4)
    assert r.percent == 85 and display_percent(r.percent) == "85.0"
    assert r.grade.grade == "B" and r.passed is True and not r.failed_critical


def test_example_b_na_leaves_both_sums():
    r = score(worked_form(), answers(**{**BASE, "attitude": "NA"}))
    assert (r.sections[0].earned, r.sections[0].possible) == (4, 4)
    assert r.percent == Fraction(175, 2) and display_percent(r.percent) == "87.5"
    assert r.grade.grade == "B" and r.passed


def test_example_c_critical_cap():
    r = score(worked_form("cap"), answers(**{**BASE, "hygiene": "fail"}))
    assert r.raw_percent == 75 and r.percent == 60 and r.capped
    assert r.grade.grade == "C" and r.passed is False
    assert r.failed_critical == ("hygiene",)


def test_example_d_critical_fail_policy():
    r = score(worked_form("fail"), answers(**{**BASE, "hygiene": "fail"}))
    assert r.percent == 75 and not r.capped and r.critical_fail
    assert r.grade.grade == "C" and r.passed is False


def test_example_e_slow_service_fails_item():
    r = score(worked_form(), answers(**{**BASE, "wait": Decimal(16)}))
    assert r.percent == 75 and r.passed is False
    wait = next(i for i in r.items if i.item_id == "wait")
    assert wait.failed and not wait.critical_failed


def test_example_f_rounding_is_display_only():
    assert display_percent(Fraction(200, 3)) == "66.7"
    assert display_percent(Fraction(8335, 100)) == "83.4"
    assert display_percent(None) == "-"


def test_condition_hides_and_shows():
    form = worked_form()
    r = score(form, answers(**BASE))
    why = next(i for i in r.items if i.item_id == "why_dirty")
    assert why.visible  # tables = partly
    assert "why_dirty" in r.required_open
    r2 = score(form, answers(**{**BASE, "tables": "clean"}))
    assert not next(i for i in r2.items if i.item_id == "why_dirty").visible
    assert r2.required_open == ()


def test_completion_and_evidence():
    form = worked_form()
    r = score(form, {})
    assert r.percent is None and r.passed is None and r.grade is None
    assert r.completion == 0
    missing = completion_check(form, answers(**{**BASE, "tables": "dirty"}))
    reasons = {(m.item_id, m.reason) for m in missing}
    assert reasons == {("tables", "photo"), ("tables", "comment"), ("why_dirty", "unanswered")}


def test_unmet_evidence_rules_count_as_open_points():
    """The header's "All required answered" must not appear while evidence is missing."""
    form = worked_form()
    full = answers(**{**BASE, "tables": "dirty", "why_dirty": "Crumbs"})
    r = score(form, full)
    assert r.required_open == ()  # every required item has an answer...
    assert r.evidence_open == (("tables", "photo"), ("tables", "comment"))  # ...not its evidence
    assert r.open_points == 2
    assert [(m.item_id, m.reason) for m in completion_check(form, full, r)] == list(r.evidence_open)

    full["tables"] = Answer("tables", "dirty", comment="Sticky", photo_count=1)
    r = score(form, full)
    assert r.evidence_open == () and r.open_points == 0
    assert completion_check(form, full, r) == []

    # Passed: "required_on_failure" asks for nothing; N/A and unanswered items neither.
    passed = answers(**{**BASE, "tables": "clean"})
    assert score(form, passed).evidence_open == ()
    assert score(form, {"tables": Answer("tables", None, na=True)}).evidence_open == ()
    unanswered = score(form, answers(greet="pass"))
    assert unanswered.evidence_open == ()
    assert unanswered.open_points == len(unanswered.required_open) > 0


def test_parse_value_rejects_bad_input():
    form = worked_form()
    with pytest.raises(Exception, match="takes a number in min"):
        parse_value(form.item("wait"), "twelve")
    with pytest.raises(Exception, match="from 1 to 5"):
        parse_value(form.item("attitude"), 6)
    with pytest.raises(Exception, match="one of clean, partly, dirty"):
        parse_value(form.item("tables"), "sparkling")
    assert parse_value(form.item("wait"), "12,5") == Decimal("12.5")
    assert parse_value(form.item("greet"), " PASS ") == "pass"


# -- properties --------------------------------------------------------------------
FORM = worked_form()
FORM_FAIL = worked_form("fail")


def _value_strategy(item):
    if item.type == ItemType.CHECK:
        return st.sampled_from(["pass", "fail"])
    if item.type == ItemType.RATING:
        return st.integers(item.scale.min, item.scale.max)
    if item.type == ItemType.CHOICE:
        return st.sampled_from([o.id for o in item.options])
    if item.type == ItemType.NUMBER:
        return st.integers(0, 600).map(lambda n: Decimal(n) / 10)
    return st.sampled_from(["ok", "late", "无"])


@st.composite
def answer_sets(draw, form=FORM):
    out = {}
    for item in form.items():
        if draw(st.booleans()):
            if item.allow_na and draw(st.booleans()):
                out[item.id] = Answer(item.id, None, na=True)
            else:
                out[item.id] = Answer(item.id, draw(_value_strategy(item)))
    return out


@given(answer_sets())
def test_percent_always_within_bounds(ans):
    r = score(FORM, ans)
    assert r.percent is None or 0 <= r.percent <= 100


@given(answer_sets(), st.randoms())
def test_answer_order_does_not_matter(ans, rnd):
    keys = list(ans)
    rnd.shuffle(keys)
    assert score(FORM, {k: ans[k] for k in keys}) == score(FORM, ans)


@given(answer_sets())
def test_na_never_changes_other_items(ans):
    base = score(FORM, ans)
    with_na = score(FORM, {**ans, "attitude": Answer("attitude", None, na=True)})
    for a, b in zip(base.items, with_na.items, strict=True):
        if a.item_id != "attitude":
            assert (a.earned, a.possible) == (b.earned, b.possible)


@given(answer_sets())
@settings(max_examples=150)
def test_turning_a_failure_into_a_pass_never_lowers(ans):
    before = score(FORM, ans)
    for item in FORM.items():
        a = ans.get(item.id)
        if item.type == ItemType.CHECK and a and not a.na and a.value == "fail":
            after = score(FORM, {**ans, item.id: Answer(item.id, "pass")})
            assert after.percent >= before.percent


@given(answer_sets(form=FORM_FAIL))
def test_failed_critical_under_fail_always_fails(ans):
    ans = {**ans, "hygiene": Answer("hygiene", "fail")}
    r = score(FORM_FAIL, ans)
    assert FORM_FAIL.scoring.critical_policy == CriticalPolicy.FAIL
    assert r.passed is False and "hygiene" in r.failed_critical


def test_number_conditions_compare_numerically():
    from auditapp.core.forms import parse_form
    from auditapp.core.scoring import visible_items

    text = """
format: 1
id: cond
version: 1
kind: inspection
industry: restaurant
title: {en: C, zh: C}
scoring: {critical_policy: fail, pass_percent: 50, grades: [{grade: A, min: 0, label: {en: A, zh: A}}]}
sections:
  - id: s
    title: {en: S, zh: S}
    items:
      - {id: n, type: number, unit: count, clause: RST-1.1, rule: {max: 20}, prompt: {en: n, zh: n}}
      - {id: t, type: text, prompt: {en: t, zh: t}, visible_if: {item: n, equals: 12}}
"""
    form = parse_form(text, None)
    for typed in ("12", "12.0", "12.00"):
        assert visible_items(form, {"n": Answer("n", parse_value(form.item("n"), typed))})["t"]
    assert not visible_items(form, {"n": Answer("n", Decimal(13))})["t"]
    bad = text.replace("equals: 12}", "equals: twelve}")
    with pytest.raises(Exception, match="takes numbers"):
        parse_form(bad, None)

"""Sign-off settings of a form: which signatures it needs, and required corrective actions."""

from __future__ import annotations

import re

import pytest
import yaml
from openpyxl import load_workbook

from auditapp.core import FormError, form_hash, form_to_data, load_catalogue, load_form, parse_form
from auditapp.core.forms import form_from_data
from auditapp.core.loaders.authoring import write_workbook
from auditapp.core.model import FormKind, SignerRole
from tests.conftest import DATA

AUDITOR, SITE_REP = SignerRole.AUDITOR, SignerRole.SITE_REPRESENTATIVE


def _form_text(**changes: object) -> str:
    data = yaml.safe_load((DATA / "good_form.yaml").read_text(encoding="utf-8"))
    data.update(changes)
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def _problems(text: str) -> list[str]:
    with pytest.raises(FormError) as info:
        parse_form(text, None, "f.yaml")
    assert all(
        p.source == "f.yaml" and re.fullmatch(r"\d+:\d+", p.where) for p in info.value.problems
    )
    return [f"{p.where} {p.path}: {p.message}" for p in info.value.problems]


@pytest.mark.parametrize(
    "kind,expected",
    [
        ("mystery_shop", (AUDITOR,)),
        ("inspection", (AUDITOR, SITE_REP)),
        ("self_assessment", (AUDITOR, SITE_REP)),
    ],
)
def test_signatures_default_by_kind(kind, expected):
    form = parse_form(_form_text(kind=kind), None)
    assert form.kind == FormKind(kind)
    assert form.required_signatures == expected
    assert not form.actions_required
    data = form_to_data(form)
    assert "signatures" not in data and "actions_required" not in data


def test_settings_are_read_written_and_hashed_only_when_not_the_default():
    base = parse_form(_form_text(), None)
    spelled = parse_form(_form_text(signatures=["auditor"], actions_required=False), None)
    assert spelled == base and form_hash(spelled) == form_hash(base)

    both = parse_form(_form_text(signatures=["auditor", "site_representative"]), None)
    assert both.required_signatures == (AUDITOR, SITE_REP)
    assert form_to_data(both)["signatures"] == ["auditor", "site_representative"]
    assert form_hash(both) != form_hash(base)

    strict = parse_form(_form_text(actions_required=True), None)
    assert strict.actions_required and form_to_data(strict)["actions_required"] is True
    assert form_hash(strict) != form_hash(base)

    # An inspection that only its auditor signs differs from the inspection default.
    solo = parse_form(_form_text(kind="inspection", signatures=["auditor"]), None)
    assert solo.required_signatures == (AUDITOR,)
    assert form_to_data(solo)["signatures"] == ["auditor"]
    for form in (both, strict, solo):
        again = form_from_data(form_to_data(form))
        assert again == form and form_hash(again) == form_hash(form)


@pytest.mark.parametrize(
    "value,message",
    [
        (["site_representative"], "signatures: every audit is signed by its auditor"),
        (["auditor", "auditor"], "signatures[2]: 'auditor' is listed twice"),
        (["auditor", "manager"], "signatures[2]: expected one of auditor, site_representative"),
        ([], "signatures: "),
        ("auditor", "signatures: "),
    ],
)
def test_bad_signatures_are_located(value, message):
    problems = _problems(_form_text(signatures=value))
    assert any(message in p for p in problems), problems


def test_bad_actions_required_is_located():
    problems = _problems(_form_text(actions_required="sometimes"))
    assert any("actions_required" in p for p in problems), problems


def test_shipped_forms_keep_their_hashes(library):
    """Hashes pinned before the sign-off settings existed: stored audits still match."""
    _catalogue, forms = library
    pinned = {
        "call-centre-mystery-call": "0e51932a31611d3543669ada700b4973990d7660962b9d5957265b74e2315777",
        "clinic-outpatient-inspection": "e492e085271d2fda371e0ef3a4472933b21c7f50e8be5bd4364e7b48e91f91e5",
        "convenience-store-self-assessment": "ede37461cd798890274d2f7d9c861860854bcd2e2a40029ac541413e2170cc00",
        "government-service-hall": "8a331a471bea8e944c0f78c809333c27b1b369ea5c4fd3df66e26a8e9e9b97e2",
        "hotel-stay-mystery-audit": "f8e0504594a9274f4c696440a81c1abfc12fb29d447be5ed4851b06e5e197659",
        "restaurant-mystery-visit": "907752d2687005c0de1976929db57c406aced40ae9dd30773208610d3e91b39e",
        "retail-store-inspection": "c5aeb4ec146cdd44daf9fa78443433436bf314b3139a26f4bbed598e7b18014d",
        "telecom-home-installation": "ad589c6492b420f92ce1e8e6981f03da215da4bcd4ec6e717be774003b901cdf",
    }
    assert {f.id: form_hash(f) for f in forms if f.version == 1} == pinned
    kinds = {f.id: f.required_signatures for f in forms}
    assert kinds["restaurant-mystery-visit"] == (AUDITOR,)
    assert kinds["retail-store-inspection"] == (AUDITOR, SITE_REP)


def test_workbook_carries_the_settings(tmp_path):
    catalogue = load_catalogue(DATA / "catalogue.yaml")
    form = parse_form(
        _form_text(signatures=["auditor", "site_representative"], actions_required=True), catalogue
    )
    path = tmp_path / "f.xlsx"
    write_workbook(path, form)
    again = load_form(path, catalogue)
    assert again == form and form_hash(again) == form_hash(form)

    wb = load_workbook(path)
    ws = wb["Form"]
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == "signatures")
    ws.cell(row, 2).value = "auditor|cashier"
    wb.save(path)
    with pytest.raises(FormError) as info:
        load_form(path, catalogue)
    texts = [f"{p.where} {p.path}: {p.message}" for p in info.value.problems]
    assert any(
        f"Form!B{row}" in t and "expected one of auditor, site_representative" in t for t in texts
    ), texts

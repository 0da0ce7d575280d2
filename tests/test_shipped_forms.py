"""The shipped catalogue and forms: valid, complete, bilingual, and covering the standards."""

from __future__ import annotations

import json

import jsonschema
import pytest
import yaml

from auditapp.core import form_hash, form_to_data, parse_form
from auditapp.core.forms import shipped_forms_dir
from auditapp.core.model import ItemType
from tests.conftest import DATA

FORMS_DIR = shipped_forms_dir()


def test_library_size_and_industries(library):
    catalogue, forms = library
    assert len(forms) >= 8
    assert len({f.industry for f in forms}) >= 7
    ids = {f.id for f in forms}
    for wanted in (
        "restaurant-mystery-visit",
        "call-centre-mystery-call",
        "retail-store-inspection",
        "hotel-stay-mystery-audit",
        "telecom-home-installation",
        "clinic-outpatient-inspection",
        "government-service-hall",
        "convenience-store-self-assessment",
    ):
        assert wanted in ids
    assert len(catalogue.clauses) >= 60


def test_every_form_is_complete(library):
    catalogue, forms = library
    for form in forms:
        items = form.items()
        assert len(items) >= 20, form.id
        assert any(i.critical for i in items), form.id
        assert len(form.sections) >= 2, form.id
        for item in items:
            assert item.guidance is not None, f"{form.id}/{item.id} has no guidance"
            for text in (item.prompt, item.guidance):
                assert text.en.strip() and text.zh.strip()
                assert any("\u4e00" <= ch <= "\u9fff" for ch in text.zh), f"{form.id}/{item.id}"
            if item.scored:
                clause = catalogue.get(item.clause)
                assert clause is not None and clause.industry == form.industry, (
                    f"{form.id}/{item.id}"
                )


def test_all_item_types_are_used(library):
    _, forms = library
    used = {i.type for f in forms for i in f.items()}
    assert used == set(ItemType)
    assert any(i.bands for f in forms for i in f.items())
    assert {f.scoring.critical_policy.value for f in forms} == {"fail", "cap"}


def test_timed_standards_are_stopwatch_numbers(library):
    catalogue, forms = library
    by_id = {f.id: f for f in forms}
    timers = [i for f in forms for i in f.items() if i.timer]
    assert len(timers) >= 5
    for item in timers:
        assert item.type == ItemType.NUMBER and item.unit in ("s", "min", "h")
        assert item.rule is not None or item.bands
    # The seeds' figures: greeting within 2 minutes and food within 15 minutes of ordering.
    rest = by_id["restaurant-mystery-visit"]
    limits = {(i.unit, i.rule.max) for i in rest.items() if i.timer and i.rule}
    assert ("min", 2) in limits and ("min", 15) in limits
    # A service line answers within three rings.
    rings = [i for i in by_id["call-centre-mystery-call"].items() if i.unit == "rings"]
    assert rings and rings[0].rule.max == 3
    measured = [c for c in catalogue.clauses if c.measure]
    assert len(measured) >= 15


def test_hash_is_stable_across_layout_and_key_order(library):
    _, forms = library
    for form in forms:
        path = FORMS_DIR / f"{form.id}.yaml"
        data = yaml.safe_load(path.read_text(encoding="utf-8"))

        def shuffle(obj):
            if isinstance(obj, dict):
                return {k: shuffle(obj[k]) for k in reversed(list(obj))}
            if isinstance(obj, list):
                return [shuffle(v) for v in obj]
            return obj

        text = yaml.safe_dump(shuffle(data), allow_unicode=True, default_flow_style=True, width=60)
        assert form_hash(parse_form(text, None, "reordered.yaml")) == form_hash(form)
        data["sections"][0]["items"][0]["prompt"]["en"] += "!"
        changed = yaml.safe_dump(data, allow_unicode=True)
        assert form_hash(parse_form(changed, None, "changed.yaml")) != form_hash(form)


def test_spelling_a_default_does_not_change_the_hash():
    text = (DATA / "good_form.yaml").read_text(encoding="utf-8")
    base = form_hash(parse_form(text, None))
    data = yaml.safe_load(text)
    data["sections"][0].setdefault("weight", 1)
    data["sections"][0]["items"][0].setdefault("required", True)
    assert form_hash(parse_form(yaml.safe_dump(data, allow_unicode=True), None)) == base


@pytest.mark.parametrize(
    "schema_name,pattern",
    [("form.schema.json", "*.yaml"), ("catalogue.schema.json", "catalogue.yaml")],
)
def test_json_schemas_accept_shipped_files(schema_name, pattern):
    schema = json.loads((FORMS_DIR / schema_name).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    files = [
        p
        for p in FORMS_DIR.glob(pattern)
        if (p.name == "catalogue.yaml") == (schema_name == "catalogue.schema.json")
    ]
    assert files
    for path in files:
        errors = list(validator.iter_errors(yaml.safe_load(path.read_text(encoding="utf-8"))))
        assert not errors, f"{path.name}: {errors[0].message}"


def test_json_schema_rejects_a_bad_form():
    schema = json.loads((FORMS_DIR / "form.schema.json").read_text(encoding="utf-8"))
    bad = yaml.safe_load((DATA / "good_form.yaml").read_text(encoding="utf-8"))
    bad["sections"][0]["items"][0]["colour"] = "red"
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(bad))


def test_snapshot_round_trip(library):
    from auditapp.core import form_from_data

    _, forms = library
    for form in forms:
        again = form_from_data(json.loads(json.dumps(form_to_data(form))))
        assert again == form and form_hash(again) == form_hash(form)

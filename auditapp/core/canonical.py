"""Canonical plain-data form of the model, and the content hash built on it.

The same plain data serves three purposes: the stored snapshot of a form inside an audit,
the YAML written by ``forms convert``, and the input of :func:`form_hash`. Defaults are
always written out, so leaving a field at its default and spelling the default give the
same hash. The one exception is the sign-off settings (``signatures``,
``actions_required``): they are written only where they differ from the default, so the
hashes of forms written before these settings existed did not change.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Any

from auditapp.core.jsontext import canonical_json as canonical_json  # re-exported
from auditapp.core.model import DEFAULT_SIGNATURES, Band, Form, Item, ItemType, Text


def number_text(value: Fraction) -> str:
    """An exact decimal rendering of a terminating fraction (``p/q`` otherwise)."""
    if value.denominator == 1:
        return str(value.numerator)
    d = value.denominator
    for p in (2, 5):
        while d % p == 0:
            d //= p
    if d != 1:
        return f"{value.numerator}/{value.denominator}"
    dec = Decimal(value.numerator) / Decimal(value.denominator)
    return format(dec.normalize(), "f")


def _num(value: Fraction, as_text: bool) -> Any:
    if as_text:
        return number_text(value)
    return int(value) if value.denominator == 1 else float(value)


def _text(t: Text) -> dict[str, str]:
    return {"en": t.en, "zh": t.zh}


def _band(b: Band, as_text: bool, with_score: bool) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if b.min is not None:
        out["min"] = _num(b.min, as_text)
    if b.max is not None:
        out["max"] = _num(b.max, as_text)
    if with_score:
        out["score"] = _num(b.score, as_text)
    return out


def _item(item: Item, as_text: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"id": item.id, "type": item.type.value, "prompt": _text(item.prompt)}
    if item.guidance is not None:
        out["guidance"] = _text(item.guidance)
    if item.clause is not None:
        out["clause"] = item.clause
    if item.scored:
        out["points"] = _num(item.points, as_text)
        out["critical"] = item.critical
    out["required"] = item.required
    out["allow_na"] = item.allow_na
    out["evidence"] = {"photo": item.evidence.photo.value, "comment": item.evidence.comment.value}
    if item.visible_if is not None:
        c = item.visible_if
        out["visible_if"] = {"item": c.item, c.op: list(c.values) if c.op == "in" else c.values[0]}
    if item.type == ItemType.NUMBER:
        out["unit"] = item.unit
        out["timer"] = item.timer
        if item.rule is not None:
            out["rule"] = _band(item.rule, as_text, with_score=False)
        else:
            out["bands"] = [_band(b, as_text, with_score=True) for b in item.bands]
    if item.type == ItemType.RATING and item.scale is not None:
        scale: dict[str, Any] = {"min": item.scale.min, "max": item.scale.max}
        if item.scale.labels:
            scale["labels"] = {o.id: _text(o.label) for o in item.scale.labels}
        out["scale"] = scale
    if item.type in (ItemType.CHOICE, ItemType.MULTI):
        out["options"] = [
            {"id": o.id, "label": _text(o.label), "points": _num(o.points, as_text)}
            for o in item.options
        ]
    return out


def form_to_data(form: Form, numbers_as_text: bool = True) -> dict[str, Any]:
    """The form as plain data that :func:`auditapp.core.forms.form_from_data` reads back.

    With ``numbers_as_text`` (the default, used for snapshots and hashing) every number is
    an exact decimal string; otherwise numbers are int or float, for writing YAML.
    """
    t = numbers_as_text
    s = form.scoring
    scoring: dict[str, Any] = {
        "critical_policy": s.critical_policy.value,
        "pass_percent": _num(s.pass_percent, t),
        "grades": [
            {"grade": g.grade, "min": _num(g.min, t), "label": _text(g.label)} for g in s.grades
        ],
    }
    if s.cap_percent is not None:
        scoring["cap_percent"] = _num(s.cap_percent, t)
    out: dict[str, Any] = {
        "format": 1,
        "id": form.id,
        "version": form.version,
        "kind": form.kind.value,
        "industry": form.industry,
        "title": _text(form.title),
    }
    if form.description is not None:
        out["description"] = _text(form.description)
    # Sign-off settings are written only where they differ from the kind's default, so the
    # hash of every form written before they existed stays the same.
    if form.required_signatures != DEFAULT_SIGNATURES[form.kind]:
        out["signatures"] = [role.value for role in form.required_signatures]
    if form.actions_required:
        out["actions_required"] = True
    out["scoring"] = scoring
    out["sections"] = [
        {
            "id": sec.id,
            "title": _text(sec.title),
            "weight": _num(sec.weight, t),
            "items": [_item(i, t) for i in sec.items],
        }
        for sec in form.sections
    ]
    return out


def form_hash(form: Form) -> str:
    """SHA-256 (hex) of the form's canonical JSON; stable across key order and layout."""
    import hashlib  # here: it loads OpenSSL (~3 ms), which opening the app does not need

    return hashlib.sha256(canonical_json(form_to_data(form)).encode("utf-8")).hexdigest()

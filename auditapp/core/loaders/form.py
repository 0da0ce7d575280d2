"""Builds a :class:`Form` from a located tree, checking it against the catalogue."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Any

from auditapp.core.errors import FormError
from auditapp.core.loaders.reader import Reader, describe
from auditapp.core.loaders.tree import Node
from auditapp.core.model import (
    DEFAULT_SIGNATURES,
    INDUSTRIES,
    TIMER_UNITS,
    UNITS,
    Band,
    Catalogue,
    Condition,
    CriticalPolicy,
    Evidence,
    EvidenceRule,
    Form,
    FormKind,
    GradeBand,
    Item,
    ItemType,
    Option,
    Scale,
    ScoringSettings,
    Section,
    SignerRole,
)

FORM_ID = r"[a-z0-9]+(-[a-z0-9]+)*"
LOCAL_ID = r"[A-Za-z0-9_][A-Za-z0-9_.-]*"
COMMON_ITEM_FIELDS = ("clause", "guidance", "required", "allow_na", "evidence", "visible_if")
SCORED_FIELDS = ("points", "critical")
TYPE_FIELDS: dict[ItemType, tuple[str, ...]] = {
    ItemType.CHECK: SCORED_FIELDS,
    ItemType.RATING: (*SCORED_FIELDS, "scale"),
    ItemType.CHOICE: (*SCORED_FIELDS, "options"),
    ItemType.MULTI: (*SCORED_FIELDS, "options"),
    ItemType.NUMBER: (*SCORED_FIELDS, "unit", "timer", "rule", "bands"),
}
CONDITION_OPS = ("equals", "not_equals", "in")
MAX_SCALE_STEPS = 100


def build_form(root: Node, source: str, catalogue: Catalogue | None) -> Form:
    """The form in ``root``; raises :class:`FormError` listing every problem.

    With a catalogue, every cited clause must exist in it; without one, clause ids are
    only checked for shape (used when re-reading a stored snapshot).
    """
    r = Reader(source)
    form = _FormBuilder(r, catalogue).build(root)
    if r.problems or form is None:
        raise FormError(r.problems)
    return form


class _FormBuilder:
    def __init__(self, reader: Reader, catalogue: Catalogue | None) -> None:
        self.r = reader
        self.catalogue = catalogue
        self.items_seen: dict[str, tuple[int, Item | None, str]] = {}
        self.all_ids: set[str] = set()
        self.written_ids: set[str] = set()

    def build(self, root: Node) -> Form | None:
        r = self.r
        top = r.mapping(
            root,
            "",
            required=(
                "format",
                "id",
                "version",
                "kind",
                "industry",
                "title",
                "scoring",
                "sections",
            ),
            optional=("description", "signatures", "actions_required"),
        )
        if top is None:
            return None
        fmt = top.get("format")
        if fmt is not None and (type(fmt.value) is not int or fmt.value != 1):
            r.error(fmt.where, "format", f"expected format 1, got {fmt.value!r}")
        fid = r.string(
            top.get("id"),
            "id",
            pattern=FORM_ID,
            what="a form id of lower-case letters, digits and dashes",
        )
        version = r.integer(top.get("version"), "version", low=1)
        kind = r.string(top.get("kind"), "kind", choices=[k.value for k in FormKind])
        industry = r.string(top.get("industry"), "industry", choices=INDUSTRIES)
        title = r.text(top.get("title"), "title")
        description = r.text(top["description"], "description") if "description" in top else None
        self.all_ids, self.written_ids = _raw_item_ids(top.get("sections"))
        scoring = self.scoring(top.get("scoring"))
        sections = self.sections(top.get("sections"))
        signatures = self.signatures(top.get("signatures"), kind)
        actions_required = r.boolean(top.get("actions_required"), "actions_required", False)
        if None in (fid, version, kind, industry, title, scoring) or self.r.problems:
            return None
        assert fid and version and kind and industry and title and scoring
        return Form(
            fid,
            version,
            FormKind(kind),
            industry,
            title,
            scoring,
            tuple(sections),
            description,
            signatures,
            actions_required,
        )

    def signatures(self, node: Node | None, kind: str | None) -> tuple[SignerRole, ...]:
        """The ``signatures`` list; () when absent or equal to the kind's default."""
        if node is None:
            return ()
        r = self.r
        roles = [role.value for role in SignerRole]
        out: list[SignerRole] = []
        for i, n in enumerate(r.sequence(node, "signatures", min_len=1)):
            role = r.string(n, f"signatures[{i + 1}]", choices=roles)
            if role is None:
                continue
            if SignerRole(role) in out:
                r.error(n.where, f"signatures[{i + 1}]", f"'{role}' is listed twice")
                continue
            out.append(SignerRole(role))
        if out and SignerRole.AUDITOR not in out:
            r.error(
                node.where,
                "signatures",
                "every audit is signed by its auditor: the list must include 'auditor'",
            )
        known = kind is not None and kind in {k.value for k in FormKind}
        if known and tuple(out) == DEFAULT_SIGNATURES[FormKind(kind or "")]:
            return ()
        return tuple(out)

    # -- scoring -----------------------------------------------------------------
    def scoring(self, node: Node | None) -> ScoringSettings | None:
        r = self.r
        f = r.mapping(
            node,
            "scoring",
            required=("critical_policy", "pass_percent", "grades"),
            optional=("cap_percent",),
        )
        if f is None:
            return None
        policy = r.string(
            f.get("critical_policy"),
            "scoring.critical_policy",
            choices=[p.value for p in CriticalPolicy],
        )
        pass_percent = r.number(f.get("pass_percent"), "scoring.pass_percent", low=0, high=100)
        cap = None
        if policy == CriticalPolicy.CAP:
            if "cap_percent" not in f:
                assert node is not None
                r.error(
                    node.where,
                    "scoring.cap_percent",
                    "critical_policy 'cap' needs cap_percent (0 to 100)",
                )
            else:
                cap = r.number(f["cap_percent"], "scoring.cap_percent", low=0, high=100)
        elif "cap_percent" in f and policy is not None:
            r.error(
                f["cap_percent"].where,
                "scoring.cap_percent",
                "cap_percent is only allowed with critical_policy 'cap'",
            )
        grades = self.grades(f.get("grades"))
        if policy is None or pass_percent is None or grades is None:
            return None
        return ScoringSettings(CriticalPolicy(policy), pass_percent, grades, cap)

    def grades(self, node: Node | None) -> tuple[GradeBand, ...] | None:
        r = self.r
        out: list[GradeBand] = []
        ok = True
        for i, g in enumerate(r.sequence(node, "scoring.grades", min_len=1)):
            path = f"scoring.grades[{i + 1}]"
            f = r.mapping(g, path, required=("grade", "min", "label"))
            if f is None:
                ok = False
                continue
            grade = r.string(f.get("grade"), f"{path}.grade")
            low = r.number(f.get("min"), f"{path}.min", low=0, high=100)
            label = r.text(f.get("label"), f"{path}.label")
            if grade is None or low is None or label is None:
                ok = False
                continue
            if out and low >= out[-1].min:
                r.error(
                    f["min"].where,
                    f"{path}.min",
                    f"grade bands must go from highest to lowest: {low} is not below {out[-1].min}",
                )
            if any(b.grade == grade for b in out):
                r.error(f["grade"].where, f"{path}.grade", f"duplicate grade '{grade}'")
            out.append(GradeBand(grade, low, label))
        if ok and out and out[-1].min != 0:
            assert node is not None
            r.error(
                node.where,
                "scoring.grades",
                f"the last grade band must start at 0 so every score has a grade, got {out[-1].min}",
            )
        return tuple(out) if ok and out else None

    # -- sections and items ------------------------------------------------------
    def sections(self, node: Node | None) -> list[Section]:
        r = self.r
        out: list[Section] = []
        seen: dict[str, str] = {}
        for i, s in enumerate(r.sequence(node, "sections", min_len=1)):
            path = f"sections[{i + 1}]"
            f = r.mapping(s, path, required=("id", "title", "items"), optional=("weight",))
            if f is None:
                continue
            sid = r.string(
                f.get("id"),
                f"{path}.id",
                pattern=LOCAL_ID,
                what="an id of letters, digits, '_', '.' or '-'",
            )
            if sid is not None:
                if sid in seen:
                    r.error(
                        f["id"].where,
                        f"{path}.id",
                        f"duplicate section id '{sid}' (first at {seen[sid]})",
                    )
                seen.setdefault(sid, f["id"].where)
            title = r.text(f.get("title"), f"{path}.title")
            weight = Fraction(1)
            if "weight" in f:
                weight = r.number(f["weight"], f"{path}.weight", low=0, low_open=True) or Fraction(
                    1
                )
            items = [
                item
                for j, n in enumerate(r.sequence(f.get("items"), f"{path}.items", min_len=1))
                if (item := self.item(n, f"{path}.items[{j + 1}]")) is not None
            ]
            if sid is not None and title is not None:
                out.append(Section(sid, title, tuple(items), weight))
        return out

    def item(self, node: Node, path: str) -> Item | None:
        r = self.r
        raw = node.value if isinstance(node.value, dict) else {}
        type_name = r.string(raw.get("type"), f"{path}.type", choices=[t.value for t in ItemType])
        extra = TYPE_FIELDS.get(ItemType(type_name), ()) if type_name else tuple(raw)
        f = r.mapping(
            node, path, required=("id", "type", "prompt"), optional=(*COMMON_ITEM_FIELDS, *extra)
        )
        if f is None:
            return None
        iid = r.string(
            f.get("id"),
            f"{path}.id",
            pattern=LOCAL_ID,
            what="an id of letters, digits, '_', '.' or '-'",
        )
        index = len(self.items_seen)
        if iid is not None:
            if iid in self.items_seen:
                r.error(
                    f["id"].where,
                    f"{path}.id",
                    f"duplicate item id '{iid}' (first at {self.items_seen[iid][2]})",
                )
                iid = None
            else:
                self.items_seen[iid] = (index, None, f["id"].where)
        prompt = r.text(f.get("prompt"), f"{path}.prompt")
        guidance = r.text(f["guidance"], f"{path}.guidance") if "guidance" in f else None
        if type_name is None or iid is None or prompt is None:
            return None
        itype = ItemType(type_name)
        clause = self.clause(f, path, itype, node)
        points: Fraction | None = Fraction(1)
        if "points" in f:
            points = r.number(f["points"], f"{path}.points", low=0, low_open=True)
        item = Item(
            id=iid,
            type=itype,
            prompt=prompt,
            guidance=guidance,
            clause=clause,
            critical=r.boolean(f.get("critical"), f"{path}.critical", False),
            required=r.boolean(f.get("required"), f"{path}.required", True),
            allow_na=r.boolean(f.get("allow_na"), f"{path}.allow_na", False),
            evidence=self.evidence(f.get("evidence"), f"{path}.evidence"),
            visible_if=self.condition(f.get("visible_if"), f"{path}.visible_if", iid, index),
            **self.type_specific(itype, f, path, points, node),
            points=points or Fraction(1),
        )
        self.items_seen[iid] = (index, item, f["id"].where)
        return item

    def clause(self, f: dict[str, Node], path: str, itype: ItemType, node: Node) -> str | None:
        r = self.r
        if "clause" not in f:
            if itype.scored:
                r.error(node.where, f"{path}.clause", "a scored item must cite a catalogue clause")
            return None
        cid = r.string(
            f["clause"],
            f"{path}.clause",
            pattern=r"[A-Z]{2,4}-\d+(\.\d+)*",
            what="a clause id like RST-1.2",
        )
        if cid and self.catalogue is not None and self.catalogue.get(cid) is None:
            r.error(
                f["clause"].where,
                f"{path}.clause",
                f"clause '{cid}' is not in the standards catalogue",
            )
        return cid

    def evidence(self, node: Node | None, path: str) -> Evidence:
        f = self.r.mapping(node, path, optional=("photo", "comment"))
        if not f:
            return Evidence()
        rules = [e.value for e in EvidenceRule]
        photo = (
            self.r.string(f.get("photo"), f"{path}.photo", choices=rules) if "photo" in f else None
        )
        comment = (
            self.r.string(f.get("comment"), f"{path}.comment", choices=rules)
            if "comment" in f
            else None
        )
        return Evidence(EvidenceRule(photo or "optional"), EvidenceRule(comment or "optional"))

    def condition(self, node: Node | None, path: str, own_id: str, index: int) -> Condition | None:
        r = self.r
        f = r.mapping(node, path, required=("item",), optional=CONDITION_OPS)
        if f is None:
            return None
        target = r.string(f.get("item"), f"{path}.item")
        ops = [op for op in CONDITION_OPS if op in f]
        if len(ops) != 1:
            r.error(
                node.where if node else "", path, "expected exactly one of equals, not_equals, in"
            )
            return None
        op = ops[0]
        raw = r.sequence(f["in"], f"{path}.in", min_len=1) if op == "in" else [f[op]]
        values = []
        for given in raw:
            if given.value is None or isinstance(given.value, dict | list):
                r.error(
                    given.where,
                    f"{path}.{op}",
                    f"expected a single answer value, got {describe(given.value)}",
                )
                return None
            values.append(_as_text(given.value))
        if target is None or not values:
            return None
        where = f["item"].where
        if target == own_id:
            r.error(where, f"{path}.item", "an item cannot depend on itself")
            return None
        seen = self.items_seen.get(target)
        if seen is None:
            if target in self.written_ids and target not in self.all_ids:
                pass  # the target's own id is invalid and has been reported there
            elif target in self.all_ids:
                r.error(
                    where,
                    f"{path}.item",
                    f"item '{target}' comes later in the form; conditions may only refer to earlier items",
                )
            else:
                r.error(where, f"{path}.item", f"there is no item '{target}' in this form")
            return None
        if seen[1] is None:
            return None  # the earlier item was invalid and has been reported already
        if seen[1].type in (ItemType.PHOTO, ItemType.SIGNATURE):
            r.error(
                where,
                f"{path}.item",
                f"item '{target}' is a {seen[1].type.value} item; its answer cannot be compared",
            )
            return None
        if seen[1].type == ItemType.NUMBER:
            for given, val in zip(raw, values, strict=True):
                try:
                    if not Decimal(val).is_finite():
                        raise InvalidOperation
                except InvalidOperation:
                    r.error(
                        given.where,
                        f"{path}.{op}",
                        f"item '{target}' takes numbers; expected a number, got '{val}'",
                    )
                    return None
        allowed = _answer_domain(seen[1])
        if allowed is not None:
            for val in values:
                if val not in allowed:
                    r.error(
                        f[op].where,
                        f"{path}.{op}",
                        f"'{val}' is not a possible answer of item '{target}'; expected one of {', '.join(allowed)}",
                    )
        return Condition(target, op, tuple(values))

    def type_specific(
        self, itype: ItemType, f: dict[str, Node], path: str, points: Fraction | None, node: Node
    ) -> dict[str, Any]:
        r = self.r
        if itype == ItemType.RATING:
            if "scale" not in f:
                r.error(node.where, f"{path}.scale", "a rating item needs a scale {min, max}")
                return {}
            return {"scale": self.scale(f["scale"], f"{path}.scale")}
        if itype in (ItemType.CHOICE, ItemType.MULTI):
            if "options" not in f:
                r.error(
                    node.where,
                    f"{path}.options",
                    f"a {itype.value} item needs at least two options",
                )
                return {}
            return {"options": self.options(f["options"], f"{path}.options", points)}
        if itype == ItemType.NUMBER:
            return self.number_fields(f, path, node)
        return {}

    def scale(self, node: Node, path: str) -> Scale | None:
        r = self.r
        f = r.mapping(node, path, required=("min", "max"), optional=("labels",))
        if f is None:
            return None
        low = r.integer(f.get("min"), f"{path}.min")
        high = r.integer(f.get("max"), f"{path}.max")
        if low is None or high is None:
            return None
        if high - low > MAX_SCALE_STEPS:
            r.error(
                node.where,
                path,
                f"a rating scale may have at most {MAX_SCALE_STEPS} steps, got {high - low}",
            )
            return None
        if low >= high:
            r.error(node.where, path, f"impossible scale: min {low} must be below max {high}")
            return None
        labels: list[Option] = []
        lab = r.mapping(
            f.get("labels"), f"{path}.labels", optional=[str(v) for v in range(low, high + 1)]
        )
        for key, text_node in (lab or {}).items():
            text = r.text(text_node, f"{path}.labels.{key}")
            if text is not None:
                labels.append(Option(key, text))
        labels.sort(key=lambda o: int(o.id))
        return Scale(low, high, tuple(labels))

    def options(self, node: Node, path: str, points: Fraction | None) -> tuple[Option, ...]:
        """Options; with ``points`` None (invalid on the item) their bound is not checked."""
        r = self.r
        out: list[Option] = []
        for i, o in enumerate(r.sequence(node, path, min_len=2)):
            opath = f"{path}[{i + 1}]"
            f = r.mapping(o, opath, required=("id", "label", "points"))
            if f is None:
                continue
            oid = r.string(f.get("id"), f"{opath}.id", pattern=LOCAL_ID, what="an option id")
            label = r.text(f.get("label"), f"{opath}.label")
            pts = r.number(f.get("points"), f"{opath}.points", low=0, high=points)
            if oid is not None and any(x.id == oid for x in out):
                r.error(f["id"].where, f"{opath}.id", f"duplicate option id '{oid}'")
                continue
            if oid is not None and label is not None and pts is not None:
                out.append(Option(oid, label, pts))
        return tuple(out)

    def number_fields(self, f: dict[str, Node], path: str, node: Node) -> dict[str, Any]:
        r = self.r
        unit = r.string(f.get("unit"), f"{path}.unit", choices=UNITS) if "unit" in f else None
        if "unit" not in f:
            r.error(
                node.where,
                f"{path}.unit",
                f"a number item needs a unit (one of {', '.join(UNITS)})",
            )
        timer = r.boolean(f.get("timer"), f"{path}.timer", False)
        if timer and unit is not None and unit not in TIMER_UNITS:
            r.error(
                f["timer"].where,
                f"{path}.timer",
                f"a stopwatch needs a time unit ({', '.join(TIMER_UNITS)}), not '{unit}'",
            )
        has_rule, has_bands = "rule" in f, "bands" in f
        if has_rule == has_bands:
            r.error(node.where, path, "a number item needs exactly one of 'rule' or 'bands'")
        rule = self.band(f["rule"], f"{path}.rule", with_score=False) if has_rule else None
        bands: list[Band] = []
        if has_bands:
            for i, b in enumerate(r.sequence(f["bands"], f"{path}.bands", min_len=1)):
                band = self.band(b, f"{path}.bands[{i + 1}]", with_score=True)
                if band is not None:
                    bands.append(band)
        return {"unit": unit, "timer": timer, "rule": rule, "bands": tuple(bands)}

    def band(self, node: Node, path: str, with_score: bool) -> Band | None:
        r = self.r
        f = r.mapping(
            node, path, required=("score",) if with_score else (), optional=("min", "max")
        )
        if f is None:
            return None
        low = r.number(f["min"], f"{path}.min") if "min" in f else None
        high = r.number(f["max"], f"{path}.max") if "max" in f else None
        if "min" not in f and "max" not in f:
            r.error(node.where, path, "expected at least one of min and max")
            return None
        if low is not None and high is not None and low > high:
            r.error(node.where, path, f"impossible range: min {low} is greater than max {high}")
            return None
        score = Fraction(1)
        if with_score:
            got = r.number(f.get("score"), f"{path}.score", low=0, high=1)
            if got is None:
                return None
            score = got
        return Band(low, high, score)


def _raw_item_ids(sections: Node | None) -> tuple[set[str], set[str]]:
    """(valid ids, every id as written) of all items, before any is checked."""
    ids: set[str] = set()
    written: set[str] = set()
    for s in sections.value if sections and isinstance(sections.value, list) else []:
        items = s.value.get("items") if isinstance(s.value, dict) else None
        for i in items.value if items and isinstance(items.value, list) else []:
            if isinstance(i.value, dict) and "id" in i.value:
                raw = i.value["id"].value
                written.add(str(raw))
                if isinstance(raw, str | int) and re.fullmatch(LOCAL_ID, str(raw)):
                    ids.add(str(raw))
    return ids, written


def _as_text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _answer_domain(item: Item) -> list[str] | None:
    if item.type == ItemType.CHECK:
        return ["pass", "fail"]
    if item.type in (ItemType.CHOICE, ItemType.MULTI):
        return [o.id for o in item.options]
    if item.type == ItemType.RATING and item.scale is not None:
        return [str(v) for v in range(item.scale.min, item.scale.max + 1)]
    return None

"""Reading a form authored in an Excel workbook (layout in docs/forms.md).

The rows are turned into the same located tree a YAML file gives, so one builder checks
both; locations read ``Items!I7 (points)``.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from auditapp.core.errors import FormError, Problem
from auditapp.core.loaders.tree import Node

SHEETS: dict[str, tuple[str, ...]] = {
    "Form": ("field", "value"),
    "Grades": ("grade", "min", "label_en", "label_zh"),
    "Sections": ("id", "title_en", "title_zh", "weight"),
    "Items": (
        "section",
        "id",
        "type",
        "clause",
        "prompt_en",
        "prompt_zh",
        "guidance_en",
        "guidance_zh",
        "points",
        "critical",
        "required",
        "allow_na",
        "unit",
        "timer",
        "rule_min",
        "rule_max",
        "scale_min",
        "scale_max",
        "photo",
        "comment",
        "visible_if_item",
        "visible_if_op",
        "visible_if_value",
    ),
    "Options": ("item", "id", "label_en", "label_zh", "points"),
    "Bands": ("item", "min", "max", "score"),
}
REQUIRED_SHEETS = ("Form", "Grades", "Sections", "Items")
FORM_FIELDS = (
    "id",
    "version",
    "kind",
    "industry",
    "title_en",
    "title_zh",
    "description_en",
    "description_zh",
    "critical_policy",
    "cap_percent",
    "pass_percent",
    "signatures",
    "actions_required",
)
MAX_ROWS = 5_000
# What openpyxl raises for damaged files: zip errors, XML parse errors (SyntaxError
# subclasses, for ElementTree and lxml alike), missing parts, bad values.
DAMAGED = (
    zipfile.BadZipFile,
    OSError,
    KeyError,
    ValueError,
    SyntaxError,
    EOFError,
    TypeError,
    IndexError,
    AttributeError,
)
MAX_EMPTY_RUN = 200


@dataclass
class _Row:
    number: int
    cells: dict[str, Node]


class _Sheets:
    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[Problem] = []
        self.rows: dict[str, list[_Row]] = {}

    def error(self, where: str, message: str) -> None:
        self.problems.append(Problem(self.source, where, "", message))


def _value(v: Any) -> Any:
    if isinstance(v, float):
        return Decimal(repr(v))
    if isinstance(v, datetime | date | time):
        return v.isoformat()
    if isinstance(v, str):
        v = v.strip()
        return v or None
    return v


def read_form_workbook(path: Path) -> tuple[Node, list[Problem]]:
    """The workbook at ``path`` as a located tree, plus problems of cross-sheet references.

    Raises :class:`FormError` when the layout itself (file, sheets, headers) is unusable.
    """
    from openpyxl import load_workbook

    source = str(path)
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except DAMAGED as exc:
        raise FormError(
            [Problem(source, "", "", f"not a readable .xlsx workbook ({exc})")]
        ) from exc
    sheets = _Sheets(source)
    try:
        for name in REQUIRED_SHEETS:
            if name not in wb.sheetnames:
                sheets.error("", f"missing sheet '{name}'; expected sheets {', '.join(SHEETS)}")
        for name, columns in SHEETS.items():
            if name in wb.sheetnames:
                sheets.rows[name] = _read_sheet(sheets, wb[name], name, columns)
    except DAMAGED as exc:
        # A sheet's XML is cut short or corrupt: openpyxl only finds out while reading rows.
        raise FormError([Problem(source, "", "", f"the workbook is damaged ({exc})")]) from exc
    finally:
        wb.close()
    if sheets.problems:
        raise FormError(sheets.problems)
    return _assemble(sheets), sheets.problems


def _read_sheet(sheets: _Sheets, ws: Any, name: str, columns: tuple[str, ...]) -> list[_Row]:
    header: list[str] = []
    rows: list[_Row] = []
    empty_run = 0
    for number, raw in enumerate(ws.iter_rows(values_only=True), start=1):
        if number == 1:
            header = [str(c).strip().lower() if c is not None else "" for c in raw]
            for i, col in enumerate(header):
                if col and col not in columns:
                    sheets.error(
                        f"{name}!{get_column_letter(i + 1)}1",
                        f"unknown column '{col}'; expected {', '.join(columns)}",
                    )
            missing = [c for c in columns[:2] if c not in header]
            if missing:
                sheets.error(f"{name}!A1", f"missing column(s) {', '.join(missing)}")
            continue
        values = [_value(v) for v in raw]
        if all(v is None for v in values):
            empty_run += 1
            if empty_run >= MAX_EMPTY_RUN:
                break
            continue
        empty_run = 0
        if len(rows) >= MAX_ROWS:
            sheets.error(f"{name}!A{number}", f"more than {MAX_ROWS} rows; a form is not that long")
            break
        cells: dict[str, Node] = {}
        for i, v in enumerate(values):
            if i < len(header) and header[i] in columns and v is not None:
                col = header[i]
                cells[col] = Node(v, f"{name}!{get_column_letter(i + 1)}{number} ({col})")
        rows.append(_Row(number, cells))
    return rows


def _text(row: _Row, prefix: str, sheet: str) -> Node | None:
    en, zh = row.cells.get(f"{prefix}_en"), row.cells.get(f"{prefix}_zh")
    if en is None and zh is None:
        return None
    parts = {k: n for k, n in (("en", en), ("zh", zh)) if n is not None}
    where = f"{sheet}!row {row.number} ({prefix}_{'zh' if zh is None else 'en'})"
    return Node(parts, where if (en is None or zh is None) else (en or zh).where)


def _put(out: dict[str, Node], key: str, node: Node | None) -> None:
    if node is not None:
        out[key] = node


def _assemble(s: _Sheets) -> Node:
    top: dict[str, Node] = {"format": Node(1, "Form")}
    form_rows = s.rows.get("Form", [])
    fields: dict[str, Node] = {}
    seen_fields: dict[str, str] = {}
    for row in form_rows:
        key = row.cells.get("field")
        if key is None:
            continue
        name = str(key.value).strip().lower()
        if name not in FORM_FIELDS:
            s.error(
                key.where, f"unknown form field '{name}'; expected one of {', '.join(FORM_FIELDS)}"
            )
            continue
        if name in seen_fields:
            s.error(key.where, f"duplicate form field '{name}' (first at {seen_fields[name]})")
            continue
        seen_fields[name] = key.where
        if "value" in row.cells:
            fields[name] = row.cells["value"]
    for name in ("id", "version", "kind", "industry"):
        _put(top, name, fields.get(name))
    for name in ("title", "description"):
        parts = {
            lang: fields[f"{name}_{lang}"] for lang in ("en", "zh") if f"{name}_{lang}" in fields
        }
        if parts:
            top[name] = Node(parts, next(iter(parts.values())).where)
    sig = fields.get("signatures")
    if sig is not None:
        # One cell: roles separated by "|", like the values of visible_if_value.
        roles: list[Any] = sig.value.split("|") if isinstance(sig.value, str) else [sig.value]
        top["signatures"] = Node(
            [Node(r.strip() if isinstance(r, str) else r, sig.where) for r in roles], sig.where
        )
    _put(top, "actions_required", fields.get("actions_required"))
    scoring: dict[str, Node] = {}
    for name in ("critical_policy", "cap_percent", "pass_percent"):
        _put(scoring, name, fields.get(name))
    grades = []
    for row in s.rows.get("Grades", []):
        g: dict[str, Node] = {}
        _put(g, "grade", row.cells.get("grade"))
        _put(g, "min", row.cells.get("min"))
        _put(g, "label", _text(row, "label", "Grades"))
        grades.append(Node(g, f"Grades!row {row.number}"))
    scoring["grades"] = Node(grades, "Grades")
    top["scoring"] = Node(scoring, "Form")
    top["sections"] = _sections(s)
    return Node(top, "Form")


def _sections(s: _Sheets) -> Node:
    sections: list[Node] = []
    items_of: dict[str, list[Node]] = {}
    for row in s.rows.get("Sections", []):
        sec: dict[str, Node] = {}
        _put(sec, "id", row.cells.get("id"))
        _put(sec, "title", _text(row, "title", "Sections"))
        _put(sec, "weight", row.cells.get("weight"))
        sid = str(row.cells["id"].value) if "id" in row.cells else f"row{row.number}"
        items_of[sid] = []
        sec["items"] = Node(items_of[sid], f"Sections!row {row.number}")
        sections.append(Node(sec, f"Sections!row {row.number}"))
    extras = _extras(s)
    for row in s.rows.get("Items", []):
        node = _item(row, extras)
        sec_cell = row.cells.get("section")
        if sec_cell is None or str(sec_cell.value) not in items_of:
            where = sec_cell.where if sec_cell else f"Items!A{row.number} (section)"
            got = f"'{sec_cell.value}'" if sec_cell else "nothing"
            s.error(where, f"expected the id of a section on the Sections sheet, got {got}")
            continue
        items_of[str(sec_cell.value)].append(node)
    known = {str(r.cells["id"].value) for r in s.rows.get("Items", []) if "id" in r.cells}
    for sheet in ("Options", "Bands"):
        for row in s.rows.get(sheet, []):
            cell = row.cells.get("item")
            if cell is None or str(cell.value) not in known:
                where = cell.where if cell else f"{sheet}!A{row.number} (item)"
                s.error(
                    where,
                    f"expected the id of an item on the Items sheet, got {cell.value if cell else 'nothing'!r}",
                )
    return Node(sections, "Sections")


def _extras(s: _Sheets) -> dict[str, dict[str, list[_Row]]]:
    out: dict[str, dict[str, list[_Row]]] = {"Options": {}, "Bands": {}}
    for sheet in out:
        for row in s.rows.get(sheet, []):
            if "item" in row.cells:
                out[sheet].setdefault(str(row.cells["item"].value), []).append(row)
    return out


def _item(row: _Row, extras: dict[str, dict[str, list[_Row]]]) -> Node:
    c = row.cells
    here = f"Items!row {row.number}"
    item: dict[str, Node] = {}
    for key in (
        "id",
        "type",
        "clause",
        "points",
        "critical",
        "required",
        "allow_na",
        "unit",
        "timer",
    ):
        _put(item, key, c.get(key))
    _put(item, "prompt", _text(row, "prompt", "Items"))
    _put(item, "guidance", _text(row, "guidance", "Items"))
    itype = str(c["type"].value) if "type" in c else ""
    iid = str(c["id"].value) if "id" in c else ""
    rule = {k: c[f"rule_{k}"] for k in ("min", "max") if f"rule_{k}" in c}
    if rule:
        item["rule"] = Node(rule, next(iter(rule.values())).where)
    if "scale_min" in c or "scale_max" in c or itype == "rating":
        scale: dict[str, Node] = {}
        _put(scale, "min", c.get("scale_min"))
        _put(scale, "max", c.get("scale_max"))
        labels = {
            str(r.cells["id"].value): _text(r, "label", "Options")
            or Node({}, f"Options!row {r.number}")
            for r in extras["Options"].get(iid, [])
            if "id" in r.cells
        }
        if labels:
            scale["labels"] = Node(labels, f"Options (item {iid})")
        item["scale"] = Node(scale, c.get("scale_min", c.get("scale_max", Node(None, here))).where)
    elif iid in extras["Options"]:
        opts = []
        for r in extras["Options"][iid]:
            o: dict[str, Node] = {}
            _put(o, "id", r.cells.get("id"))
            _put(o, "label", _text(r, "label", "Options"))
            _put(o, "points", r.cells.get("points"))
            opts.append(Node(o, f"Options!row {r.number}"))
        item["options"] = Node(opts, f"Options (item {iid})")
    if iid in extras["Bands"]:
        bands = []
        for r in extras["Bands"][iid]:
            b: dict[str, Node] = {}
            for k in ("min", "max", "score"):
                _put(b, k, r.cells.get(k))
            bands.append(Node(b, f"Bands!row {r.number}"))
        item["bands"] = Node(bands, f"Bands (item {iid})")
    evidence = {k: c[k] for k in ("photo", "comment") if k in c}
    if evidence:
        item["evidence"] = Node(evidence, next(iter(evidence.values())).where)
    if "visible_if_item" in c:
        op_cell = c.get("visible_if_op", Node("equals", c["visible_if_item"].where))
        op = str(op_cell.value).strip().lower()
        val = c.get("visible_if_value", Node(None, c["visible_if_item"].where))
        cond: dict[str, Node] = {"item": c["visible_if_item"]}
        if op == "in" and isinstance(val.value, str):
            cond[op] = Node([Node(v.strip(), val.where) for v in val.value.split("|")], val.where)
        else:
            cond[op] = val
        item["visible_if"] = Node(cond, c["visible_if_item"].where)
    return Node(item, here)

"""Writing forms: YAML text, and workbooks (an annotated blank template or a filled form)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from auditapp.core.canonical import form_to_data
from auditapp.core.loaders.workbook import FORM_FIELDS, SHEETS
from auditapp.core.model import (
    INDUSTRIES,
    UNITS,
    CriticalPolicy,
    EvidenceRule,
    Form,
    FormKind,
    ItemType,
)

HELP: dict[str, str] = {
    "field": "Form property name (leave as written).",
    "value": "Value of the property.",
    "grade": "Short grade, e.g. A. List the highest grade first.",
    "min": "Lowest percentage (0-100) of the grade or band; the last grade starts at 0.",
    "label_en": "Label in English.",
    "label_zh": "Label in Simplified Chinese.",
    "id": "Stable id: letters, digits, '_', '.', '-'. Never reuse an id for something else.",
    "title_en": "Title in English.",
    "title_zh": "Title in Simplified Chinese.",
    "weight": "Multiplies the points of the section's items (default 1).",
    "section": "Id of the section (Sections sheet) this item belongs to.",
    "type": "check, rating, choice, multi, number, text, date, time, photo or signature.",
    "clause": "Catalogue clause id, e.g. RST-1.1. Required on scored items.",
    "prompt_en": "The question in English.",
    "prompt_zh": "The question in Simplified Chinese.",
    "guidance_en": "How to judge the item (English).",
    "guidance_zh": "How to judge the item (Chinese).",
    "points": "Maximum points (> 0, default 1). Scored types only.",
    "critical": "TRUE when a failure triggers the form's critical policy.",
    "required": "FALSE when the item may stay unanswered (default TRUE).",
    "allow_na": "TRUE when the item may be marked not applicable.",
    "unit": "Number items: " + ", ".join(UNITS) + ".",
    "timer": "Number items in s, min or h: TRUE offers a stopwatch.",
    "rule_min": "Number items: passes at or above this value.",
    "rule_max": "Number items: passes at or below this value.",
    "scale_min": "Rating items: lowest value (earns 0).",
    "scale_max": "Rating items: highest value (earns full points).",
    "photo": "Photo evidence: never, optional, required, required_on_failure.",
    "comment": "Comment evidence: never, optional, required, required_on_failure.",
    "visible_if_item": "Show only when this EARLIER item's answer matches.",
    "visible_if_op": "equals, not_equals or in.",
    "visible_if_value": "Value to match (for 'in': values separated by |).",
    "item": "Id of the item (Items sheet).",
    "max": "Highest value of the band (inclusive).",
    "score": "Share of the item's points the band earns, 0 to 1.",
}
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")


def form_to_yaml(form: Form) -> str:
    """The form as YAML in the shipped layout (loads back to the same hash)."""
    data = form_to_data(form, numbers_as_text=False)
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


def write_workbook(path: Path, form: Form | None = None) -> None:
    """Write an authoring workbook: annotated and empty, or filled with ``form``."""
    wb = Workbook()
    readme = wb.active
    assert readme is not None
    readme.title = "README"
    for line in (
        "ServiceAudit form workbook. Fill the sheets Form, Grades, Sections and Items "
        "(and Options and Bands where needed).",
        "Hover over a column header for what it takes. Row 1 holds headers; each later row is one record.",
        "Check it with: auditapp forms check THIS.xlsx - convert it with: auditapp forms convert THIS.xlsx -o form.yaml",
        "Every text needs English (_en) and Simplified Chinese (_zh).",
    ):
        readme.append([line])
    readme.column_dimensions["A"].width = 110
    rows = _rows(form) if form is not None else _blank_rows()
    for name, columns in SHEETS.items():
        ws = wb.create_sheet(name)
        ws.append(list(columns))
        for i, col in enumerate(columns, start=1):
            cell = ws.cell(row=1, column=i)
            cell.font = Font(bold=True)
            cell.fill = HEADER_FILL
            cell.comment = Comment(HELP.get(col, col), "ServiceAudit")
            ws.column_dimensions[cell.column_letter].width = max(12, min(40, len(col) + 6))
        for row in rows.get(name, []):
            ws.append([_cell(row.get(c)) for c in columns])
        for r in ws.iter_rows(min_row=2):
            for cell in r:
                cell.alignment = Alignment(wrap_text=False, vertical="top")
        ws.freeze_panes = "A2"
        _validations(ws, name, columns)
    wb.save(path)


def _cell(v: Any) -> Any:
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


def _validations(ws: Any, name: str, columns: tuple[str, ...]) -> None:
    lists = {
        "type": [t.value for t in ItemType],
        "photo": [e.value for e in EvidenceRule],
        "comment": [e.value for e in EvidenceRule],
        "visible_if_op": ["equals", "not_equals", "in"],
        "critical": ["TRUE", "FALSE"],
        "required": ["TRUE", "FALSE"],
        "allow_na": ["TRUE", "FALSE"],
        "timer": ["TRUE", "FALSE"],
        "unit": list(UNITS),
    }
    if name != "Items":
        return
    for i, col in enumerate(columns, start=1):
        if col in lists:
            dv = DataValidation(
                type="list", formula1='"' + ",".join(lists[col]) + '"', allow_blank=True
            )
            dv.add(
                f"{ws.cell(row=2, column=i).column_letter}2:{ws.cell(row=2, column=i).column_letter}1000"
            )
            ws.add_data_validation(dv)


def _blank_rows() -> dict[str, list[dict[str, Any]]]:
    hints = {
        "kind": " | ".join(k.value for k in FormKind),
        "industry": " | ".join(INDUSTRIES),
        "critical_policy": " | ".join(p.value for p in CriticalPolicy),
    }
    return {"Form": [{"field": f, "value": hints.get(f)} for f in FORM_FIELDS]}


def _rows(form: Form) -> dict[str, list[dict[str, Any]]]:
    d = form_to_data(form, numbers_as_text=False)
    s = d["scoring"]
    fields = {
        "id": d["id"],
        "version": d["version"],
        "kind": d["kind"],
        "industry": d["industry"],
        "title_en": d["title"]["en"],
        "title_zh": d["title"]["zh"],
        "description_en": d.get("description", {}).get("en"),
        "description_zh": d.get("description", {}).get("zh"),
        "critical_policy": s["critical_policy"],
        "cap_percent": s.get("cap_percent"),
        "pass_percent": s["pass_percent"],
        "signatures": "|".join(d["signatures"]) if "signatures" in d else None,
        "actions_required": True if d.get("actions_required") else None,
    }
    out: dict[str, list[dict[str, Any]]] = {
        "Form": [{"field": k, "value": v} for k, v in fields.items() if v is not None],
        "Grades": [
            {
                "grade": g["grade"],
                "min": g["min"],
                "label_en": g["label"]["en"],
                "label_zh": g["label"]["zh"],
            }
            for g in s["grades"]
        ],
        "Sections": [],
        "Items": [],
        "Options": [],
        "Bands": [],
    }
    for sec in d["sections"]:
        out["Sections"].append(
            {
                "id": sec["id"],
                "title_en": sec["title"]["en"],
                "title_zh": sec["title"]["zh"],
                "weight": sec["weight"],
            }
        )
        for it in sec["items"]:
            out["Items"].append(_item_row(sec["id"], it))
            for o in it.get("options", []):
                out["Options"].append(
                    {
                        "item": it["id"],
                        "id": o["id"],
                        "label_en": o["label"]["en"],
                        "label_zh": o["label"]["zh"],
                        "points": o["points"],
                    }
                )
            for value, label in it.get("scale", {}).get("labels", {}).items():
                out["Options"].append(
                    {
                        "item": it["id"],
                        "id": value,
                        "label_en": label["en"],
                        "label_zh": label["zh"],
                    }
                )
            for b in it.get("bands", []):
                out["Bands"].append({"item": it["id"], **b})
    return out


def _item_row(section: str, it: dict[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = {
        "section": section,
        "id": it["id"],
        "type": it["type"],
        "clause": it.get("clause"),
        "prompt_en": it["prompt"]["en"],
        "prompt_zh": it["prompt"]["zh"],
        "points": it.get("points"),
        "critical": it.get("critical"),
        "required": it["required"],
        "allow_na": it["allow_na"],
        "unit": it.get("unit"),
        "timer": it.get("timer"),
        "photo": it["evidence"]["photo"],
        "comment": it["evidence"]["comment"],
    }
    if "guidance" in it:
        row["guidance_en"], row["guidance_zh"] = it["guidance"]["en"], it["guidance"]["zh"]
    if "rule" in it:
        row["rule_min"], row["rule_max"] = it["rule"].get("min"), it["rule"].get("max")
    if "scale" in it:
        row["scale_min"], row["scale_max"] = it["scale"]["min"], it["scale"]["max"]
    cond = it.get("visible_if")
    if cond:
        op = next(k for k in cond if k != "item")
        row["visible_if_item"], row["visible_if_op"] = cond["item"], op
        row["visible_if_value"] = "|".join(cond[op]) if op == "in" else cond[op]
    return row

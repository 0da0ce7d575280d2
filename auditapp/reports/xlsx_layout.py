"""The Excel export layout, version 1: sheets, columns and what each column holds.

The same table drives the writer, the importer and the ``Dictionary`` sheet, and is
documented in docs/excel-format.md. Columns are found by header name on import, so head
office may add columns, re-sort or filter rows without breaking anything.
"""

from __future__ import annotations

FORMAT_VERSION = 1

# (column, type, description). Types: text, int, number, bool, datetime, date.
Column = tuple[str, str, str]

AUDITS: tuple[Column, ...] = (
    ("audit_id", "text", "Audit UUID"),
    ("revision", "int", "Revision: 1, then one more each time a locked audit is reopened"),
    ("site_code", "text", "Site code"),
    ("site_name", "text", "Site name"),
    ("region", "text", "Region of the site"),
    ("industry", "text", "Industry of the site"),
    ("form_id", "text", "Form id"),
    ("form_version", "int", "Form version"),
    ("form_hash", "text", "SHA-256 of the exact form snapshot the audit used"),
    ("kind", "text", "mystery_shop, inspection or self_assessment"),
    ("status", "text", "in_progress or completed"),
    ("auditor", "text", "Auditor; the alias on mystery shops"),
    ("auditor_id", "text", "Organisation's auditor id"),
    ("created_at", "datetime", "Started (local time of the auditor)"),
    ("created_tz", "text", "UTC offset of created_at, e.g. +08:00"),
    ("completed_at", "datetime", "Completed (local time), empty while in progress"),
    ("completed_tz", "text", "UTC offset of completed_at"),
    ("visit_time", "text", "Visit or call time as recorded (ISO 8601 with offset)"),
    ("scenario", "text", "Mystery-shop scenario"),
    ("receipt_number", "text", "Receipt or ticket number"),
    ("staff_description", "text", "Description of the staff member served by"),
    ("percent", "number", "Final score in percent (after a critical cap), 6 decimals"),
    ("raw_percent", "number", "Score in percent before the critical policy"),
    ("grade", "text", "Grade (provisional while the status is in_progress)"),
    ("passed", "bool", "Pass mark reached and no failed critical item under the 'fail' policy"),
    ("critical_failed", "text", "Ids of failed critical items, separated by |"),
    ("earned", "number", "Weighted points earned"),
    ("possible", "number", "Weighted points possible"),
    ("completion", "number", "Share of visible required items answered or N/A, 0 to 1"),
    ("digest", "text", "SHA-256 of the audit's canonical data (signed in _meta)"),
    (
        "critical_failed_items",
        "text",
        "Failed critical items by number and title (e.g. 2.3 Fire exits clear), separated by |",
    ),
    ("required_open", "int", "Visible required items neither answered nor N/A"),
    (
        "score_status",
        "text",
        "final (completed), or provisional: an in-progress audit, exported as a draft",
    ),
)
ANSWERS: tuple[Column, ...] = (
    ("audit_id", "text", "Audit UUID"),
    ("revision", "int", "Audit revision"),
    ("site_code", "text", "Site code"),
    ("region", "text", "Region"),
    ("form_id", "text", "Form id"),
    ("form_version", "int", "Form version"),
    ("section_id", "text", "Section id"),
    ("item_id", "text", "Item id (see Dictionary for its prompt)"),
    ("clause_id", "text", "Standard clause the item checks"),
    (
        "item_type",
        "text",
        "check, rating, choice, multi, number, text, date, time, photo, signature",
    ),
    ("visible", "bool", "False when hidden by its condition (then it counts nowhere)"),
    ("answer", "any", "The answer: text, a number, or a date; multi answers separated by |"),
    ("na", "bool", "Marked not applicable"),
    ("earned", "number", "Points earned, before the section weight; empty when not counted"),
    ("possible", "number", "Points possible, before the section weight; empty when not counted"),
    ("weight", "number", "Section weight"),
    ("critical", "bool", "Critical item"),
    ("failed", "bool", "Counted and earned nothing"),
    ("comment", "text", "Auditor's comment"),
    ("photo_count", "int", "Photos attached to the item"),
    ("answered_at", "datetime", "Last change of the answer (local time)"),
    ("answered_tz", "text", "UTC offset of answered_at"),
)
SECTIONS: tuple[Column, ...] = (
    ("audit_id", "text", "Audit UUID"),
    ("revision", "int", "Audit revision"),
    ("section_id", "text", "Section id"),
    ("title_en", "text", "Section title (English)"),
    ("title_zh", "text", "Section title (Chinese)"),
    ("weight", "number", "Section weight"),
    ("earned", "number", "Weighted points earned"),
    ("possible", "number", "Weighted points possible"),
    ("percent", "number", "Section score in percent; empty when nothing counts"),
    ("answered", "int", "Visible items answered or N/A"),
    ("visible", "int", "Visible items"),
)
ACTIONS: tuple[Column, ...] = (
    ("audit_id", "text", "Audit UUID"),
    ("item_id", "text", "Failed item the action answers, if any"),
    ("what", "text", "What must change"),
    ("owner", "text", "Who is responsible"),
    ("due_date", "date", "Due date"),
    ("status", "text", "open, done or verified"),
    ("site_code", "text", "Site code"),
    ("site_name", "text", "Site name"),
    ("region", "text", "Region of the site"),
    ("item_number", "text", "Number of the item in the form (section.item), e.g. 2.3"),
    ("item_title", "text", "Prompt of the item (English); empty for the whole audit"),
)
PHOTOS: tuple[Column, ...] = (
    ("audit_id", "text", "Audit UUID"),
    ("sha256", "text", "SHA-256 of the stored image (its file name in the data folder)"),
    ("item_id", "text", "Item the photo is evidence for; empty for the whole audit"),
    ("caption", "text", "Caption"),
    ("taken_at", "text", "Capture time from the camera (its local time), if known"),
)
SIGNATURES: tuple[Column, ...] = (
    ("audit_id", "text", "Audit UUID"),
    ("role", "text", "auditor or site_representative"),
    ("name", "text", "Printed name of the signer"),
    ("image_sha256", "text", "SHA-256 of the drawn signature (PNG)"),
    ("signed_at", "datetime", "When it was drawn (local time)"),
    ("signed_tz", "text", "UTC offset of signed_at"),
)
META: tuple[Column, ...] = (
    ("record", "text", "meta, audit or form"),
    ("a", "text", "meta: key; audit: audit id; form: form hash"),
    ("b", "text", "meta: value; audit: revision; form: part number"),
    ("c", "text", "audit: digest; form: part of the form's canonical JSON"),
    ("d", "text", "audit: signature of the digest (base64)"),
    ("e", "text", "audit: signer's certificate chain (PEM)"),
)
DICTIONARY: tuple[Column, ...] = (
    ("kind", "text", "column or item"),
    ("sheet_or_form", "text", "Sheet of a column, or form id of an item"),
    ("version", "int", "Form version (items)"),
    ("name", "text", "Column name or item id"),
    ("type", "text", "Column type or item type"),
    ("text_en", "text", "Description or prompt (English)"),
    ("text_zh", "text", "Prompt (Chinese)"),
)

DATA_SHEETS: dict[str, tuple[Column, ...]] = {
    "Audits": AUDITS,
    "Answers": ANSWERS,
    "Sections": SECTIONS,
    "Actions": ACTIONS,
    "Photos": PHOTOS,
    "Signatures": SIGNATURES,
}
ALL_SHEETS: dict[str, tuple[Column, ...]] = {**DATA_SHEETS, "Dictionary": DICTIONARY, "_meta": META}
REQUIRED_SHEETS = ("Audits", "Answers", "Actions", "Photos", "Signatures", "_meta")
FORM_CHUNK = 30_000  # characters per cell; Excel's limit is 32,767


def names(columns: tuple[Column, ...]) -> list[str]:
    """Column names of a sheet, in order."""
    return [c[0] for c in columns]

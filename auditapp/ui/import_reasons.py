"""The reasons of import outcomes in the user's language.

The importer gives each outcome a stable code and parameters
(:mod:`auditapp.reports.import_reasons`, whose English the command line prints); this
module holds the same templates as Qt texts, so the Chinese user interface shows them
translated. A template's ``{name}`` placeholders are filled after translation.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication


def reason_templates() -> dict[str, str]:
    """Code -> translated template (asked each time: the language may change)."""
    return {
        "no_such_file": QCoreApplication.translate("ImportReason", "no such file or folder"),
        "not_zip": QCoreApplication.translate(
            "ImportReason", "not a workbook (not a zip archive, or a damaged one: {detail})"
        ),
        "cannot_read_file": QCoreApplication.translate(
            "ImportReason", "cannot read the file ({detail})"
        ),
        "not_workbook_structure": QCoreApplication.translate(
            "ImportReason", "not a workbook: its structure is missing or damaged ({detail})"
        ),
        "sheet_name_twice": QCoreApplication.translate(
            "ImportReason", "two sheets are named '{sheet}'"
        ),
        "zip_bomb": QCoreApplication.translate(
            "ImportReason", "refused: unpacks to {mb} MB (a zip bomb?)"
        ),
        "part_bomb": QCoreApplication.translate(
            "ImportReason", "refused: part {part} expands {ratio}-fold (a zip bomb?)"
        ),
        "sheet_damaged": QCoreApplication.translate(
            "ImportReason", "sheet '{sheet}' is missing or damaged ({detail})"
        ),
        "sheet_extent": QCoreApplication.translate(
            "ImportReason",
            "sheet '{sheet}' spans up to {rows} rows x {cols} columns; an export has at most {max_cells} cells per sheet (rows padded on, or a cell placed far away?)",
        ),
        "not_readable_workbook": QCoreApplication.translate(
            "ImportReason", "not a readable workbook ({detail})"
        ),
        "missing_sheets": QCoreApplication.translate(
            "ImportReason", "missing sheet(s) {sheets}; is this a ServiceAudit export?"
        ),
        "sheet_unreadable": QCoreApplication.translate(
            "ImportReason", "sheet '{sheet}' cannot be read ({detail})"
        ),
        "sheet_empty": QCoreApplication.translate(
            "ImportReason", "sheet '{sheet}' is empty; expected a header row"
        ),
        "sheet_columns": QCoreApplication.translate(
            "ImportReason", "sheet '{sheet}' lacks column(s) {columns}"
        ),
        "bad_meta": QCoreApplication.translate(
            "ImportReason", "the _meta sheet is damaged: {detail}"
        ),
        "meta_audit_twice": QCoreApplication.translate(
            "ImportReason", "_meta lists audit {audit} twice"
        ),
        "no_format_version": QCoreApplication.translate(
            "ImportReason", "_meta has no format_version; is this a ServiceAudit export?"
        ),
        "format_version": QCoreApplication.translate(
            "ImportReason", "unknown export format version {found}; this app reads version {known}"
        ),
        "form_damaged": QCoreApplication.translate(
            "ImportReason", "the form snapshot {form} in _meta is damaged ({detail})"
        ),
        "form_altered": QCoreApplication.translate(
            "ImportReason", "the form snapshot {form} in _meta was altered (hash mismatch)"
        ),
        "unlisted_rows": QCoreApplication.translate(
            "ImportReason", "rows for an audit that _meta does not list (rows added after export)"
        ),
        "all_or_nothing": QCoreApplication.translate(
            "ImportReason",
            "another audit in this workbook was rejected; a workbook imports all or nothing",
        ),
        "not_whole_number": QCoreApplication.translate(
            "ImportReason", "{what}: expected a whole number, got {value}"
        ),
        "not_datetime": QCoreApplication.translate(
            "ImportReason", "{what}: expected a date-time, got {value}"
        ),
        "not_number": QCoreApplication.translate(
            "ImportReason", "item {item}: the answer should be a number, got {value}"
        ),
        "audit_rows": QCoreApplication.translate(
            "ImportReason", "the Audits sheet has {count} rows for this audit; expected exactly 1"
        ),
        "audit_status": QCoreApplication.translate(
            "ImportReason", "Audits row {row}: unknown status {value}"
        ),
        "item_not_in_form": QCoreApplication.translate(
            "ImportReason", "Answers row {row}: item '{item}' is not in form {form} v{version}"
        ),
        "item_twice": QCoreApplication.translate(
            "ImportReason", "Answers row {row}: item '{item}' appears twice"
        ),
        "action_status": QCoreApplication.translate(
            "ImportReason", "Actions row {row}: unknown status {value}"
        ),
        "score_edited": QCoreApplication.translate(
            "ImportReason",
            "Audits.{column} is {value} but the answers give {expected} (score edited)",
        ),
        "grade_edited": QCoreApplication.translate(
            "ImportReason", "Audits.grade is {value} but the answers give {expected} (score edited)"
        ),
        "result_edited": QCoreApplication.translate(
            "ImportReason",
            "Audits.passed is {value} but the answers give {expected} (result edited)",
        ),
        "points_edited": QCoreApplication.translate(
            "ImportReason",
            "Answers row {row}: {column} is {value} but the answer gives {expected} (score edited)",
        ),
        "section_edited": QCoreApplication.translate(
            "ImportReason",
            "Sections row {row}: the section scores do not match the answers (score edited)",
        ),
        "unsigned": QCoreApplication.translate(
            "ImportReason", "not signed (exported as an unsigned draft)"
        ),
        "cert_damaged": QCoreApplication.translate(
            "ImportReason", "the signer's certificate in _meta is damaged ({detail})"
        ),
        "untrusted_chain": QCoreApplication.translate(
            "ImportReason", "the signer does not chain to a trusted certificate"
        ),
        "bad_signature": QCoreApplication.translate(
            "ImportReason",
            "the digest signature does not verify: signed by a different key, or the _meta sheet was edited",
        ),
        "unknown_form": QCoreApplication.translate(
            "ImportReason", "unknown form version {form}: not in the workbook nor installed"
        ),
        "revision_mismatch": QCoreApplication.translate(
            "ImportReason", "Audits says revision {found} but _meta signed revision {signed}"
        ),
        "row_revision": QCoreApplication.translate(
            "ImportReason", "{sheet} row {row}: revision differs from the audit's"
        ),
        "rows_differ": QCoreApplication.translate(
            "ImportReason",
            "the audit's rows differ from what was signed (an answer, comment or row was edited, added or deleted)",
        ),
        "digest_column": QCoreApplication.translate(
            "ImportReason", "Audits.digest differs from the signed digest in _meta"
        ),
        "other_key_than_stored": QCoreApplication.translate(
            "ImportReason", "signed by a different key than the revision already stored"
        ),
        "older": QCoreApplication.translate(
            "ImportReason", "older than the stored revision {stored}"
        ),
        "duplicate": QCoreApplication.translate("ImportReason", "this revision is already stored"),
        "signer_conflict": QCoreApplication.translate(
            "ImportReason",
            "audit {audit}: auditor id {auditor_id} is known with certificate {known} for the name '{name}', but this audit is signed with another certificate of that name, {fingerprint} (a forgery?)",
        ),
        "first_seen": QCoreApplication.translate(
            "ImportReason",
            "signer unverified: certificate {fingerprint} ({subject}) is the first seen for auditor id {auditor_id} under its name; accept it to verify",
        ),
        "serial_mismatch": QCoreApplication.translate(
            "ImportReason",
            "signer unverified: the certificate {fingerprint} names auditor id {serial}, but the audit's auditor id is {auditor_id}",
        ),
        "no_auditor_id": QCoreApplication.translate(
            "ImportReason",
            "signer unverified: the audit names no auditor id, so its certificate {fingerprint} cannot be bound to an auditor",
        ),
    }


def reason_text(code: str, params: dict[str, Any]) -> str:
    """A reason in the user's language; its English text when the code is unknown."""
    from auditapp.reports.import_reasons import reason_text as english

    template = reason_templates().get(code)
    if template is None:
        return english(code, params)
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
        return english(code, params)


def outcome_reason(outcome: Any) -> str:
    """The reason of an import outcome (``auditapp.reports.xlsx_import.Outcome``)."""
    code = getattr(outcome, "code", "")
    return reason_text(code, outcome.params) if code else str(outcome.reason)

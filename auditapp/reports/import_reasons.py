"""Why the importer refused, held back or marked an audit: a stable code and parameters.

Every outcome of an import carries a code from :data:`REASONS` and the parameters of its
template. The command line prints the English text (:func:`reason_text`); the desktop app
translates the same code and parameters (``auditapp/ui/import_reasons.py``), so a reason is
never English in the Chinese user interface. Parameters are plain text or numbers.
"""

from __future__ import annotations

from typing import Any

REASONS: dict[str, str] = {
    # the workbook as a whole
    "no_such_file": "no such file or folder",
    "not_zip": "not a workbook (not a zip archive, or a damaged one: {detail})",
    "cannot_read_file": "cannot read the file ({detail})",
    "not_workbook_structure": "not a workbook: its structure is missing or damaged ({detail})",
    "sheet_name_twice": "two sheets are named '{sheet}'",
    "zip_bomb": "refused: unpacks to {mb} MB (a zip bomb?)",
    "part_bomb": "refused: part {part} expands {ratio}-fold (a zip bomb?)",
    "sheet_damaged": "sheet '{sheet}' is missing or damaged ({detail})",
    "sheet_extent": (
        "sheet '{sheet}' spans up to {rows} rows x {cols} columns; an export has at most "
        "{max_cells} cells per sheet (rows padded on, or a cell placed far away?)"
    ),
    "not_readable_workbook": "not a readable workbook ({detail})",
    "missing_sheets": "missing sheet(s) {sheets}; is this a ServiceAudit export?",
    "sheet_unreadable": "sheet '{sheet}' cannot be read ({detail})",
    "sheet_empty": "sheet '{sheet}' is empty; expected a header row",
    "sheet_columns": "sheet '{sheet}' lacks column(s) {columns}",
    "bad_meta": "the _meta sheet is damaged: {detail}",
    "meta_audit_twice": "_meta lists audit {audit} twice",
    "no_format_version": "_meta has no format_version; is this a ServiceAudit export?",
    "format_version": "unknown export format version {found}; this app reads version {known}",
    "form_damaged": "the form snapshot {form} in _meta is damaged ({detail})",
    "form_altered": "the form snapshot {form} in _meta was altered (hash mismatch)",
    "unlisted_rows": "rows for an audit that _meta does not list (rows added after export)",
    "all_or_nothing": (
        "another audit in this workbook was rejected; a workbook imports all or nothing"
    ),
    # cells
    "not_whole_number": "{what}: expected a whole number, got {value}",
    "not_datetime": "{what}: expected a date-time, got {value}",
    "not_number": "item {item}: the answer should be a number, got {value}",
    "audit_rows": "the Audits sheet has {count} rows for this audit; expected exactly 1",
    "audit_status": "Audits row {row}: unknown status {value}",
    "item_not_in_form": "Answers row {row}: item '{item}' is not in form {form} v{version}",
    "item_twice": "Answers row {row}: item '{item}' appears twice",
    "action_status": "Actions row {row}: unknown status {value}",
    # scores
    "score_edited": "Audits.{column} is {value} but the answers give {expected} (score edited)",
    "grade_edited": "Audits.grade is {value} but the answers give {expected} (score edited)",
    "result_edited": "Audits.passed is {value} but the answers give {expected} (result edited)",
    "points_edited": (
        "Answers row {row}: {column} is {value} but the answer gives {expected} (score edited)"
    ),
    "section_edited": "Sections row {row}: the section scores do not match the answers (score edited)",
    # signatures and digests
    "unsigned": "not signed (exported as an unsigned draft)",
    "cert_damaged": "the signer's certificate in _meta is damaged ({detail})",
    "untrusted_chain": "the signer does not chain to a trusted certificate",
    "bad_signature": (
        "the digest signature does not verify: signed by a different key, or the _meta sheet "
        "was edited"
    ),
    "unknown_form": "unknown form version {form}: not in the workbook nor installed",
    "revision_mismatch": "Audits says revision {found} but _meta signed revision {signed}",
    "row_revision": "{sheet} row {row}: revision differs from the audit's",
    "rows_differ": (
        "the audit's rows differ from what was signed (an answer, comment or row was edited, "
        "added or deleted)"
    ),
    "digest_column": "Audits.digest differs from the signed digest in _meta",
    # against what is stored
    "other_key_than_stored": "signed by a different key than the revision already stored",
    "older": "older than the stored revision {stored}",
    "duplicate": "this revision is already stored",
    # the signer's binding to the audit's auditor id
    "signer_conflict": (
        "audit {audit}: auditor id {auditor_id} is known with certificate {known} for the "
        "name '{name}', but this audit is signed with another certificate of that name, "
        "{fingerprint} (a forgery?)"
    ),
    "first_seen": (
        "signer unverified: certificate {fingerprint} ({subject}) is the first seen for "
        "auditor id {auditor_id} under its name; accept it to verify"
    ),
    "serial_mismatch": (
        "signer unverified: the certificate {fingerprint} names auditor id {serial}, but the "
        "audit's auditor id is {auditor_id}"
    ),
    "no_auditor_id": (
        "signer unverified: the audit names no auditor id, so its certificate {fingerprint} "
        "cannot be bound to an auditor"
    ),
}


def reason_text(code: str, params: dict[str, Any]) -> str:
    """The English text of a reason (what the command line prints)."""
    template = REASONS.get(code)
    if template is None:
        return str(params.get("detail", code))
    return template.format(**params)

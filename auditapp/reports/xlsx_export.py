"""Writing audits to a workbook head office can pivot and verify (layout: xlsx_layout)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable
from contextlib import suppress
from datetime import date, datetime
from pathlib import Path
from typing import Any

from auditapp import __version__
from auditapp.core.canonical import canonical_json, form_to_data
from auditapp.core.model import ItemType
from auditapp.core.numbering import item_numbers, item_title
from auditapp.reports.audit_data import AuditData, audit_label, collect
from auditapp.reports.errors import ReportError
from auditapp.reports.pdf_labels import draft_mark
from auditapp.reports.xlsx_common import num, split_ts
from auditapp.reports.xlsx_layout import (
    ALL_SHEETS,
    DATA_SHEETS,
    FORM_CHUNK,
    FORMAT_VERSION,
    names,
)
from auditapp.reports.xlsx_write import (
    DATETIME_MINUTES,
    FAIL_FILL,
    ONE_DECIMAL,
    PASS_FILL,
    PLAIN,
    Sheet,
    XlsxWriteError,
    XlsxWriter,
)
from auditapp.store import Store
from auditapp.trust.identity import (
    certificate,
    certificate_chain_pem,
    check_signer,
    load_p12,
    signing_role,
)
from auditapp.trust.record import person_shown
from auditapp.trust.signature import load_signing_key, sign_digest

Progress = Callable[[int, int], None]
SUMMARY = (
    "Site",
    "Site name",
    "Region",
    "Form",
    "Date",
    "Auditor",
    "Status",
    "Score %",
    "Grade",
    "Result",
    "Failed critical items",
    "Audit id",
)


def _answer_cell(item_type: ItemType, value: Any) -> Any:
    if value is None:
        return None
    if item_type == ItemType.NUMBER:
        return float(value)
    if item_type == ItemType.DATE:
        return date.fromisoformat(value)
    if isinstance(value, tuple):
        return "|".join(value)
    return value


def export_xlsx(
    store: Store,
    audit_ids: list[str],
    out: Path,
    passphrase: str | None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> int:
    """Write the audits to ``out`` (atomically); returns how many were written.

    With ``passphrase`` each audit's digest is signed: a mystery shop's with the alias
    identity, every other audit's with the main identity. Every audit's signer is checked
    first (:func:`~auditapp.trust.identity.check_signer`); one that does not belong to
    its auditor stops the export before anything is written. Without ``passphrase`` the
    workbook is a draft the importer will refuse.
    """
    if not audit_ids:
        raise ReportError("no audits match; nothing to export")
    keys: dict[str, tuple[Any, str]] | None = None
    if passphrase is not None:
        keys = _signing_keys(store, audit_ids, passphrase)
    book = XlsxWriter(f"ServiceAudit {__version__}")
    try:
        _write_book(book, store, audit_ids, keys, progress, cancelled)
        _save(book, out)
    except XlsxWriteError as exc:
        raise ReportError(f"{out}: {exc}") from exc
    finally:
        book.close()
    return len(audit_ids)


def _signing_keys(
    store: Store, audit_ids: list[str], passphrase: str
) -> dict[str, tuple[Any, str]]:
    """(key, certificate PEM) by role, for the roles these audits need, after checking
    each audit's signer."""
    keys: dict[str, tuple[Any, str]] = {}
    for audit_id in audit_ids:
        audit = store.audits.get(audit_id)
        mystery = audit.kind == "mystery_shop"
        role = signing_role(audit.auditor, mystery)
        if role not in keys:
            certificate(store.data_dir, role)  # "no such identity" before the passphrase
            key = load_signing_key(load_p12(store.data_dir, passphrase, role), passphrase)
            keys[role] = (key, certificate_chain_pem(store.data_dir, role).decode("ascii"))
        check_signer(certificate(store.data_dir, role), audit.auditor, mystery, audit_label(audit))
    return keys


def _write_book(
    book: XlsxWriter,
    store: Store,
    audit_ids: list[str],
    keys: dict[str, tuple[Any, str]] | None,
    progress: Progress | None,
    cancelled: Callable[[], bool],
) -> None:
    summary = book.add_sheet("Summary")
    sheets = {name: book.add_sheet(name) for name in DATA_SHEETS}
    dictionary = book.add_sheet("Dictionary")
    meta = book.add_sheet("_meta", hidden=True)
    summary.header(SUMMARY, {1: 28, 3: 30, 9: 30, 10: 40, 11: 38})
    summary.autofilter = True
    for name, sheet in sheets.items():
        sheet.header(names(DATA_SHEETS[name]))
    dictionary.header(names(ALL_SHEETS["Dictionary"]))
    meta.header(names(ALL_SHEETS["_meta"]))
    exported_at, tz = split_ts(datetime.now().astimezone().isoformat(timespec="seconds"))
    for key_name, value in (
        ("format_version", FORMAT_VERSION),
        ("app_version", __version__),
        ("exported_at", exported_at),
        ("exported_tz", tz),
        ("audits", len(audit_ids)),
    ):
        meta.row(["meta", key_name, value])
    forms: dict[str, Any] = {}
    for n, audit_id in enumerate(audit_ids, start=1):
        if cancelled():
            raise ReportError("export cancelled; no file was written")
        data = collect(store, audit_id)
        forms.setdefault(data.audit.form_hash, data.form)
        _write_audit(sheets, summary, data)
        signature = cert_pem = ""
        if keys is not None:
            a = data.audit
            key, cert_pem = keys[signing_role(a.auditor, a.kind == "mystery_shop")]
            signature = sign_digest(key, data.digest)
        meta.row(["audit", data.audit.id, data.audit.revision, data.digest, signature, cert_pem])
        if progress:
            progress(n, len(audit_ids))
    for digest, form in forms.items():
        text = canonical_json(form_to_data(form))
        for part in range(0, len(text), FORM_CHUNK):
            meta.row(["form", digest, part // FORM_CHUNK + 1, text[part : part + FORM_CHUNK]])
    _write_dictionary(dictionary, forms.values())


def _save(book: XlsxWriter, out: Path) -> None:
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=".tmp-", suffix=".xlsx")
        os.close(fd)
    except OSError as exc:
        raise ReportError(f"{out}: cannot write there ({exc.strerror})") from exc
    try:
        book.save(Path(tmp))
        os.replace(tmp, out)
    except OSError as exc:
        raise ReportError(f"{out}: cannot write the workbook ({exc.strerror})") from exc
    finally:
        Path(tmp).unlink(missing_ok=True)


def _write_audit(sheets: dict[str, Sheet], summary: Sheet, d: AuditData) -> None:
    a, r, ctx = d.audit, d.result, d.audit.context
    created, created_tz = split_ts(a.created_at)
    completed, completed_tz = split_ts(a.completed_at)
    shown = a.auditor.shown_name(a.kind == "mystery_shop")
    sheets["Audits"].row(
        [
            a.id,
            a.revision,
            a.site_code,
            d.site.name,
            d.site.region,
            d.site.industry,
            a.form_id,
            a.form_version,
            a.form_hash,
            a.kind,
            a.status.value,
            shown,
            a.auditor.auditor_id,
            created,
            created_tz,
            completed,
            completed_tz,
            ctx.visit_time,
            ctx.scenario,
            ctx.receipt_number,
            ctx.staff_description,
            num(r.percent),
            num(r.raw_percent),
            r.grade.grade if r.grade else None,
            r.passed,
            "|".join(r.failed_critical),
            num(r.earned),
            num(r.possible),
            num(r.completion),
            d.digest,
            "|".join(_failed_critical(d)),
            len(r.required_open),
            "provisional" if draft_mark(d) else "final",
        ]
    )
    _summary_row(summary, d, shown, created)
    answers = sheets["Answers"]
    for res in r.items:
        item = d.form.item(res.item_id)
        ans = d.answers.get(res.item_id)
        answered, answered_tz = split_ts(ans.answered_at if ans else "")
        answers.row(
            [
                a.id,
                a.revision,
                a.site_code,
                d.site.region,
                a.form_id,
                a.form_version,
                res.section_id,
                item.id,
                item.clause,
                item.type.value,
                res.visible,
                _answer_cell(item.type, ans.value if ans else None),
                bool(ans and ans.na),
                num(res.earned) if res.counted else None,
                num(res.possible) if res.counted else None,
                num(res.weight),
                item.critical,
                res.failed,
                ans.comment if ans else None,
                ans.photo_count if ans else 0,
                answered,
                answered_tz,
            ]
        )
    for sec, s in zip(d.form.sections, r.sections, strict=True):
        sheets["Sections"].row(
            [
                a.id,
                a.revision,
                sec.id,
                sec.title.en,
                sec.title.zh,
                num(sec.weight),
                num(s.earned),
                num(s.possible),
                num(s.percent),
                s.answered,
                s.visible,
            ]
        )
    numbers = item_numbers(d.form)
    for act in d.actions:
        title = ""
        if act.item_id:
            with suppress(KeyError):
                title = " ".join(d.form.item(act.item_id).prompt.en.split())
        sheets["Actions"].row(
            [
                a.id,
                act.item_id,
                act.what,
                person_shown(a, act.owner),
                date.fromisoformat(act.due_date),
                act.status.value,
                a.site_code,
                d.site.name,
                d.site.region,
                numbers.get(act.item_id or "", ""),
                title,
            ]
        )
    for p in d.photos:
        sheets["Photos"].row([a.id, p.sha256, p.item_id, p.caption, p.taken_at])
    for sig in d.signatures:
        at, tz = split_ts(sig.signed_at)
        name = person_shown(a, sig.name)  # the alias, never the real name, on mystery shops
        sheets["Signatures"].row([a.id, sig.role, name, sig.image_sha256, at, tz])


def _failed_critical(d: AuditData) -> list[str]:
    """Failed critical items as people name them: ``2.3 Fire exits clear``."""
    return [item_title(d.form, item_id) for item_id in d.result.failed_critical]


def _summary_row(sheet: Sheet, d: AuditData, shown: str, created: Any) -> None:
    r = d.result
    draft = draft_mark(d)
    # A draft has no grade or result yet: its score is provisional, and says why.
    result = draft or ("" if r.passed is None else ("PASS" if r.passed else "FAIL"))
    values = [
        d.site.code,
        d.site.name,
        d.site.region,
        f"{d.form.title.en} v{d.form.version}",
        created,
        shown,
        d.audit.status.value + (" (signer unverified)" if d.audit.signer_unverified else ""),
        num(r.percent),
        r.grade.grade if r.grade and not draft else "",
        result,
        "; ".join(_failed_critical(d)),
        d.audit.id,
    ]
    outcome = PLAIN if not result or draft else PASS_FILL if r.passed else FAIL_FILL
    styles = [PLAIN] * 4 + [DATETIME_MINUTES] + [PLAIN] * 2 + [ONE_DECIMAL, PLAIN, outcome]
    sheet.row(values, styles + [PLAIN, PLAIN])


def _write_dictionary(sheet: Sheet, forms: Iterable[Any]) -> None:
    for sheet_name, columns in ALL_SHEETS.items():
        for col, kind, text in columns:
            sheet.row(["column", sheet_name, None, col, kind, text, None])
    for form in forms:
        for item in form.items():
            sheet.row(
                [
                    "item",
                    form.id,
                    form.version,
                    item.id,
                    item.type.value,
                    item.prompt.en,
                    item.prompt.zh,
                ]
            )

"""Head office's importer: verify every audit of an exported workbook, then store it.

Nothing is trusted that has not been checked: each audit's rows are turned back into its
canonical data, whose digest must match the one signed by the auditor's key, and the
score columns must equal what the one scoring definition computes from the answers
(auditapp/reports/xlsx_verify.py). A workbook imports all or nothing.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509

from auditapp.core.canonical import form_hash
from auditapp.core.errors import FormError
from auditapp.core.forms import form_from_data
from auditapp.core.model import Form
from auditapp.reports.two_cores import run_on_two_cores
from auditapp.reports.xlsx_layout import FORMAT_VERSION
from auditapp.reports.xlsx_read import Table, Unreadable, read_tables
from auditapp.reports.xlsx_verify import (
    Rejected,
    Signers,
    as_int,
    as_text,
    verify_audit,
)
from auditapp.store import NotFound, Store
from auditapp.store.db import transaction
from auditapp.store.imports import ImportRows, import_rows

IMPORTED, UPDATED, DUPLICATE, REJECTED, NOT_IMPORTED = (
    "imported",
    "updated",
    "duplicate",
    "rejected",
    "not imported",
)


@dataclass(frozen=True)
class Outcome:
    """What happened to one audit (or to a whole unreadable workbook)."""

    source: str
    """The workbook file."""
    audit_id: str
    """The audit; empty when the workbook itself was refused."""
    revision: int | None
    """Its revision in the workbook."""
    result: str
    """imported, updated, duplicate, rejected or not imported."""
    reason: str = ""
    """Why it was rejected or not imported."""
    readable: bool = True
    """False when the file could not be read as an export at all."""


class _AllOrNothing(Exception):
    """Rolls back what was stored of a workbook once one of its audits is rejected."""


def _group(table: Table) -> dict[str, list[tuple[int, list[Any]]]]:
    out: dict[str, list[tuple[int, list[Any]]]] = {}
    i = table.columns["audit_id"]
    for entry in table.rows:
        key = entry[1][i]
        if type(key) is not str:
            key = as_text(key)
        rows = out.get(key)
        if rows is None:
            out[key] = [entry]
        else:
            rows.append(entry)
    return out


def _meta(tables: dict[str, Table]) -> tuple[dict[str, Any], dict[str, list[Any]], dict[str, str]]:
    meta: dict[str, Any] = {}
    audits: dict[str, list[Any]] = {}
    parts: dict[str, dict[int, str]] = defaultdict(dict)
    t = tables["_meta"]
    for _, row in t.rows:
        kind = as_text(t.get(row, "record"))
        a, b = as_text(t.get(row, "a")), t.get(row, "b")
        if kind == "meta":
            meta[a] = b
        elif kind == "audit":
            if a in audits:
                raise Unreadable(f"_meta lists audit {a} twice")
            audits[a] = [
                b,
                as_text(t.get(row, "c")),
                as_text(t.get(row, "d")),
                as_text(t.get(row, "e")),
            ]
        elif kind == "form":
            parts[a][as_int(b, "form part")] = as_text(t.get(row, "c"))
    version = meta.get("format_version")
    if version in (None, ""):
        raise Unreadable("_meta has no format_version; is this a ServiceAudit export?")
    if as_text(version) != str(FORMAT_VERSION):
        raise Unreadable(
            f"unknown export format version {as_text(version)}; this app reads version {FORMAT_VERSION}"
        )
    forms = {h: "".join(p[k] for k in sorted(p)) for h, p in parts.items()}
    return meta, audits, forms


def _forms(store: Store, texts: dict[str, str]) -> dict[str, Form]:
    out: dict[str, Form] = {}
    for digest, text in texts.items():
        try:
            form = form_from_data(json.loads(text), f"form snapshot {digest[:12]}")
        except (ValueError, FormError) as exc:
            raise Unreadable(
                f"the form snapshot {digest[:12]} in _meta is damaged ({exc})"
            ) from exc
        if form_hash(form) != digest:
            raise Unreadable(
                f"the form snapshot {digest[:12]} in _meta was altered (hash mismatch)"
            )
        out[digest] = form
    return out


def import_workbook(
    store: Store, path: Path, actor: str, trust: list[x509.Certificate] | None = None
) -> list[Outcome]:
    """Verify and import one workbook, all or nothing; one outcome per audit."""
    src = path.name
    try:
        tables = read_tables(path)
        _, listed, form_texts = _meta(tables)
        forms = _forms(store, form_texts)
    except Unreadable as exc:
        return [Outcome(src, "", None, REJECTED, str(exc), readable=False)]
    groups = {name: _group(t) for name, t in tables.items() if name not in ("_meta", "Dictionary")}
    outcomes: list[Outcome] = []
    unlisted = sorted(
        {
            aid
            for name in ("Audits", "Answers", "Photos", "Signatures", "Actions")
            for aid in groups[name]
            if aid not in listed
        }
    )
    for aid in unlisted:
        outcomes.append(
            Outcome(
                src,
                aid,
                None,
                REJECTED,
                "rows for an audit that _meta does not list (rows added after export)",
            )
        )
    _add_installed_forms(store, tables, forms)
    signers = Signers(trust)

    def verify(job: tuple[str, list[Any]]) -> ImportRows | tuple[int | None, str]:
        aid, (rev_cell, digest, signature, cert_pem) = job
        revision = None
        try:
            revision = as_int(rev_cell, "_meta revision")
            return import_rows(
                verify_audit(
                    aid, revision, digest, signature, cert_pem, tables, groups, forms, signers, src
                )
            )
        except Rejected as exc:
            return revision, str(exc)

    jobs = list(listed.items())
    rejected = bool(outcomes)
    installed: set[str] = set()
    writing = ExitStack()
    begun = False

    def take(offset: int, results: list[ImportRows | tuple[int | None, str]]) -> None:
        """Decide each audit's outcome and store the accepted ones, in workbook order."""
        nonlocal rejected, begun
        if not begun:  # begun only now, after any fork (the child never sees it), and
            # before the first look at what is stored, so that no other writer slips between
            writing.enter_context(transaction(store.db))
            begun = True
        for (aid, _), rec in zip(jobs[offset : offset + len(results)], results, strict=True):
            outcome = _decide(store, src, aid, rec)
            outcomes.append(outcome)
            rejected = rejected or outcome.result == REJECTED
            if rejected or not isinstance(rec, ImportRows) or outcome.result == DUPLICATE:
                continue
            if rec.form_hash not in installed:
                store.forms.install(forms[rec.form_hash])
                installed.add(rec.form_hash)
            store.imports.write(rec, actor, replace=outcome.result == UPDATED)

    try:
        with writing:
            # Verification is pure work over the parsed rows: half of it runs on the other
            # core where that is safe, while this process stores its own half.
            # The child takes the larger share, since this process also does the writing.
            run_on_two_cores(verify, jobs, take, child_share=0.6)
            if rejected:
                raise _AllOrNothing
    except _AllOrNothing:
        return [
            o
            if o.result == REJECTED
            else Outcome(
                src,
                o.audit_id,
                o.revision,
                NOT_IMPORTED,
                "another audit in this workbook was rejected; a workbook imports all or nothing",
            )
            for o in outcomes
        ]
    return outcomes


def _decide(store: Store, src: str, aid: str, rec: ImportRows | tuple[int | None, str]) -> Outcome:
    """The outcome of a verified (or rejected) audit against what is already stored."""
    if not isinstance(rec, ImportRows):
        return Outcome(src, aid, rec[0], REJECTED, rec[1])
    revision = rec.revision
    known = store.imports.known(aid)
    if known and known[1] and known[1] != rec.signer_fingerprint:
        reason = "signed by a different key than the revision already stored"
        return Outcome(src, aid, revision, REJECTED, reason)
    if known and known[0] > revision:
        return Outcome(src, aid, revision, REJECTED, f"older than the stored revision {known[0]}")
    if known and known[0] == revision:
        return Outcome(src, aid, revision, DUPLICATE, "this revision is already stored")
    return Outcome(src, aid, revision, UPDATED if known else IMPORTED)


def _add_installed_forms(store: Store, tables: dict[str, Table], forms: dict[str, Form]) -> None:
    """Forms the Audits rows cite that the workbook lacks but this data folder has."""
    table = tables["Audits"]
    i = table.columns["form_hash"]
    for digest in {as_text(row[i]) for _, row in table.rows} - forms.keys():
        try:
            forms[digest] = store.forms.get(digest)
        except NotFound:  # the audit citing it is rejected when verified
            continue


def import_paths(
    store: Store,
    paths: list[Path],
    actor: str,
    trust: list[x509.Certificate] | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> list[Outcome]:
    """Import every ``.xlsx`` in ``paths`` (files or folders), one workbook at a time."""
    files: list[Path] = []
    outcomes: list[Outcome] = []
    for p in paths:
        if p.is_dir():
            files.extend(
                sorted(
                    x
                    for x in p.iterdir()
                    if x.suffix.lower() == ".xlsx" and not x.name.startswith("~$")
                )
            )
        elif p.exists():
            files.append(p)
        else:
            outcomes.append(
                Outcome(p.name, "", None, REJECTED, "no such file or folder", readable=False)
            )
    for n, f in enumerate(files, start=1):
        if cancelled():
            break
        if progress:
            progress(n, len(files), f.name)
        outcomes.extend(import_workbook(store, f, actor, trust))
    return outcomes

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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography import x509

from auditapp.core.canonical import form_hash
from auditapp.core.errors import FormError
from auditapp.core.forms import form_from_data
from auditapp.core.model import Form
from auditapp.reports.import_reasons import reason_text
from auditapp.reports.signers import known_names, register_own_identities
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
from auditapp.store.certs import ACCEPTED, TRUSTED, colon_hex
from auditapp.store.db import transaction
from auditapp.store.imports import ImportRows, import_rows
from auditapp.trust.certs import name_key
from auditapp.trust.certs import pem_common_name as common_name

IMPORTED, UPDATED, DUPLICATE, REJECTED, NOT_IMPORTED = (
    "imported",
    "updated",
    "duplicate",
    "rejected",
    "not imported",
)


@dataclass(frozen=True)
class SignerInfo:
    """The certificate that signed an audit, as the import judged it."""

    auditor_id: str
    """The auditor id the audit names."""
    subject: str
    """The certificate's subject (RFC 4514)."""
    fingerprint: str
    """SHA-256 of the certificate, lowercase hex."""
    pem: str
    """The certificate (PEM)."""
    verified: bool
    """Known for that auditor id (or bound by this import through --trust or acceptance)."""
    first_seen: bool
    """No certificate is known for that auditor id under its name yet: it can be accepted."""


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
    """Why it was rejected, not imported or stored "signer unverified" (English)."""
    readable: bool = True
    """False when the file could not be read as an export at all."""
    code: str = ""
    """The reason's stable code (:data:`auditapp.reports.import_reasons.REASONS`)."""
    params: dict[str, Any] = field(default_factory=dict)
    """The parameters of the reason's template."""
    signer: SignerInfo | None = None
    """Who signed the audit, when its signature verified."""

    @property
    def signer_unverified(self) -> bool:
        """Stored (or already stored) without its signer being known for its auditor."""
        stored = self.result in (IMPORTED, UPDATED, DUPLICATE)
        return stored and self.signer is not None and not self.signer.verified


def _outcome(
    src: str,
    aid: str,
    revision: int | None,
    result: str,
    code: str = "",
    signer: SignerInfo | None = None,
    readable: bool = True,
    **params: Any,
) -> Outcome:
    reason = reason_text(code, params) if code else ""
    return Outcome(src, aid, revision, result, reason, readable, code, params, signer)


def first_seen_signers(outcomes: list[Outcome]) -> list[tuple[SignerInfo, int]]:
    """The certificates first seen for their auditor id and name, each with how many audits it
    signed, in the order met: what the user may accept."""
    found: dict[tuple[str, str], list[Any]] = {}
    for o in outcomes:
        s = o.signer
        if s is None or not s.first_seen or o.result in (REJECTED, NOT_IMPORTED):
            continue
        entry = found.setdefault((s.auditor_id, s.fingerprint), [s, 0])
        entry[1] += 1
    return [(s, n) for s, n in found.values()]


class _Binder:
    """Binds each audit's signer to its auditor: the certificate must be one known for the
    audit's auditor id under the name the certificate carries (its CN). An auditor id has a
    certificate per name: the real name and, for a mystery shopper, the alias. Lives in the
    importing process only (decisions are never made in a child).

    A certificate whose auditor id and name match a known certificate with another
    fingerprint is refused (a forgery). One whose name is not yet known for the auditor id
    (or whose auditor id is new) is first seen: it is bound when it chains to a ``--trust``
    certificate *and* names that auditor id, or when the user accepts first-seen signers
    (``accept_new``); otherwise its audits are stored marked "signer unverified".
    """

    def __init__(self, store: Store, accept_new: bool) -> None:
        register_own_identities(store)
        self.known = known_names(store)
        self.accept_new = accept_new
        self.bound: list[tuple[str, ImportRows, str]] = []
        """Certificates this workbook binds: (auditor id, rows, how), stored with it."""

    def begin(self) -> dict[tuple[str, str], set[str]]:
        self.bound = []
        return {k: set(v) for k, v in self.known.items()}

    def judge(self, rec: ImportRows) -> tuple[SignerInfo, str, dict[str, Any]]:
        """The signer as judged, with the reason code ('' when verified) and parameters."""
        aid, fp = rec.auditor_id, rec.signer_fingerprint
        name = common_name(rec.signer_pem)

        def info(verified: bool, first: bool) -> SignerInfo:
            return SignerInfo(aid, rec.signer, fp, rec.signer_pem, verified, first)

        shown = colon_hex(fp)
        if not aid:
            return info(False, False), "no_auditor_id", {"fingerprint": shown}
        key = (name_key(aid), name_key(name))
        known = self.known.get(key)
        if known:
            if fp in known:
                return info(True, False), "", {}
            others = ", ".join(colon_hex(k) for k in sorted(known))
            params = {
                "audit": rec.audit_id,
                "auditor_id": aid,
                "name": name,
                "known": others,
                "fingerprint": shown,
            }
            return info(False, False), "signer_conflict", params
        if rec.signer_serial and name_key(rec.signer_serial) != name_key(aid):
            params = {"fingerprint": shown, "serial": rec.signer_serial, "auditor_id": aid}
            return info(False, False), "serial_mismatch", params
        how = ""
        if rec.signer_trusted and name_key(rec.signer_serial) == name_key(aid):
            how = TRUSTED
        elif self.accept_new:
            how = ACCEPTED
        if how:
            self.known.setdefault(key, set()).add(fp)
            self.bound.append((aid, rec, how))
            return info(True, False), "", {}
        params = {"fingerprint": shown, "subject": rec.signer, "auditor_id": aid}
        return info(False, True), "first_seen", params


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
                raise Unreadable("meta_audit_twice", audit=a)
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
        raise Unreadable("no_format_version")
    if as_text(version) != str(FORMAT_VERSION):
        raise Unreadable("format_version", found=as_text(version), known=FORMAT_VERSION)
    forms = {h: "".join(p[k] for k in sorted(p)) for h, p in parts.items()}
    return meta, audits, forms


def _forms(store: Store, texts: dict[str, str]) -> dict[str, Form]:
    out: dict[str, Form] = {}
    for digest, text in texts.items():
        try:
            form = form_from_data(json.loads(text), f"form snapshot {digest[:12]}")
        except (ValueError, FormError) as exc:
            raise Unreadable("form_damaged", form=digest[:12], detail=str(exc)) from exc
        if form_hash(form) != digest:
            raise Unreadable("form_altered", form=digest[:12])
        out[digest] = form
    return out


def import_workbook(
    store: Store,
    path: Path,
    actor: str,
    trust: list[x509.Certificate] | None = None,
    accept_new: bool = False,
    binder: _Binder | None = None,
) -> list[Outcome]:
    """Verify and import one workbook, all or nothing; one outcome per audit.

    Each audit's signer must be a certificate known for its auditor id and name; see
    :class:`_Binder`. ``accept_new`` stores certificates first seen for an auditor id as
    known (the user's decision); without it their audits are stored "signer unverified".
    """
    src = path.name
    try:
        tables = read_tables(path)
        _, listed, form_texts = _meta(tables)
        forms = _forms(store, form_texts)
    except Unreadable as exc:
        return [_outcome(src, "", None, REJECTED, exc.code, None, False, **exc.params)]
    except Rejected as exc:  # a cell of _meta that is not what an export writes
        return [_outcome(src, "", None, REJECTED, "bad_meta", None, False, detail=str(exc))]
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
        outcomes.append(_outcome(src, aid, None, REJECTED, "unlisted_rows"))
    _add_installed_forms(store, tables, forms)
    signers = Signers(trust)
    binder = binder or _Binder(store, accept_new)
    known_before = binder.begin()

    def verify(job: tuple[str, list[Any]]) -> ImportRows | tuple[int | None, str, dict[str, Any]]:
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
            return revision, exc.code, exc.params

    jobs = list(listed.items())
    rejected = bool(outcomes)
    installed: set[str] = set()
    writing = ExitStack()
    begun = False

    def take(
        offset: int, results: list[ImportRows | tuple[int | None, str, dict[str, Any]]]
    ) -> None:
        """Decide each audit's outcome and store the accepted ones, in workbook order."""
        nonlocal rejected, begun
        if not begun:  # begun only now, after any fork (the child never sees it), and
            # before the first look at what is stored, so that no other writer slips between
            writing.enter_context(transaction(store.db))
            begun = True
        for (aid, _), rec in zip(jobs[offset : offset + len(results)], results, strict=True):
            outcome = _decide(store, binder, src, aid, rec)
            outcomes.append(outcome)
            rejected = rejected or outcome.result == REJECTED
            if rejected or not isinstance(rec, ImportRows) or outcome.result == DUPLICATE:
                continue
            if rec.form_hash not in installed:
                store.forms.install(forms[rec.form_hash])
                installed.add(rec.form_hash)
            store.imports.write(
                rec, actor, replace=outcome.result == UPDATED, unverified=outcome.signer_unverified
            )

    try:
        with writing:
            # Verification is pure work over the parsed rows: half of it runs on the other
            # core where that is safe, while this process stores its own half.
            # The child takes the larger share, since this process also does the writing.
            run_on_two_cores(verify, jobs, take, child_share=0.6)
            if rejected:
                raise _AllOrNothing
            for auditor_id, rec, how in binder.bound:  # in the workbook's transaction
                store.certs.add(auditor_id, rec.signer_fingerprint, rec.signer, rec.signer_pem, how)
    except _AllOrNothing:
        binder.known = known_before  # nothing of this workbook was stored, nor bound
        return [
            o
            if o.result == REJECTED
            else _outcome(src, o.audit_id, o.revision, NOT_IMPORTED, "all_or_nothing", o.signer)
            for o in outcomes
        ]
    except BaseException:
        binder.known = known_before
        raise
    return outcomes


def _decide(
    store: Store,
    binder: _Binder,
    src: str,
    aid: str,
    rec: ImportRows | tuple[int | None, str, dict[str, Any]],
) -> Outcome:
    """The outcome of a verified (or rejected) audit against what is already stored."""
    if not isinstance(rec, ImportRows):
        return _outcome(src, aid, rec[0], REJECTED, rec[1], **rec[2])
    revision = rec.revision
    signer, code, params = binder.judge(rec)
    if code == "signer_conflict":
        return _outcome(src, aid, revision, REJECTED, code, signer, **params)
    known = store.imports.known(aid)
    if known and known[1] and known[1] != rec.signer_fingerprint:
        return _outcome(src, aid, revision, REJECTED, "other_key_than_stored", signer)
    if known and known[0] > revision:
        return _outcome(src, aid, revision, REJECTED, "older", signer, stored=known[0])
    if known and known[0] == revision:
        return _outcome(src, aid, revision, DUPLICATE, "duplicate", signer)
    return _outcome(src, aid, revision, UPDATED if known else IMPORTED, code, signer, **params)


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
    accept_new: bool = False,
) -> list[Outcome]:
    """Import every ``.xlsx`` in ``paths`` (files or folders), one workbook at a time.

    ``accept_new``: store certificates first seen for an auditor id as known, so their
    audits import verified (the user's trust decision, as ``--accept-new-signers``).
    """
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
            outcomes.append(_outcome(p.name, "", None, REJECTED, "no_such_file", readable=False))
    binder = _Binder(store, accept_new)
    for n, f in enumerate(files, start=1):
        if cancelled():
            break
        if progress:
            progress(n, len(files), f.name)
        outcomes.extend(import_workbook(store, f, actor, trust, binder=binder))
    return outcomes

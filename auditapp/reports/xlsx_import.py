"""Head office's importer: verify every audit of an exported workbook, then store it.

Nothing is trusted that has not been checked: each audit's rows are turned back into its
canonical data, whose digest must match the one signed by the auditor's key, and the
score columns must equal what the one scoring definition computes from the answers. A
workbook imports all or nothing.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes

from auditapp.core.answers import Answer, AnswerValue, decimal_text
from auditapp.core.canonical import form_hash
from auditapp.core.errors import FormError
from auditapp.core.forms import form_from_data
from auditapp.core.model import Form, Item, ItemType
from auditapp.core.records import (
    ActionStatus,
    Audit,
    Auditor,
    AuditStatus,
    CorrectiveAction,
    Photo,
    Signature,
    Site,
    VisitContext,
)
from auditapp.core.scoring import AuditScore, score
from auditapp.reports.audit_data import canonical_audit, digest_of
from auditapp.reports.two_cores import run_on_two_cores
from auditapp.reports.xlsx_common import check_digest_signature, join_ts, num
from auditapp.reports.xlsx_layout import FORMAT_VERSION
from auditapp.reports.xlsx_read import Table, Unreadable, read_tables
from auditapp.store import NotFound, Store
from auditapp.store.db import transaction
from auditapp.store.imports import ImportedAudit, ImportRows, import_rows

IMPORTED, UPDATED, DUPLICATE, REJECTED, NOT_IMPORTED = (
    "imported",
    "updated",
    "duplicate",
    "rejected",
    "not imported",
)
TOLERANCE = 1e-6


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


class _Rejected(Exception):
    pass


class _AllOrNothing(Exception):
    """Rolls back what was stored of a workbook once one of its audits is rejected."""


def _text(v: Any) -> str:
    if type(v) is str:  # the common case first: this runs for every cell
        return v
    if v is None or v == "":
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def _int(v: Any, what: str) -> int:
    try:
        return int(float(v))
    except (TypeError, ValueError):
        raise _Rejected(f"{what}: expected a whole number, got {v!r}") from None


def _bool(v: Any) -> bool:
    if isinstance(v, bool):
        return v
    return str(v).strip().upper() in ("TRUE", "1", "YES")


def _dt(v: Any, what: str) -> datetime | None:
    if v is None or v == "":
        return None
    if isinstance(v, datetime):
        return v
    if isinstance(v, date):
        return datetime(v.year, v.month, v.day)
    raise _Rejected(f"{what}: expected a date-time, got {v!r}")


def _value(item: Item, cell: Any) -> AnswerValue:
    if cell is None or cell == "":
        return None
    item_id, t = item.id, item.type
    if t == ItemType.NUMBER:
        if isinstance(cell, bool) or not isinstance(cell, int | float):
            raise _Rejected(f"item {item_id}: the answer should be a number, got {cell!r}")
        return Decimal(decimal_text(Decimal(repr(float(cell)))))
    if t == ItemType.RATING:
        return _int(cell, f"item {item_id}")
    if t == ItemType.MULTI:
        return tuple(x for x in str(cell).split("|") if x)
    if t == ItemType.DATE:
        return (
            (cell.date() if isinstance(cell, datetime) else cell).isoformat()
            if isinstance(cell, date)
            else str(cell)
        )
    return _text(cell)


def _group(table: Table) -> dict[str, list[tuple[int, list[Any]]]]:
    out: dict[str, list[tuple[int, list[Any]]]] = {}
    i = table.columns["audit_id"]
    for entry in table.rows:
        key = entry[1][i]
        if type(key) is not str:
            key = _text(key)
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
        kind = _text(t.get(row, "record"))
        a, b = _text(t.get(row, "a")), t.get(row, "b")
        if kind == "meta":
            meta[a] = b
        elif kind == "audit":
            if a in audits:
                raise Unreadable(f"_meta lists audit {a} twice")
            audits[a] = [b, _text(t.get(row, "c")), _text(t.get(row, "d")), _text(t.get(row, "e"))]
        elif kind == "form":
            parts[a][_int(b, "form part")] = _text(t.get(row, "c"))
    version = meta.get("format_version")
    if version in (None, ""):
        raise Unreadable("_meta has no format_version; is this a ServiceAudit export?")
    if _text(version) != str(FORMAT_VERSION):
        raise Unreadable(
            f"unknown export format version {_text(version)}; this app reads version {FORMAT_VERSION}"
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


def _chain_trusted(chain: list[x509.Certificate], trust: list[x509.Certificate]) -> bool:
    trusted = {c.fingerprint(hashes.SHA256()) for c in trust}
    pool = trust + chain[1:]
    current = chain[0]
    for _ in range(8):
        if current.fingerprint(hashes.SHA256()) in trusted:
            return True
        issuer = next((c for c in pool if c.subject == current.issuer and c is not current), None)
        if issuer is None:
            return False
        try:
            current.verify_directly_issued_by(issuer)
        except (ValueError, TypeError, Exception):  # noqa: BLE001 - any failure means untrusted
            return False
        current = issuer
    return False


def _rebuild(
    aid: str,
    tables: dict[str, Table],
    groups: dict[str, dict[str, list[tuple[int, list[Any]]]]],
    form: Form,
) -> tuple[
    Audit, Site, dict[str, Answer], list[Photo], list[Signature], list[CorrectiveAction], list[Any]
]:
    at = tables["Audits"]
    rows = groups["Audits"].get(aid, [])
    if len(rows) != 1:
        raise _Rejected(f"the Audits sheet has {len(rows)} rows for this audit; expected exactly 1")
    number, row = rows[0]

    def g(col: str) -> Any:
        return at.get(row, col)

    kind = _text(g("kind"))
    shown = _text(g("auditor"))
    try:
        status = AuditStatus(_text(g("status")))
    except ValueError:
        raise _Rejected(f"Audits row {number}: unknown status {_text(g('status'))!r}") from None
    audit = Audit(
        id=aid,
        form_hash=_text(g("form_hash")),
        form_id=_text(g("form_id")),
        form_version=_int(g("form_version"), "form_version"),
        site_code=_text(g("site_code")),
        auditor=Auditor(shown, _text(g("auditor_id")), shown if kind == "mystery_shop" else ""),
        kind=kind,
        status=status,
        revision=_int(g("revision"), "revision"),
        created_at=join_ts(_dt(g("created_at"), "created_at"), _text(g("created_tz"))),
        updated_at="",
        completed_at=join_ts(_dt(g("completed_at"), "completed_at"), _text(g("completed_tz"))),
        context=VisitContext(
            _text(g("scenario")),
            _text(g("visit_time")),
            _text(g("receipt_number")),
            _text(g("staff_description")),
        ),
    )
    site = Site(audit.site_code, _text(g("site_name")), _text(g("region")), _text(g("industry")))
    ans_t = tables["Answers"]
    answers: dict[str, Answer] = {}
    ix = ans_t.columns  # the hot loop indexes rows directly (rows are full width)
    i_item, i_answer, i_na, i_comment = ix["item_id"], ix["answer"], ix["na"], ix["comment"]
    i_at, i_tz, i_photos = ix["answered_at"], ix["answered_tz"], ix["photo_count"]
    for n, r in groups["Answers"].get(aid, []):
        item_id = _text(r[i_item])
        try:
            item = form.item(item_id)
        except KeyError:
            raise _Rejected(
                f"Answers row {n}: item '{item_id}' is not in form {form.id} v{form.version}"
            ) from None
        if item_id in answers:
            raise _Rejected(f"Answers row {n}: item '{item_id}' appears twice")
        # Cells almost always hold the exported types; converting is for the exceptions.
        na, when, count = r[i_na], r[i_at], r[i_photos]
        if type(na) is not bool:
            na = _bool(na)
        if type(when) is not datetime:
            when = _dt(when, f"Answers row {n}")
        if type(count) is not int:
            count = _int(count or 0, "photo_count")
        answers[item_id] = Answer(
            item_id,
            _value(item, r[i_answer]),
            na,
            _text(r[i_comment]),
            count,
            join_ts(when, _text(r[i_tz])),
        )
    pt, st, ct = tables["Photos"], tables["Signatures"], tables["Actions"]
    photos = [
        Photo(
            0,
            aid,
            _text(pt.get(r, "item_id")) or None,
            _text(pt.get(r, "sha256")),
            "",
            _text(pt.get(r, "caption")),
            _text(pt.get(r, "taken_at")),
            0,
            0,
            "",
        )
        for _, r in groups["Photos"].get(aid, [])
    ]
    sigs = [
        Signature(
            0,
            aid,
            _text(st.get(r, "role")),
            _text(st.get(r, "name")),
            _text(st.get(r, "image_sha256")),
            join_ts(_dt(st.get(r, "signed_at"), "signed_at"), _text(st.get(r, "signed_tz"))),
        )
        for _, r in groups["Signatures"].get(aid, [])
    ]
    actions = []
    for n, r in groups["Actions"].get(aid, []):
        due = ct.get(r, "due_date")
        due_text = (
            (due.date() if isinstance(due, datetime) else due).isoformat()
            if isinstance(due, date)
            else _text(due)
        )
        try:
            status_a = ActionStatus(_text(ct.get(r, "status")))
        except ValueError:
            raise _Rejected(
                f"Actions row {n}: unknown status {_text(ct.get(r, 'status'))!r}"
            ) from None
        actions.append(
            CorrectiveAction(
                0,
                aid,
                _text(ct.get(r, "item_id")) or None,
                _text(ct.get(r, "what")),
                _text(ct.get(r, "owner")),
                due_text,
                status_a,
            )
        )
    return audit, site, answers, photos, sigs, actions, row


def _check_scores(
    aid: str,
    tables: dict[str, Table],
    groups: dict[str, Any],
    audit_row: list[Any],
    result: AuditScore,
) -> None:
    at = tables["Audits"]

    def same(sheet_value: Any, exact: Fraction | None) -> bool:
        if exact is None:
            return sheet_value in ("", None)
        kind = type(sheet_value)
        if kind is not float and kind is not int:
            return False
        if exact.denominator == 1:  # most points: compared as ints, no Fraction arithmetic
            return bool(sheet_value == exact.numerator)
        return bool(abs(sheet_value - exact.numerator / exact.denominator) <= TOLERANCE)

    for col, exact in (
        ("percent", result.percent),
        ("raw_percent", result.raw_percent),
        ("earned", result.earned),
        ("possible", result.possible),
    ):
        if not same(at.get(audit_row, col), exact):
            raise _Rejected(
                f"Audits.{col} is {at.get(audit_row, col)!r} but the answers give {num(exact)} (score edited)"
            )
    grade = result.grade.grade if result.grade else ""
    if _text(at.get(audit_row, "grade")) != grade:
        raise _Rejected(
            f"Audits.grade is {_text(at.get(audit_row, 'grade'))!r} but the answers give {grade!r} (score edited)"
        )
    passed = at.get(audit_row, "passed")
    if result.passed is not None and _bool(passed) != result.passed:
        raise _Rejected(
            f"Audits.passed is {passed!r} but the answers give {result.passed} (result edited)"
        )
    by_item = {r.item_id: r for r in result.items}
    ans_t = tables["Answers"]
    i_item, i_earned, i_possible = (ans_t.columns[c] for c in ("item_id", "earned", "possible"))
    for n, r in groups["Answers"].get(aid, []):
        res = by_item[_text(r[i_item])]
        counted = res.counted
        if same(r[i_earned], res.earned if counted else None) and same(
            r[i_possible], res.possible if counted else None
        ):
            continue
        for col, exact in (("earned", res.earned), ("possible", res.possible)):
            exact = exact if counted else None
            if not same(r[ans_t.columns[col]], exact):
                raise _Rejected(
                    f"Answers row {n}: {col} is {ans_t.get(r, col)!r} but the answer gives {num(exact)} (score edited)"
                )
    if "Sections" in tables:
        sec_t = tables["Sections"]
        by_sec = {s.section_id: s for s in result.sections}
        for n, r in groups["Sections"].get(aid, []):
            s = by_sec.get(_text(sec_t.get(r, "section_id")))
            if (
                s is None
                or not same(sec_t.get(r, "earned"), s.earned)
                or not same(sec_t.get(r, "possible"), s.possible)
            ):
                raise _Rejected(
                    f"Sections row {n}: the section scores do not match the answers (score edited)"
                )


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
    signers = _Signers(trust)

    def verify(job: tuple[str, list[Any]]) -> ImportRows | tuple[int | None, str]:
        aid, (rev_cell, digest, signature, cert_pem) = job
        revision = None
        try:
            revision = _int(rev_cell, "_meta revision")
            return import_rows(
                _verify(
                    aid, revision, digest, signature, cert_pem, tables, groups, forms, signers, src
                )
            )
        except _Rejected as exc:
            return revision, str(exc)

    jobs = list(listed.items())
    rejected = bool(outcomes)
    installed: set[str] = set()
    writing = ExitStack()

    def take(offset: int, results: list[ImportRows | tuple[int | None, str]]) -> None:
        """Decide each audit's outcome and store the accepted ones, in workbook order."""
        nonlocal rejected
        for (aid, _), rec in zip(jobs[offset : offset + len(results)], results, strict=True):
            outcome = _decide(store, src, aid, rec)
            outcomes.append(outcome)
            rejected = rejected or outcome.result == REJECTED
            if rejected or not isinstance(rec, ImportRows) or outcome.result == DUPLICATE:
                continue
            if not installed:  # begun only now, after any fork: the child never sees it
                writing.enter_context(transaction(store.db))
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


@dataclass(frozen=True)
class _Signer:
    certificate: x509.Certificate
    subject: str
    fingerprint: str


class _Signers:
    """Certificates of _meta parsed and checked once each (a workbook mostly has one)."""

    def __init__(self, trust: list[x509.Certificate] | None) -> None:
        self.trust = trust
        self._seen: dict[str, _Signer | str] = {}

    def get(self, cert_pem: str) -> _Signer:
        """The signer of this PEM chain; raises _Rejected when damaged or untrusted."""
        found = self._seen.get(cert_pem)
        if found is None:
            found = self._seen[cert_pem] = self._load(cert_pem)
        if isinstance(found, str):
            raise _Rejected(found)
        return found

    def _load(self, cert_pem: str) -> _Signer | str:
        try:
            chain = x509.load_pem_x509_certificates(cert_pem.encode("ascii"))
        except (ValueError, UnicodeEncodeError) as exc:
            return f"the signer's certificate in _meta is damaged ({exc})"
        if self.trust is not None and not _chain_trusted(chain, self.trust):
            return "the signer does not chain to a trusted certificate"
        leaf = chain[0]
        return _Signer(leaf, leaf.subject.rfc4514_string(), leaf.fingerprint(hashes.SHA256()).hex())


def _add_installed_forms(store: Store, tables: dict[str, Table], forms: dict[str, Form]) -> None:
    """Forms the Audits rows cite that the workbook lacks but this data folder has."""
    table = tables["Audits"]
    i = table.columns["form_hash"]
    for digest in {_text(row[i]) for _, row in table.rows} - forms.keys():
        try:
            forms[digest] = store.forms.get(digest)
        except NotFound:  # the audit citing it is rejected when verified
            continue


def _verify(
    aid: str,
    revision: int,
    digest: str,
    signature: str,
    cert_pem: str,
    tables: dict[str, Table],
    groups: dict[str, Any],
    forms: dict[str, Form],
    signers: _Signers,
    src: str,
) -> ImportedAudit:
    if not signature or not cert_pem:
        raise _Rejected("not signed (exported as an unsigned draft)")
    signer = signers.get(cert_pem)
    if not check_digest_signature(signer.certificate, digest, signature):
        raise _Rejected(
            "the digest signature does not verify: signed by a different key, or the _meta sheet was edited"
        )
    form_digest = (
        _text(tables["Audits"].get(groups["Audits"][aid][0][1], "form_hash"))
        if groups["Audits"].get(aid)
        else ""
    )
    form = forms.get(form_digest)
    if form is None:
        raise _Rejected(
            f"unknown form version {form_digest[:12]}: not in the workbook nor installed"
        )
    audit, site, answers, photos, sigs, actions, audit_row = _rebuild(aid, tables, groups, form)
    if audit.revision != revision:
        raise _Rejected(
            f"Audits says revision {audit.revision} but _meta signed revision {revision}"
        )
    for name in ("Answers",):
        for n, r in groups[name].get(aid, []):
            if _int(tables[name].get(r, "revision"), "revision") != revision:
                raise _Rejected(f"{name} row {n}: revision differs from the audit's")
    recomputed = digest_of(canonical_audit(audit, answers, photos, sigs, actions))
    if recomputed != digest:
        raise _Rejected(
            "the audit's rows differ from what was signed (an answer, comment or row was edited, added or deleted)"
        )
    if _text(tables["Audits"].get(audit_row, "digest")) != digest:
        raise _Rejected("Audits.digest differs from the signed digest in _meta")
    result = score(form, answers)
    _check_scores(aid, tables, groups, audit_row, result)
    pct = "" if result.percent is None else f"{float(result.percent):.6f}".rstrip("0").rstrip(".")
    audit = Audit(
        **{
            **audit.__dict__,
            "percent": pct,
            "grade": result.grade.grade if result.grade else "",
            "passed": result.passed,
        }
    )
    return ImportedAudit(
        audit,
        site,
        answers,
        tuple(photos),
        tuple(sigs),
        tuple(actions),
        signer.subject,
        signer.fingerprint,
        src,
    )


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

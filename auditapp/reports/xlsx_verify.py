"""Verifying one audit of an exported workbook against its signed digest and its scores.

Pure work over the parsed rows (no database, no files), so the importer can run it on
either core. Every check that fails raises :class:`Rejected` with a reason a person can
act on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.x509.oid import NameOID

from auditapp.core.answers import Answer, AnswerValue, decimal_text
from auditapp.core.evidence import ActionStatus, CorrectiveAction, Photo, Signature
from auditapp.core.model import Form, Item, ItemType
from auditapp.core.records import Audit, Auditor, AuditStatus, Site, VisitContext
from auditapp.core.scoring import AuditScore, score
from auditapp.reports.import_reasons import reason_text
from auditapp.reports.xlsx_common import join_ts, num
from auditapp.reports.xlsx_read import Table
from auditapp.store.imports import ImportedAudit
from auditapp.trust.certs import chain_trusted
from auditapp.trust.record import canonical_audit, digest_of
from auditapp.trust.signature import check_digest_signature

TOLERANCE = 1e-6  # score columns are exact values rounded to 6 decimals


class Rejected(Exception):
    """An audit refused: a reason code of :data:`REASONS` and its parameters."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(reason_text(code, params))
        self.code = code
        self.params = params


def as_text(v: Any) -> str:
    if type(v) is str:  # the common case first: this runs for every cell
        return v
    if v is None or v == "":
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def as_int(v: Any, what: str) -> int:
    try:
        return int(float(v))
    except (TypeError, ValueError):
        raise Rejected("not_whole_number", what=what, value=repr(v)) from None


def as_bool(v: Any) -> bool:
    if isinstance(v, bool):
        return v
    return str(v).strip().upper() in ("TRUE", "1", "YES")


def as_datetime(v: Any, what: str) -> datetime | None:
    if v is None or v == "":
        return None
    if isinstance(v, datetime):
        return v
    if isinstance(v, date):
        return datetime(v.year, v.month, v.day)
    raise Rejected("not_datetime", what=what, value=repr(v))


def answer_value(item: Item, cell: Any) -> AnswerValue:
    if cell is None or cell == "":
        return None
    item_id, t = item.id, item.type
    if t == ItemType.NUMBER:
        if isinstance(cell, bool) or not isinstance(cell, int | float):
            raise Rejected("not_number", item=item_id, value=repr(cell))
        return Decimal(decimal_text(Decimal(repr(float(cell)))))
    if t == ItemType.RATING:
        return as_int(cell, f"item {item_id}")
    if t == ItemType.MULTI:
        return tuple(x for x in str(cell).split("|") if x)
    if t == ItemType.DATE:
        return (
            (cell.date() if isinstance(cell, datetime) else cell).isoformat()
            if isinstance(cell, date)
            else str(cell)
        )
    return as_text(cell)


def rebuild(
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
        raise Rejected("audit_rows", count=len(rows))
    number, row = rows[0]

    def g(col: str) -> Any:
        return at.get(row, col)

    kind = as_text(g("kind"))
    shown = as_text(g("auditor"))
    try:
        status = AuditStatus(as_text(g("status")))
    except ValueError:
        raise Rejected("audit_status", row=number, value=repr(as_text(g("status")))) from None
    audit = Audit(
        id=aid,
        form_hash=as_text(g("form_hash")),
        form_id=as_text(g("form_id")),
        form_version=as_int(g("form_version"), "form_version"),
        site_code=as_text(g("site_code")),
        auditor=Auditor(shown, as_text(g("auditor_id")), shown if kind == "mystery_shop" else ""),
        kind=kind,
        status=status,
        revision=as_int(g("revision"), "revision"),
        created_at=join_ts(as_datetime(g("created_at"), "created_at"), as_text(g("created_tz"))),
        updated_at="",
        completed_at=join_ts(
            as_datetime(g("completed_at"), "completed_at"), as_text(g("completed_tz"))
        ),
        context=VisitContext(
            as_text(g("scenario")),
            as_text(g("visit_time")),
            as_text(g("receipt_number")),
            as_text(g("staff_description")),
        ),
    )
    site = Site(
        audit.site_code, as_text(g("site_name")), as_text(g("region")), as_text(g("industry"))
    )
    ans_t = tables["Answers"]
    answers: dict[str, Answer] = {}
    ix = ans_t.columns  # the hot loop indexes rows directly (rows are full width)
    i_item, i_answer, i_na, i_comment = ix["item_id"], ix["answer"], ix["na"], ix["comment"]
    i_at, i_tz, i_photos = ix["answered_at"], ix["answered_tz"], ix["photo_count"]
    for n, r in groups["Answers"].get(aid, []):
        item_id = as_text(r[i_item])
        try:
            item = form.item(item_id)
        except KeyError:
            raise Rejected(
                "item_not_in_form", row=n, item=item_id, form=form.id, version=form.version
            ) from None
        if item_id in answers:
            raise Rejected("item_twice", row=n, item=item_id)
        # Cells almost always hold the exported types; converting is for the exceptions.
        na, when, count = r[i_na], r[i_at], r[i_photos]
        if type(na) is not bool:
            na = as_bool(na)
        if type(when) is not datetime:
            when = as_datetime(when, f"Answers row {n}")
        if type(count) is not int:
            count = as_int(count or 0, "photo_count")
        answers[item_id] = Answer(
            item_id,
            answer_value(item, r[i_answer]),
            na,
            as_text(r[i_comment]),
            count,
            join_ts(when, as_text(r[i_tz])),
        )
    pt, st, ct = tables["Photos"], tables["Signatures"], tables["Actions"]
    photos = [
        Photo(
            0,
            aid,
            as_text(pt.get(r, "item_id")) or None,
            as_text(pt.get(r, "sha256")),
            "",
            as_text(pt.get(r, "caption")),
            as_text(pt.get(r, "taken_at")),
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
            as_text(st.get(r, "role")),
            as_text(st.get(r, "name")),
            as_text(st.get(r, "image_sha256")),
            join_ts(
                as_datetime(st.get(r, "signed_at"), "signed_at"), as_text(st.get(r, "signed_tz"))
            ),
        )
        for _, r in groups["Signatures"].get(aid, [])
    ]
    actions = []
    for n, r in groups["Actions"].get(aid, []):
        due = ct.get(r, "due_date")
        due_text = (
            (due.date() if isinstance(due, datetime) else due).isoformat()
            if isinstance(due, date)
            else as_text(due)
        )
        try:
            status_a = ActionStatus(as_text(ct.get(r, "status")))
        except ValueError:
            raise Rejected(
                "action_status", row=n, value=repr(as_text(ct.get(r, "status")))
            ) from None
        actions.append(
            CorrectiveAction(
                0,
                aid,
                as_text(ct.get(r, "item_id")) or None,
                as_text(ct.get(r, "what")),
                as_text(ct.get(r, "owner")),
                due_text,
                status_a,
            )
        )
    return audit, site, answers, photos, sigs, actions, row


def check_scores(
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
            raise Rejected(
                "score_edited",
                column=col,
                value=repr(at.get(audit_row, col)),
                expected=str(num(exact)),
            )
    grade = result.grade.grade if result.grade else ""
    if as_text(at.get(audit_row, "grade")) != grade:
        raise Rejected(
            "grade_edited", value=repr(as_text(at.get(audit_row, "grade"))), expected=repr(grade)
        )
    passed = at.get(audit_row, "passed")
    if result.passed is not None and as_bool(passed) != result.passed:
        raise Rejected("result_edited", value=repr(passed), expected=str(result.passed))
    by_item = {r.item_id: r for r in result.items}
    ans_t = tables["Answers"]
    i_item, i_earned, i_possible = (ans_t.columns[c] for c in ("item_id", "earned", "possible"))
    for n, r in groups["Answers"].get(aid, []):
        res = by_item[as_text(r[i_item])]
        counted = res.counted
        if same(r[i_earned], res.earned if counted else None) and same(
            r[i_possible], res.possible if counted else None
        ):
            continue
        for col, exact in (("earned", res.earned), ("possible", res.possible)):
            exact = exact if counted else None
            if not same(r[ans_t.columns[col]], exact):
                raise Rejected(
                    "points_edited",
                    row=n,
                    column=col,
                    value=repr(ans_t.get(r, col)),
                    expected=str(num(exact)),
                )
    if "Sections" in tables:
        sec_t = tables["Sections"]
        by_sec = {s.section_id: s for s in result.sections}
        for n, r in groups["Sections"].get(aid, []):
            s = by_sec.get(as_text(sec_t.get(r, "section_id")))
            if (
                s is None
                or not same(sec_t.get(r, "earned"), s.earned)
                or not same(sec_t.get(r, "possible"), s.possible)
            ):
                raise Rejected("section_edited", row=n)


@dataclass(frozen=True)
class Signer:
    certificate: x509.Certificate
    subject: str
    fingerprint: str
    pem: str = ""
    """The leaf certificate (PEM)."""
    serial: str = ""
    """The auditor id the certificate names (subject serialNumber), or ''."""
    trusted: bool = False
    """Chains to a certificate given with ``--trust``."""


class Signers:
    """Certificates of _meta parsed and checked once each (a workbook mostly has one)."""

    def __init__(self, trust: list[x509.Certificate] | None) -> None:
        self.trust = trust
        self._seen: dict[str, Signer | Rejected] = {}

    def get(self, cert_pem: str) -> Signer:
        """The signer of this PEM chain; raises Rejected when damaged or untrusted."""
        found = self._seen.get(cert_pem)
        if found is None:
            found = self._seen[cert_pem] = self._load(cert_pem)
        if isinstance(found, Rejected):
            raise Rejected(found.code, **found.params)
        return found

    def _load(self, cert_pem: str) -> Signer | Rejected:
        try:
            chain = x509.load_pem_x509_certificates(cert_pem.encode("ascii"))
        except (ValueError, UnicodeEncodeError) as exc:
            return Rejected("cert_damaged", detail=str(exc))
        if self.trust is not None and not chain_trusted(chain, self.trust):
            return Rejected("untrusted_chain")
        leaf = chain[0]
        serial = leaf.subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)
        return Signer(
            leaf,
            leaf.subject.rfc4514_string(),
            leaf.fingerprint(hashes.SHA256()).hex(),
            leaf.public_bytes(serialization.Encoding.PEM).decode("ascii"),
            str(serial[0].value).strip() if serial else "",
            self.trust is not None,
        )


def verify_audit(
    aid: str,
    revision: int,
    digest: str,
    signature: str,
    cert_pem: str,
    tables: dict[str, Table],
    groups: dict[str, Any],
    forms: dict[str, Form],
    signers: Signers,
    src: str,
) -> ImportedAudit:
    if not signature or not cert_pem:
        raise Rejected("unsigned")
    signer = signers.get(cert_pem)
    if not check_digest_signature(signer.certificate, digest, signature):
        raise Rejected("bad_signature")
    form_digest = (
        as_text(tables["Audits"].get(groups["Audits"][aid][0][1], "form_hash"))
        if groups["Audits"].get(aid)
        else ""
    )
    form = forms.get(form_digest)
    if form is None:
        raise Rejected("unknown_form", form=form_digest[:12])
    audit, site, answers, photos, sigs, actions, audit_row = rebuild(aid, tables, groups, form)
    if audit.revision != revision:
        raise Rejected("revision_mismatch", found=audit.revision, signed=revision)
    for name in ("Answers",):
        for n, r in groups[name].get(aid, []):
            if as_int(tables[name].get(r, "revision"), "revision") != revision:
                raise Rejected("row_revision", sheet=name, row=n)
    recomputed = digest_of(canonical_audit(audit, answers, photos, sigs, actions))
    if recomputed != digest:
        raise Rejected("rows_differ")
    if as_text(tables["Audits"].get(audit_row, "digest")) != digest:
        raise Rejected("digest_column")
    result = score(form, answers)
    check_scores(aid, tables, groups, audit_row, result)
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
        signer.pem,
        signer.serial,
        signer.trusted,
    )

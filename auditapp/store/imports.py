"""Storing audits verified by the head-office importer (one transaction per workbook)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

from auditapp.core.answers import Answer, AnswerValue, value_to_json
from auditapp.core.evidence import CorrectiveAction, Photo, Signature
from auditapp.core.records import Audit, Site
from auditapp.store import trail
from auditapp.store.clock import now_iso
from auditapp.store.db import Database


@dataclass(frozen=True)
class ImportedAudit:
    """Everything the importer verified about one audit, ready to store."""

    audit: Audit
    """The audit record (with its revision, status and timestamps as exported)."""
    site: Site
    """Its site (created when unknown, left alone when known)."""
    answers: dict[str, Answer]
    """Answers by item id, with their answered-at times."""
    photos: tuple[Photo, ...]
    """Photo records (files travel separately)."""
    signatures: tuple[Signature, ...]
    """Signature records."""
    actions: tuple[CorrectiveAction, ...]
    """Corrective actions."""
    signer: str
    """Subject of the certificate that signed the digest."""
    signer_fingerprint: str
    """SHA-256 fingerprint of that certificate."""
    source: str
    """The workbook file name."""
    signer_pem: str = ""
    """The signing certificate (PEM), kept so that it can be accepted later."""
    signer_serial: str = ""
    """The auditor id the certificate names (its subject's serialNumber), or ''."""
    signer_trusted: bool = False
    """The certificate chains to a certificate given with ``--trust``."""


_TEXT_JSON: dict[str, str] = {}  # "pass", "fail", option ids: the same few texts again and again


def _stored_value(value: AnswerValue) -> str | None:
    """The answers.value column: JSON of the value (the one encoding AuditRepo writes too)."""
    if value is None:
        return None
    if type(value) is int:  # not bool: JSON of an int is its decimal text
        return str(value)
    if isinstance(value, str) and len(value) <= 64:
        text = _TEXT_JSON.get(value)
        if text is None:
            text = json.dumps(value, ensure_ascii=False)
            if len(_TEXT_JSON) < 4096:
                _TEXT_JSON[value] = text
        return text
    return json.dumps(value_to_json(value), ensure_ascii=False)


class ImportRepo:
    """Known revisions and signers of imported audits, and the writes of an import."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def known(self, audit_id: str) -> tuple[int, str] | None:
        """(stored revision, signer fingerprint or '') of an audit, or None when unknown."""
        row = self.db.execute(
            "SELECT a.revision, COALESCE(i.signer_fingerprint, '') FROM audits a "
            "LEFT JOIN imports i ON i.audit_id = a.id WHERE a.id = ?",
            [audit_id],
        ).fetchone()
        return (int(row[0]), str(row[1])) if row else None

    def write(
        self, rows: ImportRows, actor: str, replace: bool = True, unverified: bool = False
    ) -> None:
        """Write one verified audit's rows inside the caller's transaction.

        With ``replace`` the rows of an older revision are deleted first; an audit not
        stored before (``replace=False``) has none to delete. ``unverified`` stores it
        marked "signer unverified" (its certificate is not known for its auditor id).
        """
        db, conn, aid = self.db, self.db.conn, rows.audit_id
        conn.execute(
            "INSERT OR IGNORE INTO sites (code, name, region, industry, address, manager, "
            "created_at) VALUES (?, ?, ?, ?, '', '', ?)",
            rows.site,
        )
        for table in ("answers", "photos", "signatures", "actions") if replace else ():
            conn.execute(f"DELETE FROM {table} WHERE audit_id = ?", [aid])
        conn.execute(_UPSERT_AUDIT, (*rows.audit, int(unverified)))
        conn.executemany(
            "INSERT INTO answers (audit_id, item_id, value, na, comment, answered_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            rows.answers,
        )
        conn.executemany(
            "INSERT INTO photos (audit_id, item_id, sha256, original_sha256, caption, taken_at, "
            "width, height, added_at, removed) VALUES (?, ?, ?, '', ?, ?, 0, 0, ?, 0)",
            rows.photos,
        )
        conn.executemany(
            "INSERT INTO signatures (audit_id, role, name, image_sha256, signed_at) "
            "VALUES (?, ?, ?, ?, ?)",
            rows.signatures,
        )
        conn.executemany(
            "INSERT INTO actions (audit_id, item_id, what, owner, due_date, status, "
            "closing_evidence, created_at) VALUES (?, ?, ?, ?, ?, ?, '', ?)",
            rows.actions,
        )
        conn.execute(
            "INSERT OR REPLACE INTO imports (audit_id, revision, signer_fingerprint, signer, "
            "source, imported_at, signer_pem) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                aid,
                rows.revision,
                rows.signer_fingerprint,
                rows.signer,
                rows.source,
                now_iso(),
                rows.signer_pem,
            ],
        )
        trail.append(
            db,
            aid,
            actor,
            "import",
            "",
            None,
            {
                "revision": rows.revision,
                "source": rows.source,
                "signer": rows.signer,
                "signer_unverified": unverified,
            },
        )


_AUDIT_COLUMNS = (
    "id, form_hash, form_id, form_version, site_code, auditor_name, auditor_id, "
    "auditor_alias, kind, status, revision, created_at, updated_at, completed_at, "
    "context, percent, grade, passed, signer_unverified"
)
_UPSERT_AUDIT = (
    f"INSERT INTO audits ({_AUDIT_COLUMNS}) VALUES ({', '.join('?' * 19)}) ON CONFLICT(id) "
    f"DO UPDATE SET {', '.join(f'{c} = excluded.{c}' for c in _AUDIT_COLUMNS.split(', ')[1:])}"
)


@dataclass(frozen=True)
class ImportRows:
    """The rows a verified audit becomes, built without a database (so on any core)."""

    audit_id: str
    """The audit."""
    revision: int
    """Its revision."""
    form_hash: str
    """The form snapshot it uses (installed before the audit is written)."""
    signer: str
    """Subject of the signing certificate."""
    signer_fingerprint: str
    """SHA-256 fingerprint of that certificate."""
    source: str
    """The workbook file name."""
    site: tuple[Any, ...]
    """Parameters of the sites row (inserted only when the site is unknown)."""
    audit: tuple[Any, ...]
    """Parameters of the audits row."""
    answers: list[tuple[Any, ...]]
    """Parameters of the answers rows."""
    photos: list[tuple[Any, ...]]
    """Parameters of the photos rows."""
    signatures: list[tuple[Any, ...]]
    """Parameters of the signatures rows."""
    actions: list[tuple[Any, ...]]
    """Parameters of the actions rows."""
    auditor_id: str = ""
    """The auditor id the audit names (what its certificate must be known for)."""
    signer_pem: str = ""
    """The signing certificate (PEM)."""
    signer_serial: str = ""
    """The auditor id the certificate names (subject serialNumber), or ''."""
    signer_trusted: bool = False
    """The certificate chains to a certificate given with ``--trust``."""


def import_rows(rec: ImportedAudit) -> ImportRows:
    """The database rows of a verified audit (pure: no connection needed)."""
    a, now = rec.audit, now_iso()
    return ImportRows(
        a.id,
        a.revision,
        a.form_hash,
        rec.signer,
        rec.signer_fingerprint,
        rec.source,
        (rec.site.code, rec.site.name, rec.site.region, rec.site.industry, now),
        (
            a.id,
            a.form_hash,
            a.form_id,
            a.form_version,
            a.site_code,
            a.auditor.name,
            a.auditor.auditor_id,
            a.auditor.alias,
            a.kind,
            a.status.value,
            a.revision,
            a.created_at,
            now,
            a.completed_at,
            json.dumps(asdict(a.context), ensure_ascii=False),
            a.percent,
            a.grade,
            None if a.passed is None else int(a.passed),
        ),
        [
            (a.id, k, _stored_value(v.value), int(v.na), v.comment, v.answered_at)
            for k, v in rec.answers.items()
        ],
        [(a.id, p.item_id, p.sha256, p.caption, p.taken_at, p.added_at) for p in rec.photos],
        [(a.id, s.role, s.name, s.image_sha256, s.signed_at) for s in rec.signatures],
        [(a.id, c.item_id, c.what, c.owner, c.due_date, c.status.value, now) for c in rec.actions],
        a.auditor.auditor_id,
        rec.signer_pem,
        rec.signer_serial,
        rec.signer_trusted,
    )

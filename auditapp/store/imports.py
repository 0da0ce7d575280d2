"""Storing audits verified by the head-office importer (one transaction per workbook)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

import sqlite_utils

from auditapp.core.answers import Answer, value_to_json
from auditapp.core.records import Audit, CorrectiveAction, Photo, Signature, Site
from auditapp.store import trail
from auditapp.store.clock import now_iso


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


class ImportRepo:
    """Known revisions and signers of imported audits, and the writes of an import."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def known(self, audit_id: str) -> tuple[int, str] | None:
        """(stored revision, signer fingerprint or '') of an audit, or None when unknown."""
        row = self.db.execute(
            "SELECT a.revision, COALESCE(i.signer_fingerprint, '') FROM audits a "
            "LEFT JOIN imports i ON i.audit_id = a.id WHERE a.id = ?",
            [audit_id],
        ).fetchone()
        return (int(row[0]), str(row[1])) if row else None

    def store(self, rec: ImportedAudit, actor: str) -> None:
        """Write one verified audit, replacing an older revision (inside the caller's transaction)."""
        a, db = rec.audit, self.db
        db.execute(
            "INSERT OR IGNORE INTO sites (code, name, region, industry, address, manager, created_at) "
            "VALUES (?, ?, ?, ?, '', '', ?)",
            [rec.site.code, rec.site.name, rec.site.region, rec.site.industry, now_iso()],
        )
        for table in ("answers", "photos", "signatures", "actions"):
            db.execute(f"DELETE FROM {table} WHERE audit_id = ?", [a.id])
        cols = (
            "id, form_hash, form_id, form_version, site_code, auditor_name, auditor_id, "
            "auditor_alias, kind, status, revision, created_at, updated_at, completed_at, "
            "context, percent, grade, passed"
        )
        updates = ", ".join(f"{c} = excluded.{c}" for c in cols.split(", ")[1:])
        db.execute(
            f"INSERT INTO audits ({cols}) VALUES ({', '.join('?' * 18)}) "
            f"ON CONFLICT(id) DO UPDATE SET {updates}",
            [
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
                now_iso(),
                a.completed_at,
                json.dumps(asdict(a.context), ensure_ascii=False),
                a.percent,
                a.grade,
                None if a.passed is None else int(a.passed),
            ],
        )
        db.conn.executemany(
            "INSERT INTO answers (audit_id, item_id, value, na, comment, answered_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (
                    a.id,
                    k,
                    None
                    if v.value is None
                    else json.dumps(value_to_json(v.value), ensure_ascii=False),
                    int(v.na),
                    v.comment,
                    v.answered_at,
                )
                for k, v in rec.answers.items()
            ],
        )
        db.conn.executemany(
            "INSERT INTO photos (audit_id, item_id, sha256, original_sha256, caption, taken_at, "
            "width, height, added_at, removed) VALUES (?, ?, ?, '', ?, ?, 0, 0, ?, 0)",
            [(a.id, p.item_id, p.sha256, p.caption, p.taken_at, p.added_at) for p in rec.photos],
        )
        db.conn.executemany(
            "INSERT INTO signatures (audit_id, role, name, image_sha256, signed_at) VALUES (?, ?, ?, ?, ?)",
            [(a.id, s.role, s.name, s.image_sha256, s.signed_at) for s in rec.signatures],
        )
        db.conn.executemany(
            "INSERT INTO actions (audit_id, item_id, what, owner, due_date, status, "
            "closing_evidence, created_at) VALUES (?, ?, ?, ?, ?, ?, '', ?)",
            [
                (a.id, c.item_id, c.what, c.owner, c.due_date, c.status.value, now_iso())
                for c in rec.actions
            ],
        )
        db.execute(
            "INSERT OR REPLACE INTO imports (audit_id, revision, signer_fingerprint, signer, "
            "source, imported_at) VALUES (?, ?, ?, ?, ?, ?)",
            [a.id, a.revision, rec.signer_fingerprint, rec.signer, rec.source, now_iso()],
        )
        trail.append(
            db,
            a.id,
            actor,
            "import",
            "",
            None,
            {"revision": a.revision, "source": rec.source, "signer": rec.signer},
        )

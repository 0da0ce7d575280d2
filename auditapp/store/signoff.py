"""Drawn signatures and corrective actions of an audit."""

from __future__ import annotations

from datetime import date

from auditapp.core.evidence import ActionStatus, CorrectiveAction, Signature
from auditapp.store import trail
from auditapp.store.audits import AuditRepo
from auditapp.store.blobs import BlobStore
from auditapp.store.clock import now_iso
from auditapp.store.db import Database, transaction
from auditapp.store.errors import NotFound, StoreError

ROLES = ("auditor", "site_representative")
_SIG = "id, audit_id, role, name, image_sha256, signed_at"
_ACT = "id, audit_id, item_id, what, owner, due_date, status, closing_evidence"


class SignoffRepo:
    """Signatures (one per role, replaceable while the audit is open) and corrective actions."""

    def __init__(self, db: Database, blobs: BlobStore, audits: AuditRepo) -> None:
        self.db = db
        self.blobs = blobs
        self.audits = audits

    def sign(self, audit_id: str, role: str, name: str, png: bytes, actor: str) -> Signature:
        """Store a drawn signature (PNG bytes) for ``role``, replacing an earlier one."""
        if role not in ROLES:
            raise StoreError(f"signature role must be one of {', '.join(ROLES)}, got '{role}'")
        if not name.strip():
            raise StoreError("a signature needs the signer's printed name")
        if not png.startswith(b"\x89PNG\r\n\x1a\n"):
            raise StoreError("a signature drawing must be a PNG image")
        self.audits._editable(audit_id)
        digest = self.blobs.put(png, ".png")
        with transaction(self.db):
            self.db.execute(
                "DELETE FROM signatures WHERE audit_id = ? AND role = ?", [audit_id, role]
            )
            self.db.execute(
                "INSERT INTO signatures (audit_id, role, name, image_sha256, signed_at) "
                "VALUES (?, ?, ?, ?, ?)",
                [audit_id, role, name.strip(), digest, now_iso()],
            )
            trail.append(
                self.db,
                audit_id,
                actor,
                "signature",
                "",
                None,
                {"role": role, "name": name.strip(), "image": digest},
            )
        return next(s for s in self.signatures(audit_id) if s.role == role)

    def signatures(self, audit_id: str) -> list[Signature]:
        """The audit's signatures, by role."""
        rows = self.db.execute(
            f"SELECT {_SIG} FROM signatures WHERE audit_id = ? ORDER BY role", [audit_id]
        ).fetchall()
        return [Signature(*r) for r in rows]

    def add_action(
        self, audit_id: str, item_id: str | None, what: str, owner: str, due_date: str, actor: str
    ) -> CorrectiveAction:
        """Record a corrective action (what, owner, due date as YYYY-MM-DD)."""
        if not what.strip() or not owner.strip():
            raise StoreError("a corrective action needs what must change and who owns it")
        try:
            due = date.fromisoformat(due_date).isoformat()
        except ValueError:
            raise StoreError(f"due date must be YYYY-MM-DD, got '{due_date}'") from None
        audit = self.audits._editable(audit_id)
        if item_id is not None:
            self.audits._item(audit, item_id)
        with transaction(self.db):
            cur = self.db.execute(
                "INSERT INTO actions (audit_id, item_id, what, owner, due_date, status, "
                "closing_evidence, created_at) VALUES (?, ?, ?, ?, ?, ?, '', ?)",
                [
                    audit_id,
                    item_id,
                    what.strip(),
                    owner.strip(),
                    due,
                    ActionStatus.OPEN.value,
                    now_iso(),
                ],
            )
            trail.append(
                self.db,
                audit_id,
                actor,
                "action_add",
                item_id or "",
                None,
                {"what": what.strip(), "owner": owner.strip(), "due": due},
            )
        return self.action(int(cur.lastrowid or 0))

    def action(self, action_id: int) -> CorrectiveAction:
        """One corrective action; raises :class:`NotFound`."""
        row = self.db.execute(f"SELECT {_ACT} FROM actions WHERE id = ?", [action_id]).fetchone()
        if row is None:
            raise NotFound(f"no corrective action {action_id}")
        return CorrectiveAction(
            row[0], row[1], row[2], row[3], row[4], row[5], ActionStatus(row[6]), row[7] or ""
        )

    def actions(self, audit_id: str) -> list[CorrectiveAction]:
        """The audit's corrective actions in the order they were recorded."""
        ids = self.db.execute("SELECT id FROM actions WHERE audit_id = ? ORDER BY id", [audit_id])
        return [self.action(r[0]) for r in ids.fetchall()]

    def set_action_status(
        self, action_id: int, status: ActionStatus, evidence: str, actor: str
    ) -> None:
        """Move an action to done or verified, with what shows it (allowed after locking)."""
        act = self.action(action_id)
        with transaction(self.db):
            self.db.execute(
                "UPDATE actions SET status = ?, closing_evidence = ? WHERE id = ?",
                [status.value, evidence, action_id],
            )
            trail.append(
                self.db,
                act.audit_id,
                actor,
                "action_status",
                act.item_id or "",
                act.status.value,
                {"status": status.value, "evidence": evidence},
            )

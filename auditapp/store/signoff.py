"""Drawn signatures and corrective actions of an audit."""

from __future__ import annotations

from datetime import date, datetime

from auditapp.core.evidence import ActionStatus, CorrectiveAction, Signature
from auditapp.core.model import SignerRole
from auditapp.store import trail
from auditapp.store.audits import AuditRepo
from auditapp.store.blobs import BlobStore
from auditapp.store.clock import now_iso
from auditapp.store.db import Database, transaction
from auditapp.store.errors import NotFound, StoreError

ROLES = tuple(role.value for role in SignerRole)
_SIG = "id, audit_id, role, name, image_sha256, signed_at"
_ACT = "id, audit_id, item_id, what, owner, due_date, status, closing_evidence"


class SignoffRepo:
    """Signatures (one per role, replaceable while the audit is open) and corrective actions."""

    def __init__(self, db: Database, blobs: BlobStore, audits: AuditRepo) -> None:
        self.db = db
        self.blobs = blobs
        self.audits = audits

    def sign(
        self,
        audit_id: str,
        role: str,
        name: str,
        png: bytes,
        actor: str,
        drawn_at: str | None = None,
    ) -> Signature:
        """Store a drawn signature (PNG bytes) for ``role``, replacing an earlier one.

        ``drawn_at`` is when the signer drew it (ISO 8601 with offset, not in the future);
        it becomes the signature's ``signed_at``. Without it, the time of this call.
        Refused for a role the audit's form takes no signature from (a mystery shop's
        site representative).
        """
        if role not in ROLES:
            raise StoreError(f"signature role must be one of {', '.join(ROLES)}, got '{role}'")
        if not name.strip():
            raise StoreError("a signature needs the signer's printed name")
        if not png.startswith(b"\x89PNG\r\n\x1a\n"):
            raise StoreError("a signature drawing must be a PNG image")
        signed_at = _drawn_time(drawn_at) if drawn_at is not None else now_iso()
        audit = self.audits._editable(audit_id)
        form = self.audits.form_of(audit)
        if SignerRole(role) not in form.required_signatures:
            raise StoreError(
                f"the form '{form.id}' ({form.kind.value}) takes no {role.replace('_', ' ')} "
                f"signature; it is signed by: "
                f"{', '.join(r.value.replace('_', ' ') for r in form.required_signatures)}"
            )
        digest = self.blobs.put(png, ".png")
        with transaction(self.db):
            self.db.execute(
                "DELETE FROM signatures WHERE audit_id = ? AND role = ?", [audit_id, role]
            )
            self.db.execute(
                "INSERT INTO signatures (audit_id, role, name, image_sha256, signed_at) "
                "VALUES (?, ?, ?, ?, ?)",
                [audit_id, role, name.strip(), digest, signed_at],
            )
            trail.append(
                self.db,
                audit_id,
                actor,
                "signature",
                "",
                None,
                {"role": role, "name": name.strip(), "image": digest, "drawn_at": signed_at},
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
        what, owner, due = _action_fields(what, owner, due_date)
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
                    what,
                    owner,
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
                {"what": what, "owner": owner, "due": due},
            )
        return self.action(int(cur.lastrowid or 0))

    def update_action(
        self, action_id: int, what: str, owner: str, due_date: str, actor: str
    ) -> CorrectiveAction:
        """Change an action's what, owner and due date while its audit is open."""
        what, owner, due = _action_fields(what, owner, due_date)
        act = self.action(action_id)
        self.audits._editable(act.audit_id)
        old = {"what": act.what, "owner": act.owner, "due": act.due_date}
        new = {"what": what, "owner": owner, "due": due}
        if old == new:
            return act
        with transaction(self.db):
            self.db.execute(
                "UPDATE actions SET what = ?, owner = ?, due_date = ? WHERE id = ?",
                [what, owner, due, action_id],
            )
            trail.append(self.db, act.audit_id, actor, "action_edit", act.item_id or "", old, new)
        return self.action(action_id)

    def remove_action(self, action_id: int, actor: str) -> None:
        """Delete an action while its audit is open; what it said stays in the trail."""
        act = self.action(action_id)
        self.audits._editable(act.audit_id)
        with transaction(self.db):
            self.db.execute("DELETE FROM actions WHERE id = ?", [action_id])
            trail.append(
                self.db,
                act.audit_id,
                actor,
                "action_remove",
                act.item_id or "",
                {"what": act.what, "owner": act.owner, "due": act.due_date},
                None,
            )

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


def _action_fields(what: str, owner: str, due_date: str) -> tuple[str, str, str]:
    """What, owner and due date of an action, checked and trimmed."""
    if not what.strip() or not owner.strip():
        raise StoreError("a corrective action needs what must change and who owns it")
    try:
        due = date.fromisoformat(due_date).isoformat()
    except ValueError:
        raise StoreError(f"due date must be YYYY-MM-DD, got '{due_date}'") from None
    return what.strip(), owner.strip(), due


def _drawn_time(text: str) -> str:
    """A signature's drawing time: ISO 8601 with its UTC offset, not in the future."""
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        raise StoreError(
            f"a signature's time must be ISO 8601 with its offset, got '{text}'"
        ) from None
    if when.tzinfo is None:
        raise StoreError(f"a signature's time needs its UTC offset, got '{text}'")
    if when.replace(microsecond=0) > datetime.now().astimezone():
        raise StoreError(f"a signature cannot be drawn in the future ({text})")
    return when.isoformat(timespec="seconds")

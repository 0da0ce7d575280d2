"""The append-only, hash-chained audit trail."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from auditapp.core.jsontext import canonical_json
from auditapp.core.trail import entry_hash, verify_chain
from auditapp.store.clock import now_iso
from auditapp.store.db import Database

if TYPE_CHECKING:
    from auditapp.core.evidence import TrailEntry


def append(
    db: Database,
    audit_id: str,
    actor: str,
    action: str,
    item_id: str = "",
    old: Any = None,
    new: Any = None,
) -> None:
    """Append one entry chained to the audit's previous one (call inside a transaction)."""
    row = db.execute(
        "SELECT hash FROM trail WHERE audit_id = ? ORDER BY seq DESC LIMIT 1", [audit_id]
    ).fetchone()
    prev = row[0] if row else ""
    at = now_iso()
    old_s, new_s = canonical_json(old), canonical_json(new)
    digest = entry_hash(audit_id, at, actor, action, item_id, old_s, new_s, prev)
    db.execute(
        "INSERT INTO trail (audit_id, at, actor, action, item_id, old, new, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [audit_id, at, actor, action, item_id, old_s, new_s, prev, digest],
    )


def entries(db: Database, audit_id: str, after_seq: int = 0) -> list[TrailEntry]:
    """The audit's entries, oldest first; with ``after_seq``, only those after that one."""
    rows = db.execute(
        "SELECT seq, audit_id, at, actor, action, item_id, old, new, prev_hash, hash "
        "FROM trail WHERE audit_id = ? AND seq > ? ORDER BY seq",
        [audit_id, after_seq],
    ).fetchall()
    from auditapp.core.evidence import TrailEntry  # the record type only where read

    return [TrailEntry(*r) for r in rows]


def verify(db: Database, audit_id: str) -> list[str]:
    """Problems with the audit's chain; empty when intact."""
    return verify_chain(entries(db, audit_id))


def verify_since(
    db: Database, audit_id: str, verified: TrailEntry | None
) -> tuple[list[str], list[TrailEntry]]:
    """Problems in the entries appended since ``verified``, and those entries.

    ``verified`` is the last entry of an earlier check that found the chain intact (None
    checks from the start). Its row must still be exactly as that check read it, and the
    new entries must chain on from it; the entries before it are not read again, so the
    cost is that of the new entries, however long the trail. Pass the last entry
    returned (when there are no problems) to the next call.
    """
    if verified is None:
        new = entries(db, audit_id)
        return verify_chain(new), new
    rows = entries(db, audit_id, verified.seq - 1)
    problems = []
    if rows and rows[0].seq == verified.seq:
        if rows[0] != verified:
            problems.append(f"entry {verified.seq}: changed since it was verified")
        rows = rows[1:]
    else:
        problems.append(f"entry {verified.seq}: gone since it was verified")
    return problems + verify_chain(rows, after=verified), rows

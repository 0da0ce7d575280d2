"""Hash chaining of audit-trail entries (the storage is in :mod:`auditapp.store`)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from auditapp.core.jsontext import canonical_json

if TYPE_CHECKING:
    from auditapp.core.evidence import TrailEntry


def entry_hash(
    audit_id: str, at: str, actor: str, action: str, item_id: str, old: str, new: str, prev: str
) -> str:
    """SHA-256 of an entry's content chained to the previous entry's hash."""
    import hashlib  # here: it loads OpenSSL (~3 ms), which opening the app does not need

    payload = canonical_json([audit_id, at, actor, action, item_id, old, new, prev])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def verify_chain(entries: Iterable[TrailEntry], after: TrailEntry | None = None) -> list[str]:
    """Problems in one audit's entries (in order); empty when the chain is intact.

    ``after`` resumes an earlier check: the last entry that check found intact, with
    ``entries`` the ones appended since, the first of which must link to its hash.
    ``after`` and the entries before it are taken as verified and not looked at again;
    only a check from the start sees a later change to those.
    """
    problems: list[str] = []
    prev = after.hash if after is not None else ""
    for e in entries:
        if e.prev_hash != prev:
            problems.append(f"entry {e.seq}: previous hash does not match the entry before it")
        expect = entry_hash(
            e.audit_id, e.at, e.actor, e.action, e.item_id, e.old, e.new, e.prev_hash
        )
        if e.hash != expect:
            problems.append(f"entry {e.seq}: content does not match its hash")
        prev = e.hash
    return problems

"""The canonical record of an audit: the plain data its digest and signature cover.

The same record travels in the PDF's digest line, the workbook's ``_meta`` sheet and the
sync envelope, so "this audit, signed" means one thing on every channel.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from typing import Any

from auditapp.core.answers import Answer, value_to_json
from auditapp.core.canonical import canonical_json
from auditapp.core.evidence import CorrectiveAction, Photo, Signature
from auditapp.core.records import Audit

CANONICAL_FORMAT = 1


def replace_name(text: str, real: str, shown: str) -> str:
    """``text`` with every writing of the name ``real`` (any case, any spacing between its
    words) replaced by ``shown``."""
    words = real.split()
    if not words:
        return text
    pattern = r"\s+".join(re.escape(w) for w in words)
    return re.sub(pattern, lambda _m: shown, text, flags=re.IGNORECASE)


def person_shown(audit: Audit, name: str) -> str:
    """A person's name as exports show it: on a mystery shop by an auditor with an alias,
    the auditor's real name (alone or inside a longer text, in any case or spacing)
    becomes the alias."""
    real = audit.auditor.name.strip()
    alias = audit.auditor.alias.strip()
    if audit.kind != "mystery_shop" or not alias or not real:
        return name
    return replace_name(name, real, alias)


def canonical_audit(
    audit: Audit,
    answers: dict[str, Answer],
    photos: Sequence[Photo],
    signatures: Sequence[Signature],
    actions: Sequence[CorrectiveAction],
) -> dict[str, Any]:
    """The audit's content as plain data in a fixed order: what the digest covers.

    Cached score columns are left out (they are derived); everything a person entered or
    a report shows as evidence is in.
    """
    a = audit
    ctx = a.context
    return {
        "format": CANONICAL_FORMAT,
        "audit": {
            "id": a.id,
            "revision": a.revision,
            "form_id": a.form_id,
            "form_version": a.form_version,
            "form_hash": a.form_hash,
            "site": a.site_code,
            # On mystery shops only the alias is part of the record that leaves the device.
            "auditor": a.auditor.shown_name(a.kind == "mystery_shop"),
            "auditor_id": a.auditor.auditor_id,
            "kind": a.kind,
            "status": a.status.value,
            "created_at": a.created_at,
            "completed_at": a.completed_at,
            "context": [ctx.scenario, ctx.visit_time, ctx.receipt_number, ctx.staff_description],
        },
        "answers": [
            [k, value_to_json(v.value), v.na, v.comment, v.answered_at]
            for k, v in sorted(answers.items())
            if v.value is not None or v.na or v.comment
        ],
        "photos": sorted([p.sha256, p.item_id or "", p.caption, p.taken_at] for p in photos),
        "signatures": sorted(
            [s.role, person_shown(a, s.name), s.image_sha256, s.signed_at] for s in signatures
        ),
        "actions": sorted(
            [c.item_id or "", c.what, person_shown(a, c.owner), c.due_date, c.status.value]
            for c in actions
        ),
    }


def digest_of(data: dict[str, Any]) -> str:
    """SHA-256 (hex) of canonical data."""
    return hashlib.sha256(canonical_json(data).encode("utf-8")).hexdigest()

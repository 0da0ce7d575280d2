"""Everything a report shows about one audit, gathered once, and its canonical digest."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from auditapp.core.answers import Answer, value_to_json
from auditapp.core.canonical import canonical_json
from auditapp.core.evidence import CorrectiveAction, Photo, Signature
from auditapp.core.model import Form
from auditapp.core.records import Audit, Site
from auditapp.core.scoring import AuditScore, score
from auditapp.store import Store

CANONICAL_FORMAT = 1


@dataclass(frozen=True)
class AuditData:
    """One audit with its form, site, answers, score and evidence, ready to render."""

    audit: Audit
    """The audit record."""
    form: Form
    """The exact form version it was started with."""
    site: Site
    """The audited site."""
    answers: dict[str, Answer]
    """Answers by item id."""
    result: AuditScore
    """The score, from the one scoring definition."""
    photos: tuple[Photo, ...]
    """Attached photos, oldest first."""
    photo_files: dict[int, Path]
    """Stored image file of each photo by photo id (may be missing from disk)."""
    signatures: tuple[Signature, ...]
    """Drawn signatures."""
    signature_files: dict[int, Path]
    """Stored PNG of each signature by id."""
    actions: tuple[CorrectiveAction, ...]
    """Corrective actions."""
    digest: str
    """SHA-256 of the canonical data (see :func:`canonical_audit`)."""


def audit_label(audit: Audit) -> str:
    """How messages name an audit: short id, site and date."""
    return f"{audit.id[:8]} ({audit.site_code}, {audit.created_at[:10]})"


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
    photos: tuple[Photo, ...] | list[Photo],
    signatures: tuple[Signature, ...] | list[Signature],
    actions: tuple[CorrectiveAction, ...] | list[CorrectiveAction],
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


def collect(store: Store, audit_id: str) -> AuditData:
    """Gather one audit for a report."""
    audit = store.audits.get(audit_id)
    form = store.audits.form_of(audit)
    answers = store.audits.answers(audit_id)
    photos = tuple(store.photos.list(audit_id))
    sigs = tuple(store.signoff.signatures(audit_id))
    actions = tuple(store.signoff.actions(audit_id))
    digest = digest_of(canonical_audit(audit, answers, photos, sigs, actions))
    return AuditData(
        audit=audit,
        form=form,
        site=store.sites.get(audit.site_code),
        answers=answers,
        result=score(form, answers),
        photos=photos,
        photo_files={p.id: store.photos.file(p) for p in photos},
        signatures=sigs,
        signature_files={s.id: store.blobs.path(s.image_sha256, ".png") for s in sigs},
        actions=actions,
        digest=digest,
    )

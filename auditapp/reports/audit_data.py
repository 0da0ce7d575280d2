"""Everything a report shows about one audit, gathered once, and its canonical digest."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from auditapp.core.answers import Answer
from auditapp.core.evidence import CorrectiveAction, Photo, Signature
from auditapp.core.model import Form
from auditapp.core.records import Audit, Site
from auditapp.core.scoring import AuditScore, score
from auditapp.store import Store
from auditapp.trust.record import canonical_audit, digest_of


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

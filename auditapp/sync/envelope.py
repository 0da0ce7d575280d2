"""A stored audit's locked revision as a sync envelope (:mod:`auditapp.trust.revision`)."""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes

from auditapp.store import Store
from auditapp.trust.revision import BlobRef, Envelope, Parent, build_envelope


def blob_sizes(store: Store, audit_id: str) -> dict[str, int]:
    """Length of every photo and drawing file of an audit, by SHA-256."""
    sizes: dict[str, int] = {}
    for photo in store.photos.list(audit_id):
        sizes[photo.sha256] = store.photos.file(photo).stat().st_size
    for sig in store.signoff.signatures(audit_id):
        if sig.image_sha256:
            sizes[sig.image_sha256] = store.blobs.path(sig.image_sha256, ".png").stat().st_size
    return sizes


def envelope_for(
    store: Store,
    audit_id: str,
    key: PrivateKeyTypes,
    chain_pem: str,
    parent: Parent | None = None,
    pdf: BlobRef | None = None,
    include_form: bool = True,
) -> Envelope:
    """The audit's current revision, signed with ``key`` (the chain's first certificate)."""
    audit = store.audits.get(audit_id)
    return build_envelope(
        audit=audit,
        form=store.audits.form_of(audit),
        site=store.sites.get(audit.site_code),
        answers=store.audits.answers(audit_id),
        photos=store.photos.list(audit_id),
        signatures=store.signoff.signatures(audit_id),
        actions=store.signoff.actions(audit_id),
        key=key,
        chain_pem=chain_pem,
        sizes=blob_sizes(store, audit_id),
        parent=parent,
        pdf=pdf,
        include_form=include_form,
    )

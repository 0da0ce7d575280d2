"""What an audit gathers besides its answers: photos, drawn signatures, corrective
actions, and the entries of its audit trail.

Kept apart from :mod:`auditapp.core.records` so that listing audits, the first thing the
desktop app shows, does not build these record types (about 1 ms each).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    VERIFIED = "verified"


@dataclass(frozen=True)
class Photo:
    """A photo attached to an audit (and perhaps an item)."""

    id: int
    """Row id."""
    audit_id: str
    """The audit."""
    item_id: str | None
    """The item, or None for the audit as a whole."""
    sha256: str
    """Hash of the stored (normalised) image bytes; names the file."""
    original_sha256: str
    """Hash of the file as it was imported."""
    caption: str
    """Caption."""
    taken_at: str
    """Capture time from EXIF when present (ISO 8601), else empty."""
    width: int
    """Stored width in pixels."""
    height: int
    """Stored height in pixels."""
    added_at: str
    """When it was attached."""


@dataclass(frozen=True)
class Signature:
    """A drawn signature on an audit."""

    id: int
    """Row id."""
    audit_id: str
    """The audit."""
    role: str
    """``auditor`` or ``site_representative``."""
    name: str
    """Printed name of the signer."""
    image_sha256: str
    """Stored PNG of the drawing (content-addressed like photos)."""
    signed_at: str
    """ISO 8601 with offset."""


@dataclass(frozen=True)
class CorrectiveAction:
    """What must change after a failure, by whom and when."""

    id: int
    """Row id."""
    audit_id: str
    """The audit."""
    item_id: str | None
    """The failed item, if any."""
    what: str
    """The change required."""
    owner: str
    """Who is responsible."""
    due_date: str
    """YYYY-MM-DD."""
    status: ActionStatus = ActionStatus.OPEN
    """open, done or verified."""
    closing_evidence: str = ""
    """What shows it was done."""


@dataclass(frozen=True)
class TrailEntry:
    """One append-only audit-trail entry; ``hash`` covers it and the previous hash."""

    seq: int
    """Position in the database-wide log."""
    audit_id: str
    """The audit concerned."""
    at: str
    """ISO 8601 with offset."""
    actor: str
    """Who made the change."""
    action: str
    """What kind of change (answer, na, comment, status, photo_add, ...)."""
    item_id: str
    """Item concerned, or empty."""
    old: str
    """Previous value as canonical JSON text."""
    new: str
    """New value as canonical JSON text."""
    prev_hash: str
    """Hash of the audit's previous entry (empty for the first)."""
    hash: str
    """SHA-256 over this entry's fields and ``prev_hash``."""

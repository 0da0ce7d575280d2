"""Domain records of audits and what hangs off them: sites, photos, signatures, actions."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class AuditStatus(StrEnum):
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    SIGNED = "signed"


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    VERIFIED = "verified"


@dataclass(frozen=True)
class Site:
    """A place that gets audited."""

    code: str
    """Unique short code, e.g. ``SH-001``."""
    name: str
    """Display name (any language)."""
    region: str
    """Region used for filtering and comparison."""
    industry: str
    """One of :data:`auditapp.core.model.INDUSTRIES`."""
    address: str = ""
    """Postal address."""
    manager: str = ""
    """Manager's name and contact."""


@dataclass(frozen=True)
class Auditor:
    """Who carries out an audit."""

    name: str
    """Real name."""
    auditor_id: str = ""
    """Organisation's id for the auditor."""
    alias: str = ""
    """Name shown on mystery-shop reports instead of the real one."""

    def shown_name(self, mystery: bool) -> str:
        """The alias on mystery shops (when set), the real name otherwise."""
        return self.alias if mystery and self.alias else self.name


@dataclass(frozen=True)
class VisitContext:
    """Circumstances of the visit or call, mostly for mystery shops."""

    scenario: str = ""
    """What the shopper pretended or asked for."""
    visit_time: str = ""
    """ISO date-time of the visit or call, with offset."""
    receipt_number: str = ""
    """Receipt or ticket number, as printed."""
    staff_description: str = ""
    """Description or badge name of the staff member served by."""


@dataclass(frozen=True)
class Audit:
    """One audit of one site with one form version."""

    id: str
    """UUID (text)."""
    form_hash: str
    """Content hash of the form snapshot it was started with."""
    form_id: str
    """The form's id."""
    form_version: int
    """The form's version."""
    site_code: str
    """The audited site."""
    auditor: Auditor
    """Who audits."""
    kind: str
    """Form kind at the time (mystery_shop, inspection, self_assessment)."""
    status: AuditStatus
    """in_progress, completed or signed."""
    revision: int
    """1 for the first; reopening a locked audit adds one."""
    created_at: str
    """ISO 8601 with offset."""
    updated_at: str
    """ISO 8601 with offset."""
    completed_at: str = ""
    """ISO 8601 with offset, empty while in progress."""
    context: VisitContext = field(default_factory=VisitContext)
    """Visit details."""
    percent: str = ""
    """Cached final percentage (exact decimal text) for lists; the score is always recomputable."""
    grade: str = ""
    """Cached grade."""
    passed: bool | None = None
    """Cached pass/fail."""


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

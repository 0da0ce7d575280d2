"""Domain records of audits: sites, auditors, the visit context and the audit itself.

What an audit gathers besides its answers (photos, signatures, corrective actions, the
trail) is in :mod:`auditapp.core.evidence`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

LEGACY_SIGNED = "signed"
"""A status earlier versions defined and never set; read as completed."""


class AuditStatus(StrEnum):
    """Where an audit is: open for answers, or completed (locked until reopened)."""

    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"

    @classmethod
    def _missing_(cls, value: object) -> AuditStatus | None:
        # Earlier versions defined a "signed" status that nothing ever set; a value of it
        # still stored or in an old workbook reads as what it meant, a locked audit.
        return cls.COMPLETED if value == LEGACY_SIGNED else None


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
    """in_progress or completed."""
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
    signer_unverified: bool = False
    """Imported, but signed by a certificate not (yet) known for its auditor id."""

"""Exceptions raised by :mod:`auditapp.reports`.

Tree::

    AuditAppError (auditapp.core)
    └── ReportError            a report could not be built or written
        └── VerifyError        a file could not be read as a PDF at all

IdentityError now lives in :mod:`auditapp.trust.errors` (under TrustError) and is
re-exported here for the callers that catch it from reports.
"""

from __future__ import annotations

from auditapp.core.errors import AuditAppError
from auditapp.trust.errors import IdentityError as IdentityError
from auditapp.trust.errors import TrustError as TrustError


class ReportError(AuditAppError):
    """A report could not be built or written."""


class VerifyError(ReportError):
    """A file could not be read as a PDF at all."""

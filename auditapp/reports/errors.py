"""Exceptions raised by :mod:`auditapp.reports`.

Tree::

    AuditAppError (auditapp.core)
    └── ReportError            a report could not be built or written
        ├── IdentityError      no usable auditor identity (missing, wrong passphrase, bad file)
        └── VerifyError        a file could not be read as a PDF at all
"""

from __future__ import annotations

from auditapp.core.errors import AuditAppError


class ReportError(AuditAppError):
    """A report could not be built or written."""


class IdentityError(ReportError):
    """No usable auditor identity: missing, wrong passphrase, or an unreadable key file."""


class VerifyError(ReportError):
    """A file could not be read as a PDF at all."""

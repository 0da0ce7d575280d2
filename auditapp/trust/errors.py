"""Exceptions raised by :mod:`auditapp.trust`.

Tree::

    AuditAppError (auditapp.core)
    └── TrustError             a record, signature, certificate or receipt cannot be used
        ├── IdentityError      no usable auditor identity (missing, wrong passphrase, bad file)
        └── RevisionRejected   a sync envelope failed verification (carries a stable code)
"""

from __future__ import annotations

from auditapp.core.errors import AuditAppError


class TrustError(AuditAppError):
    """A record, signature, certificate or receipt cannot be used."""


class IdentityError(TrustError):
    """No usable auditor identity: missing, wrong passphrase, or an unreadable key file."""


class RevisionRejected(TrustError):
    """A locked revision failed verification.

    ``code`` is stable (the server's JSON error code); the message says what to do.
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        """Stable, machine-readable reason, e.g. ``digest_mismatch``."""

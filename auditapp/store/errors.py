"""Exceptions raised by :mod:`auditapp.store`.

Tree::

    AuditAppError (auditapp.core)
    └── StoreError             the data folder or database cannot be used as asked
        ├── NotFound           no record with that key
        ├── LockedError        the audit is completed or signed; reopen it first
        ├── PhotoError         a file could not be ingested as a photo
        └── ImportFileError    a sites file is invalid; carries every row problem
"""

from __future__ import annotations

from auditapp.core.errors import AuditAppError


class StoreError(AuditAppError):
    """The data folder or database cannot be used as asked."""


class NotFound(StoreError):
    """No record with that key."""


class LockedError(StoreError):
    """The audit is completed or signed; it must be reopened before it changes."""


class PhotoError(StoreError):
    """A file could not be ingested as a photo; nothing was stored."""


class ImportFileError(StoreError):
    """A sites file is invalid. ``problems`` lists every row-level error."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))

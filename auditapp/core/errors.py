"""Exceptions raised by :mod:`auditapp.core`.

Tree::

    AuditAppError
    ├── FormError            a form or catalogue failed to load; carries every Problem
    └── AnswerError          an answer does not fit its item (wrong type, out of range)
"""

from __future__ import annotations

from dataclasses import dataclass


class AuditAppError(Exception):
    """Base of every error the application raises on purpose."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a form source, located as precisely as the source allows."""

    source: str
    """File name (or workbook name) the problem is in."""
    where: str
    """Line and column (``12:5``) for YAML, ``Sheet!C7 (column)`` for workbooks; may be empty."""
    path: str
    """Field path inside the document, such as ``sections[1].items[3].rule.min``."""
    message: str
    """What was expected and what was found."""

    def __str__(self) -> str:
        loc = f"{self.source}:{self.where}" if self.where else self.source
        field = f" {self.path}:" if self.path else ""
        return f"{loc}:{field} {self.message}"


class FormError(AuditAppError):
    """A form or catalogue is invalid. ``problems`` lists every error found, in order."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class AnswerError(AuditAppError):
    """An answer value does not fit the item it is given for.

    ``str()`` names the item by its id (for logs, the CLI and imports); ``item_id`` and
    ``detail`` (what was expected and what was found, without the item) let a view name
    the item as the auditor sees it instead.
    """

    def __init__(self, message: str, item_id: str = "", detail: str = "") -> None:
        super().__init__(message)
        self.item_id = item_id
        """The item concerned, or '' when the error is not about one item."""
        self.detail = detail or message
        """The message without the item's name."""

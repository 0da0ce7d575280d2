"""The pure domain of ServiceAudit: forms, the standards catalogue, answers and scoring.

Nothing here imports Qt or touches a database.
"""

from auditapp.core.canonical import form_hash, form_to_data
from auditapp.core.errors import AnswerError, AuditAppError, FormError, Problem
from auditapp.core.forms import (
    form_from_data,
    load_catalogue,
    load_form,
    load_library,
    parse_catalogue,
    parse_form,
)
from auditapp.core.model import Catalogue, Clause, Form, Item, ItemType, Section, Text

__all__ = [
    "AnswerError",
    "AuditAppError",
    "Catalogue",
    "Clause",
    "Form",
    "FormError",
    "Item",
    "ItemType",
    "Problem",
    "Section",
    "Text",
    "form_from_data",
    "form_hash",
    "form_to_data",
    "load_catalogue",
    "load_form",
    "load_library",
    "parse_catalogue",
    "parse_form",
]

"""The pure domain of ServiceAudit: forms, the standards catalogue, answers and scoring.

Nothing here imports Qt or touches a database. The names below load on first use, so
importing one small module (say ``auditapp.core.errors``) does not build the whole
form model, which keeps the desktop app's start-up short.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

_WHERE = {
    "form_hash": "canonical",
    "form_to_data": "canonical",
    "AnswerError": "errors",
    "AuditAppError": "errors",
    "FormError": "errors",
    "Problem": "errors",
    "form_from_data": "forms",
    "load_catalogue": "forms",
    "load_form": "forms",
    "load_library": "forms",
    "parse_catalogue": "forms",
    "parse_form": "forms",
    "Catalogue": "model",
    "Clause": "model",
    "Form": "model",
    "Item": "model",
    "ItemType": "model",
    "Section": "model",
    "Text": "text",
}
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

if TYPE_CHECKING:
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
    from auditapp.core.model import Catalogue, Clause, Form, Item, ItemType, Section
    from auditapp.core.text import Text


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'auditapp.core' has no attribute {name!r}")
    value = getattr(import_module(f"auditapp.core.{module}"), name)
    globals()[name] = value
    return value

"""Item numbers as the auditor sees them: ``section.item``, both counted from 1.

The runner, the finishing check and the reports all number items with
:func:`item_numbers`, so "3.4" means the same item everywhere. Numbers follow the
form, not what is visible: a conditional item keeps its number whether shown or not,
and no other item's number moves when it appears.
"""

from __future__ import annotations

from auditapp.core.model import Form


def item_numbers(form: Form) -> dict[str, str]:
    """``section.item`` numbers (both from 1, in form order) by item id."""
    return {
        item.id: f"{s}.{i}"
        for s, section in enumerate(form.sections, 1)
        for i, item in enumerate(section.items, 1)
    }


def item_title(form: Form, item_id: str, lang: str = "en") -> str:
    """The item as the auditor sees it: ``3.4 Minutes from order to main dish``."""
    number = item_numbers(form).get(item_id)
    if number is None:
        return item_id
    return f"{number} {' '.join(form.item(item_id).prompt.get(lang).split())}"

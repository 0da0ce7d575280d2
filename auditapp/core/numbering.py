"""Item numbers as every view shows them: ``section.item``, both counted from 1."""

from __future__ import annotations

from auditapp.core.model import Form


def item_numbers(form: Form) -> dict[str, str]:
    """``section.item`` numbers (both from 1, in form order) by item id.

    Hidden (conditional) items keep their number, so "3.4" names the same item in the
    runner, the finishing check, the PDF and the workbook whatever was answered.
    """
    return {
        item.id: f"{s}.{i}"
        for s, section in enumerate(form.sections, 1)
        for i, item in enumerate(section.items, 1)
    }


def item_title(form: Form, item_id: str, lang: str = "en") -> str:
    """``3.4 Minutes from order to main dish``: the item's number and prompt on one line."""
    try:
        prompt = form.item(item_id).prompt.get(lang)
    except KeyError:
        return item_id
    number = item_numbers(form).get(item_id, "")
    return f"{number} {' '.join(prompt.split())}".strip()

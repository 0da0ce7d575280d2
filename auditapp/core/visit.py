"""The visit details of a new audit, and the form items they answer.

The New-audit dialog asks a mystery shopper for the visit or call time, the scenario
and the staff member; the shipped mystery-shop forms ask the same things as items.
So that nothing is typed twice, each detail answers the form's matching item, found
by the item ids below (docs/forms.md, "Items the visit details fill").
"""

from __future__ import annotations

from dataclasses import dataclass

from auditapp.core.model import Form, Item, ItemType
from auditapp.core.records import VisitContext

DATE_ITEMS = ("visit_date", "call_date", "arrival_date")
"""Date items the visit's date answers (the first one the form has)."""
TIME_ITEMS = ("visit_time", "arrival_time", "call_start", "check_in_clock")
"""Time items the visit's time of day answers."""
STAFF_ITEMS = ("staff_description", "agent_description", "front_desk_staff")
"""Text items the staff description answers."""
SCENARIO_ITEMS = ("scenario",)
"""Text items the scenario answers."""


@dataclass(frozen=True)
class VisitItem:
    """One form item a visit detail answers."""

    item: Item
    """The form's item."""
    value: str
    """The answer, as the item takes it (``YYYY-MM-DD``, ``HH:MM`` or text)."""


def _first(form: Form, ids: tuple[str, ...], kind: ItemType) -> Item | None:
    for item_id in ids:
        try:
            item = form.item(item_id)
        except KeyError:
            continue
        if item.type == kind:
            return item
    return None


def visit_items(form: Form) -> dict[str, Item]:
    """The form's items the visit details answer: keys ``date``, ``time``, ``staff`` and
    ``scenario``, each present only when the form has such an item."""
    found = {
        "date": _first(form, DATE_ITEMS, ItemType.DATE),
        "time": _first(form, TIME_ITEMS, ItemType.TIME),
        "staff": _first(form, STAFF_ITEMS, ItemType.TEXT),
        "scenario": _first(form, SCENARIO_ITEMS, ItemType.TEXT),
    }
    return {key: item for key, item in found.items() if item is not None}


def visit_answers(form: Form, context: VisitContext) -> list[VisitItem]:
    """The answers the typed visit details give the form's matching items (empty
    details answer nothing). ``context.visit_time`` is ISO ``YYYY-MM-DDTHH:MM``, local."""
    items = visit_items(form)
    when = context.visit_time
    values = {
        "date": when[:10] if len(when) >= 10 else "",
        "time": when[11:16] if len(when) >= 16 else "",
        "staff": context.staff_description.strip(),
        "scenario": context.scenario.strip(),
    }
    return [VisitItem(item, values[key]) for key, item in items.items() if values[key]]

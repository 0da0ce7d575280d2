"""A valid answer of any item type, for tests that only need an audit answered."""

from __future__ import annotations

from typing import Any

from auditapp.core.model import Item, ItemType


def any_value(item: Item) -> Any:
    """A raw value the item accepts: pass, the top of a scale, the first option, …"""
    return {
        ItemType.CHECK: "pass",
        ItemType.RATING: item.scale.max if item.scale else 5,
        ItemType.CHOICE: item.options[0].id if item.options else None,
        ItemType.MULTI: [o.id for o in item.options[:1]],
        ItemType.NUMBER: "1",
        ItemType.DATE: "2024-05-01",
        ItemType.TIME: "10:00",
        ItemType.TEXT: "x",
    }[item.type]

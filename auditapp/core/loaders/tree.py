"""A located document tree: the common input of the form and catalogue builders.

YAML files, workbooks and stored snapshots are first turned into :class:`Node` trees whose
every value remembers where it came from, so that the builder can name the exact spot of
each problem whatever the source format was. YAML text becomes a tree in
:mod:`auditapp.core.loaders.yaml_tree`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any


@dataclass
class Node:
    """A value from a source document and where it was found."""

    value: Any
    """``dict[str, Node]``, ``list[Node]``, or a scalar (str, int, Decimal, bool, None)."""
    where: str = ""
    """Human location: ``line:column`` or ``Sheet!C7 (header)``."""
    key_where: dict[str, str] = field(default_factory=dict)
    """For mappings: where each key was written."""


def from_plain(data: Any, where: str = "") -> Node:
    """Wrap plain Python data (for example a stored JSON snapshot) without locations."""
    if isinstance(data, dict):
        return Node({str(k): from_plain(v, where) for k, v in data.items()}, where)
    if isinstance(data, list):
        return Node([from_plain(v, where) for v in data], where)
    if isinstance(data, float):
        return Node(Decimal(repr(data)), where)
    return Node(data, where)

"""A located document tree: the common input of the form and catalogue builders.

YAML files, workbooks and stored snapshots are first turned into :class:`Node` trees whose
every value remembers where it came from, so that the builder can name the exact spot of
each problem whatever the source format was.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

import yaml

from auditapp.core.errors import Problem


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


def _mark(mark: Any) -> str:
    return f"{mark.line + 1}:{mark.column + 1}" if mark is not None else ""


def parse_yaml(text: str, source: str, problems: list[Problem]) -> Node | None:
    """Parse YAML text into a located tree; syntax errors and duplicate keys go to ``problems``."""
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        problems.append(
            Problem(source, _mark(exc.problem_mark), "", f"YAML syntax error: {exc.problem}")
        )
        return None
    except yaml.YAMLError as exc:
        problems.append(Problem(source, "", "", f"YAML error: {exc}"))
        return None
    if root is None:
        problems.append(Problem(source, "1:1", "", "the file is empty; expected a mapping"))
        return None
    return _convert(root, source, "", problems)


_constructor = yaml.SafeLoader("")
# libyaml's composer is many times faster and gives the same nodes and marks.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _convert(node: yaml.Node, source: str, path: str, problems: list[Problem]) -> Node:
    where = _mark(node.start_mark)
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Node] = {}
        key_where: dict[str, str] = {}
        for key_node, value_node in node.value:
            key = str(_scalar(key_node)) if isinstance(key_node, yaml.ScalarNode) else None
            kw = _mark(key_node.start_mark)
            if key is None:
                problems.append(Problem(source, kw, path, "expected a plain key"))
                continue
            child = f"{path}.{key}" if path else key
            if key in out:
                problems.append(
                    Problem(source, kw, child, f"duplicate key '{key}' (first at {key_where[key]})")
                )
                continue
            key_where[key] = kw
            out[key] = _convert(value_node, source, child, problems)
        return Node(out, where, key_where)
    if isinstance(node, yaml.SequenceNode):
        return Node(
            [_convert(v, source, f"{path}[{i + 1}]", problems) for i, v in enumerate(node.value)],
            where,
        )
    return Node(_scalar(node), where)


def _scalar(node: yaml.Node) -> Any:
    if node.tag == "tag:yaml.org,2002:float":
        try:
            return Decimal(str(node.value).replace("_", ""))
        except InvalidOperation:
            pass  # .inf / .nan: fall through to the YAML value, rejected later as not finite
    return _constructor.construct_object(node, deep=True)

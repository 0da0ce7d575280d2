"""YAML text to a located :class:`~auditapp.core.loaders.tree.Node` tree (PyYAML, libyaml).

Kept apart from :mod:`~auditapp.core.loaders.tree` so that reading stored form snapshots
(every start of the app) does not import PyYAML; only reading form files does.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

import yaml

from auditapp.core.errors import Problem
from auditapp.core.loaders.tree import Node


def _mark(mark: Any) -> str:
    return f"{mark.line + 1}:{mark.column + 1}" if mark is not None else ""


MAX_DEPTH = 40


def _position(text: str, index: int) -> str:
    """line:column of a reader error; libyaml counts bytes of the UTF-8 text."""
    if _Loader is not yaml.SafeLoader:
        text = text.encode("utf-8")[:index].decode("utf-8", errors="ignore")
        index = len(text)
    line = text.count("\n", 0, index) + 1
    return f"{line}:{index - (text.rfind(chr(10), 0, index) + 1) + 1}"


class _PathTracker:
    """Follows parse events to know the field path of the node being read."""

    def __init__(self) -> None:
        self.stack: list[list[Any]] = []  # ["map", key, expecting_key] or ["seq", index]

    def path(self) -> str:
        out = ""
        for frame in self.stack:
            if frame[0] == "map":
                if frame[1] is not None:
                    out = f"{out}.{frame[1]}" if out else str(frame[1])
            else:
                out += f"[{frame[1] + 1}]"
        return out

    def is_key(self) -> bool:
        return bool(self.stack) and self.stack[-1][0] == "map" and self.stack[-1][2]

    def node(self, event: Any) -> None:
        """Account for a scalar or alias event (after it has been looked at)."""
        if self.is_key():
            self.stack[-1][1], self.stack[-1][2] = str(getattr(event, "value", "")), False
        else:
            self._value_done()

    def start(self) -> None:
        if self.is_key():  # a complex key: never valid in a form, reported later as a key
            self.stack[-1][2] = False
        self.stack.append(["map", None, True])

    def start_seq(self) -> None:
        self.stack.append(["seq", 0])

    def end(self) -> None:
        self.stack.pop()
        self._value_done()

    def _value_done(self) -> None:
        if self.stack:
            top = self.stack[-1]
            if top[0] == "map":
                top[2] = True
            else:
                top[1] += 1


def _prescan(text: str, source: str, problems: list[Problem]) -> bool:
    """Refuse what a form never needs and a hostile file could abuse, before composing:
    aliases (recursion, exponential expansion), explicit tags, and absurd nesting."""
    where = _PathTracker()
    ok = True
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.AliasEvent):
            problems.append(
                Problem(
                    source,
                    _mark(event.start_mark),
                    where.path(),
                    f"YAML aliases (*{event.anchor}) are not allowed in forms; write the value out",
                )
            )
            ok = False
        elif isinstance(event, yaml.ScalarEvent | yaml.CollectionStartEvent) and event.tag:
            problems.append(
                Problem(
                    source,
                    _mark(event.start_mark),
                    where.path(),
                    f"YAML tags ({event.tag}) are not allowed in forms",
                )
            )
            ok = False
        if isinstance(event, yaml.ScalarEvent | yaml.AliasEvent):
            where.node(event)
        elif isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
            if len(where.stack) >= MAX_DEPTH:
                problems.append(
                    Problem(
                        source,
                        _mark(event.start_mark),
                        where.path(),
                        f"nested more than {MAX_DEPTH} levels deep",
                    )
                )
                return False
            if isinstance(event, yaml.MappingStartEvent):
                where.start()
            else:
                where.start_seq()
        elif isinstance(event, yaml.CollectionEndEvent):
            where.end()
    return ok


def parse_yaml(text: str, source: str, problems: list[Problem]) -> Node | None:
    """Parse YAML text into a located tree; syntax errors and duplicate keys go to ``problems``."""
    try:
        if not _prescan(text, source, problems):
            return None
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        problems.append(
            Problem(source, _mark(exc.problem_mark), "", f"YAML syntax error: {exc.problem}")
        )
        return None
    except yaml.reader.ReaderError as exc:
        problems.append(
            Problem(
                source,
                _position(text, exc.position),
                "",
                f"unacceptable character #x{exc.character:04x} in the file; "
                "remove control characters",
            )
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
    try:
        return Node(_scalar(node), where)
    except (yaml.YAMLError, ValueError) as exc:
        problems.append(Problem(source, where, path, f"cannot read this value ({exc})"))
        return Node(None, where)


def _scalar(node: yaml.Node) -> Any:
    if node.tag == "tag:yaml.org,2002:float":
        try:
            return Decimal(str(node.value).replace("_", ""))
        except InvalidOperation:
            pass  # .inf / .nan: fall through to the YAML value, rejected later as not finite
    return _constructor.construct_object(node, deep=True)

"""YAML text to a located :class:`~auditapp.core.loaders.tree.Node` tree (PyYAML, libyaml).

Kept apart from :mod:`~auditapp.core.loaders.tree` so that reading stored form snapshots
(every start of the app) does not import PyYAML; only reading form files does.

A form file may come from anyone, so the text is read in two passes. The first walks the
parse events and refuses what a form never needs and a hostile file could abuse: aliases
(recursion, exponential expansion), explicit tags, and nesting deeper than
:data:`MAX_DEPTH`. Only a file that passes is composed into nodes. Both passes use
libyaml when PyYAML has it. When libyaml stops on a file for any reason, the file is read
again with PyYAML's pure-Python parser, and that reading is the one reported: libyaml
sets limits of its own in some versions (PyYAML 6.0.4's stops nesting at 1000 levels,
and may reach them while it looks ahead on a line, before the first pass has seen the
41st level), and the pure-Python parser sets none, counts positions in characters and
words its errors the same whichever PyYAML build is installed.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

import yaml

from auditapp.core.errors import Problem
from auditapp.core.loaders.tree import Node

MAX_DEPTH = 40
"""Mappings and lists may be nested this deep; a form needs at most about ten."""

MAX_NUMBER_TEXT = 100
"""A number written longer than this is kept as its text, not converted: int() of 5000
digits fails and a long sexagesimal ``1:00:00:...`` takes quadratic time; the reader then
refuses the text as a number with its usual message."""

_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"

_PURE: type[yaml.SafeLoader] = yaml.SafeLoader
# libyaml is many times faster and gives the same events, nodes and marks.
_Loader: Any = getattr(yaml, "CSafeLoader", _PURE)


def parse_yaml(text: str, source: str, problems: list[Problem]) -> Node | None:
    """Parse YAML text into a located tree; every problem found goes to ``problems``."""
    try:
        found, root = _read(text, source, _Loader)
    except Exception:  # whatever libyaml stopped on, the pure-Python reading decides
        if _Loader is _PURE:
            raise
        found, root = _read(text, source, _PURE)
    problems.extend(found)
    if found:
        return None
    if root is None:
        problems.append(Problem(source, "1:1", "", "the file is empty; expected a mapping"))
        return None
    return _convert(root, source, "", problems)


def _read(text: str, source: str, loader_class: Any) -> tuple[list[Problem], yaml.Node | None]:
    """The problems of the first pass and, when there are none, the composed root node.

    YAML errors are returned as problems when ``loader_class`` is the pure-Python loader;
    from libyaml they propagate, for the caller to read the file again.
    """
    loader = None
    try:
        loader = loader_class(text)
        problems = _prescan(loader, source)
        if problems:
            return problems, None
        loader.dispose()
        loader = loader_class(text)
        return [], loader.get_single_node()
    except yaml.YAMLError as exc:
        if loader_class is not _PURE:
            raise
        return [_yaml_error(exc, text, source, loader)], None
    finally:
        if loader is not None:
            loader.dispose()


def _yaml_error(exc: yaml.YAMLError, text: str, source: str, loader: Any) -> Problem:
    """A problem for an error of the pure-Python loader, located as well as it allows."""
    if isinstance(exc, yaml.reader.ReaderError):
        return Problem(
            source,
            _position(text, exc.position),
            "",
            f"unacceptable character #x{exc.character:04x} in the file; remove control characters",
        )
    if isinstance(exc, yaml.MarkedYAMLError) and (exc.problem_mark or exc.context_mark):
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "not valid YAML"
        if exc.context and exc.problem:
            seen = f" at {_mark(exc.context_mark)}" if exc.context_mark else ""
            problem = f"{problem} ({exc.context}{seen})"
        return Problem(source, _mark(mark), "", f"YAML syntax error: {problem}")
    # An error without a place (none of PyYAML's loading errors today): where reading stopped.
    where = _mark(loader.get_mark()) if loader is not None else ""
    return Problem(source, where, "", f"YAML error: {exc}")


def _mark(mark: Any) -> str:
    return f"{mark.line + 1}:{mark.column + 1}" if mark is not None else ""


def _position(text: str, index: int) -> str:
    """line:column of the character at ``index`` (the pure-Python reader counts characters)."""
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


def _prescan(loader: Any, source: str) -> list[Problem]:
    """The first pass over the events: aliases, tags and too deep nesting, each located.

    Stops at the first collection deeper than :data:`MAX_DEPTH`, where it opens.
    """
    where = _PathTracker()
    problems: list[Problem] = []
    while loader.check_event():
        event = loader.get_event()
        if isinstance(event, yaml.AliasEvent):
            problems.append(
                Problem(
                    source,
                    _mark(event.start_mark),
                    where.path(),
                    f"YAML aliases (*{event.anchor}) are not allowed in forms; write the value out",
                )
            )
        elif isinstance(event, yaml.ScalarEvent | yaml.CollectionStartEvent) and event.tag:
            problems.append(
                Problem(
                    source,
                    _mark(event.start_mark),
                    where.path(),
                    f"YAML tags ({_tag(event.tag)}) are not allowed in forms",
                )
            )
        if isinstance(event, yaml.ScalarEvent | yaml.AliasEvent):
            where.node(event)
        elif isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
            if len(where.stack) >= MAX_DEPTH:
                problems.append(
                    Problem(
                        source,
                        _mark(event.start_mark),
                        where.path(),
                        f"nested more than {MAX_DEPTH} levels deep; "
                        f"expected at most {MAX_DEPTH} levels of mappings and lists",
                    )
                )
                break
            if isinstance(event, yaml.MappingStartEvent):
                where.start()
            else:
                where.start_seq()
        elif isinstance(event, yaml.CollectionEndEvent):
            where.end()
    return problems


def _tag(tag: str) -> str:
    """A tag the way it is usually written: ``!!python/object`` for the standard ones."""
    prefix = "tag:yaml.org,2002:"
    return "!!" + tag[len(prefix) :] if tag.startswith(prefix) else tag


_constructor = yaml.SafeLoader("")


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
    """The scalar's value as YAML 1.1 reads it, or its text when that reading fails
    (``2024-13-45`` read as a date, the merge key ``<<``) or would be costly (a huge number);
    the builders then say what they expected in its place."""
    text = str(node.value)
    if node.tag in (_INT, _FLOAT) and len(text) > MAX_NUMBER_TEXT:
        return text
    if node.tag == _FLOAT:
        try:
            return Decimal(text.replace("_", ""))
        except InvalidOperation:
            pass  # .inf / .nan / 1:30.5: fall through to the YAML value
    try:
        return _constructor.construct_object(node, deep=True)
    except (yaml.YAMLError, ValueError, ArithmeticError):
        return text

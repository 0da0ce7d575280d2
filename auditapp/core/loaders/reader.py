"""Typed reading of a located tree, collecting every problem instead of stopping at one."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction
from typing import Any

from auditapp.core.errors import Problem
from auditapp.core.loaders.tree import Node
from auditapp.core.model import Text


def describe(value: Any) -> str:
    """A short, quoted rendering of a found value for error messages."""
    if value is None:
        return "nothing"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    if len(text) > 40:
        text = text[:37] + "..."
    return f'"{text}"'


class Reader:
    """Reads typed values out of :class:`Node` trees and records what is wrong."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[Problem] = []

    def error(self, where: str, path: str, message: str) -> None:
        """Record one problem."""
        self.problems.append(Problem(self.source, where, path, message))

    def mapping(
        self,
        node: Node | None,
        path: str,
        required: Iterable[str] = (),
        optional: Iterable[str] = (),
    ) -> dict[str, Node] | None:
        """The node as a mapping with only the allowed keys, or None (problem recorded)."""
        if node is None:
            return None
        if not isinstance(node.value, dict):
            self.error(node.where, path, f"expected a mapping, got {describe(node.value)}")
            return None
        req = list(required)
        allowed = set(req) | set(optional)
        for key, child in node.value.items():
            if key not in allowed:
                where = node.key_where.get(key, child.where)
                expected = ", ".join(sorted(allowed))
                self.error(
                    where, _join(path, key), f"unknown field '{key}'; expected one of: {expected}"
                )
        for key in req:
            if key not in node.value:
                self.error(node.where, _join(path, key), f"missing required field '{key}'")
        return {k: v for k, v in node.value.items() if k in allowed}

    def sequence(self, node: Node | None, path: str, min_len: int = 0) -> list[Node]:
        """The node as a list (empty with a problem recorded when it is not one)."""
        if node is None:
            return []
        if not isinstance(node.value, list):
            self.error(node.where, path, f"expected a list, got {describe(node.value)}")
            return []
        if len(node.value) < min_len:
            self.error(
                node.where, path, f"expected at least {min_len} entries, got {len(node.value)}"
            )
        return list(node.value)

    def string(
        self,
        node: Node | None,
        path: str,
        pattern: str | None = None,
        choices: Iterable[str] | None = None,
        what: str = "",
    ) -> str | None:
        """A non-empty string, optionally matching ``pattern`` or one of ``choices``."""
        if node is None:
            return None
        value = node.value
        if isinstance(value, int | Decimal) and not isinstance(value, bool):
            value = str(value)  # `id: 10` means the id "10"
        if not isinstance(value, str) or not value.strip():
            self.error(
                node.where, path, f"expected {what or 'a non-empty text'}, got {describe(value)}"
            )
            return None
        if choices is not None:
            allowed = list(choices)
            if value not in allowed:
                self.error(
                    node.where, path, f"expected one of {', '.join(allowed)}, got {describe(value)}"
                )
                return None
        if pattern is not None and not re.fullmatch(pattern, value):
            self.error(
                node.where,
                path,
                f"expected {what or 'text matching ' + pattern}, got {describe(value)}",
            )
            return None
        return value

    def number(
        self,
        node: Node | None,
        path: str,
        *,
        low: Fraction | int | None = None,
        low_open: bool = False,
        high: Fraction | int | None = None,
    ) -> Fraction | None:
        """An exact number within the given bounds."""
        if node is None:
            return None
        value = node.value
        if isinstance(value, str):
            with contextlib.suppress(ArithmeticError):
                value = Decimal(value.strip())
        if (
            isinstance(value, bool)
            or not isinstance(value, int | Decimal)
            or (isinstance(value, Decimal) and not value.is_finite())
        ):
            self.error(
                node.where,
                path,
                f"expected {_range_text(low, low_open, high)}, got {describe(node.value)}",
            )
            return None
        if _too_large(value):
            # Fraction(Decimal("1e999999999")) would build a billion-digit integer.
            self.error(
                node.where,
                path,
                f"expected {_range_text(low, low_open, high)}, got {describe(node.value)}",
            )
            return None
        if isinstance(value, Decimal) and len(value.as_tuple().digits) > MAX_DIGITS:
            self.error(
                node.where,
                path,
                f"expected {_range_text(low, low_open, high)} written with at most "
                f"{MAX_DIGITS} digits, got {describe(node.value)}",
            )
            return None
        number = Fraction(value)
        too_low = low is not None and (number <= low if low_open else number < low)
        too_high = high is not None and number > high
        if too_low or too_high:
            self.error(
                node.where,
                path,
                f"expected {_range_text(low, low_open, high)}, got {describe(node.value)}",
            )
            return None
        return number

    def integer(self, node: Node | None, path: str, low: int | None = None) -> int | None:
        """A whole number, at least ``low``."""
        number = self.number(node, path, low=low)
        if number is None:
            return None
        if number.denominator != 1:
            assert node is not None
            self.error(node.where, path, f"expected a whole number, got {describe(node.value)}")
            return None
        return int(number)

    def boolean(self, node: Node | None, path: str, default: bool) -> bool:
        """true/false (``yes``/``no`` accepted from workbooks); ``default`` when absent."""
        if node is None or node.value is None:
            return default
        value = node.value
        if isinstance(value, str) and value.strip().lower() in _BOOL_WORDS:
            return _BOOL_WORDS[value.strip().lower()]
        if not isinstance(value, bool):
            self.error(node.where, path, f"expected true or false, got {describe(value)}")
            return default
        return value

    def text(self, node: Node | None, path: str) -> Text | None:
        """A two-language text ``{en: ..., zh: ...}``; both must be present and non-empty."""
        fields = self.mapping(node, path, required=("en", "zh"))
        if fields is None:
            return None
        en = self.string(fields.get("en"), _join(path, "en"), what="the English text")
        zh = self.string(fields.get("zh"), _join(path, "zh"), what="the Chinese text")
        if en is None or zh is None:
            return None
        return Text(en=en.strip(), zh=zh.strip())


MAX_EXPONENT = 15
"""A number's decimal exponent (``Decimal.adjusted()``) must lie within plus or minus this:
10**16 and more is refused, and so is a non-zero magnitude below 10**-15."""
_INT_LIMIT: int = 10 ** (MAX_EXPONENT + 1)
MAX_DIGITS = 40
"""Significant digits a number may be written with (exact arithmetic grows with them)."""
_BOOL_WORDS = {"true": True, "yes": True, "1": True, "false": False, "no": False, "0": False}


def _too_large(value: int | Decimal) -> bool:
    if isinstance(value, Decimal):
        return abs(value.adjusted()) > MAX_EXPONENT
    return abs(value) >= _INT_LIMIT


def _range_text(low: Fraction | int | None, low_open: bool, high: Fraction | int | None) -> str:
    if low is not None and high is not None:
        return f"a number from {low} to {high}"
    if low is not None:
        return f"a number greater than {low}" if low_open else f"a number of at least {low}"
    if high is not None:
        return f"a number of at most {high}"
    return "a number"


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key

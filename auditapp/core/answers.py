"""Answers and the validation of answer values against their item."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from auditapp.core.errors import AnswerError
from auditapp.core.model import Item, ItemType

AnswerValue = str | int | Decimal | tuple[str, ...] | None
"""check: ``"pass"``/``"fail"``; rating: int; choice, text, date, time, signature: str;
multi: tuple of option ids; number: Decimal; photo: None (its photos are counted)."""

MAX_TEXT = 20_000
MAX_DIGITS = 15


@dataclass(frozen=True)
class Answer:
    """The current answer to one item of an audit."""

    item_id: str
    """The item answered."""
    value: AnswerValue = None
    """Normalised value (see :data:`AnswerValue`); None when only N/A, a comment or photos."""
    na: bool = False
    """Marked not applicable."""
    comment: str = ""
    """The auditor's comment."""
    photo_count: int = 0
    """Photos attached to this item."""
    answered_at: str = ""
    """When the value, N/A flag or comment last changed (ISO 8601 with offset)."""

    @property
    def has_value(self) -> bool:
        """Whether a value has been given (N/A and comments alone do not count)."""
        return self.value is not None and self.value != () and self.value != ""


Answers = Mapping[str, Answer]
"""Answers of one audit by item id."""

_TIME = re.compile(r"([01]?\d|2[0-3]):([0-5]\d)")


def _refuse(item: Item, detail: str, sep: str = " ") -> AnswerError:
    """The error for a value ``item`` cannot take; ``detail`` says why, without the item."""
    return AnswerError(f"item '{item.id}'{sep}{detail}", item_id=item.id, detail=detail)


def parse_value(item: Item, raw: Any) -> AnswerValue:
    """Validate and normalise ``raw`` for ``item``; raises :class:`AnswerError` saying why not.

    ``None`` or an empty text clears the answer.
    """
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    t = item.type
    if t == ItemType.CHECK:
        value = str(raw).strip().lower()
        if value not in ("pass", "fail"):
            raise _refuse(item, f"takes pass or fail, got {raw!r}")
        return value
    if t == ItemType.RATING:
        assert item.scale is not None
        try:
            number = int(str(raw).strip())
        except ValueError:
            number = None
        if number is None or not item.scale.min <= number <= item.scale.max:
            raise _refuse(
                item, f"takes a whole number from {item.scale.min} to {item.scale.max}, got {raw!r}"
            )
        return number
    if t == ItemType.CHOICE:
        ids = [o.id for o in item.options]
        if str(raw) not in ids:
            raise _refuse(item, f"takes one of {', '.join(ids)}, got {raw!r}")
        return str(raw)
    if t == ItemType.MULTI:
        return _parse_multi(item, raw)
    if t == ItemType.NUMBER:
        return _parse_number(item, raw)
    if t == ItemType.DATE:
        try:
            return date.fromisoformat(str(raw).strip()).isoformat()
        except ValueError:
            raise _refuse(item, f"takes a date as YYYY-MM-DD, got {raw!r}") from None
    if t == ItemType.TIME:
        m = _TIME.fullmatch(str(raw).strip())
        if not m:
            raise _refuse(item, f"takes a time as HH:MM (24-hour), got {raw!r}")
        return f"{int(m.group(1)):02d}:{m.group(2)}"
    if t == ItemType.PHOTO:
        raise _refuse(item, "is answered by attaching photos, not by a value")
    text = str(raw)
    if len(text) > MAX_TEXT:
        raise _refuse(item, f"takes at most {MAX_TEXT} characters, got {len(text)}")
    return text


def _parse_multi(item: Item, raw: Any) -> tuple[str, ...]:
    chosen: Sequence[Any] = raw.split("|") if isinstance(raw, str) else raw
    ids = [o.id for o in item.options]
    picked = {str(c).strip() for c in chosen if str(c).strip()}
    unknown = sorted(picked - set(ids))
    if unknown:
        raise _refuse(item, f"takes options from {', '.join(ids)}, got {', '.join(unknown)}")
    return tuple(i for i in ids if i in picked)  # form order, no duplicates


SIGNED_UNITS = frozenset({"celsius"})
_THOUSANDS = re.compile(r"-?\d{1,3}(,\d{3})+")


def _parse_number(item: Item, raw: Any) -> Decimal:
    text = raw
    if not isinstance(raw, int | Decimal):
        text = str(raw).strip()
        if _THOUSANDS.fullmatch(text):
            raise _refuse(
                item,
                f"{raw!r} is ambiguous (thousands or decimals?); "
                "write it without a comma, with '.' for decimals",
                sep=": ",
            )
        text = text.replace(",", ".")  # "12,5" is a decimal comma
    try:
        value = Decimal(text)
    except (InvalidOperation, ValueError):
        value = None
    if value is None or not value.is_finite() or isinstance(raw, bool):
        raise _refuse(item, f"takes a number in {item.unit}, got {raw!r}")
    if value < 0 and item.unit not in SIGNED_UNITS:
        raise _refuse(item, f"takes a number of at least 0 {item.unit}, got {raw!r}")
    if abs(value) >= Decimal("1e12"):
        raise _refuse(item, f"takes a number below 10^12, got {raw!r}")
    if len(value.normalize().as_tuple().digits) > MAX_DIGITS:
        # Spreadsheets keep 15 significant digits; more would not survive an export.
        raise _refuse(item, f"takes at most {MAX_DIGITS} significant digits, got {raw!r}")
    return Decimal(decimal_text(value))


def value_to_json(value: AnswerValue) -> Any:
    """A JSON-friendly form of a normalised value (numbers as exact decimal text)."""
    if isinstance(value, Decimal):
        return decimal_text(value)
    if isinstance(value, tuple):
        return list(value)
    return value


def decimal_text(value: Decimal) -> str:
    """Plain, normalised decimal text: ``12.50`` -> ``12.5``, ``1E+1`` -> ``10``."""
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "") else text


def value_from_json(item: Item, data: Any) -> AnswerValue:
    """The normalised value back from :func:`value_to_json` output."""
    if data is None:
        return None
    if item.type == ItemType.NUMBER:
        return Decimal(str(data))
    if item.type == ItemType.MULTI:
        return tuple(str(x) for x in data)
    if item.type == ItemType.RATING:
        return int(data)
    return str(data)


def value_text(value: AnswerValue) -> str:
    """A plain rendering of a value for lists, exports and the audit trail."""
    if value is None:
        return ""
    if isinstance(value, tuple):
        return "|".join(value)
    return str(value)

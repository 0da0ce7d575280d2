"""Pieces shared by the Excel writer and importer: timestamps, numbers, digest signatures."""

from __future__ import annotations

from datetime import datetime, timedelta
from fractions import Fraction

DECIMALS = 6


def split_ts(iso: str) -> tuple[datetime | None, str]:
    """An ISO 8601 timestamp as (naive local date-time for Excel, UTC offset text)."""
    if not iso:
        return None, ""
    moment = datetime.fromisoformat(iso)
    offset = iso[19:] if len(iso) > 19 and iso[19] in "+-Z" else ""
    return moment.replace(tzinfo=None), offset


def join_ts(moment: datetime | None, offset: str) -> str:
    """The ISO 8601 text :func:`split_ts` came from (to the second)."""
    if moment is None:
        return ""
    if moment.microsecond:  # spreadsheets store time as a float: undo its rounding
        moment = (moment + timedelta(microseconds=500_000)).replace(microsecond=0)
    return moment.isoformat(timespec="seconds") + offset


def num(value: Fraction | None) -> float | None:
    """An exact figure as a float with 6 decimals (for display and pivoting)."""
    return None if value is None else round(float(value), DECIMALS)

"""Timestamps: ISO 8601 with the machine's UTC offset, to the second."""

from __future__ import annotations

from datetime import datetime


def now_iso() -> str:
    """The current local time with its offset, e.g. ``2026-11-23T18:49:06+08:00``."""
    return datetime.now().astimezone().isoformat(timespec="seconds")

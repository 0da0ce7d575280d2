"""Where and how large the main window opens, and remembering it between starts.

The choice of a first size is a pure function of the screen's available area, so it is
tested for every screen size without a screen; the rest keeps Qt's own geometry record
(size, position, maximised state) in the per-user settings.
"""

from __future__ import annotations

from dataclasses import dataclass

SHARE = 0.9
"""Share of the available width and height a first window takes."""
SMALL_WIDTH, SMALL_HEIGHT = 1200, 700
"""Below either, the window opens maximised: a 90% window would waste the little room."""
GEOMETRY_KEY = "main_window/geometry"


@dataclass(frozen=True)
class Placement:
    """The first geometry of the main window on one screen."""

    x: int
    """Left edge, in the screen's coordinates."""
    y: int
    """Top edge."""
    width: int
    """Width, never more than the available width."""
    height: int
    """Height, never more than the available height."""
    maximised: bool
    """Open maximised (small screens); the other fields are then the size to restore to."""


def first_placement(x: int, y: int, width: int, height: int) -> Placement:
    """The window for a screen whose available area (without panels and task bars) is
    ``width`` x ``height`` at (``x``, ``y``): 90% of it, centred; maximised when small."""
    w, h = round(width * SHARE), round(height * SHARE)
    return Placement(
        x + (width - w) // 2,
        y + (height - h) // 2,
        w,
        h,
        width < SMALL_WIDTH or height < SMALL_HEIGHT,
    )

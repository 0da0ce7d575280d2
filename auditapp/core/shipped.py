"""Where the shipped standards catalogue and forms live (a light module: paths only)."""

from __future__ import annotations

from pathlib import Path

CATALOGUE_FILE = "catalogue.yaml"


def shipped_forms_dir() -> Path:
    """The ``forms/`` folder of the installed application."""
    here = Path(__file__).resolve()
    for candidate in (here.parents[2] / "forms", here.parents[1] / "forms"):
        if (candidate / CATALOGUE_FILE).is_file():
            return candidate
    return here.parents[2] / "forms"

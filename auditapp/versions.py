"""The version report users quote in bug reports (``auditapp --version``).

It names the app and the libraries whose behaviour most often differs between
installs. Qt's own version is read from PySide6's build metadata; importing the
``QtCore`` module is all it takes, and no window or application object is made.
"""

from __future__ import annotations

import platform
import sqlite3
import sys
from importlib import metadata

from auditapp import __version__


def _dist_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def _qt_versions() -> tuple[str, str]:
    try:
        import PySide6
        from PySide6 import QtCore
    except ImportError as exc:  # a broken or missing Qt must not hide the other lines
        return f"unavailable ({exc})", "unavailable"
    return QtCore.qVersion(), PySide6.__version__


def version_report() -> str:
    """Several lines: the app's version, then Qt, PySide6, Python, SQLite, reportlab
    and pyHanko, one per line, as ``name version``. The first line names the command:
    ``serviceaudit`` in the frozen build, ``auditapp`` otherwise."""
    qt, pyside = _qt_versions()
    is_frozen = getattr(sys, "frozen", False)
    program = "serviceaudit" if is_frozen else "auditapp"
    frozen = " (frozen build)" if is_frozen else ""
    lines = [
        f"{program} {__version__}{frozen}",
        f"Qt {qt}",
        f"PySide6 {pyside}",
        f"Python {platform.python_version()} ({platform.python_implementation()}, {sys.platform})",
        f"SQLite {sqlite3.sqlite_version}",
        f"reportlab {_dist_version('reportlab')}",
        f"pyHanko {_dist_version('pyhanko')}",
    ]
    return "\n".join(lines)

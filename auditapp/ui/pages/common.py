"""Small pieces the pages share: settings keys, touch-sized look, safe work."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from auditapp.core.errors import AuditAppError
from auditapp.core.records import Auditor
from auditapp.store import Store, profile
from auditapp.ui.background import run_in_background

PROFILE, UI_LANGUAGE, REPORT_LANGUAGE = profile.PROFILE, "ui_language", "report_language"
OPEN_AUDIT = "open_audit"
"""Setting: the audit open in the runner, reopened at start-up."""

TARGET = 36
"""Minimum height of buttons and inputs in pixels (at 100%): finger- and pen-sized."""

PAGE_STYLE = f"""
QPushButton {{ min-height: {TARGET - 4}px; padding: 2px 14px; }}
QLineEdit, QComboBox, QDateEdit, QDateTimeEdit, QSpinBox {{ min-height: {TARGET - 6}px; }}
"""
"""Style sheet for the main window's own pages and dialogs."""


def touch_sized(*widgets: QWidget) -> None:
    """Give buttons and inputs the touch-sized height of :data:`PAGE_STYLE` without a style
    sheet. The audits list, shown at every start, uses this: a style sheet on it costs
    the start about 5 ms of polishing."""
    for widget in widgets:
        widget.setMinimumHeight(TARGET)


def load_profile(store: Store) -> dict[str, str] | None:
    """The auditor profile (``name``, ``id``, ``alias``), or None before the first start."""
    return profile.load_profile(store.settings)


def is_first_start(store: Store) -> bool:
    """No profile and no audits yet: the folder is new."""
    return load_profile(store) is None and store.audits.count() == 0


def save_profile(store: Store, name: str, auditor_id: str, alias: str) -> None:
    """Store the profile (the caller has checked that ``name`` is not empty)."""
    profile.save_profile(store.settings, name, auditor_id, alias)


def auditor_of(store: Store) -> Auditor | None:
    """The profile as the auditor of a new audit."""
    p = load_profile(store)
    return Auditor(p["name"], p["id"], p["alias"]) if p else None


def actor_name(store: Store) -> str:
    """Who is named in the audit trail for changes made in this window."""
    p = load_profile(store)
    return p["name"] if p else "auditapp"


def ui_language(store: Store, default: str = "en") -> str:
    lang = store.settings.get(UI_LANGUAGE, default)
    return lang if lang in ("en", "zh") else default


def report_language(store: Store) -> str:
    lang = store.settings.get(REPORT_LANGUAGE) or ui_language(store)
    return lang if lang in ("en", "zh") else "en"


Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class _Failed:
    def __init__(self, message: str) -> None:
        self.message = message


def run_store_work(
    parent: QWidget,
    title: str,
    data_dir: Path,
    fn: Callable[[Store, Progress, Cancelled], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[str], None] | None = None,
) -> threading.Event:
    """Run ``fn(store, progress, cancelled)`` off the UI thread on its own connection to
    ``data_dir`` (never the UI's store), behind a cancellable progress dialog.

    ``on_done`` gets the result on the UI thread. An error (of ours, of the file system,
    or unexpected) is shown in a message box and passed to ``on_failed``, so the caller
    can re-enable what it disabled; the user never sees a progress dialog that never ends.
    """

    def work(progress: Progress, cancelled: Cancelled) -> Any:
        try:
            with Store(data_dir) as store:
                return fn(store, progress, cancelled)
        except AuditAppError as exc:
            return _Failed(str(exc))
        except OSError as exc:
            return _Failed(f"{exc.filename or ''} {exc.strerror or exc}".strip())
        except Exception as exc:  # shown to the user rather than lost with the thread
            return _Failed(f"unexpected error: {type(exc).__name__}: {exc}")

    def done(result: Any) -> None:
        if isinstance(result, _Failed):
            from PySide6.QtWidgets import QMessageBox  # not needed at start-up

            QMessageBox.warning(parent, title, result.message)
            if on_failed is not None:
                on_failed(result.message)
            return
        on_done(result)

    return run_in_background(parent, title, work, done)

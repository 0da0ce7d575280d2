"""Running long work (exports, imports, backups) off the UI thread with progress, cancel
and errors.

The work gets its own database connection: it receives the data folder, never the UI's
store, because one SQLite connection must not be used from two threads at once.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QWidget

from auditapp.core.errors import AuditAppError

_RUNNING: set[Any] = set()
"""Jobs in flight. The pool deletes a finished runnable at once, and its signal object with
it, so a result could be lost before the UI thread handled it: the set keeps each job alive
until its done or failed handler has run."""

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]
"""A function of (progress(done, total), cancelled()) returning a result."""


class _Signals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(str)


class _Job(QRunnable):
    def __init__(self, work: Work, cancel: threading.Event) -> None:
        super().__init__()
        self.work = work
        self.cancel = cancel
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work(lambda d, t: self.signals.progress.emit(d, t), self.cancel.is_set)
        except AuditAppError as exc:
            self.signals.failed.emit(str(exc))
        except OSError as exc:
            self.signals.failed.emit(f"{exc.filename or ''} {exc.strerror or exc}".strip())
        else:
            self.signals.done.emit(result)


def run_quietly(work: Callable[[], object], on_failed: Callable[[str], None]) -> None:
    """Start ``work()`` on the thread pool with no dialog (upkeep the user did not ask
    for, such as the rolling backup); ``on_failed`` gets the message of an error of ours
    or of the file system on the UI thread."""
    job = _Job(lambda _progress, _cancelled: work(), threading.Event())

    def failed(message: str) -> None:
        _RUNNING.discard(job)
        on_failed(message)

    job.signals.done.connect(lambda _result: _RUNNING.discard(job))
    job.signals.failed.connect(failed)
    _RUNNING.add(job)
    QThreadPool.globalInstance().start(job)


def run_in_background(
    parent: QWidget, title: str, work: Work, on_done: Callable[[Any], None]
) -> threading.Event:
    """Start ``work`` on the thread pool behind a cancellable progress dialog.

    ``on_done`` gets the result on the UI thread; errors are shown in a message box.
    Returns the cancel flag (set by the dialog's Cancel button).
    """
    # Dialog classes load here, not with the module: the start-up path (run_quietly)
    # shows none, and PySide sets up each class on first import (~1 ms each).
    from PySide6.QtWidgets import QMessageBox, QProgressDialog

    cancel = threading.Event()
    dialog = QProgressDialog(
        title, QCoreApplication.translate("Background", "Cancel"), 0, 0, parent
    )
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.canceled.connect(cancel.set)
    job = _Job(work, cancel)

    def progress(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)

    def finished(result: Any) -> None:
        _RUNNING.discard(job)
        dialog.reset()
        on_done(result)

    def failed(message: str) -> None:
        _RUNNING.discard(job)
        dialog.reset()
        QMessageBox.warning(parent, title, message)

    job.signals.progress.connect(progress)
    job.signals.done.connect(finished)
    job.signals.failed.connect(failed)
    _RUNNING.add(job)
    QThreadPool.globalInstance().start(job)
    return cancel

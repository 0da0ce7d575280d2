"""Child process for test_qt_refcount: the real main window and runner, driven through
many Qt calls that return nothing, reporting ``sys.getrefcount(None)`` before and after.

Run as ``python -m tests.none_refcount_child DATA_DIR CALLS``. It prints one JSON line.
A PySide6 build that drops a reference to None on such calls makes the count fall by
about one per call; on Python 3.11, where None is not immortal, the process then aborts
with "Fatal Python error: none_dealloc" long before the loop ends.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HEAVY_EVERY = 25  # in the second phase, one round in 25 also paints and moves on


def open_window(data_dir: Path) -> tuple[Any, Any, Any]:
    """The application, the main window on demo data, and the runner of an audit that
    is still in progress."""
    from auditapp.demo import load_demo
    from auditapp.services import open_data
    from auditapp.store import AuditFilter

    store = open_data(data_dir, backup=False)
    load_demo(store, seed=3, audits=8)
    store.settings.set("profile", {"name": "Li Na", "id": "AUD-001", "alias": ""})
    store.settings.set("ui_language", "en")
    open_ids = [a.id for a in store.audits.list(AuditFilter()) if a.status == "in_progress"]

    from PySide6.QtWidgets import QApplication

    from auditapp.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    window = MainWindow(store, "en")
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    window.open_audit(open_ids[0])
    app.processEvents()
    runner = window.runner_page.runner
    assert runner is not None, "the audit did not open in the runner"
    return app, window, runner


def walk_to_the_end(app: Any, runner: Any) -> None:
    """Step the runner through every item once, so that each item's panel is built
    before counting (building them takes references to None that stay)."""
    for _ in range(2000):
        before = runner.current_item_id()
        runner.next_item()
        app.processEvents()
        if runner.current_item_id() == before:
            return


def make_round(app: Any, window: Any, runner: Any) -> Callable[[int, bool], int]:
    """One round of calls whose C++ side returns void; returns how many it made. With
    ``heavy``, every HEAVY_EVERY-th round also runs the event loop, repaints and moves
    the runner back and forth."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QLabel

    label = window.findChild(QLabel) or QLabel()
    title = window.audits_page.findChild(QLabel) or label
    status = window.statusBar()

    def one_round(n: int, heavy: bool) -> int:
        label.setText("ServiceAudit 服务审核")
        title.setToolTip("审核")
        window.setWindowTitle("ServiceAudit")
        label.setEnabled(True)
        runner.update()
        window.audits_page.update()
        status.clearMessage()
        label.setVisible(True)
        runner.setFocus()
        window.setUpdatesEnabled(True)
        if not heavy or n % HEAVY_EVERY:
            return 10
        app.processEvents()
        window.repaint()
        runner.repaint()
        runner.previous_item()
        runner.next_item()
        # The panels just replaced were deleteLater()'d; outside app.exec() only this
        # delivers that, and without it every move would keep two panels alive.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return 16

    return one_round


def measure(one_round: Callable[[int, bool], int], calls: int, heavy: bool) -> dict[str, int]:
    """``sys.getrefcount(None)`` around at least ``calls`` calls (bounded to 120 s)."""
    before = sys.getrefcount(None)
    done, n = 0, 0
    started = time.monotonic()
    while done < calls and time.monotonic() - started < 120:
        done += one_round(n, heavy)
        n += 1
    return {"calls": done, "before": before, "after": sys.getrefcount(None)}


def main() -> int:
    data_dir, calls = Path(sys.argv[1]), int(sys.argv[2])
    app, window, runner = open_window(data_dir)
    walk_to_the_end(app, runner)
    one_round = make_round(app, window, runner)
    for n in range(4 * HEAVY_EVERY):  # caches and interned strings settle first
        one_round(n, True)
    # Simple calls alone leave the count exactly where it was on a sound build. Painting
    # and moving between items make PySide 6.11 keep extra references to None (about
    # 800 a move; no objects or memory accumulate), so there the count may only rise.
    simple = measure(one_round, calls, heavy=False)
    mixed = measure(one_round, calls // 4, heavy=True)
    print(json.dumps({"simple": simple, "mixed": mixed}), flush=True)
    window.close()
    app.processEvents()
    window.store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

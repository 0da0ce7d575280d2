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
from pathlib import Path


def main() -> int:
    data_dir, calls = Path(sys.argv[1]), int(sys.argv[2])
    from auditapp.demo import load_demo
    from auditapp.services import open_data

    store = open_data(data_dir, backup=False)
    load_demo(store, seed=3, audits=8)
    store.settings.set("profile", {"name": "Li Na", "id": "AUD-001", "alias": ""})
    store.settings.set("ui_language", "en")
    from auditapp.store import AuditFilter

    in_progress = [a for a in store.audits.list(AuditFilter()) if a.status == "in_progress"]

    from PySide6.QtWidgets import QApplication, QLabel

    from auditapp.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    window = MainWindow(store, "en")
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    window.open_audit(in_progress[0].id)
    app.processEvents()
    runner = window.runner_page.runner
    assert runner is not None, "the audit did not open in the runner"
    label = window.findChild(QLabel) or QLabel()

    title = window.audits_page.findChild(QLabel) or label
    rounds = 0

    def round_of_calls() -> int:
        # Each call here is one whose C++ side returns void. Cheap ones (texts, flags,
        # a scheduled update) make up most of the count; every 100th round also runs
        # the event loop, repaints both widgets at once and moves the runner on, so
        # painting and the runner's own slots take part too.
        nonlocal rounds
        rounds += 1
        label.setText("ServiceAudit 服务审核")
        title.setToolTip("审核")
        window.setWindowTitle("ServiceAudit")
        label.setEnabled(True)
        runner.update()
        window.audits_page.update()
        window.statusBar().clearMessage()
        label.setVisible(True)
        runner.setFocus()
        window.setUpdatesEnabled(True)
        if rounds % 100:
            return 10
        app.processEvents()
        window.repaint()
        runner.repaint()
        runner.next_item()
        return 14

    for _ in range(300):  # caches, lazily built pages and interned strings settle first
        round_of_calls()
    before = sys.getrefcount(None)
    done = 0
    started = time.monotonic()
    while done < calls and time.monotonic() - started < 120:
        done += round_of_calls()
    after = sys.getrefcount(None)
    print(json.dumps({"calls": done, "before": before, "after": after}), flush=True)
    window.close()
    app.processEvents()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Child process of the kill-and-resume test: the real main window, an audit answered
through the runner with the keyboard, each save acknowledged on stdout."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(data: str, mode: str) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from auditapp.ui.app import build_main_window

    app = QApplication(sys.argv[:1])
    window = build_main_window(app, Path(data))
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    page = window.runner_page
    if mode == "check":
        session = page.session
        print(f"open {session.audit.id if session else ''}")
        if session is not None:
            for item_id, answer in sorted(session.answers.items()):
                print(f"answer {item_id} {answer.value}")
        return
    if page.session is None:
        window.open_audit(window.store.audits.list()[0].id)
    session, runner = page.session, page.runner
    print(f"open {session.audit.id}", flush=True)
    session.saved.connect(lambda _t: print(f"saved {runner.current_item_id()}", flush=True))
    for item in session.form.items():
        if item.type.value != "check" or not session.visible(item.id):
            continue
        runner.go_to_item(item.id)
        app.processEvents()
        QTest.keyClick(runner, Qt.Key.Key_P)
        app.processEvents()
        QTest.qWait(40)  # a person's pace; the parent kills the process somewhere in here
    print("done", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

"""Child process of the start-up benchmark: show a window, print 'shown', exit.

``app`` starts the way the ``auditapp`` command does, in its order: the command-line
module, its reading of the arguments, the desktop app's module, then Qt. ``bare`` is the
smallest PySide6 program that shows a main window.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(mode: str, data: str) -> None:
    if mode == "bare":
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication(sys.argv[:1])
        window = QMainWindow()
    else:
        from auditapp.cli import desktop_request

        desktop, data_dir = desktop_request(["--data-dir", data])
        assert desktop
        from auditapp.ui.app import build_main_window

        # isort: split
        from PySide6.QtWidgets import QApplication

        app = QApplication(sys.argv[:1])
        window = build_main_window(app, data_dir)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    print("shown", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

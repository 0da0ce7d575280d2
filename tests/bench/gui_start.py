"""Child process of the start-up benchmark: show a window, print 'shown', exit."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(mode: str, data: str) -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    if mode == "bare":
        window = QMainWindow()
    else:
        from auditapp.ui.app import build_main_window

        window = build_main_window(app, Path(data))
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    print("shown", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

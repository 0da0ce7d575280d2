"""Starting the desktop application."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from auditapp.core.errors import AuditAppError
from auditapp.services import open_data
from auditapp.ui.main_window import MainWindow


def run_gui(data_dir: Path | None) -> int:
    """Open the data folder and run the main window until it closes."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("ServiceAudit")
    try:
        store = open_data(data_dir)
    except AuditAppError as exc:
        QMessageBox.critical(None, "ServiceAudit", str(exc))
        return 1
    window = MainWindow(store)
    window.resize(1280, 800)
    window.show()
    code = app.exec()
    store.close()
    return int(code)

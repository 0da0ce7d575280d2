"""Starting the desktop application."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from auditapp.core.errors import AuditAppError
from auditapp.resources import CJK_FONT
from auditapp.services import open_data
from auditapp.ui.main_window import MainWindow


def install_fonts(app: QApplication) -> None:
    """Register the shipped CJK font so Chinese renders on machines without CJK fonts."""
    font_id = QFontDatabase.addApplicationFont(str(CJK_FONT))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if families:
        base = app.font()
        # Latin text keeps the platform font; the CJK font fills in what it lacks.
        QFont.insertSubstitution(base.family(), families[0])
        base.setFamilies([base.family(), families[0]])
        app.setFont(base)


def run_gui(data_dir: Path | None) -> int:
    """Open the data folder and run the main window until it closes."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("ServiceAudit")
    install_fonts(app)
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

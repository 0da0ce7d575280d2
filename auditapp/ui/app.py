"""Starting the desktop application.

The store and the domain are imported before PySide, on purpose. Once PySide is loaded,
its import hook reads the source of each module the first time an import statement names
it (looking for ``from __feature__ import``), 0.1-1 ms a module; loaded first, the data
layers and the standard modules they use (some 40) never meet that hook.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType

from auditapp.core.errors import AuditAppError
from auditapp.resources import APP_NAME, CJK_FONT, ORGANISATION
from auditapp.services import open_data
from auditapp.store import Store
from auditapp.ui.pages.data_folder import startup_data_dir

# isort: split
from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from auditapp.ui.background import run_quietly
from auditapp.ui.i18n import default_language, install_language
from auditapp.ui.main_window import MainWindow
from auditapp.ui.pages.common import ui_language


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


def install_identity(app: QApplication) -> None:
    """The window icon, and the desktop entry's name so that a Wayland shell or a task bar
    matches the window to the installed entry (packaging/serviceaudit.desktop)."""
    from PySide6.QtGui import QIcon

    from auditapp.resources import APP_ID, ICONS

    app.setDesktopFileName(APP_ID)
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addFile(str(ICONS / f"serviceaudit-{size}.png"))
    app.setWindowIcon(icon)


def build_main_window(app: QApplication, data_dir: Path | None) -> MainWindow:
    """Fonts, the data folder (``--data-dir``, environment, or the folder chosen in
    Settings), the UI language, then the main window; raises :class:`AuditAppError`."""
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    install_identity(app)
    install_fonts(app)
    # The rolling backup waits until the window is up (start_backup), so that copying
    # the database never delays the start.
    store = open_data(startup_data_dir(data_dir), backup=False)
    lang = ui_language(store, default_language())
    install_language(lang)
    return MainWindow(store, lang)


def start_backup(window: MainWindow) -> None:
    """Make the rolling backup if one is due, and remove the files killed writers left
    half-written, off the UI thread on its own connection:
    copying 10,000 audits takes about 0.1 s. A failure is shown as a warning; nothing
    saved is affected, and the next start tries again."""
    data_dir = window.store.data_dir

    def work() -> None:
        with Store(data_dir) as store:
            store.backup_if_due()
            store.tidy_files()

    def failed(message: str) -> None:
        from PySide6.QtWidgets import QMessageBox  # only when there is something to say

        QMessageBox.warning(
            window,
            "ServiceAudit",
            QCoreApplication.translate(
                "App",
                "No backup was made: {0}\n\nNothing saved is affected; the next start tries again.",
            ).format(message),
        )

    run_quietly(work, failed)


def _report_unexpected(window: MainWindow) -> None:
    """Show an unexpected error in a slot as a message (the default prints it and the
    user sees nothing); the window keeps running and nothing saved is lost."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        previous(kind, exc, tb)
        if isinstance(exc, KeyboardInterrupt):
            return
        from PySide6.QtWidgets import QMessageBox  # only when there is something to say

        QMessageBox.critical(
            window,
            "ServiceAudit",
            QCoreApplication.translate(
                "App", "Something went wrong: {0}\n\nEverything saved so far is kept."
            ).format(f"{kind.__name__}: {exc}"),
        )

    sys.excepthook = hook


def _quit_once_shown(app: QApplication) -> None:
    """Test hook, on when ``AUDITAPP_QUIT_AFTER_SHOWN=1``: once the event loop runs with
    the window shown, print ``window shown (PLATFORM)`` and quit. The tests of the built
    package (tests/test_package.py) and the frozen start-up benchmark use it to start the
    real program and see its window come up on a given Qt platform."""
    from PySide6.QtCore import QTimer

    def done() -> None:
        print(f"window shown ({app.platformName()})", flush=True)
        app.quit()

    QTimer.singleShot(0, done)


def run_gui(data_dir: Path | None) -> int:
    """Open the data folder and run the main window until it closes."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    try:
        window = build_main_window(app, data_dir)
    except AuditAppError as exc:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, "ServiceAudit", str(exc))
        return 1
    _report_unexpected(window)
    from auditapp.ui.dialog_fit import install_dialog_fitter  # after the window is built

    install_dialog_fitter(app)
    window.place()
    window.show()
    start_backup(window)
    if os.environ.get("AUDITAPP_QUIT_AFTER_SHOWN") == "1":
        _quit_once_shown(app)
    code = app.exec()
    # Background exports and imports hold their own connection; let them end first.
    QThreadPool.globalInstance().waitForDone()
    window.store.close()
    return int(code)

"""Child of tests/test_gui_shell.py: on the offscreen screen the test configured, open
the main window as the program does, visit every page and the shell's dialogs in both
languages, and print one ``CLIP`` line for anything that does not fit, then ``done``."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget


def main() -> int:
    app = QApplication(sys.argv[:1])
    tmp = Path(tempfile.mkdtemp())
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "qs"))
    from auditapp.demo import load_demo
    from auditapp.services import open_data
    from auditapp.ui import i18n
    from auditapp.ui.app import install_fonts
    from auditapp.ui.i18n import install_language
    from auditapp.ui.main_window import MainWindow
    from tests.zh_ui import build_zh

    install_fonts(app)
    (tmp / "qm").mkdir()
    build_zh(tmp / "qm")
    i18n.TRANSLATIONS = tmp / "qm"
    store = open_data(tmp / "data", backup=False)
    load_demo(store, seed=3, audits=4)
    store.settings.set("profile", {"name": "Chen Jing", "id": "AUD-017", "alias": "Lark"})
    area = app.primaryScreen().availableGeometry()

    def check(name: str, widget: QWidget, scrolls: bool = False) -> None:
        hint = widget.minimumSizeHint()
        if widget.width() > area.width() or widget.height() > area.height():
            print(f"CLIP {name}: {widget.width()}x{widget.height()} beyond the screen")
        if not scrolls and (hint.width() > widget.width() or hint.height() > widget.height()):
            print(
                f"CLIP {name}: {widget.width()}x{widget.height()} < {hint.width()}x{hint.height()}"
            )

    for lang in ("en", "zh"):
        install_language(lang)
        win = MainWindow(store, lang)
        win.place()
        win.show()
        app.processEvents()
        check(f"{lang} window", win)
        for n, page in enumerate(("audits", "sites", "forms", "settings")):
            win.show_page(n)
            app.processEvents()
            check(f"{lang} {page}", win.pages.currentWidget(), scrolls=page == "settings")
        for action in (win.act_keys, win.act_start, win.act_about):
            action.trigger()
            app.processEvents()
            assert win.help_dialog is not None
            check(f"{lang} {action.text()}", win.help_dialog)
            win.help_dialog.close()
        from auditapp.ui.pages.exports import ImportResultsDialog
        from auditapp.ui.pages.problems import show_problems

        results = ImportResultsDialog([], win)
        results.show()
        app.processEvents()
        check(f"{lang} import results", results)
        results.close()
        problems = show_problems(win, "Sites", "Problems:", ["row 2: no code"] * 30)
        app.processEvents()
        check(f"{lang} problems", problems)
        problems.close()
        win.show_page(0)
        win.new_audit()
        dialog = win.new_audit_dialog
        assert dialog is not None
        dialog.select_form("restaurant-mystery-visit")
        app.processEvents()
        check(f"{lang} new audit", dialog)
        dialog.close()
        win.close()
        app.processEvents()
    install_language("en")
    store.close()
    print("done", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

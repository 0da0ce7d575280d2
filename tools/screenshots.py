"""Write PNGs of the main screens to docs/screenshots (``make screenshots``).

For each screen size (1024x600, 1280x800, 1920x1080) a child process runs on Qt's
offscreen platform with a screen of that size, over a fresh demo data folder, and grabs
in English and Chinese: the audits list, the runner on an audit in progress, the Finish
dialog, Settings scrolled to the signing identity, and the keyboard reference of Help.
Files are named ``<screen>-<lang>-<width>x<height>.png``.

    python tools/screenshots.py               # all sizes
    python tools/screenshots.py 1280x800      # one size
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
SIZES = ((1024, 600), (1280, 800), (1920, 1080))
SCREENS = ("audits", "runner", "finish", "settings", "help")


def _child(width: int, height: int) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

    app = QApplication(sys.argv[:1])
    tmp = Path(tempfile.mkdtemp())
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "qs"))
    from auditapp.demo import load_demo
    from auditapp.services import open_data
    from auditapp.store import AuditFilter
    from auditapp.ui.app import install_fonts
    from auditapp.ui.i18n import install_language
    from auditapp.ui.main_window import SETTINGS, MainWindow

    install_fonts(app)
    store = open_data(tmp / "data", backup=False)
    load_demo(store, seed=7, audits=36)
    area = app.primaryScreen().availableGeometry()
    in_progress = store.audits.list(
        AuditFilter(status="in_progress", form_id="restaurant-mystery-visit")
    ) or store.audits.list(AuditFilter(status="in_progress"))

    def save(widget: QWidget, screen: str, lang: str) -> None:
        app.processEvents()
        path = OUT / f"{screen}-{lang}-{width}x{height}.png"
        widget.grab().save(str(path))
        print(f"wrote {path.relative_to(ROOT)}", flush=True)

    for lang in ("en", "zh"):
        install_language(lang)
        win = MainWindow(store, lang)
        win.setGeometry(area)
        win.show()
        save(win, "audits", lang)
        win.open_audit(in_progress[0].id)
        save(win, "runner", lang)
        runner_page = win.pages.currentWidget()
        runner_page.finish()  # type: ignore[attr-defined]
        app.processEvents()
        from auditapp.ui.finish import FinishDialog

        dialog = next(w for w in app.topLevelWidgets() if isinstance(w, FinishDialog))
        save(dialog, "finish", lang)
        dialog.close()
        win.show_page(SETTINGS)
        page = win.pages.currentWidget()
        for scroll in page.findChildren(QScrollArea):
            identity = getattr(page, "identity", None)
            if identity is not None:
                scroll.ensureWidgetVisible(identity)
        save(win, "settings", lang)
        win.act_keys.trigger()
        app.processEvents()
        assert win.help_dialog is not None
        save(win.help_dialog, "help", lang)
        win.help_dialog.close()
        win.close()
    store.close()
    return 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        width, height = (int(v) for v in argv[1].split("x"))
        return _child(width, height)
    sizes = [tuple(int(v) for v in a.split("x")) for a in argv] or list(SIZES)
    OUT.mkdir(parents=True, exist_ok=True)
    for width, height in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            config = Path(tmp) / "screens.json"
            screen = {"name": "s", "x": 0, "y": 0, "width": width, "height": height}
            config.write_text(json.dumps({"screens": [screen]}))
            env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
            env["PYTHONPATH"] = str(ROOT)
            done = subprocess.run(
                [sys.executable, __file__, "--child", f"{width}x{height}"], env=env, cwd=ROOT
            )
            if done.returncode:
                return done.returncode
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

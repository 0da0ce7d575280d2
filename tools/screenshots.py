"""Write PNGs of the main screens to docs/screenshots (``make screenshots``).

Runs on Qt's offscreen platform over a fresh demo data folder: the audits list, the
runner on a Chinese form with the Chinese UI, the finishing check, and the signature pad.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from auditapp.demo import load_demo
    from auditapp.services import open_data
    from auditapp.store import AuditFilter
    from auditapp.ui.app import install_fonts
    from auditapp.ui.audit_session import AuditSession
    from auditapp.ui.finish import FinishDialog
    from auditapp.ui.i18n import install_language
    from auditapp.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    install_fonts(app)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_data(Path(tmp) / "demo", backup=False)
        load_demo(store, seed=7, audits=36)
        store.settings.set(
            "profile", {"name": "Chen Jing", "id": "AUD-017", "alias": "Shopper Lark"}
        )
        for size in ((1280, 800), (1920, 1080)):
            win = MainWindow(store, "en")
            win.resize(*size)
            win.show()
            app.processEvents()
            win.grab().save(str(OUT / f"audits-list-{size[0]}.png"))
            win.close()
        install_language("zh")
        open_ = store.audits.list(
            AuditFilter(status="in_progress", form_id="clinic-outpatient-inspection")
        )
        audit_id = (open_ or store.audits.list(AuditFilter(status="in_progress")))[0].id
        win = MainWindow(store, "zh")
        win.resize(1280, 800)
        win.show()
        win.open_audit(audit_id)
        app.processEvents()
        win.grab().save(str(OUT / "runner-zh.png"))
        session = AuditSession(store, audit_id, "Chen Jing")
        dialog = FinishDialog(session, "zh")
        dialog.resize(1280, 800)
        dialog.show()
        app.processEvents()
        dialog.grab().save(str(OUT / "finishing-check-zh.png"))
        install_language("en")
        done = store.audits.list(AuditFilter(status="completed"))[0].id
        store.audits.reopen(done, "Screenshot of the signature pad", "Chen Jing")
        session = AuditSession(store, done, "Chen Jing")
        dialog = FinishDialog(session, "en")
        dialog.resize(1280, 800)
        dialog.show()
        app.processEvents()
        from auditapp.ui.signature_pad import SignaturePad

        pad = dialog.findChildren(SignaturePad)[0]
        QTest.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(40, 90))
        for x in range(40, 360, 12):
            QTest.mouseMove(pad, QPoint(x, 60 + (x * 7) % 60))
        QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(360, 80))
        app.processEvents()
        dialog.grab().save(str(OUT / "signature-pad.png"))
        store.close()
    for png in sorted(OUT.glob("*.png")):
        print(f"wrote {png.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

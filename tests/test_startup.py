"""Start-up builds what the first window shows and nothing more: the audits list (its
texts, the calendar of a date filter), pages on first visit, modules imported on first
use, and the rolling backup after the window is up."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt, QThreadPool
from PySide6.QtWidgets import QMessageBox, QWidget

from auditapp.demo import load_demo
from auditapp.services import open_data
from auditapp.store import Store, StoreError

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def demo(tmp_path):
    store = open_data(tmp_path / "data", backup=False)
    load_demo(store, seed=3, audits=6)
    store.settings.set("profile", {"name": "Li Na", "id": "AUD-1", "alias": ""})
    yield store
    QThreadPool.globalInstance().waitForDone()
    store.close()


def _window(qtbot, store):
    from auditapp.ui.main_window import MainWindow

    win = MainWindow(store, "en")
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    return win


def test_pages_other_than_the_audits_list_are_built_on_first_visit(qtbot, demo):
    from auditapp.ui.main_window import FORMS, RUNNER, SETTINGS, SITES

    win = _window(qtbot, demo)
    for index in (SITES, FORMS, SETTINGS, RUNNER):
        assert type(win.pages.widget(index)) is QWidget  # a stand-in
    assert f"{demo.sites.count()} sites" in win.counts.text()
    win.show_page(SITES)
    assert win.pages.currentWidget() is win.sites_page
    assert win.site_model.rowCount() == demo.sites.count() > 0
    win.show_page(SETTINGS)
    assert win.pages.currentWidget() is win.settings_page
    assert win.pages.widget(SITES) is win.sites_page and win.pages.count() == 5
    win.open_audit(demo.audits.list()[0].id)
    assert win.pages.currentWidget() is win.runner_page is win.pages.widget(RUNNER)


def test_audit_list_cells(qtbot, demo):
    win = _window(qtbot, demo)
    model = win.audit_model
    audit = model.audit(0)
    site = demo.sites.get(audit.site_code)
    title = dict(demo.forms.latest_titles())[audit.form_id].en
    cells = [model.index(0, col).data() for col in range(model.columnCount())]
    assert cells == [
        audit.site_code,
        site.name,
        site.region,
        f"{title} v{audit.form_version}",
        {"in_progress": "In progress", "completed": "Completed"}[audit.status.value],
        (
            ("provisional " if audit.status.value == "in_progress" else "")
            + f"{float(audit.percent):.1f}"
            if audit.percent
            else "–"
        ),
        audit.grade if audit.grade and audit.status.value == "completed" else "–",
        audit.auditor.name,
        audit.created_at[:16].replace("T", " "),
    ]
    tip = model.index(0, model.FORM).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith(f"{title} v{audit.form_version} · ")
    align = model.index(0, model.SCORE).data(Qt.ItemDataRole.TextAlignmentRole)
    assert align == int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert model.index(0, 0).data(Qt.ItemDataRole.UserRole) == audit.id


def test_date_filter_calendar_opens_on_this_month(qtbot):
    from auditapp.ui.pages.audits_page import DateFilterEdit

    edit = DateFilterEdit()
    qtbot.addWidget(edit)
    edit.resize(160, 36)
    edit.show()
    qtbot.waitExposed(edit)
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(edit.width() - 6, 18))
    calendar = edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    today = QDate.currentDate()
    assert edit.is_any()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    calendar.window().hide()


def test_rolling_backup_runs_after_the_window_is_shown(qtbot, demo, monkeypatch):
    from auditapp.ui.app import start_backup

    win = _window(qtbot, demo)
    assert not demo.backup_dir.exists()  # opening for the window made none
    start_backup(win)
    qtbot.waitUntil(lambda: len(list(demo.backup_dir.glob("audits-*.db"))) == 1)
    QThreadPool.globalInstance().waitForDone()
    start_backup(win)  # the next is due in 12 hours
    QThreadPool.globalInstance().waitForDone()
    assert len(list(demo.backup_dir.glob("audits-*.db"))) == 1

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))

    def fails(self):
        raise StoreError("disk full")

    monkeypatch.setattr(Store, "backup_if_due", fails)
    start_backup(win)
    qtbot.waitUntil(lambda: bool(shown))
    assert "disk full" in shown[0]


def test_start_up_leaves_what_it_does_not_need_unimported(tmp_path):
    with open_data(tmp_path / "data", backup=False) as store:
        load_demo(store, seed=3, audits=2)
        store.settings.set("profile", {"name": "Li Na", "id": "AUD-1", "alias": ""})
    code = (
        "import sys; from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from auditapp.ui.app import build_main_window\n"
        "app = QApplication([])\n"
        f"w = build_main_window(app, Path({str(tmp_path / 'data')!r}))\n"
        "w.show(); app.processEvents()\n"
        "late = ('sqlite_utils', 'yaml', 'PIL', 'openpyxl', 'reportlab', 'pyhanko',\n"
        "        'auditapp.ui.pages.sites_page', 'auditapp.ui.pages.forms_page',\n"
        "        'auditapp.ui.pages.settings_page', 'auditapp.ui.pages.runner_page',\n"
        "        'auditapp.store.imports', 'auditapp.core.model', 'auditapp.core.scoring',\n"
        "        'auditapp.core.forms', 'auditapp.core.canonical', 'auditapp.core.evidence',\n"
        "        'auditapp.store.photos', 'auditapp.store.signoff', 'auditapp.store.blobs',\n"
        "        'auditapp.store.backup', 'auditapp.ui.pages.problems')\n"
        # PySide 6.12 sets up a class on its first import, which is what costs; where a
        # PySide loads every class at once, nothing is to be gained and the check is moot.
        "qt = ('QMessageBox', 'QProgressDialog', 'QDialog', 'QFileDialog')\n"
        "import PySide6.QtWidgets as W\n"
        "lazy = 'QLCDNumber' not in vars(W)\n"
        "print(sorted(m for m in late if m in sys.modules)"
        " + [c for c in qt if lazy and c in vars(W)])\n"
        "w.store.close()\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    res = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip().splitlines()[-1] == "[]"
    assert not (tmp_path / "data" / "backups").exists()


def test_the_audits_list_is_touch_sized_without_a_style_sheet(qtbot, demo):
    from auditapp.ui.pages.common import TARGET

    page = _window(qtbot, demo).audits_page
    controls = (page.search, page.status_filter, page.date_from, page.clear_button)
    assert page.styleSheet() == ""  # polishing a style sheet at every start costs ~5 ms
    assert all(c.height() >= TARGET for c in controls), [c.height() for c in controls]

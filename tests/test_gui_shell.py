"""The app shell (pytest-qt, offscreen): Qt's own texts in Chinese, the window's size and
its memory, the Help menu, the Forms page in the UI language, the saved report language,
the New-audit visit details answering the form's items, and Enter in dialogs."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, QEvent, QSettings, Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox

from auditapp.core.records import VisitContext
from auditapp.core.visit import visit_answers, visit_items
from auditapp.demo import load_demo
from auditapp.services import open_data
from auditapp.ui.i18n import install_language
from auditapp.ui.window_size import first_placement
from tests.zh_ui import use_zh

ROOT = Path(__file__).resolve().parents[1]
PROFILE = {"name": "Chen Jing", "id": "AUD-017", "alias": "Shopper Lark"}


@pytest.fixture
def folder(tmp_path):
    """A fresh demo data folder with a profile; windows and the store closed at the end."""
    stores = []

    def make(name="data", ui="en"):
        store = open_data(tmp_path / name, backup=False)
        if store.sites.count() == 0:
            load_demo(store, seed=3, audits=3)
        store.settings.set("profile", PROFILE)
        store.settings.set("ui_language", ui)
        stores.append(store)
        return store

    yield make
    QThreadPool.globalInstance().waitForDone()
    _delete_windows()
    for store in stores:
        store.close()


def _delete_windows():
    """Delete every window now: a live window of a closed store would fail on the next
    language change."""
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


@pytest.fixture
def english():
    """For tests that switch the language: windows other tests left behind (over stores
    they have closed) are deleted first, and English is back at the end."""
    _delete_windows()
    yield
    install_language("en")


def _window(qtbot, store, lang="en"):
    from auditapp.ui.main_window import MainWindow

    win = MainWindow(store, lang)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    return win


# -- Qt's own texts ---------------------------------------------------------------------
def test_standard_buttons_follow_the_language_live(qapp, english):
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text().replace("&", "") == "OK"
    install_language("zh")
    QApplication.processEvents()
    assert ok.text() == "确定"  # a dialog already open follows the switch
    zh = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    assert zh.button(QDialogButtonBox.StandardButton.Ok).text() == "确定"
    assert zh.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
    assert QApplication.translate("QFileDialog", "&Open") != "&Open"
    install_language("en")
    assert (
        QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        .button(QDialogButtonBox.StandardButton.Ok)
        .text()
        .replace("&", "")
        == "OK"
    )
    QApplication.processEvents()
    assert ok.text().replace("&", "") == "OK"


def test_the_bundle_keeps_qts_chinese_and_the_spec_adds_it():
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import bundle_rules
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    assert bundle_rules.keep_file("PySide6/Qt/translations/qtbase_zh_CN.qm")
    assert not bundle_rules.keep_file("PySide6/Qt/translations/qtbase_de.qm")
    assert not bundle_rules.keep_file("PySide6/Qt/translations/designer_zh_CN.qm")
    spec = (ROOT / "packaging" / "serviceaudit.spec").read_text(encoding="utf-8")
    assert "qtbase_*.qm" in spec and "PySide6/Qt/translations" in spec
    from auditapp.ui.i18n import qt_qm_files

    assert [p.name for p in qt_qm_files("zh")] == ["qtbase_zh_CN.qm"]  # the wheel ships it


# -- the window -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("screen", "maximised"),
    [((1024, 600), True), ((853, 533), True), ((1280, 800), False), ((1920, 1080), False)],
)
def test_first_size_fits_the_available_screen(screen, maximised):
    width, height = screen
    p = first_placement(0, 30, width, height - 30)  # a 30 px panel on top
    assert p.maximised is maximised
    assert p.x >= 0 and p.x + p.width <= width
    assert p.y >= 30 and p.y + p.height <= height
    assert p.width >= 0.85 * width and p.height >= 0.85 * (height - 30)


def test_1280x800_leaves_room_for_the_status_bar():
    p = first_placement(0, 0, 1280, 770)
    assert (p.width, p.height) == (1152, 693) and p.y + p.height < 770


def test_window_remembers_size_position_and_maximised_state(qtbot, folder, tmp_path):
    from auditapp.ui.main_window import MainWindow, user_settings

    store = folder()
    assert user_settings().fileName().startswith(str(tmp_path))  # never the user's own
    first = MainWindow(store, "en")
    qtbot.addWidget(first)
    first.place()
    assert first.windowState() & Qt.WindowState.WindowMaximized  # offscreen: 800x800
    first.setWindowState(Qt.WindowState.WindowNoState)
    first.show()
    first.setGeometry(0, 70, 800, 560)  # the offscreen screen is 800 wide
    qtbot.wait(20)
    first.close()

    second = MainWindow(store, "en")
    qtbot.addWidget(second)
    second.place()
    second.show()
    qtbot.wait(20)
    assert not second.windowState() & Qt.WindowState.WindowMaximized
    g = second.geometry()
    assert (g.width(), g.height()) == (800, 560)
    assert abs(g.x()) <= 4 and abs(g.y() - 70) <= 4  # the offscreen frame may shift it
    second.showMaximized()
    qtbot.wait(20)
    second.close()

    third = MainWindow(store, "en")
    qtbot.addWidget(third)
    third.place()
    assert third.windowState() & Qt.WindowState.WindowMaximized
    assert QSettings(user_settings().fileName(), QSettings.Format.IniFormat).contains(
        "main_window/geometry"
    )


# -- Help -------------------------------------------------------------------------------
def test_help_keyboard_reference_lists_the_runner_keys_and_the_shortcuts(qtbot, folder):
    from auditapp.ui.help import runner_keys

    win = _window(qtbot, folder())
    titles = [a.text() for a in win.help_menu.actions()]
    assert titles[:2] == ["Keyboard reference", "Getting started"] and titles[-1].startswith(
        "About"
    )
    win.act_keys.trigger()
    dialog = win.help_dialog
    text = dialog.text.toPlainText()
    keys = runner_keys()
    assert len(keys) >= 10 and ("P / F / N", "pass / fail / N/A, then next") in keys
    for key, what in keys:
        assert key in text and what in text
    assert "Ctrl+N" in text and "New audit" in text and "Ctrl+Shift+E" in text
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.help_dialog is None)


def test_help_getting_started_and_about_with_versions(qtbot, folder):
    import PySide6
    from PySide6 import QtCore

    win = _window(qtbot, folder())
    win.act_start.trigger()
    text = win.help_dialog.text.toPlainText()
    for step in ("profile", "Ctrl+N", "Ctrl+Enter", "Ctrl+E", "Ctrl+I", "head office"):
        assert step in text
    win.act_about.trigger()  # replaces the open help window
    qtbot.wait(10)
    assert win.help_dialog is not None and win.help_dialog.isVisible()
    text = win.help_dialog.text.toPlainText()
    assert f"Qt {QtCore.qVersion()}" in text and f"PySide6 {PySide6.__version__}" in text
    assert "Python 3." in text and "SQLite " in text and str(win.store.data_dir) in text


def test_help_in_chinese(qtbot, folder, tmp_path, monkeypatch, english):
    use_zh(tmp_path, monkeypatch)
    install_language("zh")
    win = _window(qtbot, folder(ui="zh"), "zh")
    assert win.act_keys.text() == "键盘快捷键"
    win.act_keys.trigger()
    text = win.help_dialog.text.toPlainText()
    assert "审核中" in text and "所有页面" in text and "新建审核" in text
    win.act_start.trigger()
    text = win.help_dialog.text.toPlainText()
    assert win.help_dialog.windowTitle() == "入门指南" and "总部" in text and "Ctrl+N" in text


# -- Forms page -------------------------------------------------------------------------
def _call_centre(page):
    row = next(i for i, f in enumerate(page.forms) if f.id == "call-centre-mystery-call")
    page.form_list.setCurrentRow(row)
    return page.forms[row]


def _tree_item(page, item_id):
    tree = page.tree
    for s in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(s)
        for c in range(top.childCount()):
            if top.child(c).data(0, Qt.ItemDataRole.UserRole) == item_id:
                return top.child(c)
    raise AssertionError(item_id)


def test_forms_page_in_chinese_shows_types_rules_and_numbers_not_ids(
    qtbot, folder, tmp_path, monkeypatch, english
):
    use_zh(tmp_path, monkeypatch)
    install_language("zh")
    win = _window(qtbot, folder(ui="zh"), "zh")
    win.show_page(2)
    page = win.forms_page
    form = _call_centre(page)
    types = {
        page.tree.topLevelItem(s).child(c).text(1)
        for s in range(page.tree.topLevelItemCount())
        for c in range(page.tree.topLevelItem(s).childCount())
    }
    assert types and not types & {"check", "rating", "choice", "number", "text", "date", "time"}
    assert "判断" in types
    rings = next(
        i for i in form.items() if i.type.value == "number" and i.unit == "rings" and i.rule
    )
    child = _tree_item(page, rings.id)
    assert child.text(0).startswith(
        ("1.", "2.", "3.", "4.", "5.")
    ) and rings.prompt.zh in child.text(0)
    page.tree.setCurrentItem(child)
    text = page.details.toPlainText()
    clause = page.catalogue.get(rings.clause)
    assert text.splitlines()[1].startswith("数值 · ")  # no item id before the type
    assert clause.measure.metric not in text and "<=" not in text and "rings" not in text
    assert f"不超过 {clause.measure.limit} 响铃次数" in text
    assert "合格条件" in text and "数值" in text


def test_forms_page_in_english_says_the_measure_in_words(qtbot, folder):
    win = _window(qtbot, folder())
    win.show_page(2)
    page = win.forms_page
    form = _call_centre(page)
    rings = next(i for i in form.items() if i.unit == "rings" and i.rule)
    page.tree.setCurrentItem(_tree_item(page, rings.id))
    text = page.details.toPlainText()
    assert "at most 3 rings" in text and "rings_to_answer" not in text and "<=" not in text
    assert text.splitlines()[1].startswith("number · ")  # no item id before the type


# -- report language --------------------------------------------------------------------
def test_report_language_is_saved_and_used_by_exports(
    qtbot, folder, tmp_path, monkeypatch, english
):
    store = folder(ui="zh")
    win = _window(qtbot, store, "zh")
    win.show_page(3)
    page = win.settings_page
    assert page.report_lang.currentData() == "zh"
    page.ui_lang.setCurrentIndex(page.ui_lang.findData("en"))  # the program in English
    assert store.settings.get("ui_language") == "en"
    assert store.settings.get("report_language") == "zh"  # reports stay Chinese
    _delete_windows()
    data_dir = store.data_dir
    store.close()

    store = folder(ui="en")
    assert store.data_dir == data_dir
    win = _window(qtbot, store)
    win.show_page(3)
    assert win.settings_page.report_lang.currentData() == "zh"
    win.show_page(0)
    win.audits_page.view.selectRow(0)
    out = tmp_path / "report.pdf"
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), ""))
    )
    win.act_pdf.trigger()
    qtbot.waitUntil(lambda: "report.pdf" in win.statusBar().currentMessage(), timeout=30_000)
    pdftotext = shutil.which("pdftotext")
    assert pdftotext, "poppler's pdftotext is needed"
    text = subprocess.run(
        [pdftotext, str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "审核员" in text and "Auditor" not in text


# -- New audit --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("form_id", "date_id", "time_id", "staff_id"),
    [
        ("restaurant-mystery-visit", "visit_date", "arrival_time", "staff_description"),
        ("call-centre-mystery-call", "call_date", "call_start", "agent_description"),
        ("hotel-stay-mystery-audit", "arrival_date", "check_in_clock", "front_desk_staff"),
    ],
)
def test_visit_details_answer_every_shipped_mystery_form(
    library, form_id, date_id, time_id, staff_id
):
    _, forms = library
    form = next(f for f in forms if f.id == form_id)
    found = {k: i.id for k, i in visit_items(form).items()}
    assert found["date"] == date_id and found["time"] == time_id and found["staff"] == staff_id
    context = VisitContext("Lunch for two", "2026-11-30T12:05+08:00", "R-1", "Tall, badge Li")
    answers = {a.item.id: a.value for a in visit_answers(form, context)}
    assert answers[date_id] == "2026-11-30" and answers[time_id] == "12:05"
    assert answers[staff_id] == "Tall, badge Li"
    assert visit_answers(form, VisitContext()) == []


def test_new_audit_visit_details_fill_the_form_and_enter_starts(qtbot, folder):
    from auditapp.ui.pages.new_audit import NewAuditDialog

    store = folder()
    dialog = NewAuditDialog(store, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.select_form("restaurant-mystery-visit")
    assert "1.1" in dialog.fills.text() and "visit" in dialog.fills.text().lower()
    dialog.visit_time.setDateTime(QDateTime.fromString("2026-11-30 19:45", "yyyy-MM-dd HH:mm"))
    dialog.scenario.setText("Dinner for two")
    dialog.staff.setText("Tall man, badge Li")
    dialog.staff.setFocus()
    qtbot.keyClick(dialog.staff, Qt.Key.Key_Return)
    assert dialog.created is not None and dialog.result() == dialog.DialogCode.Accepted
    answers = store.audits.answers(dialog.created.id)
    assert answers["visit_date"].value == "2026-11-30"
    assert answers["arrival_time"].value == "19:45"
    assert answers["staff_description"].value == "Tall man, badge Li"
    assert dialog.created.context.staff_description == "Tall man, badge Li"


def test_enter_in_the_site_search_starts_an_inspection(qtbot, folder):
    from auditapp.ui.pages.new_audit import NewAuditDialog

    store = folder()
    before = store.audits.count()
    dialog = NewAuditDialog(store, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.select_form("retail-store-inspection")
    dialog.site_search.setFocus()
    qtbot.keyClick(dialog.site_search, Qt.Key.Key_Return)
    assert dialog.created is not None and store.audits.count() == before + 1


def test_enter_closes_the_problems_and_import_results_dialogs(qtbot, folder):
    from auditapp.ui.pages.exports import ImportResultsDialog
    from auditapp.ui.pages.problems import show_problems

    win = _window(qtbot, folder())
    problems = show_problems(win, "Sites", "Problems found:", ["row 2: no code", "row 3: bad"])
    qtbot.waitExposed(problems)
    problems.text.setFocus()
    qtbot.keyClick(problems.text, Qt.Key.Key_Return)
    assert not problems.isVisible()
    results = ImportResultsDialog([], win)
    qtbot.addWidget(results)
    results.show()
    results.view.setFocus()
    qtbot.keyClick(results.view, Qt.Key.Key_Return)
    assert not results.isVisible()


def test_enter_in_the_settings_profile_saves_it(qtbot, folder):
    store = folder()
    win = _window(qtbot, store)
    win.show_page(3)
    page = win.settings_page
    page.profile.alias.setText("Shopper Owl")
    page.profile.alias.setFocus()
    qtbot.keyClick(page.profile.alias, Qt.Key.Key_Return)
    assert store.settings.get("profile")["alias"] == "Shopper Owl"
    assert page.profile_status.text() == "Saved."


# -- Qt's own dialogs, fitted -----------------------------------------------------------
def test_qts_file_dialog_shows_its_columns_whole(qtbot, qapp, tmp_path):
    from PySide6.QtWidgets import QTreeView

    from auditapp.ui.dialog_fit import install_dialog_fitter

    install_dialog_fitter(qapp)
    (tmp_path / "audits_2026-12-02.xlsx").write_bytes(b"\0" * 120_000)
    dialog = QFileDialog(None, "Export Excel workbook", str(tmp_path), "Excel workbooks (*.xlsx)")
    qtbot.addWidget(dialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    dialog.show()
    view = next(v for v in dialog.findChildren(QTreeView) if v.header().count() >= 4)
    qtbot.waitUntil(lambda: view.model().rowCount(view.rootIndex()) > 0)
    qtbot.wait(50)
    screen = dialog.screen().availableGeometry()
    assert dialog.width() >= min(960, screen.width() - 40) > 632  # Qt's own default
    header = view.header()
    for column in (1, 2, 3):  # size ("117.19 KiB"), type, date: never elided
        assert header.sectionSize(column) >= view.sizeHintForColumn(column), column


def test_a_passphrase_dialog_is_wide_enough_for_its_title(qtbot, qapp):
    from PySide6.QtWidgets import QInputDialog

    from auditapp.ui.dialog_fit import TITLE_BAR_ROOM, install_dialog_fitter

    install_dialog_fitter(qapp)
    dialog = QInputDialog()
    qtbot.addWidget(dialog)
    dialog.setWindowTitle("Export Excel workbook")
    dialog.setLabelText("Passphrase of your signing identity:")
    dialog.show()
    title = dialog.fontMetrics().horizontalAdvance(dialog.windowTitle())
    assert dialog.width() >= title + TITLE_BAR_ROOM


# -- every screen fits ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("screen", "scale"),
    [((1024, 600), "1"), ((1280, 800), "1"), ((1920, 1080), "1"), ((1280, 800), "1.5")],
)
def test_the_window_pages_and_dialogs_fit_the_screen(tmp_path, screen, scale):
    """The program's own start on a screen of that size (and scaling), in both languages:
    nothing is larger than the screen, and nothing gets less room than it needs."""
    import json
    import os

    config = tmp_path / "screen.json"
    width, height = screen
    config.write_text(
        json.dumps({"screens": [{"name": "s", "x": 0, "y": 0, "width": width, "height": height}]})
    )
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    env["QT_SCALE_FACTOR"] = scale
    res = subprocess.run(
        [sys.executable, "-m", "tests.screen_fit_child"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert res.returncode == 0, res.stderr[-2000:]
    lines = res.stdout.splitlines()
    assert lines and lines[-1] == "done", res.stdout + res.stderr[-2000:]
    assert [line for line in lines if line.startswith("CLIP")] == []


def test_forms_page_wraps_long_item_titles_instead_of_cutting_them(qtbot, folder):
    win = _window(qtbot, folder())
    win.resize(800, 500)  # the window's minimum: 1280x800 at 150% scaling
    win.show_page(2)
    page = win.forms_page
    _call_centre(page)
    qtbot.wait(50)
    tree = page.tree
    metrics = tree.fontMetrics()
    width = tree.header().sectionSize(0) - 2 * tree.indentation() - 12
    long_titles = 0
    for s in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(s)
        for c in range(top.childCount()):
            child = top.child(c)
            if metrics.horizontalAdvance(child.text(0)) > width:
                long_titles += 1
                assert tree.visualItemRect(child).height() >= 2 * metrics.height(), child.text(0)
    assert long_titles > 0  # the test sees titles that need two lines
    for column in (1, 2, 3):
        assert tree.header().sectionSize(column) >= tree.sizeHintForColumn(column)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_forms_page_says_when_a_conditional_item_is_asked(
    qtbot, folder, tmp_path, monkeypatch, english, lang
):
    if lang == "zh":
        use_zh(tmp_path, monkeypatch)
    install_language(lang)
    win = _window(qtbot, folder(ui=lang), lang)
    win.show_page(2)
    page = win.forms_page
    form = _call_centre(page)
    item = next(i for i in form.items() if i.visible_if and i.visible_if.values == ("pass",))
    earlier = form.item(item.visible_if.item)
    page.tree.setCurrentItem(_tree_item(page, item.id))
    text = page.details.toPlainText()
    number = _tree_item(page, earlier.id).data(0, Qt.ItemDataRole.UserRole + 1)
    said = {"en": ("Asked only when", " is Pass"), "zh": ("仅在以下情况出现", " 的答案是 通过")}[
        lang
    ]
    assert said[0] in text and f"{number} {earlier.prompt.get(lang)}{said[1]}" in text
    assert earlier.id not in text


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_sites_page_shows_every_column_whole(
    qtbot, qapp, folder, tmp_path, monkeypatch, english, lang
):
    from auditapp.ui.app import install_fonts

    install_fonts(qapp)  # the shipped CJK font, so Chinese names have their real width
    if lang == "zh":
        use_zh(tmp_path, monkeypatch)
    install_language(lang)
    win = _window(qtbot, folder(ui=lang), lang)
    win.resize(1024, 600)
    win.show_page(1)
    qtbot.wait(20)
    view = win.sites_page.view
    header = view.horizontalHeader()
    for column in range(header.count()):  # no "杭州市黄河路6…"
        assert header.sectionSize(column) >= view.sizeHintForColumn(column), column

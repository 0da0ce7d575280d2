"""The main window (pytest-qt, offscreen): first start, audits list, new audit, settings,
export and import actions. Dialogs that would block are replaced by recorders."""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QThreadPool, QTranslator
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox

from auditapp.core.records import Site
from auditapp.demo import DEMO_PASSPHRASE, ensure_demo_identity, load_demo
from auditapp.services import open_data
from auditapp.store import AuditFilter
from auditapp.trust import identity

PROFILE = {"name": "Chen Jing", "id": "AUD-017", "alias": "Shopper Lark"}


# -- fixtures ---------------------------------------------------------------------------
@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):
    store = open_data(tmp_path_factory.mktemp("gui") / "data", backup=False)
    load_demo(store, seed=5, audits=24)
    ensure_demo_identity(store)
    store.settings.set("profile", PROFILE)
    store.settings.set("ui_language", "en")
    yield store
    QThreadPool.globalInstance().waitForDone()
    store.close()


@pytest.fixture(autouse=True)
def boxes(monkeypatch, tmp_path):
    """Message boxes are recorded instead of shown (a modal box would hang the test);
    the remembered data folder goes to a temporary config file."""
    shown: list[tuple[str, str]] = []

    def recorder(kind, answer=None):
        def show(parent, title, text, *args, **kwargs):
            shown.append((kind, f"{title}: {text}"))
            return answer

        return staticmethod(show)

    monkeypatch.setattr(QMessageBox, "warning", recorder("warning"))
    monkeypatch.setattr(QMessageBox, "critical", recorder("critical"))
    monkeypatch.setattr(QMessageBox, "information", recorder("information"))
    monkeypatch.setattr(
        QMessageBox, "question", recorder("question", QMessageBox.StandardButton.Yes)
    )
    from auditapp.ui.pages import data_folder

    monkeypatch.setattr(data_folder, "config_file", lambda: tmp_path / "config" / "folder.txt")
    yield shown
    QThreadPool.globalInstance().waitForDone()


@pytest.fixture
def fresh(tmp_path):
    """Opens data folders under tmp_path; closes windows, then the stores, at the end."""
    stores = []

    def make(name):
        stores.append(open_data(tmp_path / name, backup=False))
        return stores[-1]

    yield make
    QThreadPool.globalInstance().waitForDone()
    for widget in QApplication.topLevelWidgets():
        widget.close()
    for store in stores:
        store.close()


def _window(qtbot, store, size=(1280, 800)):
    from auditapp.ui.main_window import MainWindow

    win = MainWindow(store, "en")
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    return win


def _rows(model):
    return [model.audit(r) for r in range(model.rowCount())]


# -- first start ------------------------------------------------------------------------
def test_first_start_asks_for_a_profile_then_loads_the_demo(
    qtbot, tmp_path, monkeypatch, boxes, fresh
):
    from auditapp.ui.pages import first_start

    store = fresh("new")
    win = _window(qtbot, store)
    page = win.first_start
    assert page is not None and page.isVisible() and page.step == 0
    assert not win.toolbar.isVisible() and not win.act_new.isEnabled()
    page.continue_button.click()  # no name yet
    assert page.step == 0 and page.profile_problem.text()
    page.profile.name.setText("  Li Na ")
    page.profile.auditor_id.setText("INS-9")
    page.profile.alias.setText("Shopper Wren")
    page.continue_button.click()  # no passphrase yet
    assert page.step == 0 and "8" in page.profile_problem.text()
    assert store.settings.get("profile") is None
    qtbot.keyClicks(page.passphrase, "wren-secret-1")
    qtbot.keyClicks(page.repeat, "wren-secret-2")
    qtbot.keyClick(page.repeat, Qt.Key.Key_Return)  # Enter submits the step
    assert page.step == 0 and "differ" in page.profile_problem.text()
    qtbot.keyClicks(page.repeat, "wren-secret-1")
    qtbot.keyClick(page.repeat, Qt.Key.Key_Return)
    assert store.settings.get("profile") == {
        "name": "Li Na",
        "id": "INS-9",
        "alias": "Shopper Wren",
    }
    assert page.step == 1 and page.demo_button.isVisible()
    # the promise of the profile step: the certificate that signs the reports names her
    main = identity.show_identity(store.data_dir)
    alias = identity.show_identity(store.data_dir, identity.ALIAS)
    assert (main.common_name, main.serial_number) == ("Li Na", "INS-9")
    assert (alias.common_name, alias.serial_number) == ("Shopper Wren", "INS-9")
    assert "Li Na" not in alias.subject
    identity.load_p12(store.data_dir, "wren-secret-1", identity.ALIAS)  # one passphrase

    monkeypatch.setattr(first_start, "DEMO_AUDITS", 8)
    page.demo_button.click()
    qtbot.waitUntil(lambda: win.first_start is None, timeout=30_000)
    assert win.audit_model.rowCount() == 8 and win.site_model.rowCount() > 0
    # the demo replaced neither the profile nor the identity; its audits are hers
    assert DEMO_PASSPHRASE not in win.statusBar().currentMessage()
    assert identity.show_identity(store.data_dir).fingerprint == main.fingerprint
    assert identity.show_identity(store.data_dir, identity.ALIAS).fingerprint == alias.fingerprint
    assert store.settings.get("profile")["name"] == "Li Na"
    assert {a.auditor.name for a in store.audits.list()} == {"Li Na"}
    assert win.toolbar.isVisible() and win.act_new.isEnabled()
    assert win.settings_page.profile.name.text() == "Li Na"
    win.settings_page.identity.refresh()
    assert "Li Na" in win.settings_page.identity.subject.text()
    assert "Serial number" in win.settings_page.identity.subject.text()
    assert "Shopper Wren" in win.settings_page.identity.alias_subject.text()
    assert not boxes


def test_first_start_can_import_the_organisations_p12(qtbot, tmp_path, monkeypatch, fresh):
    made = tmp_path / "made"
    identity.create_identity(made, "Wang Fang", "AUD-042", "org-passphrase")
    p12 = tmp_path / "wang.p12"
    p12.write_bytes(identity.load_p12(made, "org-passphrase"))
    store = fresh("new")
    win = _window(qtbot, store)
    page = win.first_start
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(p12), ""))
    )
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: ("org-passphrase", True))
    )
    page.import_p12_button.click()
    assert page.profile.name.text() == "Wang Fang" and page.profile.auditor_id.text() == "AUD-042"
    assert not page.passphrase.isVisible()
    page.profile.auditor_id.setText("AUD-999")
    page.save_profile()  # the certificate names another id: refused, nothing saved
    assert page.step == 0 and "AUD-042" in page.profile_problem.text()
    assert store.settings.get("profile") is None
    page.profile.auditor_id.setText("AUD-042")
    page.profile.alias.setText("Shopper Q")
    qtbot.keyClick(page.profile.alias, Qt.Key.Key_Return)
    assert page.step == 1
    alias = identity.show_identity(store.data_dir, identity.ALIAS)
    assert alias.common_name == "Shopper Q" and "Wang Fang" not in alias.subject


def test_first_start_beside_an_existing_identity_adds_the_alias_one(qtbot, fresh):
    store = fresh("has-identity")
    identity.create_identity(store.data_dir, "Wang Fang", "AUD-042", "wang-secret")
    win = _window(qtbot, store)
    page = win.first_start
    assert "Wang Fang" in page.identity_note.text() and not page.repeat.isVisible()
    page.profile.name.setText("Wang Fang")
    page.profile.auditor_id.setText("AUD-042")
    page.profile.alias.setText("Shopper Q")
    page.passphrase.setText("not-her-passphrase")
    page.save_profile()
    assert page.step == 0 and "wrong passphrase" in page.profile_problem.text()
    assert not identity.has_identity(store.data_dir, identity.ALIAS)
    page.passphrase.setText("wang-secret")
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    assert page.step == 1
    assert identity.show_identity(store.data_dir, identity.ALIAS).common_name == "Shopper Q"


def test_first_start_site_import_lists_every_problem_then_imports(
    qtbot, tmp_path, monkeypatch, fresh
):
    from auditapp.ui.pages.problems import ProblemsDialog

    store = fresh("new")
    win = _window(qtbot, store)
    page = win.first_start
    page.profile.name.setText("Li Na")
    page.passphrase.setText("li-na-secret")
    page.repeat.setText("li-na-secret")
    page.save_profile()
    assert page.step == 1
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "code,name,region,industry\nS1,Shop,East,restaurant\n,No code,East,retail\n"
        "S3,Shop 3,East,spaceport\n",
        encoding="utf-8",
    )
    chosen = {"path": str(bad)}
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (chosen["path"], ""))
    )
    page.import_button.click()
    qtbot.waitUntil(lambda: page.findChild(ProblemsDialog) is not None)
    dialog = page.findChild(ProblemsDialog)
    text = dialog.text.toPlainText()
    assert "row 3" in text and "code" in text and "row 4" in text and "spaceport" in text
    assert store.sites.list() == [] and win.first_start is page
    dialog.close()

    good = tmp_path / "good.csv"
    good.write_text(
        "code,name,region,industry\nS1,上海店,East,restaurant\nS2,杭州店,East,retail\n",
        encoding="utf-8",
    )
    chosen["path"] = str(good)
    page.import_button.click()
    qtbot.waitUntil(lambda: win.first_start is None)
    assert [s.code for s in store.sites.list()] == ["S1", "S2"]
    assert win.site_model.rowCount() == 2
    assert "2" in win.statusBar().currentMessage()


# -- the audits list --------------------------------------------------------------------
def _expected(store, **flt):
    """Audits matching the filter, computed here from the full list (not by the store)."""
    sites = {s.code: s for s in store.sites.list()}
    out = []
    for a in store.audits.list():
        s = sites[a.site_code]
        text = flt.get("search", "")
        if flt.get("status") and a.status.value != flt["status"]:
            continue
        if flt.get("region") and s.region != flt["region"]:
            continue
        if flt.get("form_id") and a.form_id != flt["form_id"]:
            continue
        if flt.get("site") and a.site_code != flt["site"]:
            continue
        if flt.get("since") and a.created_at[:10] < flt["since"]:
            continue
        if flt.get("until") and a.created_at[:10] > flt["until"]:
            continue
        if text and not any(text in v for v in (a.site_code, s.name, a.id, a.auditor.name)):
            continue
        out.append(a.id)
    return sorted(out)


def _ids(page):
    model = page.model
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
    return sorted(a.id for a in _rows(model))


def _choose(combo, value):
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def test_filters_narrow_the_list(qtbot, demo_store):
    win = _window(qtbot, demo_store)
    page = win.audits_page
    everything = _expected(demo_store)
    assert _ids(page) == everything and page.model.total == len(everything)
    audits = demo_store.audits.list()
    site = demo_store.sites.get(audits[3].site_code)

    _choose(page.status_filter, "in_progress")
    assert 0 < len(_ids(page)) < len(everything)
    assert _ids(page) == _expected(demo_store, status="in_progress")
    _choose(page.region_filter, site.region)
    assert _ids(page) == _expected(demo_store, status="in_progress", region=site.region)
    page.clear_filters()
    assert _ids(page) == everything

    _choose(page.region_filter, site.region)
    assert _ids(page) == _expected(demo_store, region=site.region) != everything
    _choose(page.form_filter, audits[3].form_id)
    want = _expected(demo_store, region=site.region, form_id=audits[3].form_id)
    assert audits[3].id in want and _ids(page) == want
    page.clear_filters()
    _choose(page.site_filter, site.code)
    assert _ids(page) == _expected(demo_store, site=site.code)
    page.clear_filters()

    days = sorted(a.created_at[:10] for a in audits)
    since, until = days[len(days) // 4], days[3 * len(days) // 4]
    page.date_from.setDate(QDate.fromString(since, "yyyy-MM-dd"))
    assert _ids(page) == _expected(demo_store, since=since)
    page.date_to.setDate(QDate.fromString(until, "yyyy-MM-dd"))
    want = _expected(demo_store, since=since, until=until)
    assert 0 < len(want) < len(everything) and _ids(page) == want
    page.date_from.clear_date()
    assert page.date_from.text() == "any"
    assert _ids(page) == _expected(demo_store, until=until)
    page.clear_filters()

    page.search.setText(site.name[:5])  # Chinese text, applied after a short pause
    want = _expected(demo_store, search=site.name[:5])
    qtbot.waitUntil(lambda: _ids(page) == want)
    assert audits[3].id in want and len(want) < len(everything)
    page.search.setText("no such audit anywhere")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert page.count_label.text().startswith("0")
    page.clear_filters()

    page.view.sortByColumn(page.model.SCORE, Qt.SortOrder.DescendingOrder)
    scores = [float(a.percent) for a in _rows(page.model) if a.percent]
    assert scores == sorted(scores, reverse=True)
    page.view.sortByColumn(page.model.NAME, Qt.SortOrder.AscendingOrder)  # not sortable
    header = page.view.horizontalHeader()
    assert header.sortIndicatorSection() == page.model.SCORE
    assert [float(a.percent) for a in _rows(page.model) if a.percent] == scores
    grade_col = page.model.GRADE
    first = page.model.audit(0)
    final = first.status.value == "completed"
    assert page.model.index(0, grade_col).data() == (first.grade if final else "–")


def test_ten_thousand_audits_load_one_page_at_a_time(qtbot, monkeypatch, fresh):
    store = fresh("big")
    digest, form = store.forms.latest()[0]
    regions = ("East", "South", "North")
    store.sites.upsert_many(
        [Site(f"S{i:03d}", f"门店 {i}", regions[i % 3], form.industry) for i in range(60)]
    )
    rng = random.Random(3)
    rows = []
    for n in range(10_000):
        day = f"2026-{n % 12 + 1:02d}-{n % 28 + 1:02d}T10:{n % 60:02d}:00+08:00"
        rows.append(
            (
                str(uuid.UUID(int=rng.getrandbits(128))),
                digest,
                form.id,
                form.version,
                f"S{n % 60:03d}",
                "Li Na",
                "AUD-1",
                "",
                form.kind.value,
                ("completed", "in_progress")[n % 2],
                1,
                day,
                day,
                day,
                "{}",
                f"{rng.uniform(40, 100):.1f}",
                "B",
                1,
            )
        )
    with store.db.conn:
        store.db.conn.executemany(
            "INSERT INTO audits (id, form_hash, form_id, form_version, site_code, auditor_name, "
            "auditor_id, auditor_alias, kind, status, revision, created_at, updated_at, "
            f"completed_at, context, percent, grade, passed) VALUES ({','.join('?' * 18)})",
            rows,
        )
    store.settings.set("profile", PROFILE)

    calls = []
    real_list = store.audits.list

    def spy(*args, **kwargs):
        calls.append(kwargs.get("limit"))
        return real_list(*args, **kwargs)

    monkeypatch.setattr(store.audits, "list", spy)
    win = _window(qtbot, store)
    qtbot.waitExposed(win)
    model = win.audit_model
    assert model.total == 10_000
    assert model.rowCount() == model.PAGE < 10_000
    assert calls and all(limit == model.PAGE for limit in calls)
    win.audits_page.view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > model.PAGE)
    assert model.rowCount() <= 3 * model.PAGE
    assert all(limit == model.PAGE for limit in calls)
    _choose(win.audits_page.region_filter, "South")
    assert model.total == sum(1 for n in range(10_000) if (n % 60) % 3 == 1)
    assert model.rowCount() == model.PAGE


# -- new audit --------------------------------------------------------------------------
def test_new_audit_dialog_creates_the_chosen_audit(qtbot, demo_store):
    from auditapp.ui.pages.new_audit import NewAuditDialog

    site = next(s for s in demo_store.sites.list() if s.industry == "restaurant")
    dialog = NewAuditDialog(demo_store, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.site_search.setText(site.name[-4:])
    assert dialog.select_site(site.code)
    assert dialog.site().code == site.code
    first = dialog.chosen_form()
    assert first is not None and first.industry == "restaurant"  # the site's industry first
    _choose(dialog.kind, "inspection")
    assert dialog.chosen_form().kind.value == "inspection" and not dialog.context_box.isVisible()
    _choose(dialog.kind, "mystery_shop")
    assert dialog.select_form("restaurant-mystery-visit")
    assert dialog.context_box.isVisible()
    dialog.scenario.setText("Dinner for two / 两人晚餐")
    dialog.receipt.setText("R-778")
    dialog.staff.setText("小王, tall, glasses")
    dialog.accept()
    audit = dialog.created
    assert audit is not None
    stored = demo_store.audits.get(audit.id)
    assert (stored.site_code, stored.form_id, stored.kind) == (
        site.code,
        "restaurant-mystery-visit",
        "mystery_shop",
    )
    assert stored.form_hash == demo_store.forms.latest_hash("restaurant-mystery-visit")
    assert stored.auditor.name == "Chen Jing" and stored.auditor.alias == "Shopper Lark"
    assert stored.context.scenario == "Dinner for two / 两人晚餐"
    assert stored.context.receipt_number == "R-778"
    assert stored.context.staff_description == "小王, tall, glasses"
    assert stored.context.visit_time[:4] == str(QDate.currentDate().year())
    assert stored.context.visit_time[-6] in "+-"  # with its offset


def test_new_audit_from_the_window_opens_the_runner(qtbot, demo_store):
    pytest.importorskip("auditapp.ui.runner")
    from auditapp.ui.main_window import RUNNER

    win = _window(qtbot, demo_store)
    win.act_new.trigger()
    dialog = win.new_audit_dialog
    assert dialog is not None and dialog.isVisible()
    _choose(dialog.kind, "inspection")
    dialog.accept()
    qtbot.waitUntil(lambda: win.pages.currentIndex() == RUNNER)
    audit_id = win.runner_page.audit_id
    assert demo_store.audits.get(audit_id).kind == "inspection"
    assert demo_store.audits.get(audit_id).site_code in win.runner_page.heading.text()
    win.runner_page.back_button.click()
    assert win.pages.currentIndex() == 0 and win.runner_page.runner is None
    assert win.audit_model.row_of(audit_id) >= 0


def test_enter_opens_the_audit_finish_jumps_and_reopen_asks(qtbot, demo_store):
    pytest.importorskip("auditapp.ui.runner")
    pytest.importorskip("auditapp.ui.finish")
    from auditapp.ui.finish import FinishDialog, ReopenDialog
    from auditapp.ui.main_window import RUNNER

    win = _window(qtbot, demo_store)
    page = win.audits_page
    _choose(page.status_filter, "in_progress")
    view = page.view
    view.setFocus()
    view.setCurrentIndex(page.model.index(0, 0))
    audit = page.model.audit(0)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert win.pages.currentIndex() == RUNNER and win.runner_page.audit_id == audit.id
    rp = win.runner_page
    assert audit.site_code in rp.heading.text() and "In progress" in rp.status.text()
    assert not rp.runner.reopen_button.isVisible()
    rp.runner.finish_requested.emit()
    assert isinstance(rp.dialog, FinishDialog)
    missing = rp.session.missing()
    assert missing
    rp.dialog.jump_requested.emit(missing[-1].item_id)
    assert rp.runner.current_item_id() == missing[-1].item_id
    if rp.dialog is not None:
        rp.dialog.close()
    win.show_page(0)

    page.clear_filters()
    _choose(page.status_filter, "completed")
    page.view.setCurrentIndex(page.model.index(0, 0))
    win.act_open.trigger()
    assert rp.runner.reopen_button.isVisible()  # the one Reopen, beside the locked banner
    rp.runner.reopen_button.click()
    assert isinstance(rp.dialog, ReopenDialog)
    rp.dialog.close()
    win.show_page(0)


# -- forms and settings -----------------------------------------------------------------
def test_forms_page_shows_the_clause_an_item_cites(qtbot, demo_store):
    win = _window(qtbot, demo_store)
    win.show_page(2)
    page = win.forms_page
    assert page.form_list.count() == len(demo_store.forms.latest())
    tree = page.tree
    cited = None
    for s in range(tree.topLevelItemCount()):
        for c in range(tree.topLevelItem(s).childCount()):
            if tree.topLevelItem(s).child(c).text(3):
                cited = tree.topLevelItem(s).child(c)
                break
        if cited:
            break
    assert cited is not None
    tree.setCurrentItem(cited)
    clause = page.catalogue.get(cited.text(3))
    text = page.details.toPlainText()
    assert clause.id in text and clause.requirement.en[:30] in text
    if clause.measure is None:
        return
    assert page.measure_text(clause.measure) in text  # in words: "at most 2 minutes"
    assert clause.measure.metric not in text


def _zh_translations(tmp_path, monkeypatch):
    """The shipped Chinese .qm when it translates the nav labels, else a tiny one built here."""
    from auditapp.ui import i18n

    probe = QTranslator()
    if probe.load(str(i18n.qm_file("zh"))) and probe.translate("MainWindow", "Audits"):
        return probe.translate("MainWindow", "Audits")
    lrelease = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).parent / "pyside6-lrelease"
    )
    if not Path(lrelease).exists():
        pytest.skip("no compiled Chinese translation and no pyside6-lrelease to build one")
    ts = tmp_path / "auditapp_zh_CN.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="zh_CN">'
        "<context><name>MainWindow</name><message><source>Audits</source>"
        "<translation>审核</translation></message></context></TS>",
        encoding="utf-8",
    )
    subprocess.run(
        [lrelease, str(ts), "-qm", str(tmp_path / "auditapp_zh_CN.qm")],
        check=True,
        capture_output=True,
    )
    monkeypatch.setattr(i18n, "TRANSLATIONS", tmp_path)
    return "审核"


def test_settings_switch_language_live_and_store_choices(
    qtbot, demo_store, tmp_path, monkeypatch, boxes
):
    from auditapp.ui.i18n import install_language
    from auditapp.ui.pages import data_folder

    win = _window(qtbot, demo_store)
    win.show_page(3)
    page = win.settings_page
    zh_audits = _zh_translations(tmp_path, monkeypatch)
    try:
        assert win.nav.item(0).text() == "Audits"
        _choose(page.ui_lang, "zh")
        qtbot.waitUntil(lambda: win.nav.item(0).text() == zh_audits)
        assert demo_store.settings.get("ui_language") == "zh" and win.lang == "zh"
        form = demo_store.forms.latest()[0][1]
        assert win.audits_page.form_filter.findText(form.title.zh) >= 0
        _choose(page.ui_lang, "en")
        qtbot.waitUntil(lambda: win.nav.item(0).text() == "Audits")
    finally:
        install_language("en")
        demo_store.settings.set("ui_language", "en")

    _choose(page.report_lang, "zh")
    assert demo_store.settings.get("report_language") == "zh"
    _choose(page.report_lang, "en")

    before = identity.show_identity(demo_store.data_dir, identity.ALIAS).fingerprint
    page.profile.alias.setText("Shopper Owl")
    page.save_button.click()
    assert demo_store.settings.get("profile")["alias"] == "Shopper Owl"
    # a new alias needs a certificate carrying it: offered, created with the one passphrase
    dialog = page.identity.pending
    assert dialog is not None and dialog.alias_only and dialog.isVisible()
    dialog.passphrase.setText("not the passphrase")
    dialog.accept()
    assert dialog.isVisible() and "passphrase" in dialog.problem.text()
    dialog.passphrase.setText(DEMO_PASSPHRASE)
    dialog.accept()
    owl = identity.show_identity(demo_store.data_dir, identity.ALIAS)
    assert owl.common_name == "Shopper Owl" and "Chen Jing" not in owl.subject
    assert "Shopper Owl" in page.identity.alias_subject.text()
    page.profile.alias.setText(PROFILE["alias"])
    page.save_profile()
    page.identity.pending.passphrase.setText(DEMO_PASSPHRASE)
    page.identity.pending.accept()
    lark = identity.show_identity(demo_store.data_dir, identity.ALIAS)
    assert lark.common_name == PROFILE["alias"] and lark.fingerprint != before
    assert sum("Signing identity" in text for _, text in boxes) == 2
    boxes.clear()

    assert page.folder_path.text() == str(demo_store.data_dir)
    page._remember(tmp_path / "elsewhere")
    assert data_folder.chosen_data_dir() == tmp_path / "elsewhere"
    assert "next start" in page.folder_note.text()
    assert "SHA-256" in page.identity.row_labels[1].text()
    assert page.identity.fingerprint.text().count(":") == 31  # 32 bytes


# -- export and import ------------------------------------------------------------------
def test_pdf_export_action_writes_a_signed_report(qtbot, demo_store, tmp_path, monkeypatch):
    win = _window(qtbot, demo_store)
    assert not win.act_pdf.isEnabled()
    win.audits_page.view.selectRow(0)
    assert win.act_pdf.isEnabled()
    out = tmp_path / "report.pdf"
    asked = []

    def get_text(parent, title, label, echo=None, *args, **kwargs):
        asked.append(echo)
        return DEMO_PASSPHRASE, True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), ""))
    )
    win.act_pdf.trigger()
    qtbot.waitUntil(lambda: "report.pdf" in win.statusBar().currentMessage(), timeout=30_000)
    assert out.read_bytes().startswith(b"%PDF") and b"/ByteRange" in out.read_bytes()
    from PySide6.QtWidgets import QLineEdit

    assert asked == [QLineEdit.EchoMode.Password]


def test_export_actions_refuse_an_audit_of_another_auditor(
    qtbot, tmp_path, monkeypatch, boxes, fresh
):
    from auditapp.core.records import Auditor

    store = fresh("wang")
    store.settings.set("profile", {"name": "Wang Fang", "id": "AUD-042", "alias": "Shopper Q"})
    store.settings.set("ui_language", "en")
    identity.create_identities(store.data_dir, "Wang Fang", "AUD-042", "Shopper Q", "wang-secret")
    digest, _form = next((d, f) for d, f in store.forms.latest() if f.kind.value == "inspection")
    store.sites.upsert_many([Site("SH-1", "Shop", "East", _form.industry)])
    other = store.audits.create(digest, "SH-1", Auditor("Chen Jing", "AUD-017", "Shopper Lark"))
    win = _window(qtbot, store)
    win.audits_page.view.selectRow(0)
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: ("wang-secret", True))
    )
    out = tmp_path / "other.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), ""))
    )
    win.act_pdf.trigger()
    qtbot.waitUntil(lambda: bool(boxes), timeout=30_000)
    kind, text = boxes[0]
    assert kind == "warning" and other.id[:8] in text
    assert "Chen Jing" in text and "Wang Fang" in text and not out.exists()
    boxes.clear()
    out = tmp_path / "other.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), ""))
    )
    win.act_xlsx.trigger()
    qtbot.waitUntil(lambda: bool(boxes), timeout=30_000)
    assert "Chen Jing" in boxes[0][1] and not out.exists()
    boxes.clear()


def test_excel_export_of_the_filtered_audits_then_import_shows_outcomes(
    qtbot, demo_store, tmp_path, monkeypatch, boxes
):
    from openpyxl import load_workbook

    win = _window(qtbot, demo_store)
    page = win.audits_page
    _choose(page.status_filter, "completed")
    site = demo_store.sites.get(page.model.audit(0).site_code)
    _choose(page.region_filter, site.region)
    flt = page.current_filter()
    wanted = demo_store.audits.count(flt)
    assert 0 < wanted < demo_store.audits.count(AuditFilter())
    out = tmp_path / "export" / "audits"  # the suffix is added
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: (DEMO_PASSPHRASE, True))
    )
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), ""))
    )
    win.act_xlsx.trigger()
    workbook = out.with_name("audits.xlsx")
    qtbot.waitUntil(lambda: "audits.xlsx" in win.statusBar().currentMessage(), timeout=30_000)
    wb = load_workbook(workbook, read_only=True)
    assert sum(1 for _ in wb["Audits"].iter_rows()) == wanted + 1
    wb.close()
    assert not boxes

    bad = tmp_path / "not-a-workbook.xlsx"
    bad.write_bytes(b"this is not a zip file")
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileNames",
        staticmethod(lambda *a, **k: ([str(workbook), str(bad)], "")),
    )
    win.act_import.trigger()
    qtbot.waitUntil(lambda: win.exports.results is not None, timeout=30_000)
    dialog = win.exports.results
    qtbot.addWidget(dialog)
    model = dialog.model
    results = [model.outcomes[r].result for r in range(model.rowCount())]
    assert results.count("duplicate") == wanted  # the same folder already holds them
    refused = [o for o in model.outcomes if o.source == bad.name]
    assert refused and refused[0].result in ("rejected", "not imported") and refused[0].reason
    assert "duplicate" in dialog.summary.text()
    assert model.index(0, 3).data() in ("duplicate", "rejected", "not imported")


def test_screens_fit_at_both_sizes(qtbot, demo_store, tmp_path):
    """Every page lays out within 1280x800 and 1920x1080 (grabbed, as a person would look)."""
    for size in ((1280, 800), (1920, 1080)):
        win = _window(qtbot, demo_store, size)
        for n in range(4):
            win.show_page(n)
            qtbot.wait(10)
            page = win.pages.currentWidget()
            assert page.width() <= size[0] and page.minimumSizeHint().width() <= page.width()
            assert page.minimumSizeHint().height() <= page.height() or n == 3  # settings scrolls
            image = win.grab()
            assert (image.width(), image.height()) == size
        win.close()


def test_the_app_has_its_icon_and_names_its_desktop_entry(qapp):
    from auditapp.resources import APP_ID
    from auditapp.ui.app import install_identity

    install_identity(qapp)
    sizes = {s.width() for s in qapp.windowIcon().availableSizes()}
    assert {16, 32, 64, 256} <= sizes
    assert qapp.desktopFileName() == APP_ID
    assert (Path(__file__).parents[1] / "packaging" / "serviceaudit.desktop").is_file()


def test_after_the_first_start_the_keys_have_somewhere_to_go(qtbot, fresh):
    """Walkthrough: once the first start ended, no widget had the focus, so Tab and typing
    went nowhere; the audits search takes it, and the New audit dialog types into its site
    search at once."""
    from auditapp.ui.pages.new_audit import NewAuditDialog

    store = fresh("new")
    win = _window(qtbot, store)
    page = win.first_start
    page.profile.name.setText("Wang Fang")
    page.profile.auditor_id.setText("AUD-042")
    qtbot.keyClicks(page.passphrase, "walk-secret-1")
    qtbot.keyClicks(page.repeat, "walk-secret-1")
    qtbot.keyClick(page.repeat, Qt.Key.Key_Return)
    assert page.step == 1
    page.skip_button.click()
    assert win.first_start is None
    assert win.focusWidget() is win.audits_page.search
    load_demo(store, seed=2, audits=0)
    dialog = NewAuditDialog(store, "en", win)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.site_search

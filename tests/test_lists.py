"""The audits list (pytest-qt, offscreen) and audit statuses: no "signed" status anywhere,
in-progress audits without a final grade, and an empty list that says what to do next."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication

from auditapp.cli import main
from auditapp.core.records import Auditor, AuditStatus, Site
from auditapp.demo import load_demo
from auditapp.services import open_data
from auditapp.store import AuditFilter

PROFILE = {"name": "Chen Jing", "id": "AUD-017", "alias": "Shopper Lark"}


@pytest.fixture
def fresh(tmp_path):
    """Opens data folders under tmp_path; closes windows, then the stores, at the end."""
    stores = []

    def make(name):
        store = open_data(tmp_path / name, backup=False)
        store.settings.set("profile", PROFILE)
        store.settings.set("ui_language", "en")
        stores.append(store)
        return store

    yield make
    QThreadPool.globalInstance().waitForDone()
    for widget in QApplication.topLevelWidgets():
        widget.close()
    for store in stores:
        store.close()


def _page(qtbot, store):
    from auditapp.ui.pages.audits_page import AuditsPage

    page = AuditsPage(store, "en")
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    return page


def _one_answered(store):
    """An in-progress audit with one passing check answered, and its id."""
    form_hash, form = store.forms.latest()[0]
    code = store.sites.list()[0].code
    audit = store.audits.create(form_hash, code, Auditor("Chen Jing", "AUD-017"))
    check = next(i for i in form.items() if i.type.value == "check" and i.visible_if is None)
    store.audits.set_answer(audit.id, check.id, "pass", "Chen Jing")
    return store.audits.get(audit.id)


# -- the "signed" status is gone ------------------------------------------------------------
def test_no_signed_status_in_filters_cli_or_store(qtbot, fresh, capsys):
    assert [s.value for s in AuditStatus] == ["in_progress", "completed"]
    store = fresh("data")
    load_demo(store, seed=2, audits=4)
    page = _page(qtbot, store)
    offered = [page.status_filter.itemData(n) for n in range(page.status_filter.count())]
    assert offered == ["", "in_progress", "completed"]
    texts = [page.status_filter.itemText(n) for n in range(page.status_filter.count())]
    assert not any("sign" in t.lower() for t in texts)
    assert not hasattr(store.audits, "mark_signed")

    with pytest.raises(SystemExit):
        main(["export", "--all", "--status", "signed", "--xlsx", "x.xlsx"])
    assert "invalid choice: 'signed'" in capsys.readouterr().err

    # An audit an earlier version stored as "signed" reads as completed, and the
    # completed filter finds it; nothing rewrites the stored value.
    done = next(a for a in store.audits.list() if a.status == AuditStatus.COMPLETED)
    store.db.execute("UPDATE audits SET status = 'signed' WHERE id = ?", [done.id])
    assert store.audits.get(done.id).status == AuditStatus.COMPLETED
    completed = store.audits.list(AuditFilter(status="completed"))
    assert done.id in [a.id for a in completed]
    assert store.audits.count(AuditFilter(status="completed")) == len(completed)
    assert done.id not in [a.id for a in store.audits.list(AuditFilter(status="in_progress"))]
    with pytest.raises(ValueError):
        AuditStatus("locked")


# -- no final grade while in progress --------------------------------------------------------
def test_in_progress_audit_shows_a_provisional_score_and_no_grade(qtbot, fresh):
    store = fresh("data")
    load_demo(store, seed=2, audits=4)
    audit = _one_answered(store)
    assert audit.status == AuditStatus.IN_PROGRESS
    assert audit.percent == "100" and audit.grade == "A"  # cached, what the list used to show
    page = _page(qtbot, store)
    model = page.model
    row = model.row_of(audit.id)
    score = model.index(row, model.SCORE)
    grade = model.index(row, model.GRADE)
    assert score.data() == "provisional 100.0"
    assert "final when the audit is completed" in score.data(Qt.ItemDataRole.ToolTipRole)
    assert grade.data() == "–"
    grey = score.data(Qt.ItemDataRole.ForegroundRole)
    assert grey is not None and grey.color().name() == "#616e7c"  # muted, never red

    done = next(a for a in store.audits.list() if a.status == AuditStatus.COMPLETED)
    page.reload()
    row = model.row_of(done.id)
    assert model.index(row, model.SCORE).data() == f"{float(done.percent):.1f}"
    assert model.index(row, model.GRADE).data() == done.grade != "–"


# -- an empty list says what to do next -----------------------------------------------------
def test_empty_list_says_what_to_do_next(qtbot, fresh):
    store = fresh("empty")
    page = _page(qtbot, store)
    assert page.model.total == 0 and page.empty_label.isVisible()
    text = page.empty_label.text()
    assert "No audits yet" in text and "import the sites" in text.lower() and "Ctrl+N" in text

    store.sites.upsert_many([Site("SH-001", "Jing'an", "East", "restaurant")])
    page.reload()
    text = page.empty_label.text()
    assert "No audits yet" in text and "Ctrl+N" in text and "sites" not in text
    assert page.empty_label.isVisible()


def test_a_filter_that_hides_everything_says_so(qtbot, fresh):
    store = fresh("data")
    load_demo(store, seed=2, audits=4)
    page = _page(qtbot, store)
    assert page.model.total == 4 and not page.empty_label.isVisible()
    assert page.empty_text() == ""
    page.search.setText("no such audit anywhere")
    qtbot.waitUntil(lambda: page.model.total == 0)
    text = page.empty_label.text()
    assert page.empty_label.isVisible()
    assert "No audit matches the search and filters" in text and "hide 4 audit" in text
    assert "Clear filters" in text
    page.clear_filters()
    assert page.model.total == 4 and not page.empty_label.isVisible()

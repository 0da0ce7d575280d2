"""The main window over a demo data folder (pytest-qt, offscreen)."""

from __future__ import annotations

import pytest

from auditapp.demo import load_demo
from auditapp.services import open_data


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):
    store = open_data(tmp_path_factory.mktemp("gui") / "data", backup=False)
    load_demo(store, seed=5, audits=32)
    yield store
    store.close()


def test_main_window_lists_and_filters(qtbot, demo_store):
    from PySide6.QtCore import Qt

    from auditapp.ui.main_window import MainWindow

    win = MainWindow(demo_store)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    model = win.audit_model
    assert model.rowCount() == 32
    win.status_filter.setCurrentIndex(win.status_filter.findData("in_progress"))
    assert 0 < model.rowCount() < 32
    assert all(model.audit(r).status.value == "in_progress" for r in range(model.rowCount()))
    win.status_filter.setCurrentIndex(0)
    win.search.setText(model.audit(0).site_code)
    assert model.rowCount() >= 1
    win.search.setText("")
    model.sort(4, Qt.SortOrder.DescendingOrder)
    scores = [
        float(model.audit(r).percent) for r in range(model.rowCount()) if model.audit(r).percent
    ]
    assert scores == sorted(scores, reverse=True)
    assert win.site_model.rowCount() == len(demo_store.sites.list())

"""A whole audit with the keyboard alone, from the new-audit dialog to a locked audit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from auditapp.demo import load_demo
from auditapp.services import open_data
from tests.test_gui_runner import RESTAURANT, SKIPPED, answer_with_keys

pytest.importorskip("auditapp.ui.finish")


def _active_dialog(qtbot, cls):
    found = []

    def there() -> bool:
        found[:] = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()
        ]
        return bool(found)

    qtbot.waitUntil(there, timeout=3000)
    return found[0]


def _type(qtbot, widget, text: str) -> None:
    qtbot.keyClicks(widget, text)


def test_keyboard_only_from_new_audit_to_locked(qtbot, tmp_path):
    from auditapp.ui.finish import FinishDialog
    from auditapp.ui.main_window import MainWindow
    from auditapp.ui.pages.new_audit import NewAuditDialog

    store = open_data(tmp_path / "d", backup=False)
    load_demo(store, seed=4, audits=2)
    store.settings.set("profile", {"name": "Li Na", "id": "AUD-9", "alias": "Owl"})
    site = next(s for s in store.sites.list() if s.industry == "restaurant")
    win = MainWindow(store, "en")
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    before = store.audits.count()

    # New audit: Ctrl+N, type the site code in the search field, Enter starts the audit.
    qtbot.keyClick(win, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = _active_dialog(qtbot, NewAuditDialog)
    dialog.site_search.setFocus()
    _type(qtbot, dialog.site_search, site.code)
    assert dialog.site() is not None and dialog.site().code == site.code
    assert dialog.chosen_form().id == RESTAURANT
    dialog.scenario.setFocus()
    _type(qtbot, dialog.scenario, "Lunch for two")
    qtbot.keyClick(dialog.scenario, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: store.audits.count() == before + 1, timeout=3000)
    runner = win.runner_page.runner
    session = win.runner_page.session
    assert (
        session.audit.site_code == site.code and session.audit.context.scenario == "Lunch for two"
    )

    # The runner: every item by keys (photo items get their image through the session,
    # as the strip does after its file dialog, which cannot be driven offscreen).
    runner.activateWindow()
    seen: list[str] = []
    for _ in range(80):
        item_id = runner.current_item_id()
        if item_id in seen:
            break
        seen.append(item_id)
        if item_id != SKIPPED:
            answer_with_keys(qtbot, runner, session.item(item_id))
        if runner.current_item_id() == item_id:  # not moved on by a one-key answer
            qtbot.keyClick(runner, Qt.Key.Key_J)
    while session.result.required_open:
        qtbot.keyClick(runner, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
        answer_with_keys(qtbot, runner, session.item(runner.current_item_id()))
    assert not session.missing()

    # Finish by keys: Ctrl+Enter opens it on the auditor's "Type name instead" (a mystery
    # shop needs no site representative); Space signs with the prefilled name, Enter
    # presses "Complete and lock", Enter confirms.
    qtbot.keyClick(runner, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    finish = _active_dialog(qtbot, FinishDialog)
    from auditapp.ui.finish import SignerBox

    boxes = finish.findChildren(SignerBox)
    assert [b.role for b in boxes] == ["auditor"]
    qtbot.waitUntil(finish.isActiveWindow, timeout=3000)  # it takes the keyboard itself
    qtbot.waitUntil(lambda: finish.focusWidget() is boxes[0].typed, timeout=3000)
    qtbot.keyClick(finish.focusWidget(), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: finish.focusWidget() is finish.complete, timeout=3000)
    qtbot.keyClick(finish.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: finish.focusWidget() is finish.confirm_lock, timeout=3000)
    qtbot.keyClick(finish.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: store.audits.get(session.audit.id).status.value == "completed", timeout=3000
    )

    audit = store.audits.get(session.audit.id)
    answers = store.audits.answers(audit.id)
    timed = {i.id for i in session.form.items() if i.timer}
    assert timed and timed <= set(answers)
    assert {i.id for i in session.form.items() if i.required and session.visible(i.id)} <= set(
        answers
    )
    assert audit.percent and audit.grade
    assert {s.role for s in store.signoff.signatures(audit.id)} == {"auditor"}
    assert store.audits.trail_problems(audit.id) == []
    store.close()

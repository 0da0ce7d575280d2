"""The audit runner (pytest-qt, offscreen): keyboard-only and mouse audits, photos, bad input.

No timing assertions here: the runner's speed is measured by the benchmarks.
"""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage, QInputMethodEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QLineEdit,
    QPlainTextEdit,
)

from auditapp.core.model import ItemType
from auditapp.core.records import Auditor, Site
from auditapp.core.scoring import display_percent
from auditapp.services import open_data
from auditapp.ui.audit_session import AuditSession
from auditapp.ui.runner import AuditRunner
from tests.fill import any_value

RESTAURANT = "restaurant-mystery-visit"
SITE = "SH-001"


@pytest.fixture
def store(tmp_path: Path):
    store = open_data(tmp_path / "d", backup=False)
    store.sites.upsert_many([Site(SITE, "静安店", "East 华东", "restaurant")])
    yield store
    store.close()


def jpeg(path: Path, color=(200, 40, 40), size=(640, 480)) -> Path:
    Image.new("RGB", size, color).save(path, "JPEG")
    return path


def jpeg_bytes(color=(20, 120, 40)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (320, 240), color).save(out, "JPEG")
    return out.getvalue()


def open_runner(qtbot, store, form_id: str = RESTAURANT, lang: str = "en") -> AuditRunner:
    audit = store.audits.create(store.forms.latest_hash(form_id), SITE, Auditor("Li"))
    session = AuditSession(store, audit.id, "Li")
    runner = AuditRunner(session, lang)
    qtbot.addWidget(runner)
    runner.resize(1280, 800)
    runner.show()
    qtbot.waitExposed(runner)
    runner.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return runner


def key(qtbot, runner: AuditRunner, k, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press where the keyboard focus is, as a real keyboard would deliver it."""
    qtbot.keyClick(QApplication.focusWidget() or runner, k, modifier)


def type_text(qtbot, runner: AuditRunner, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget() or runner, text)


def type_ime(runner: AuditRunner, text: str) -> None:
    """Text committed by an input method (how Chinese is typed)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(QApplication.focusWidget() or runner, event)


def drop(widget, mime: QMimeData) -> None:
    """A drag entering ``widget`` and dropping ``mime`` on it (Qt delivers the drop only
    to the widget that accepted the drag)."""
    enter = QDragEnterEvent(
        QPoint(10, 10),  # Qt's drag events take integer points; PySide6 6.11 insists
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def file_mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


# Keyboard answers for the restaurant form, by item type; a few items get other answers
# so that fail + evidence, N/A, skip-and-return and a condition are exercised.
SPECIAL = {
    "staff_appearance": "F",  # a failure: the comment required on failure is typed
    "order_taken": "N",  # not applicable
    "problem_response": "2",  # an answer that shows manager_informed
}
SKIPPED = "farewell"  # passed over at first, reached again with Ctrl+U


def answer_with_keys(qtbot, runner: AuditRunner, item) -> None:
    session = runner.session
    special = SPECIAL.get(item.id)
    if special:
        key(qtbot, runner, getattr(Qt.Key, f"Key_{special}"))
    elif item.type == ItemType.CHECK:
        key(qtbot, runner, Qt.Key.Key_P)
    elif item.type == ItemType.RATING:
        key(qtbot, runner, getattr(Qt.Key, f"Key_{item.scale.max}"))
    elif item.type == ItemType.CHOICE:
        key(qtbot, runner, Qt.Key.Key_1)
    elif item.type == ItemType.MULTI:
        key(qtbot, runner, Qt.Key.Key_1)
        key(qtbot, runner, Qt.Key.Key_2)
    elif item.type == ItemType.NUMBER:  # the number field has the focus already
        type_text(qtbot, runner, "1.5")
    elif item.type == ItemType.DATE:
        type_text(qtbot, runner, "2024-05-01")
    elif item.type == ItemType.TIME:
        type_text(qtbot, runner, "12:30")
    elif item.type == ItemType.TEXT:
        key(qtbot, runner, Qt.Key.Key_E)  # start typing in the text field
        type_text(qtbot, runner, "Young man, badge Zhang; calm and clear.")
        key(qtbot, runner, Qt.Key.Key_Escape)  # leave the field: saved
    elif item.type in (ItemType.PHOTO, ItemType.SIGNATURE):
        if item.type == ItemType.SIGNATURE:
            key(qtbot, runner, Qt.Key.Key_E)  # enter the name field (letters are keys)
            type_text(qtbot, runner, "Wang Fang")
        # A file dialog cannot be driven offscreen, so the image arrives through the
        # session, exactly as the strip's "Add…" does after the dialog.
        assert session.add_photo(item.id, jpeg_bytes(), name="evidence.jpg")
    if item.type in (ItemType.NUMBER, ItemType.DATE, ItemType.TIME, ItemType.SIGNATURE):
        key(qtbot, runner, Qt.Key.Key_Escape)  # leave the field (saves it) ...
    if "comment" in session.evidence_missing(item.id):
        key(qtbot, runner, Qt.Key.Key_C)
        type_text(qtbot, runner, "Seen by the shopper at table 4.")
        key(qtbot, runner, Qt.Key.Key_Escape)
    if "photo" in session.evidence_missing(item.id):
        assert session.add_photo(item.id, jpeg_bytes(), name="evidence.jpg")


def test_whole_audit_by_keyboard_alone(qtbot, store):
    runner = open_runner(qtbot, store)
    session = runner.session
    assert runner.current_item_id() == "visit_date"
    seen: list[str] = []
    for _ in range(60):
        item_id = runner.current_item_id()
        if item_id in seen:
            break  # the last item: Down keeps us there
        seen.append(item_id)
        if item_id != SKIPPED:
            answer_with_keys(qtbot, runner, session.item(item_id))
        if runner.current_item_id() == item_id:  # not moved on by a one-key answer
            # next item: J, Down or Enter (all three are used)
            key(qtbot, runner, (Qt.Key.Key_J, Qt.Key.Key_Down, Qt.Key.Key_Return)[len(seen) % 3])
        qtbot.wait(1)  # let the event loop run between keys, as it does for a person
        assert runner.isActiveWindow()
    assert "manager_informed" in seen  # appeared after problem_response was answered
    assert "receipt_photo" in seen
    assert session.result.required_open == ("farewell",)
    assert "1 required open" in runner.open_label.text()
    key(qtbot, runner, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert runner.current_item_id() == SKIPPED
    key(qtbot, runner, Qt.Key.Key_P)
    assert session.result.required_open == ()
    assert runner.open_label.text() == "All required answered"

    # sections: back to the first one, then the next, then finish with Ctrl+Enter
    for _ in range(len(session.form.sections)):
        key(qtbot, runner, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert runner.current_item_id() == "visit_date"
    key(qtbot, runner, Qt.Key.Key_PageDown)
    assert runner.current_item_id() == "door_welcome"
    with qtbot.waitSignal(runner.finish_requested, timeout=1000):
        key(qtbot, runner, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    answers = store.audits.answers(session.audit.id)
    assert answers["visit_date"].value == "2024-05-01"
    assert answers["arrival_time"].value == "12:30"
    assert answers["staff_description"].value == "Young man, badge Zhang; calm and clear."
    assert answers["greet_time"].value == Decimal("1.5")
    assert answers["staff_appearance"].value == "fail"
    assert answers["staff_appearance"].comment == "Seen by the shopper at table 4."
    assert answers["order_taken"].na
    assert answers["menu_knowledge"].value == 5
    assert answers["allergen_handling"].value == "checked_kitchen"
    assert answers["attentiveness"].value == ("checked_back", "refilled_drinks")
    assert answers["problem_response"].value == "remedied_without_apology"
    assert answers["manager_informed"].value == "pass"
    assert answers["farewell"].value == "pass"
    assert answers["receipt_photo"].photo_count == 1
    assert answers["visit_summary"].value == answers["staff_description"].value
    stored = store.audits.score(session.audit.id)
    assert stored.percent == session.result.percent is not None
    assert display_percent(stored.percent) in runner.score_label.text()
    assert stored.grade.grade in runner.grade_label.text()
    assert session.missing() == []
    assert store.audits.trail_problems(session.audit.id) == []


def test_mouse_clicks_drop_and_paste(qtbot, store, tmp_path, monkeypatch):
    runner = open_runner(qtbot, store)
    session = runner.session
    audit_id = session.audit.id
    runner.go_to_item("door_welcome")
    qtbot.mouseClick(runner._panel.editor.buttons["fail"], Qt.MouseButton.LeftButton)
    assert session.answer("door_welcome").value == "fail"
    assert runner._panel.evidence.isVisible()
    assert "Comment required on failure" in runner._panel.evidence.text()
    qtbot.mouseClick(runner._panel.editor.buttons["pass"], Qt.MouseButton.LeftButton)
    assert session.answer("door_welcome").value == "pass"
    assert not runner._panel.evidence.isVisible()
    assert runner.navigator.rows["door_welcome"].text(1) == "✓"

    # next by the button; a rating tile; an option row; a multi checkbox; N/A button
    next_button = next(
        b for b in runner.findChildren(type(runner.finish_button)) if "Next ▶" in b.text()
    )
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert runner.current_item_id() == "greet_time"
    runner.go_to_item("menu_knowledge")
    qtbot.mouseClick(runner._panel.editor.buttons[4], Qt.MouseButton.LeftButton)
    assert session.answer("menu_knowledge").value == 4
    runner.go_to_item("allergen_handling")
    qtbot.mouseClick(runner._panel.editor.rows[1].label, Qt.MouseButton.LeftButton)
    assert session.answer("allergen_handling").value == "answered_from_knowledge"
    qtbot.mouseClick(runner._panel.na_button, Qt.MouseButton.LeftButton)
    assert session.answer("allergen_handling").na
    runner.go_to_item("attentiveness")
    qtbot.mouseClick(runner._panel.editor.rows[2].key, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(runner._panel.editor.rows[0].key, Qt.MouseButton.LeftButton)
    assert session.answer("attentiveness").value == ("checked_back", "cleared_plates")

    # a failed item needing photo evidence: the photo is dropped on the item panel
    runner.go_to_item("dining_clean")
    qtbot.mouseClick(runner._panel.editor.buttons["fail"], Qt.MouseButton.LeftButton)
    assert "Photo required on failure" in runner._panel.evidence.text()
    drop(runner._panel, file_mime(jpeg(tmp_path / "table.jpg")))
    assert len(session.photos("dining_clean")) == 1
    assert runner._panel.photos.list.count() == 1
    assert "Photo" not in runner._panel.evidence.text()
    # a pasted image (clipboard) goes to the current item with Ctrl+V outside text fields
    QApplication.clipboard().setImage(QImage(str(tmp_path / "table.jpg")))
    runner._panel.setFocus()
    qtbot.keyClick(runner._panel, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(session.photos("dining_clean")) == 2
    # a caption, then remove and undo with the strip's buttons
    strip = runner._panel.photos
    strip.list.setCurrentRow(0)
    strip.caption.setFocus()
    strip.caption.setText("Crumbs on the chair")
    runner._panel.setFocus()  # leaving the caption field saves it
    assert session.photos("dining_clean")[0].caption == "Crumbs on the chair"
    qtbot.mouseClick(strip.remove_button, Qt.MouseButton.LeftButton)
    assert len(session.photos("dining_clean")) == 1
    assert runner.photo_panel.list.count() == 1  # one photo panel, showing the item's photos
    qtbot.mouseClick(strip.undo_button, Qt.MouseButton.LeftButton)
    assert len(session.photos("dining_clean")) == 2
    # double-click: large preview
    rect = strip.list.visualItemRect(strip.list.item(0))
    qtbot.mouseClick(strip.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(strip.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert strip.preview is not None and strip.preview.isVisible()
    strip.preview.close()
    # Delete in the thumbnails removes, Ctrl+Z brings it back
    strip.list.setFocus()
    qtbot.keyClick(strip.list, Qt.Key.Key_Delete)
    assert len(session.photos("dining_clean")) == 1
    qtbot.keyClick(strip.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(session.photos("dining_clean")) == 2
    # "Add…" with the file dialog answered (a native dialog cannot run offscreen)
    picked = jpeg(tmp_path / "picked.jpg", (90, 90, 90))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(picked)], ""))
    )
    qtbot.mouseClick(strip.add_button, Qt.MouseButton.LeftButton)
    assert len(session.photos("dining_clean")) == 3
    # a photo for the whole audit: the same panel switched to "Whole audit", then a drop
    assert runner.photo_panel.whole_audit.isVisible()
    qtbot.mouseClick(runner.photo_panel.whole_audit, Qt.MouseButton.LeftButton)
    assert runner.photo_panel.item_id is None
    drop(runner.photo_panel, file_mime(jpeg(tmp_path / "front.jpg", (10, 10, 200))))
    assert [p.item_id for p in session.photos()].count(None) == 1
    assert runner.photo_panel.list.count() == 4
    # touch targets: every visible button is at least 40 px high
    buttons = [b for b in runner.findChildren(QAbstractButton) if b.isVisible()]
    assert buttons and all(b.height() >= 40 for b in buttons), [
        (b.text(), b.height()) for b in buttons if b.height() < 40
    ]

    # a navigator click shows the item
    runner.navigator.setCurrentItem(runner.navigator.rows["bill_correct"])
    assert runner.current_item_id() == "bill_correct"
    assert store.audits.trail_problems(audit_id) == []


def test_number_rejects_text_and_keeps_the_saved_value(qtbot, store):
    runner = open_runner(qtbot, store)
    session = runner.session
    runner.go_to_item("greet_time")
    type_text(qtbot, runner, "1.5")
    key(qtbot, runner, Qt.Key.Key_Return)
    assert runner.current_item_id() == "staff_appearance"
    key(qtbot, runner, Qt.Key.Key_Up)
    assert runner.current_item_id() == "greet_time"
    field = runner._panel.editor.edit
    assert QApplication.focusWidget() is field and field.text() == "1.5"
    type_text(qtbot, runner, "1..5")  # replaces the selected text (letters are keys here)
    key(qtbot, runner, Qt.Key.Key_Return)
    assert runner.current_item_id() == "greet_time"  # refused input keeps us here
    # the message names the item as the auditor sees it, not by its id
    assert runner.error_text().startswith("2.2 ")
    assert "takes a number" in runner.error_text()
    assert "greet_time" not in runner.error_text()
    assert runner.error_label.isVisible()
    assert field.text() == "1..5" and field.property("invalid") == "true"
    assert session.answer("greet_time").value == Decimal("1.5")
    assert store.audits.answers(session.audit.id)["greet_time"].value == Decimal("1.5")
    field.selectAll()
    type_text(qtbot, runner, "1,75")  # a decimal comma is fine
    key(qtbot, runner, Qt.Key.Key_Return)
    assert runner.current_item_id() == "staff_appearance"
    assert runner.error_text() == ""
    assert session.answer("greet_time").value == Decimal("1.75")


def test_large_non_image_drop_is_refused_with_a_message(qtbot, store, tmp_path):
    runner = open_runner(qtbot, store)
    session = runner.session
    runner.go_to_item("receipt_given")
    bogus = tmp_path / "receipt.jpg"
    with bogus.open("wb") as f:
        f.truncate(50 * 1024 * 1024)  # 50 MB of zeros: not an image
    runner.go_to_item("dining_clean")
    drop(runner._panel, file_mime(bogus))
    assert "not a photo" in runner.error_text()
    assert session.photos() == []
    assert store.db.execute("SELECT COUNT(*) FROM photos").fetchone()[0] == 0
    # a damaged JPEG too
    damaged = tmp_path / "damaged.jpg"
    damaged.write_bytes(jpeg(tmp_path / "ok.jpg").read_bytes()[:600])
    drop(runner._panel.photos, file_mime(damaged))
    assert "damaged" in runner.error_text() or "not a photo" in runner.error_text()
    assert session.photos() == []
    assert runner.current_item_id() == "dining_clean"


def test_long_comment_with_emoji_is_stored_intact(qtbot, store):
    runner = open_runner(qtbot, store)
    session = runner.session
    runner.go_to_item("door_welcome")
    text = ("服务热情 👍🏽 Staff 😀 were quick; " * 400)[:9_990] + "end 🎉\n✓"
    assert len(text) >= 10_000 - 10
    key(qtbot, runner, Qt.Key.Key_C)
    assert isinstance(QApplication.focusWidget(), QPlainTextEdit)
    # setText, not setMimeData: the clipboard takes ownership of a QMimeData, and a Python
    # reference to it would be freed a second time when the interpreter exits (a crash).
    QApplication.clipboard().setText(text)
    key(qtbot, runner, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)  # pasted as text
    key(qtbot, runner, Qt.Key.Key_Escape)
    assert session.photos() == []  # Ctrl+V in a text field pastes text, not a photo
    assert store.audits.answers(session.audit.id)["door_welcome"].comment == text
    key(qtbot, runner, Qt.Key.Key_Down)
    runner.go_to_item("door_welcome")
    assert runner._panel.comment.toPlainText() == text


def test_stopwatch_writes_the_value_in_the_item_unit(qtbot, store):
    runner = open_runner(qtbot, store)
    session = runner.session
    now = [1000.0]
    runner.clock = lambda: now[0]
    runner.go_to_item("greet_time")  # unit: min
    key(qtbot, runner, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)  # start
    now[0] += 95
    assert "timer" in runner.navigator.rows["greet_time"].text(1)
    key(qtbot, runner, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)  # stop: written
    assert session.answer("greet_time").value == Decimal("1.583")
    assert runner._panel.editor.edit.text() == "1.583"
    # the running stopwatch survives moving to another item and back
    key(qtbot, runner, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # reset
    qtbot.mouseClick(runner._panel.editor.stopwatch.start_button, Qt.MouseButton.LeftButton)
    runner.go_to_item("door_welcome")
    now[0] += 30
    runner.go_to_item("greet_time")
    qtbot.mouseClick(runner._panel.editor.stopwatch.start_button, Qt.MouseButton.LeftButton)
    assert session.answer("greet_time").value == Decimal("0.5")
    # the value can still be typed
    runner._panel.focus_input()
    type_text(qtbot, runner, "3")
    key(qtbot, runner, Qt.Key.Key_Escape)
    assert session.answer("greet_time").value == Decimal("3")


def test_conditional_item_appears_after_its_trigger(qtbot, store):
    runner = open_runner(qtbot, store)
    row = runner.navigator.rows["manager_informed"]
    assert row.isHidden()
    runner.go_to_item("problem_response")
    key(qtbot, runner, Qt.Key.Key_1)
    assert not row.isHidden()
    key(qtbot, runner, Qt.Key.Key_C)
    type_text(qtbot, runner, "Apologised and replaced the dish.")
    key(qtbot, runner, Qt.Key.Key_Escape)
    key(qtbot, runner, Qt.Key.Key_Down)
    assert runner.current_item_id() == "manager_informed"
    key(qtbot, runner, Qt.Key.Key_Up)
    key(qtbot, runner, Qt.Key.Key_N)  # N/A hides it again, and moves on past it
    assert row.isHidden()
    assert runner.current_item_id() == "dining_clean"


def test_single_keys_type_in_text_fields(qtbot, store):
    runner = open_runner(qtbot, store)
    session = runner.session
    runner.go_to_item("door_welcome")
    key(qtbot, runner, Qt.Key.Key_C)
    type_text(qtbot, runner, "PF1 jk N")
    assert session.answer("door_welcome") is None  # nothing answered by the letters
    key(qtbot, runner, Qt.Key.Key_Escape)
    assert session.answer("door_welcome").comment == "PF1 jk N"
    assert session.answer("door_welcome").value is None
    key(qtbot, runner, Qt.Key.Key_P)
    assert session.answer("door_welcome").value == "pass"


@pytest.mark.parametrize("form_id", ["retail-store-inspection", "telecom-home-installation"])
def test_every_item_type_shows_in_chinese(qtbot, store, form_id):
    runner = open_runner(qtbot, store, form_id, lang="zh")
    for item in runner.session.form.items():
        runner.go_to_item(item.id)
        assert runner.current_item_id() == item.id
        assert runner._panel.prompt.text() == item.prompt.zh
    sig = next(i for i in runner.session.form.items() if i.type == ItemType.SIGNATURE)
    runner.go_to_item(sig.id)
    assert not isinstance(QApplication.focusWidget(), QLineEdit)  # letters are keys here
    key(qtbot, runner, Qt.Key.Key_E)  # E enters the name field
    assert isinstance(QApplication.focusWidget(), QLineEdit)
    type_ime(runner, "王芳")
    key(qtbot, runner, Qt.Key.Key_Escape)
    assert runner.session.answer(sig.id).value == "王芳"
    assert not runner.session.item_result(sig.id).answered  # the drawing is still missing
    assert runner.session.add_photo(sig.id, jpeg_bytes(), name="signature.png")
    assert runner.session.item_result(sig.id).answered


def test_locked_audit_is_read_only(qtbot, store):
    runner = open_runner(qtbot, store)
    session = runner.session
    runner.go_to_item("door_welcome")
    key(qtbot, runner, Qt.Key.Key_P)
    assert not runner.banner.isVisible()
    # answer everything required directly, then complete: the runner follows the status
    for item in session.form.items():
        if session.visible(item.id) and item.id in session.result.required_open:
            if item.type == ItemType.PHOTO:
                session.add_photo(item.id, jpeg_bytes(), name="x.jpg")
            elif item.allow_na:
                session.set_na(item.id, True)
            else:
                session.set_value(
                    item.id,
                    any_value(item),
                )
            if "comment" in session.evidence_missing(item.id):
                session.set_comment(item.id, "seen")
    session.set_comment("door_welcome", "Greeted at once by the host.")
    dining = session.photos("dining_clean")
    assert session.add_photo("dining_clean", jpeg_bytes(), name="table.jpg")
    from auditapp.ui.signature_pad import SignaturePad

    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.type_name("Li Na")
    assert session.sign("auditor", "Li Na", pad.to_png())
    assert session.complete()
    runner.go_to_item("door_welcome")
    assert runner.banner.isVisible()
    # no greyed-out editing controls: the answer, the comment and Reopen instead
    panel = runner._panel
    assert not panel.editor.isVisible()
    assert not panel.comment.isVisible()
    assert not panel.clear_button.isVisible()
    disabled = [
        b.text()
        for b in runner.findChildren(QAbstractButton)
        if b.isVisible() and not b.isEnabled()
    ]
    assert disabled == [], disabled
    assert panel.answer_view.isVisible() and "Pass" in panel.answer_view.text()
    assert panel.comment_view.isVisible()
    assert panel.comment_view.text() == "Greeted at once by the host."
    assert runner.reopen_button.isVisible()
    assert not runner.finish_button.isVisible()
    assert not runner.provisional_label.isVisible()  # the score is final now
    assert runner.signatures_box.isVisible()
    assert "Auditor: Li Na, signed " in runner.signatures_box.text()
    # the legend lists only the keys that still work: moving, not answering
    legend = runner.legend.text().replace("&nbsp;", " ")
    assert "next item" in legend and "reopen it" in legend and "pass / fail" not in legend
    key(qtbot, runner, Qt.Key.Key_F)
    assert session.answer("door_welcome").value == "pass"
    # the evidence: the item's photos are shown (without add or remove buttons)
    runner.go_to_item("dining_clean")
    assert runner.photo_panel.list.count() == len(dining) + 1
    assert not runner.photo_panel.add_button.isVisible()
    assert not runner.photo_panel.remove_button.isVisible()
    assert runner.photo_panel.view_button.isVisible()
    with qtbot.waitSignal(runner.reopen_requested, timeout=1000):
        qtbot.mouseClick(runner.reopen_button, Qt.MouseButton.LeftButton)

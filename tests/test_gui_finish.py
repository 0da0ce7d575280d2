"""Finishing an audit: signature pad, missing check, corrective actions, lock, reopen."""

from __future__ import annotations

import io
import random
from datetime import date, timedelta
from fractions import Fraction

import pytest
from PIL import Image
from PySide6.QtCore import QDate, QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QInputDevice, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from auditapp.core.model import Item, ItemType
from auditapp.core.records import Auditor
from auditapp.demo import build_sites
from auditapp.services import open_data
from auditapp.store import trail
from auditapp.ui.audit_session import AuditSession
from auditapp.ui.finish import FinishDialog, ReopenDialog
from auditapp.ui.signature_pad import CANVAS, SignaturePad

FORM = "restaurant-mystery-visit"
FAIL = ("door_welcome", "dining_clean")  # comment required on failure; photo too for the second


@pytest.fixture
def store(tmp_path):
    s = open_data(tmp_path / "d", backup=False)
    yield s
    s.close()


def _png(color: tuple[int, int, int] = (200, 120, 40)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), color).save(out, "PNG")
    return out.getvalue()


def _session(store) -> AuditSession:
    site = next(s for s in store.sites.list() if s.industry == "restaurant")
    audit = store.audits.create(store.forms.latest_hash(FORM), site.code, Auditor("Li Na"))
    return AuditSession(store, audit.id, "Li Na")


@pytest.fixture
def session(store):
    store.sites.upsert_many(build_sites(random.Random(1), ["restaurant"]))
    return _session(store)


def _number(item: Item) -> str:
    band = item.rule or max(item.bands, key=lambda b: b.score)
    value = band.max if band.max is not None else band.min
    value = Fraction(value if value is not None else 1)
    return str(value.numerator) if value.denominator == 1 else str(float(value))


def _answer(session: AuditSession, item: Item) -> None:
    t = item.type
    if t == ItemType.PHOTO:
        assert session.add_photo(item.id, _png(), "photo.png")
        return
    if t == ItemType.CHECK:
        raw: object = "fail" if item.id in FAIL else "pass"
    elif t == ItemType.RATING:
        raw = item.scale.max
    elif t == ItemType.CHOICE:
        raw = max(item.options, key=lambda o: o.points).id
    elif t == ItemType.MULTI:
        raw = [o.id for o in item.options if o.points > 0] or [item.options[0].id]
    elif t == ItemType.NUMBER:
        raw = _number(item)
    elif t == ItemType.DATE:
        raw = date.today().isoformat()
    elif t == ItemType.TIME:
        raw = "12:30"
    elif t == ItemType.SIGNATURE:
        raw = "Wang Fang"
    else:
        raw = "Calm and clear"
    assert session.set_value(item.id, raw)
    if t == ItemType.SIGNATURE:
        assert session.add_photo(item.id, _png((10, 10, 10)), "signature.png")


def _answer_all(session: AuditSession, stop_before: str | None = None) -> None:
    """Answer every visible item (``FAIL`` ones failed) with the evidence its rules ask."""
    for _ in range(4):  # answers can reveal conditional items
        for item in session.visible_items():
            if item.id == stop_before:
                return
            if not session.item_result(item.id).answered:
                _answer(session, item)
    for m in session.missing():
        if m.reason == "photo":
            assert session.add_photo(m.item_id, _png((90, 90, 90)), "evidence.png")
        elif m.reason == "comment":
            assert session.set_comment(m.item_id, "Seen on the visit")


def _draw(qtbot, pad: SignaturePad, wave: int = 1) -> None:
    r = pad.rect()
    points = [
        QPoint(
            int(r.width() * (0.1 + 0.8 * i / 30)),
            int(r.height() * (0.5 + 0.25 * (-1) ** (i // wave) * ((i % 4) / 4))),
        )
        for i in range(31)
    ]
    with qtbot.waitSignal(pad.changed, timeout=1000):
        QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[0])
        for p in points[1:]:
            QTest.mouseMove(pad, p)
        QTest.mouseRelease(
            pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[-1]
        )


def _ink_box(png: bytes) -> tuple[int, int, int, int] | None:
    image = Image.open(io.BytesIO(png))
    image.load()
    assert image.format == "PNG"
    assert image.size == (CANVAS.width(), CANVAS.height())
    assert image.mode == "RGBA"
    return image.getchannel("A").getbbox()


def _pad(qtbot) -> SignaturePad:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(500, 200)
    pad.show()
    qtbot.waitExposed(pad)
    return pad


# -- signature pad -----------------------------------------------------------------------
def test_pad_draws_with_the_mouse_exports_png_and_clears(qtbot):
    pad = _pad(qtbot)
    assert pad.is_empty()
    assert _ink_box(pad.to_png()) is None  # transparent background, nothing drawn
    _draw(qtbot, pad)
    assert not pad.is_empty()
    png = pad.to_png()
    box = _ink_box(png)
    assert box is not None and box[2] - box[0] > CANVAS.width() // 2
    assert Image.open(io.BytesIO(png)).getpixel((0, 0))[3] == 0
    with qtbot.waitSignal(pad.changed, timeout=1000):
        pad.clear()
    assert pad.is_empty()
    assert _ink_box(pad.to_png()) is None


def test_pad_drawing_keeps_its_size_when_the_pad_is_resized(qtbot):
    pad = _pad(qtbot)
    _draw(qtbot, pad)
    before = pad.to_png()
    pad.resize(900, 340)
    qtbot.wait(10)
    assert pad.to_png() == before
    assert pad.minimumWidth() >= 400 and pad.minimumHeight() >= 150


def test_pad_takes_pen_and_touch_input(qtbot):
    pad = _pad(qtbot)
    pen = QPointingDevice(
        "test pen",
        7001,
        QInputDevice.DeviceType.Stylus,
        QPointingDevice.PointerType.Pen,
        QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
        1,
        2,
    )

    def tablet(kind: QEvent.Type, x: float, pressure: float) -> None:
        pos = QPointF(x, 100)
        event = QTabletEvent(
            kind,
            pen,
            pos,
            QPointF(pad.mapToGlobal(pos)),
            pressure,
            0,
            0,
            0,
            0,
            0,
            Qt.KeyboardModifier.NoModifier,
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton
            if kind != QEvent.Type.TabletRelease
            else Qt.MouseButton.NoButton,
        )
        QApplication.sendEvent(pad, event)

    with qtbot.waitSignal(pad.changed, timeout=1000):
        tablet(QEvent.Type.TabletPress, 60, 0.2)
        for i in range(1, 20):
            tablet(QEvent.Type.TabletMove, 60 + i * 18, 0.2 + i * 0.04)
        tablet(QEvent.Type.TabletRelease, 420, 0.0)
    assert not pad.is_empty()
    pen_box = _ink_box(pad.to_png())
    assert pen_box is not None
    pad.clear()

    touch = QTest.createTouchDevice()
    with qtbot.waitSignal(pad.changed, timeout=1000):
        QTest.touchEvent(pad, touch).press(0, QPoint(80, 60)).commit()
        for i in range(1, 15):
            QTest.touchEvent(pad, touch).move(0, QPoint(80 + i * 20, 60 + (i % 3) * 20)).commit()
        QTest.touchEvent(pad, touch).release(0, QPoint(380, 100)).commit()
    assert _ink_box(pad.to_png()) is not None


def test_pad_typed_name_and_loaded_png(qtbot):
    pad = _pad(qtbot)
    pad.type_name("Li Na")
    assert not pad.is_empty() and _ink_box(pad.to_png()) is not None
    other = _pad(qtbot)
    assert not other.load_png(b"not an image")
    assert other.load_png(pad.to_png())
    assert _ink_box(other.to_png()) is not None


# -- finishing dialog ---------------------------------------------------------------------
def _dialog(qtbot, session: AuditSession, lang: str = "en") -> FinishDialog:
    dlg = FinishDialog(session, lang)
    qtbot.addWidget(dlg)
    dlg.resize(1280, 800)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow, timeout=2000)
    return dlg


def test_missing_list_jumps_to_the_item(qtbot, session):
    dlg = _dialog(qtbot, session)
    missing = session.missing()
    assert missing and all(m.reason == "unanswered" for m in missing)
    assert dlg.missing_list.count() == len(missing)
    texts = [dlg.missing_list.item(r).text() for r in range(dlg.missing_list.count())]
    prompt = session.item("greet_time").prompt.en[:30]
    row = next(r for r, t in enumerate(texts) if prompt in t)
    assert texts[row].startswith("Item 2.2 '") and texts[row].endswith(": unanswered")
    assert not dlg.complete.isEnabled()

    rect = dlg.missing_list.visualItemRect(dlg.missing_list.item(row))
    with qtbot.waitSignal(dlg.jump_requested, timeout=1000) as jumped:
        QTest.mouseClick(
            dlg.missing_list.viewport(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            rect.center(),
        )
    assert jumped.args == ["greet_time"]
    assert dlg.result() == QDialog.DialogCode.Rejected and not dlg.isVisible()


def test_missing_list_in_chinese_uses_the_form_texts(qtbot, session):
    dlg = _dialog(qtbot, session, "zh")
    texts = [dlg.missing_list.item(r).text() for r in range(dlg.missing_list.count())]
    assert any(session.item("greet_time").prompt.zh[:10] in t for t in texts)


def test_completing_is_refused_while_something_is_missing(qtbot, session):
    _answer_all(session, stop_before="bill_time")
    dlg = _dialog(qtbot, session)
    _draw(qtbot, dlg.auditor.pad)
    assert dlg.site_rep is None  # a mystery shop: the auditor alone signs
    assert dlg.missing_list.count() > 0
    assert not dlg.complete.isEnabled()
    assert "open points" in dlg.hint.text()
    QTest.mouseClick(dlg.complete, Qt.MouseButton.LeftButton)
    dlg._complete()  # even if triggered some other way
    assert session.store.audits.get(session.audit.id).status.value == "in_progress"
    assert session.signatures() == []
    # A refusal from the store shows in the dialog; drawings and names stay.
    session.error.emit("audit cannot be completed yet: bill_time (unanswered)")
    assert dlg.error.isVisible() and "bill_time" in dlg.error.text()
    assert not dlg.auditor.pad.is_empty() and dlg.auditor.name.text() == "Li Na"


def test_missing_evidence_is_listed_and_the_list_follows_the_session(qtbot, session):
    _answer_all(session)
    assert session.set_comment("door_welcome", "")
    dlg = _dialog(qtbot, session)
    texts = [dlg.missing_list.item(r).text() for r in range(dlg.missing_list.count())]
    assert texts == [f"Item 2.1 '{session.item('door_welcome').prompt.en}': comment required"]
    assert session.set_comment("door_welcome", "Nobody looked up")
    assert dlg.missing_list.count() == 0


def _lock(qtbot, dlg: FinishDialog) -> None:
    """Press "Complete and lock", then confirm."""
    QTest.mouseClick(dlg.complete, Qt.MouseButton.LeftButton)
    assert not dlg.confirm.isHidden() and dlg.focusWidget() is dlg.confirm_lock
    QTest.mouseClick(dlg.confirm_lock, Qt.MouseButton.LeftButton)


def test_actions_signatures_and_lock(qtbot, session):
    store = session.store
    _answer_all(session)
    assert session.missing() == []
    dlg = _dialog(qtbot, session)
    assert set(dlg.editors) == set(FAIL) == set(dlg.failed_items())
    assert dlg.auditor.name.text() == "Li Na"
    assert not dlg.complete.isEnabled()  # nobody has signed yet

    editor = dlg.editors["door_welcome"]
    assert editor.due.date() == QDate.currentDate().addDays(14)
    assert not editor.add.isEnabled()
    qtbot.keyClicks(editor.what, "Greet every guest at the door")
    qtbot.keyClicks(editor.owner, "Wang Fang")
    QTest.mouseClick(editor.add, Qt.MouseButton.LeftButton)
    due = (date.today() + timedelta(days=14)).isoformat()
    (action,) = store.signoff.actions(session.audit.id)
    assert (action.item_id, action.what, action.owner, action.due_date) == (
        "door_welcome",
        "Greet every guest at the door",
        "Wang Fang",
        due,
    )
    assert editor.what.text() == "" and [a.what for a in editor.recorded()] == [
        "Greet every guest at the door"
    ]

    _draw(qtbot, dlg.auditor.pad)
    assert dlg.complete.isEnabled(), dlg.hint.text()

    # Enter in the owner field adds the action; it never presses "Complete and lock".
    other = dlg.editors["dining_clean"]
    qtbot.keyClicks(other.what, "Wipe tables between guests")
    qtbot.keyClicks(other.owner, "Zhang Wei")
    QTest.keyClick(other.owner, Qt.Key.Key_Return)
    assert len(store.signoff.actions(session.audit.id)) == 2
    assert dlg.isVisible() and not session.locked
    # Typed but not added: saved on completion rather than lost.
    qtbot.keyClicks(editor.what, "Check the door every 10 minutes")
    editor.owner.clear()
    qtbot.keyClicks(editor.owner, "Zhang Wei")
    _lock(qtbot, dlg)

    assert dlg.result() == QDialog.DialogCode.Accepted, dlg.error.text()
    audit = store.audits.get(session.audit.id)
    assert audit.status.value == "completed" and session.locked
    actions = store.signoff.actions(audit.id)
    assert [(a.item_id, a.what, a.owner) for a in actions] == [
        ("door_welcome", "Greet every guest at the door", "Wang Fang"),
        ("dining_clean", "Wipe tables between guests", "Zhang Wei"),
        ("door_welcome", "Check the door every 10 minutes", "Zhang Wei"),
    ]
    sigs = {s.role: s for s in store.signoff.signatures(audit.id)}
    assert {r: s.name for r, s in sigs.items()} == {"auditor": "Li Na"}
    for sig in sigs.values():
        assert _ink_box(session.signature_file(sig).read_bytes()) is not None
    assert store.audits.trail_problems(audit.id) == []


def test_stored_signatures_are_shown_and_not_signed_twice(qtbot, session):
    _answer_all(session)
    pad = _pad(qtbot)
    pad.type_name("Shopper Li")
    assert session.sign("auditor", "Shopper Li", pad.to_png())
    dlg = _dialog(qtbot, session)
    assert dlg.auditor.name.text() == "Shopper Li"
    assert not dlg.auditor.pad.is_empty() and not dlg.auditor.dirty
    assert dlg.auditor.stored.text().startswith("Drawn ")
    assert dlg.complete.isEnabled(), dlg.hint.text()
    _lock(qtbot, dlg)
    assert dlg.result() == QDialog.DialogCode.Accepted
    entries = trail.entries(session.store.db, session.audit.id)
    assert sum(e.action == "signature" for e in entries) == 1


# -- reopening -----------------------------------------------------------------------------
def test_reopen_needs_a_reason_and_makes_a_new_revision(qtbot, session):
    store = session.store
    _answer_all(session)
    pad = _pad(qtbot)
    _draw(qtbot, pad)
    assert session.sign("auditor", "Li Na", pad.to_png())
    assert session.complete()

    dlg = ReopenDialog(session)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    assert not dlg.reopen.isEnabled()
    QTest.mouseClick(dlg.reopen, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dlg.reason, "   ")
    assert not dlg.reopen.isEnabled()
    dlg._reopen()  # even if triggered some other way
    assert dlg.error.isVisible()
    audit = store.audits.get(session.audit.id)
    assert (audit.status.value, audit.revision) == ("completed", 1)

    dlg.reason.clear()
    qtbot.keyClicks(dlg.reason, "Receipt photo belonged to another visit")
    assert dlg.reopen.isEnabled()
    QTest.mouseClick(dlg.reopen, Qt.MouseButton.LeftButton)
    assert dlg.result() == QDialog.DialogCode.Accepted
    audit = store.audits.get(audit.id)
    assert (audit.status.value, audit.revision) == ("in_progress", 2)
    assert store.signoff.signatures(audit.id) == [] and session.signatures() == []
    reopen = [e for e in trail.entries(store.db, audit.id) if e.action == "reopen"]
    assert "Receipt photo belonged to another visit" in reopen[-1].new
    assert store.audits.trail_problems(audit.id) == []


# -- sign-off rules and keyboard-only finishing ------------------------------------------
def _press(qtbot, dlg: FinishDialog, key: Qt.Key) -> None:
    """One key press on whatever has the keyboard focus, as a user would."""
    focus = QApplication.focusWidget()
    assert focus is not None and (focus is dlg or dlg.isAncestorOf(focus)), focus
    QTest.keyClick(focus, key)


def _strict_session(store, **settings) -> AuditSession:
    """An audit on the restaurant form changed by ``settings`` (e.g. actions_required)."""
    from auditapp.core import form_from_data, form_to_data

    data = form_to_data(store.forms.get(store.forms.latest_hash(FORM)))
    data.update(settings, id="restaurant-strict-visit")
    digest = store.forms.install(form_from_data(data))
    site = next(s for s in store.sites.list() if s.industry == "restaurant")
    audit = store.audits.create(digest, site.code, Auditor("Li Na", "AUD-1", "Shopper Q"))
    return AuditSession(store, audit.id, "Li Na")


def test_a_mystery_shop_is_finished_by_keys_alone_without_a_site_signature(qtbot, store):
    store.sites.upsert_many(build_sites(random.Random(1), ["restaurant"]))
    site = next(s for s in store.sites.list() if s.industry == "restaurant")
    audit = store.audits.create(
        store.forms.latest_hash(FORM), site.code, Auditor("Wang Fang", "AUD-042", "Shopper Q")
    )
    session = AuditSession(store, audit.id, "Wang Fang")
    _answer_all(session)
    for item_id in FAIL:
        assert session.add_action(item_id, "Retrain", "Zhou", "2030-01-31")
    dlg = _dialog(qtbot, session)
    assert dlg.site_rep is None and [b.role for b in dlg.signers] == ["auditor"]
    # The typed signature is prefilled with the name the report shows: the alias.
    assert dlg.auditor.name.text() == "Shopper Q"
    assert dlg.focusWidget() is dlg.auditor.typed
    keys = [Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Return]
    _press(qtbot, dlg, keys[0])  # "Type name instead"
    assert not dlg.auditor.pad.is_empty() and dlg.focusWidget() is dlg.complete
    _press(qtbot, dlg, keys[1])  # "Complete and lock"
    assert dlg.focusWidget() is dlg.confirm_lock and not session.locked
    _press(qtbot, dlg, keys[2])  # "Lock the audit"
    assert dlg.result() == QDialog.DialogCode.Accepted, dlg.error.text()
    assert store.audits.get(audit.id).status.value == "completed"
    assert [(s.role, s.name) for s in store.signoff.signatures(audit.id)] == [
        ("auditor", "Shopper Q")
    ]
    print(f"keys from the Finish dialog to locked: {len(keys)}")


def test_an_inspection_still_needs_both_signatures(qtbot, store):
    store.sites.upsert_many(build_sites(random.Random(1), ["retail"]))
    site = next(s for s in store.sites.list() if s.industry == "retail")
    audit = store.audits.create(
        store.forms.latest_hash("retail-store-inspection"), site.code, Auditor("Li Na")
    )
    session = AuditSession(store, audit.id, "Li Na")
    _answer_all(session)
    assert session.missing() == [] and session.form.kind.value == "inspection"
    dlg = _dialog(qtbot, session)
    assert dlg.site_rep is not None
    _press(qtbot, dlg, Qt.Key.Key_Space)  # the auditor's "Type name instead"
    assert not dlg.complete.isEnabled()
    assert "site representative has not signed" in dlg.hint.text()
    assert dlg.focusWidget() is dlg.site_rep.name  # next: the representative's name
    qtbot.keyClicks(dlg.site_rep.name, "Zhang Min")
    _press(qtbot, dlg, Qt.Key.Key_Return)  # Enter in the filled name signs with it
    assert not dlg.site_rep.pad.is_empty() and dlg.complete.isEnabled(), dlg.hint.text()
    _press(qtbot, dlg, Qt.Key.Key_Return)
    _press(qtbot, dlg, Qt.Key.Key_Return)
    assert dlg.result() == QDialog.DialogCode.Accepted, dlg.error.text()
    assert {s.role: s.name for s in store.signoff.signatures(audit.id)} == {
        "auditor": "Li Na",
        "site_representative": "Zhang Min",
    }


def test_every_button_takes_space_and_enter_and_tab_follows_the_dialog(qtbot, session):
    _answer_all(session)
    dlg = _dialog(qtbot, session)
    for key in (Qt.Key.Key_Space, Qt.Key.Key_Return):
        dlg.auditor.pad.clear()
        dlg.auditor.typed.setFocus()
        QTest.keyClick(dlg.auditor.typed, key)
        assert not dlg.auditor.pad.is_empty()
        dlg.auditor.clear.setFocus()
        QTest.keyClick(dlg.auditor.clear, key)
        assert dlg.auditor.pad.is_empty()
    # Tab goes down the dialog: the failed items' actions, then the signer, then the buttons.
    editor = dlg.editors[FAIL[0]]
    editor.what.setFocus()
    order = []
    for _ in range(40):
        order.append(QApplication.focusWidget())
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is dlg.cancel:
            break
    positions = [order.index(w) for w in (editor.what, editor.owner, dlg.auditor.name)]
    assert positions == sorted(positions)
    assert order.index(dlg.editors[FAIL[1]].what) < order.index(dlg.auditor.name)
    assert dlg.auditor.typed in order


def test_the_counter_follows_added_actions(qtbot, session):
    _answer_all(session)
    dlg = _dialog(qtbot, session)
    assert "2 failed item(s), 2 still without a corrective action." in dlg.actions_status.text()
    editor = dlg.editors["door_welcome"]
    qtbot.keyClicks(editor.what, "Greet at the door")
    qtbot.keyClicks(editor.owner, "Wang Fang")
    QTest.keyClick(editor.owner, Qt.Key.Key_Return)
    assert "2 failed item(s), 1 still without a corrective action." in dlg.actions_status.text()
    assert session.add_action("dining_clean", "Wipe", "Zhou", "2030-01-31")  # from elsewhere
    assert dlg.actions_status.text() == "2 failed item(s), each with a corrective action."


def test_actions_are_edited_and_removed_in_the_dialog(qtbot, session):
    _answer_all(session)
    assert session.add_action("door_welcome", "Greet", "Wang Fang", "2030-01-31")
    dlg = _dialog(qtbot, session)
    editor = dlg.editors["door_welcome"]
    edit, remove = editor.row_buttons
    QTest.keyClick(edit, Qt.Key.Key_Space)
    assert (editor.what.text(), editor.owner.text()) == ("Greet", "Wang Fang")
    assert editor.focusWidget() is editor.what or QApplication.focusWidget() is editor.what
    editor.what.selectAll()
    qtbot.keyClicks(editor.what, "Greet every guest at the door")
    QTest.keyClick(editor.what, Qt.Key.Key_Return)
    (act,) = session.actions()
    assert (act.what, act.owner, act.due_date) == (
        "Greet every guest at the door",
        "Wang Fang",
        "2030-01-31",
    )
    assert editor.editing is None and editor.what.text() == ""
    _edit, remove = editor.row_buttons
    QTest.keyClick(remove, Qt.Key.Key_Return)
    assert session.actions() == []
    assert "2 still without a corrective action" in dlg.actions_status.text()
    kinds = [e.action for e in trail.entries(session.store.db, session.audit.id)]
    assert kinds[-3:] == ["action_add", "action_edit", "action_remove"]


def test_locking_asks_for_confirmation(qtbot, session):
    _answer_all(session)
    dlg = _dialog(qtbot, session)
    dlg.auditor.sign_typed()
    QTest.mouseClick(dlg.complete, Qt.MouseButton.LeftButton)
    assert not dlg.confirm.isHidden() and not session.locked
    text = dlg.confirm_text.text()
    assert "Lock the audit now?" in text
    assert "2 failed item(s) have no corrective action:" in text
    assert "Item 2.1 '" in text and dlg.confirm_lock.text() == "Lock without actions"
    QTest.keyClick(dlg.confirm_back, Qt.Key.Key_Space)  # "Add actions first"
    assert dlg.confirm.isHidden() and not session.locked and dlg.isVisible()
    assert QApplication.focusWidget() is dlg.editors["door_welcome"].what
    QTest.mouseClick(dlg.complete, Qt.MouseButton.LeftButton)
    QTest.keyClick(dlg.confirm_lock, Qt.Key.Key_Escape)  # Escape goes back, never closes
    assert dlg.confirm.isHidden() and dlg.isVisible() and not session.locked
    assert session.store.signoff.signatures(session.audit.id) == []  # nothing stored yet
    for item_id in FAIL:
        assert session.add_action(item_id, "Retrain", "Zhou", "2030-01-31")
    QTest.mouseClick(dlg.complete, Qt.MouseButton.LeftButton)
    assert "no corrective action" not in dlg.confirm_text.text()
    assert dlg.confirm_lock.text() == "Lock the audit"
    QTest.keyClick(dlg.confirm_lock, Qt.Key.Key_Return)
    assert session.locked and dlg.result() == QDialog.DialogCode.Accepted


def test_a_form_requiring_actions_refuses_to_lock_without_them(qtbot, store):
    store.sites.upsert_many(build_sites(random.Random(1), ["restaurant"]))
    session = _strict_session(store, actions_required=True)
    _answer_all(session)
    dlg = _dialog(qtbot, session)
    assert dlg.focusWidget() is dlg.editors["door_welcome"].what
    dlg.auditor.sign_typed()
    assert not dlg.complete.isEnabled()
    assert "requires it" in dlg.hint.text()
    assert "This form requires one for every failed item." in dlg.actions_status.text()
    dlg._complete()  # even if triggered some other way
    assert dlg.confirm.isHidden() and not session.locked
    assert session.add_action("door_welcome", "Greet", "Zhou", "2030-01-31")
    assert not dlg.complete.isEnabled()
    assert session.add_action("dining_clean", "Wipe", "Zhou", "2030-01-31")
    assert dlg.complete.isEnabled(), dlg.hint.text()
    _lock(qtbot, dlg)
    assert session.locked


def test_a_drawn_signature_keeps_the_time_it_was_drawn(qtbot, session):
    from datetime import datetime, timedelta

    _answer_all(session)
    drawn = (datetime.now().astimezone() - timedelta(minutes=25)).isoformat(timespec="seconds")
    dlg = FinishDialog(session, "en", clock=lambda: drawn)
    qtbot.addWidget(dlg)
    dlg.resize(1280, 800)
    dlg.show()
    qtbot.waitExposed(dlg)
    _draw(qtbot, dlg.auditor.pad)
    assert dlg.auditor.pad.drawn_at == drawn
    assert dlg.auditor.stored.text() == f"Drawn {drawn[:16].replace('T', ' ')}"
    _lock(qtbot, dlg)
    assert session.locked
    (sig,) = session.signatures()
    assert sig.signed_at == drawn  # when it was drawn, not when the audit was locked
    status = [e for e in trail.entries(session.store.db, session.audit.id) if e.action == "status"]
    assert status[-1].at > drawn


def test_the_summary_marks_the_score_provisional_with_the_share_answered(qtbot, session):
    _answer_all(session, stop_before="bill_time")
    dlg = _dialog(qtbot, session)
    answered, visible = session.answered_share()
    assert 0 < answered < visible
    text = dlg.summary.text()
    assert "provisional score" in text and f"({answered}/{visible} answered)" in text

"""The runner's keys (issue 11): one key per answer, letters never typed into a field that
has the focus, T and N, item names in messages, numbering, the provisional score, the
stopwatch's precision, signature items, the photo dialog's folder and the key legend."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QPlainTextEdit

from auditapp.core.model import ItemType
from auditapp.core.numbering import item_numbers
from auditapp.core.records import Auditor, Site
from auditapp.services import open_data
from auditapp.ui.audit_session import AUTO_ADVANCE
from auditapp.ui.runner.photo_strip import PHOTO_FOLDER, PhotoStrip, photo_start_folder
from auditapp.ui.runner.stopwatch import in_unit
from auditapp.ui.runner.typed_editors import SignatureDialog
from tests.fill import any_value
from tests.test_gui_runner import SITE, jpeg, key, open_runner, type_text


@pytest.fixture
def store(tmp_path: Path):
    store = open_data(tmp_path / "d", backup=False)
    store.sites.upsert_many([Site(SITE, "静安店", "East 华东", "restaurant")])
    yield store
    store.close()


FORMS = ["retail-store-inspection", "restaurant-mystery-visit", "telecom-home-installation"]


def _first_of(store, item_type: ItemType) -> tuple[str, str]:
    for form_id in FORMS:
        form = store.forms.get(store.forms.latest_hash(form_id))
        for item in form.items():
            if item.type == item_type and item.visible_if is None:
                return form_id, item.id
    raise LookupError(item_type)


def _plain(rich: str) -> str:
    doc = QTextDocument()
    doc.setHtml(rich)
    return doc.toPlainText().replace("\xa0", " ").replace("\u2060", "")


def _texts(runner) -> list[str]:
    panel = runner.panel
    lines = [e.text() for e in panel.findChildren(QLineEdit)]
    return lines + [e.toPlainText() for e in panel.findChildren(QPlainTextEdit)]


@pytest.mark.parametrize("item_type", list(ItemType), ids=lambda t: t.value)
def test_letter_keys_never_type_into_a_focused_field(qtbot, store, item_type):
    """The rule: letters are keys, except in a text field (entered with E, left with Esc)."""
    form_id, item_id = _first_of(store, item_type)
    runner = open_runner(qtbot, store, form_id)
    runner.go_to_item(item_id)
    focused = QApplication.focusWidget()
    free_text = item_type in (ItemType.TEXT, ItemType.SIGNATURE)
    letters = [Qt.Key.Key_E] if free_text else [Qt.Key.Key_E, Qt.Key.Key_X, Qt.Key.Key_Q]
    for letter in letters:
        key(qtbot, runner, letter)
        assert not any(ch in text for text in _texts(runner) for ch in "eExXqQ"), (
            item_type,
            _texts(runner),
        )
    assert runner.current_item_id() == item_id
    if free_text:  # E entered the text field: now letters type, Esc leaves
        assert isinstance(QApplication.focusWidget(), QLineEdit | QPlainTextEdit)
        qtbot.keyClicks(QApplication.focusWidget(), "Pq")
        assert any("Pq" in t for t in _texts(runner))
        key(qtbot, runner, Qt.Key.Key_Escape)
        assert runner.session.answer(item_id).value == "Pq"
    else:
        assert not isinstance(focused, QPlainTextEdit)
        assert runner.session.answer(item_id) is None  # no letter became an answer
    assert "letters are keys, except in a text field" in _plain(runner.keys.legend())


def test_one_key_answer_moves_on_and_shows_what_was_recorded(qtbot, store):
    runner = open_runner(qtbot, store)
    session = runner.session
    runner.go_to_item("door_welcome")  # check 2.1
    key(qtbot, runner, Qt.Key.Key_P)
    assert session.answer("door_welcome").value == "pass"
    assert runner.current_item_id() == "greet_time"
    assert runner.recorded.isVisible()
    assert runner.recorded.text() == f"Recorded {session.label('door_welcome')}: Pass"
    assert runner.recorded.text().startswith("Recorded 2.1 ")
    # a number keeps the focus until Enter
    qtbot.keyClicks(QApplication.focusWidget(), "2")
    assert runner.current_item_id() == "greet_time"
    key(qtbot, runner, Qt.Key.Key_Return)
    assert runner.current_item_id() == "staff_appearance"
    # a failure that now asks for a comment stays, so C writes it here
    key(qtbot, runner, Qt.Key.Key_F)
    assert runner.current_item_id() == "staff_appearance"
    assert "comment" in session.evidence_missing("staff_appearance")
    # rating and single choice move on; multi-select stays until Enter
    runner.go_to_item("menu_knowledge")
    key(qtbot, runner, Qt.Key.Key_4)
    assert runner.current_item_id() == "allergen_handling"
    assert "4" in runner.recorded.text()
    key(qtbot, runner, Qt.Key.Key_1)  # a choice whose comment is always required: stays
    assert session.answer("allergen_handling").value == "checked_kitchen"
    assert runner.current_item_id() == "allergen_handling"
    runner.go_to_item("attentiveness")
    key(qtbot, runner, Qt.Key.Key_1)
    key(qtbot, runner, Qt.Key.Key_2)
    assert runner.current_item_id() == "attentiveness"
    # the setting turns it off
    store.settings.set(AUTO_ADVANCE, False)
    runner.go_to_item("door_welcome")
    key(qtbot, runner, Qt.Key.Key_F)
    assert session.answer("door_welcome").value == "fail"
    assert runner.current_item_id() == "door_welcome"


def test_auto_advance_setting_on_the_settings_page(qtbot, store):
    from auditapp.ui.pages.settings_page import SettingsPage

    page = SettingsPage(store)
    qtbot.addWidget(page)
    assert page.auto_advance.isChecked()
    page.auto_advance.setChecked(False)
    assert store.settings.get(AUTO_ADVANCE) is False
    assert not SettingsPage(store).auto_advance.isChecked()


def test_t_is_today_on_dates_and_n_is_now_on_times(qtbot, store):
    runner = open_runner(qtbot, store)
    session = runner.session
    runner.go_to_item("visit_date")
    assert isinstance(QApplication.focusWidget(), QLineEdit)  # the date field has the focus
    key(qtbot, runner, Qt.Key.Key_T)
    assert session.answer("visit_date").value == date.today().isoformat()
    runner.go_to_item("arrival_time")
    before = datetime.now().strftime("%H:%M")
    key(qtbot, runner, Qt.Key.Key_N)
    after = datetime.now().strftime("%H:%M")
    assert session.answer("arrival_time").value in (before, after)
    assert not session.answer("arrival_time").na
    # N on a check is still N/A
    runner.go_to_item("order_taken")
    key(qtbot, runner, Qt.Key.Key_N)
    assert session.answer("order_taken").na


def test_messages_name_the_item_as_the_auditor_sees_it(qtbot, store):
    runner = open_runner(qtbot, store)
    session = runner.session
    assert not session.set_value("visit_date", "2026-13-45")
    assert runner.error_text() == (
        f"1.1 {session.item('visit_date').prompt.en}: takes a date as YYYY-MM-DD, got '2026-13-45'"
    )
    assert "visit_date" not in runner.error_text()
    zh = open_runner(qtbot, store, lang="zh")
    assert not zh.session.set_value("arrival_time", "25:00")
    assert zh.error_text().startswith(f"1.2 {zh.session.item('arrival_time').prompt.zh}: ")


def test_section_item_numbers_everywhere_and_a_total_that_does_not_jump(qtbot, store):
    from auditapp.ui.finish import numbering

    runner = open_runner(qtbot, store)
    session = runner.session
    assert numbering(session.form) == item_numbers(session.form) == session.numbers
    runner.go_to_item("greet_time")
    assert "item 2.2" in runner.panel.position.text()
    assert runner.navigator.rows["greet_time"].text(0).startswith("2.2 ")
    before = runner.panel.position.text()
    runner.go_to_item("problem_response")
    number = session.numbers["problem_response"]
    key(qtbot, runner, Qt.Key.Key_1)  # makes manager_informed appear
    assert session.visible("manager_informed")
    runner.go_to_item("greet_time")
    assert runner.panel.position.text() == before
    assert f"item {number}" not in before


def test_live_score_is_provisional_and_open_counts_evidence(qtbot, store):
    runner = open_runner(qtbot, store)
    session = runner.session
    runner.go_to_item("door_welcome")
    key(qtbot, runner, Qt.Key.Key_P)
    answered, visible = session.answered_share()
    assert answered == 1
    assert runner.provisional_label.isVisible()
    assert runner.provisional_label.text() == f"provisional · 1/{visible}"
    # every required item answered, but a failure still lacks its required comment
    for item in session.form.items():
        if session.visible(item.id) and item.id in session.result.required_open:
            if item.type == ItemType.PHOTO:
                session.add_photo(item.id, jpeg(Path(store.data_dir) / "x.jpg"), name="x.jpg")
            elif item.allow_na:
                session.set_na(item.id, True)
            else:
                raw = any_value(item)
                session.set_value(item.id, raw)
            for need in session.evidence_missing(item.id):
                if need == "comment":
                    session.set_comment(item.id, "seen")
    session.set_value("door_welcome", "fail")  # comment required on failure
    assert session.result.required_open == ()
    assert "comment" in session.evidence_missing("door_welcome")
    assert runner.open_label.text() == "1 required open"
    session.set_comment("door_welcome", "Nobody at the door.")
    assert runner.open_label.text() == "All required answered"


def test_stopwatch_stores_what_it_measured(qtbot, store):
    for seconds, unit in [(6.1, "min"), (95.0, "min"), (6.1, "h"), (6.1, "s"), (3599.9, "h")]:
        stored = Decimal(in_unit(seconds, unit))
        back = stored * {"s": 1, "min": 60, "h": 3600}[unit]
        assert abs(back - Decimal(str(seconds))) <= Decimal("0.05"), (seconds, unit, stored)
    assert in_unit(6.1, "min") == "0.102"
    runner = open_runner(qtbot, store)
    now = [500.0]
    runner.clock = lambda: now[0]
    runner.go_to_item("greet_time")  # minutes
    key(qtbot, runner, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    now[0] += 6.1
    key(qtbot, runner, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    value = runner.session.answer("greet_time").value
    assert abs(value * 60 - Decimal("6.1")) <= Decimal("0.05"), value


def test_signature_item_opens_the_signature_pad(qtbot, store, monkeypatch):
    def no_file_dialog(*_a, **_k):
        raise AssertionError("a signature item must not open a file dialog")

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(no_file_dialog))
    runner = open_runner(qtbot, store, "retail-store-inspection")
    session = runner.session
    sig = next(i for i in session.form.items() if i.type == ItemType.SIGNATURE)
    runner.go_to_item(sig.id)
    editor = runner.panel.editor
    key(qtbot, runner, Qt.Key.Key_E)
    qtbot.keyClicks(QApplication.focusWidget(), "Zhou Min")
    key(qtbot, runner, Qt.Key.Key_Escape)
    qtbot.mouseClick(editor.sign_button, Qt.MouseButton.LeftButton)
    dialog = editor.dialog
    assert isinstance(dialog, SignatureDialog) and dialog.isVisible()
    dialog.use()  # an empty pad is refused
    assert dialog.isVisible() and "empty" in dialog.message.text()
    qtbot.mouseClick(dialog.type_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert session.answer(sig.id).value == "Zhou Min"
    assert len(session.photos(sig.id)) == 1
    assert session.item_result(sig.id).answered
    assert "Signed" in runner.panel.editor.note.text()


def test_one_photo_panel(qtbot, store):
    runner = open_runner(qtbot, store)
    assert len(runner.findChildren(PhotoStrip)) == 1
    runner.go_to_item("dining_clean")  # photo evidence on failure: the panel shows the item
    assert runner.photo_panel.item_id == "dining_clean"
    number = runner.session.numbers["dining_clean"]
    assert runner.photo_panel.title.text() == f"Photos of item {number} (0)"
    # "Whole audit" switches the same panel to every photo of the audit
    runner.photo_panel.whole_audit.click()
    assert runner.photo_panel.item_id is None
    assert runner.photo_panel.title.text().startswith("Audit photos")
    runner.go_to_item("door_welcome")  # the next item: its own photos again
    assert runner.photo_panel.item_id == "door_welcome"
    assert not runner.photo_panel.whole_audit.isChecked()
    for size in ((1024, 600), (1280, 800), (1920, 1080)):
        runner.resize(*size)
        qtbot.wait(5)
        if runner.side.isVisible():
            assert runner.photo_panel.width() >= 200, size


def test_photo_dialog_opens_in_pictures_then_the_last_folder(qtbot, store, tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / ".config"))
    pictures = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    )
    pictures.mkdir(parents=True, exist_ok=True)
    runner = open_runner(qtbot, store)
    assert Path(photo_start_folder(runner.session)) == pictures
    elsewhere = tmp_path / "camera"
    elsewhere.mkdir()
    picked = jpeg(elsewhere / "a.jpg")
    seen = []

    def dialog(_parent, _title, folder, _filter):
        seen.append(folder)
        return [str(picked)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(dialog))
    runner.go_to_item("dining_clean")
    runner.photo_panel.add_from_dialog()
    runner.photo_panel.add_from_dialog()
    assert [Path(f) for f in seen] == [pictures, elsewhere]
    assert store.settings.get(PHOTO_FOLDER) == str(elsewhere)


def test_key_legend_breaks_only_between_keys_in_chinese(qtbot, store):
    from auditapp.ui.i18n import install_language

    assert install_language("zh")
    try:
        runner = open_runner(qtbot, store, lang="zh")
        legend = runner.keys.legend()
        doc = QTextDocument()
        doc.setDefaultFont(runner.legend.font())
        doc.setHtml(legend)
        doc.setTextWidth(520)  # wider than any one key's text
        doc.documentLayout().documentSize()  # lays the text out
        block = doc.begin()
        text = block.text()
        layout = block.layout()
        assert layout.lineCount() > 3
        for n in range(1, layout.lineCount()):
            start = layout.lineAt(n).textStart()
            before = text[:start].rstrip()
            assert before.endswith("·") or before.endswith("：") or before.endswith(":"), text[
                max(0, start - 12) : start + 4
            ]
    finally:
        install_language("en")


def test_header_title_wraps_instead_of_cutting_version_and_revision(qtbot, store):
    runner = open_runner(qtbot, store)
    runner.resize(1150, 700)
    qtbot.wait(5)
    assert runner.title.isVisible() and runner.title.wordWrap()
    assert runner.title.text().endswith("v1, revision 1")
    metrics = runner.title.fontMetrics()
    lines = -(-metrics.horizontalAdvance(runner.title.text()) // max(1, runner.title.width()))
    assert runner.title.height() >= min(lines, 3) * metrics.lineSpacing()


def test_locked_audit_offers_reopen_from_the_runner(qtbot, store):
    from auditapp.ui.finish import ReopenDialog
    from auditapp.ui.pages.runner_page import RunnerPage

    audit = store.audits.create(
        store.forms.latest_hash("restaurant-mystery-visit"), SITE, Auditor("Li")
    )
    page = RunnerPage(store)
    qtbot.addWidget(page)
    assert page.open_audit(audit.id, "en")
    session = page.session
    for item in session.form.items():
        if session.visible(item.id) and item.id in session.result.required_open:
            if item.type == ItemType.PHOTO:
                session.add_photo(item.id, jpeg(Path(store.data_dir) / "x.jpg"), name="x.jpg")
            elif item.allow_na:
                session.set_na(item.id, True)
            else:
                session.set_value(item.id, any_value(item))
            if "comment" in session.evidence_missing(item.id):
                session.set_comment(item.id, "seen")
    for role in session.form.required_signatures:  # the form's sign-off, as Finish takes it
        store.signoff.sign(session.audit.id, role.value, "Li Na", b"\x89PNG\r\n\x1a\n1", "Li Na")
    assert session.complete()
    page.show()
    qtbot.waitExposed(page)
    qtbot.mouseClick(page.runner.reopen_button, Qt.MouseButton.LeftButton)
    assert isinstance(page.dialog, ReopenDialog)
    page.dialog.close()
    qtbot.wait(10)  # the dialog is deleted before the store closes
    page.close_audit()


def test_signature_dialog_by_keys_space_then_enter(qtbot):
    dialog = SignatureDialog("Zhou Min")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    dialog.type_button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.type_button)
    with qtbot.waitSignal(dialog.signed, timeout=2000):
        qtbot.keyClick(dialog.type_button, Qt.Key.Key_Space)  # signs with the typed name
        assert QApplication.focusWidget() is dialog.ok_button  # so Enter uses it
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert not dialog.isVisible()


def test_enter_on_a_failing_number_stays_for_its_required_comment(qtbot, store):
    runner = open_runner(qtbot, store)
    runner.go_to_item("greet_time")  # passes at 2 minutes or less; a failure needs a comment
    qtbot.waitUntil(lambda: QApplication.focusWidget() is runner.panel.editor.focus_target())
    type_text(qtbot, runner, "7")
    key(qtbot, runner, Qt.Key.Key_Return)
    assert runner.current_item_id() == "greet_time"  # did not move on
    assert runner.session.answer("greet_time").value == 7
    assert "needs a comment" in runner.recorded.text()
    assert QApplication.focusWidget() is runner.panel.comment  # typing goes to the comment
    type_text(qtbot, runner, "Nobody came for seven minutes")
    key(qtbot, runner, Qt.Key.Key_Escape)
    key(qtbot, runner, Qt.Key.Key_Return)
    assert runner.current_item_id() != "greet_time"
    assert runner.session.answer("greet_time").comment == "Nobody came for seven minutes"

    runner.go_to_item("greet_time")  # a passing value moves on at once
    runner.session.set_comment("greet_time", "")
    runner.panel.focus_input(typing=True)
    field = QApplication.focusWidget()
    field.selectAll()
    type_text(qtbot, runner, "1")
    key(qtbot, runner, Qt.Key.Key_Return)
    assert runner.current_item_id() != "greet_time"

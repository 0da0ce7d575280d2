"""Keyboard economy: a whole 40-item audit by key events alone, from Ctrl+N to locked.

Every key press is counted; the budget is 1.2 presses per answered item, the New-audit
and Finish dialogs included. Keys go where the keyboard focus is, as a person's would.
Dialog buttons are reached with Tab and pressed with Space, so the count is the real
cost of the dialogs as they are.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from auditapp.core.forms import load_catalogue, parse_form
from auditapp.core.records import Site
from auditapp.store import Store

DATA = Path(__file__).parent / "data"
SITE = Site("KB-001", "Keyboard Street", "North", "restaurant")
ITEMS = 40
BUDGET = 1.2
"""Key presses per answered item, at most."""


def economy_form_yaml(items: int = ITEMS) -> str:
    """A mystery-shop form of ``items`` check, rating and choice items in four sections."""
    lines = [
        "format: 1",
        "id: keyboard-economy",
        "version: 1",
        "kind: mystery_shop",
        "industry: restaurant",
        "title: {en: Keyboard economy, zh: 键盘效率}",
        "scoring:",
        "  critical_policy: cap",
        "  cap_percent: 50",
        "  pass_percent: 80",
        "  grades:",
        "    - {grade: A, min: 90, label: {en: Excellent, zh: 优秀}}",
        "    - {grade: B, min: 0, label: {en: Other, zh: 其他}}",
        "sections:",
    ]
    per_section = items // 4
    for s in range(4):
        lines += [f"  - id: s{s}", f"    title: {{en: Section {s + 1}, zh: 第{s + 1}部分}}"]
        lines.append("    items:")
        for i in range(per_section):
            n = s * per_section + i
            kind = ("check", "rating", "choice")[n % 3]
            lines += [
                f"      - id: q{n}",
                f"        type: {kind}",
                "        clause: RST-1.1",
                f"        prompt: {{en: Question {n}, zh: 问题{n}}}",
            ]
            if kind == "rating":
                lines += ["        points: 4", "        scale: {min: 1, max: 5}"]
            if kind == "choice":
                lines += [
                    "        points: 2",
                    "        options:",
                    "          - {id: good, label: {en: Good, zh: 好}, points: 2}",
                    "          - {id: fair, label: {en: Fair, zh: 一般}, points: 1}",
                    "          - {id: bad, label: {en: Bad, zh: 差}, points: 0}",
                ]
    return "\n".join(lines) + "\n"


class Keyboard:
    """Sends key presses to the focused widget and counts them."""

    def __init__(self, qtbot, window: QWidget) -> None:
        self.qtbot = qtbot
        self.window = window
        self.presses = 0

    def press(self, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.presses += 1
        target = QApplication.focusWidget() or QApplication.activeWindow() or self.window
        self.qtbot.keyClick(target, key, modifier)
        self.qtbot.wait(1)  # the event loop runs between keys, as it does for a person

    def tab_to(self, widget: QWidget, limit: int = 80) -> None:
        """Tab until ``widget`` has the focus (each Tab counted)."""
        for _ in range(limit):
            if QApplication.focusWidget() is widget:
                return
            self.press(Qt.Key.Key_Tab)
        raise AssertionError(f"Tab never reached {widget!r}")


def _visible(cls):
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()]


def test_forty_items_from_ctrl_n_to_locked_within_the_key_budget(qtbot, tmp_path):
    from auditapp.ui.finish import FinishDialog, SignerBox
    from auditapp.ui.main_window import MainWindow
    from auditapp.ui.pages.new_audit import NewAuditDialog

    store = Store(tmp_path / "data")
    form = parse_form(economy_form_yaml(), load_catalogue(DATA / "catalogue.yaml"))
    store.forms.install(form)
    store.sites.upsert_many([SITE])
    store.settings.set("profile", {"name": "Li Na", "id": "AUD-9", "alias": "Owl"})
    win = MainWindow(store, "en")
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    keys = Keyboard(qtbot, win)

    # New audit: Ctrl+N, then Enter (the only site and form are chosen already)
    keys.press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(_visible(NewAuditDialog)), timeout=3000)
    dialog = _visible(NewAuditDialog)[0]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    keys.press(Qt.Key.Key_Return)
    if store.audits.count() == 0 and dialog.isVisible():  # Enter did not start it
        start = next(b for b in dialog.buttons.buttons() if "Start" in b.text())
        keys.tab_to(start)
        keys.press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: store.audits.count() == 1, timeout=3000)
    runner = win.runner_page.runner
    session = win.runner_page.session
    qtbot.waitUntil(lambda: not _visible(NewAuditDialog))
    win.activateWindow()  # (the window manager's part when a dialog closes)
    qtbot.waitUntil(win.isActiveWindow)
    qtbot.waitUntil(lambda: runner.isAncestorOf(QApplication.focusWidget()))
    opening = keys.presses

    # The audit: one key per item (P, 4 or 1); the runner moves on by itself.
    answer_keys = {"check": Qt.Key.Key_P, "rating": Qt.Key.Key_4, "choice": Qt.Key.Key_1}
    for item in session.form.items():
        assert runner.current_item_id() == item.id
        keys.press(answer_keys[item.type.value])
    assert session.result.required_open == ()
    answering = keys.presses - opening

    # Finish: Ctrl+Enter, then each signature still missing and "Complete and lock".
    keys.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(_visible(FinishDialog)), timeout=3000)
    finish = _visible(FinishDialog)[0]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    for box in finish.findChildren(SignerBox):
        if not box.isVisible() or not box.pad.is_empty():
            continue
        if not box.name.text().strip():
            keys.tab_to(box.name)
            for ch in "Wang Fang":
                keys.press(Qt.Key.Key_Space if ch == " " else getattr(Qt.Key, f"Key_{ch.upper()}"))
        keys.tab_to(box.typed)
        keys.press(Qt.Key.Key_Space)
    qtbot.waitUntil(finish.complete.isEnabled, timeout=3000)
    keys.tab_to(finish.complete)
    keys.press(Qt.Key.Key_Space)
    # The confirmation inside the dialog takes the focus on "Lock the audit".
    qtbot.waitUntil(finish.confirm.isVisible, timeout=3000)
    keys.tab_to(finish.confirm_lock)
    keys.press(Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: store.audits.get(session.audit.id).status.value == "completed", timeout=3000
    )
    assert store.audits.get(session.audit.id).status.value == "completed"

    answered = len(session.form.items())
    per_item = keys.presses / answered
    print(
        f"\nkeyboard economy: {keys.presses} key presses for {answered} items "
        f"({per_item:.3f} per item): new audit {opening}, answers {answering}, "
        f"finish {keys.presses - opening - answering}"
    )
    store.close()
    assert answered == ITEMS
    assert per_item <= BUDGET

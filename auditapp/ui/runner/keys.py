"""Keyboard operation of the runner: the shortcuts and the legend that shows them.

Shortcuts are scoped to the runner (``WidgetWithChildrenShortcut``). Text and number
fields take printable keys before any shortcut sees them, so P, F, N, J, K and digits
type normally while a field has the focus; Esc leaves the field.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLineEdit

from auditapp.core.model import ItemType
from auditapp.ui.runner.item_panel import ItemPanel
from auditapp.ui.runner.stopwatch import StopwatchWidget
from auditapp.ui.runner.typed_editors import NumberEditor

if TYPE_CHECKING:
    from auditapp.ui.runner.audit_runner import AuditRunner


class RunnerKeys(QObject):
    """Binds the runner's keys and turns them into panel and navigation calls."""

    def __init__(self, runner: AuditRunner) -> None:
        super().__init__(runner)
        self.runner = runner
        r = runner
        self._bind(["P"], lambda: self._check("pass"))
        self._bind(["F"], lambda: self._check("fail"))
        self._bind(["N"], self._na)
        for n in range(10):  # keypad digits match these too
            self._bind([str(n)], lambda n=n: self._digit(n))
        self._bind(["Down", "J", "Alt+Down"], r.next_item)
        self._bind(["Return", "Enter"], self._enter)
        self._bind(["Up", "K", "Alt+Up"], r.previous_item)
        self._bind(["Ctrl+Down", "PgDown"], r.next_section)
        self._bind(["Ctrl+Up", "PgUp"], r.previous_section)
        self._bind(["Ctrl+U"], r.next_open)
        self._bind(["Ctrl+Return", "Ctrl+Enter"], r.request_finish)
        self._bind(["E"], self._type)
        self._bind(["C"], self._comment)
        self._bind(["Escape"], self.leave_field)
        self._bind(["Ctrl+V"], r.paste_photo)
        self._bind(["A"], r.add_photo_from_files)
        self._bind(["Ctrl+Z"], r.undo.undo)
        self._bind(["Ctrl+T"], lambda: self._stopwatch("toggle"))
        self._bind(["Ctrl+R"], lambda: self._stopwatch("reset"))

    def _bind(self, keys: list[str], slot: Callable[[], object]) -> None:
        for key in keys:
            shortcut = QShortcut(QKeySequence(key), self.runner)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def legend(self) -> str:
        """Rich text listing every key, for the legend under the runner."""
        keys = [
            ("P / F / N", self.tr("pass / fail / N/A")),
            ("1–9", self.tr("rating value or option")),
            ("↓ J Enter", self.tr("next item")),
            ("↑ K", self.tr("previous")),
            ("Alt+↓ Alt+↑", self.tr("next / previous while typing")),
            ("Ctrl+↓ PgDn", self.tr("next section")),
            ("Ctrl+U", self.tr("next open required")),
            ("E", self.tr("type in the field")),
            ("C", self.tr("comment")),
            ("Esc", self.tr("leave the field")),
            ("A / Ctrl+V", self.tr("add / paste photo")),
            ("Ctrl+Z", self.tr("undo photo removal")),
            ("Ctrl+T / Ctrl+R", self.tr("stopwatch start-stop / reset")),
            ("Ctrl+Enter", self.tr("finish")),
        ]
        parts = [f"<b>{k}</b>&nbsp;{v.replace(' ', '&nbsp;')}" for k, v in keys]
        return self.tr("Keys:") + " " + " &nbsp;·&nbsp; ".join(parts)

    def short_legend(self) -> str:
        """One line of the most used keys, for narrow screens (the full legend on demand)."""
        keys = [
            ("P / F / N", self.tr("pass / fail / N/A")),
            ("↓ J", self.tr("next item")),
            ("↑ K", self.tr("previous")),
            ("Ctrl+U", self.tr("next open required")),
            ("Ctrl+Enter", self.tr("finish")),
        ]
        parts = [f"<b>{k}</b>&nbsp;{v.replace(' ', '&nbsp;')}" for k, v in keys]
        return self.tr("Keys:") + " " + " &nbsp;·&nbsp; ".join(parts)

    # -- actions --------------------------------------------------------------------
    def _panel(self) -> ItemPanel | None:
        """The current item's panel when the audit may be changed."""
        panel = self.runner.panel
        return panel if panel is not None and not self.runner.session.locked else None

    def _check(self, value: str) -> None:
        panel = self._panel()
        if panel is not None:
            panel.editor.press_check(value)

    def _na(self) -> None:
        panel = self._panel()
        if panel is None:
            return
        if panel.item.type == ItemType.CHECK:
            panel.editor.press_check("na")
        else:
            panel.mark_na()

    def _digit(self, n: int) -> None:
        panel = self._panel()
        if panel is not None:
            panel.editor.press_digit(n)

    def _enter(self) -> None:
        focus = QApplication.focusWidget()
        panel = self.runner.panel
        editor_field = panel.editor.focus_target() if panel is not None else None
        if isinstance(focus, QLineEdit) and focus is not editor_field:
            self.leave_field()  # Enter in a caption field saves it, it does not navigate
            return
        self.runner.next_item()

    def _type(self) -> None:
        if self.runner.panel is not None:
            self.runner.panel.focus_input(typing=True)

    def _comment(self) -> None:
        panel = self.runner.panel
        if panel is not None:
            panel.focus_comment()
            self.runner.scroll.ensureWidgetVisible(panel.comment)

    def leave_field(self) -> None:
        """Esc: leave a text field (saving it) so single keys work again."""
        panel = self.runner.panel
        target = panel if panel is not None else self.runner
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _stopwatch(self, action: str) -> None:
        panel = self._panel()
        if panel is None or not isinstance(panel.editor, NumberEditor):
            return
        watch: StopwatchWidget | None = panel.editor.stopwatch
        if watch is None:
            return
        if action == "toggle":
            watch.toggle()
        else:
            watch.reset()

"""Keyboard operation of the runner: the shortcuts and the legend that shows them.

Shortcuts are scoped to the runner (``WidgetWithChildrenShortcut``). The one rule for
letters: **letters are keys, except in a text field.** Number, date and time fields take
only what they can hold (digits and . , - :), so a letter pressed there is a key (T
today, N now, J next ...), never typed. Text fields (text items, comments, captions, a
signer's name) are entered with E or C, take every key, and are left with Esc.

After a one-key answer (P/F/N on a check, a digit on a rating or single choice) the
runner moves on by itself (see :meth:`AuditRunner.answered_by_key`).
"""

from __future__ import annotations

import html
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


ONE_KEY = frozenset({ItemType.CHECK, ItemType.RATING, ItemType.CHOICE})
"""Item types answered by one key; the runner moves on after such an answer."""


def _no_break(text: str) -> str:
    """``text`` that a line never breaks inside: spaces become no-break spaces and a word
    joiner goes between CJK characters (which may otherwise break anywhere)."""
    out = []
    for n, ch in enumerate(text):
        if n and (ord(ch) > 0x2E7F or ord(text[n - 1]) > 0x2E7F):
            out.append("\u2060")
        out.append("&nbsp;" if ch == " " else html.escape(ch, quote=False))
    return "".join(out)


def _legend_text(title: str, keys: list[tuple[str, str]]) -> str:
    """Rich text of ``keys``; lines break only between two keys, never inside one."""
    parts = [(f"<b>{_no_break(k)}</b>&nbsp;" if k else "") + _no_break(v) for k, v in keys]
    return _no_break(title) + " " + "&nbsp;&nbsp;·&nbsp; ".join(parts)


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
        self._bind(["T"], lambda: self._letter("t"))
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
            ("P / F / N", self.tr("pass / fail / N/A, then next")),
            ("1–9", self.tr("rating value or option")),
            ("T / N", self.tr("today (dates) / now (times)")),
            ("↓ J Enter", self.tr("next item")),
            ("↑ K", self.tr("previous")),
            ("Alt+↓ Alt+↑", self.tr("next / previous while typing")),
            ("Ctrl+↓ PgDn", self.tr("next section")),
            ("Ctrl+U", self.tr("next open required")),
            ("E", self.tr("type in the field")),
            ("", self.tr("letters are keys, except in a text field (Esc leaves it)")),
            ("C", self.tr("comment")),
            ("Esc", self.tr("leave the field")),
            ("A / Ctrl+V", self.tr("add / paste photo")),
            ("Ctrl+Z", self.tr("undo photo removal")),
            ("Ctrl+T / Ctrl+R", self.tr("stopwatch start-stop / reset")),
            ("Ctrl+Enter", self.tr("finish")),
        ]
        return _legend_text(self.tr("Keys:"), keys)

    def locked_legend(self) -> str:
        """The keys that still work on a locked audit: moving through it."""
        keys = [
            ("↓ J Enter", self.tr("next item")),
            ("↑ K", self.tr("previous")),
            ("Ctrl+↓ PgDn", self.tr("next section")),
            ("", self.tr("locked: reopen it to change answers")),
        ]
        return _legend_text(self.tr("Keys:"), keys)

    def short_legend(self) -> str:
        """One line of the most used keys, for narrow screens (the full legend on demand)."""
        keys = [
            ("P / F / N", self.tr("pass / fail / N/A")),
            ("↓ J", self.tr("next item")),
            ("↑ K", self.tr("previous")),
            ("Ctrl+U", self.tr("next open required")),
            ("Ctrl+Enter", self.tr("finish")),
        ]
        return _legend_text(self.tr("Keys:"), keys)

    # -- actions --------------------------------------------------------------------
    def _panel(self) -> ItemPanel | None:
        """The current item's panel when the audit may be changed."""
        panel = self.runner.panel
        return panel if panel is not None and not self.runner.session.locked else None

    def _check(self, value: str) -> None:
        panel = self._panel()
        if panel is not None and panel.editor.press_check(value):
            self.runner.answered_by_key(panel.item.id)

    def _na(self) -> None:
        panel = self._panel()
        if panel is None or panel.editor.press_letter("n"):  # N: now, on time items
            return
        if panel.item.type == ItemType.CHECK:
            done = panel.editor.press_check("na")
        else:
            done = panel.mark_na()
        if done and panel.item.type in ONE_KEY:
            self.runner.answered_by_key(panel.item.id)

    def _digit(self, n: int) -> None:
        panel = self._panel()
        if panel is not None and panel.editor.press_digit(n) and panel.item.type in ONE_KEY:
            self.runner.answered_by_key(panel.item.id)

    def _letter(self, letter: str) -> None:
        panel = self._panel()
        if panel is not None:
            panel.editor.press_letter(letter)

    def _enter(self) -> None:
        focus = QApplication.focusWidget()
        panel = self.runner.panel
        editor_field = panel.editor.focus_target() if panel is not None else None
        if isinstance(focus, QLineEdit) and focus is not editor_field:
            self.leave_field()  # Enter in a caption field saves it, it does not navigate
            return
        if panel is not None and focus is editor_field and self._needs_evidence(panel):
            return
        self.runner.next_item()

    def _needs_evidence(self, panel: ItemPanel) -> bool:
        """Enter in a number, date or time field: when the value just saved fails and its
        rule asks for a comment or photo, stay and say so instead of moving on."""
        if not panel.commit():
            return True  # refused: the message shows, and the auditor corrects it here
        item_id = panel.item.id
        needs = self.runner.session.evidence_missing(item_id)
        if not needs:
            return False
        label = self.runner.session.label(item_id)
        if "comment" in needs and "photo" in needs:
            text = self.tr("{0}: this answer needs a comment (C) and a photo (A)")
        elif "comment" in needs:
            text = self.tr("{0}: this answer needs a comment (C)")
        else:
            text = self.tr("{0}: this answer needs a photo (A)")
        self.runner.flash(text.format(label))
        if "comment" in needs:
            self._comment()
        return True

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

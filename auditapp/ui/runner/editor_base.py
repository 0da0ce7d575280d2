"""What every item editor shares: the editor base class, touch sizes and text fields.

Editors hold no rules: the session validates every value (and says why it refused), and
an editor re-reads the stored answer after each write, so what is shown is what is saved.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QPlainTextEdit, QWidget

from auditapp.core.answers import Answer, value_text
from auditapp.core.model import Item
from auditapp.ui.audit_session import AuditSession

TOUCH = 44
"""Minimum height of touch targets, in pixels."""

STYLE = """
QPushButton[answer="pass"]:checked { background: #2e7d32; color: white; font-weight: bold; }
QPushButton[answer="fail"]:checked { background: #c62828; color: white; font-weight: bold; }
QPushButton[answer="na"]:checked { background: #546e7a; color: white; font-weight: bold; }
QPushButton[answer="value"]:checked { background: #1565c0; color: white; font-weight: bold; }
QFrame[option="true"] { border: 1px solid palette(mid); border-radius: 4px; }
QFrame[option="true"][chosen="true"] { border: 2px solid #1565c0; background: #e3f2fd; }
QCheckBox::indicator { width: 24px; height: 24px; }
QLineEdit[invalid="true"] { border: 2px solid #c62828; }
"""


def repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class CommitTextEdit(QPlainTextEdit):
    """Multi-line text saved on focus-out and after a pause in typing (``commit_wanted``)."""

    commit_wanted = Signal()
    PAUSE_MS = 1200

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(self.PAUSE_MS)
        self._pause.timeout.connect(self.commit_wanted)
        self.textChanged.connect(self._typed)

    def _typed(self) -> None:
        if self.hasFocus():
            self._pause.start()

    def set_text_quietly(self, text: str) -> None:
        """Show a stored text unless the auditor is typing here."""
        if self.hasFocus() or self.toPlainText() == text:
            return
        self.blockSignals(True)
        self.setPlainText(text)
        self.blockSignals(False)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._pause.stop()
        self.commit_wanted.emit()


def _is_letter(event: QKeyEvent) -> bool:
    """A letter typed without Ctrl, Alt or Meta (Shift allowed)."""
    mods = event.modifiers() & ~(
        Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
    )
    return mods == Qt.KeyboardModifier.NoModifier and event.text().isalpha()


class FieldForKeys(QLineEdit):
    """A single-line field for numbers, dates and times: it never takes a letter.

    Letters go on to the runner's shortcuts (T today, N now, J next ...), so pressing one
    while the field has the focus never puts it into the value.
    """

    def event(self, event: QEvent) -> bool:
        override = event.type() == QEvent.Type.ShortcutOverride
        if override and isinstance(event, QKeyEvent) and _is_letter(event):
            event.ignore()  # not ours: let the shortcut have it
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        if _is_letter(event):
            event.ignore()
            return
        super().keyPressEvent(event)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:  # noqa: N802 (Qt name)
        if any(ch.isalpha() for ch in event.commitString()):
            event.ignore()
            return
        super().inputMethodEvent(event)


class ValueEditor(QWidget):
    """Base of the per-type inputs."""

    def __init__(
        self, session: AuditSession, item: Item, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.item = item
        self.lang = lang
        self.setStyleSheet(STYLE)

    def show_answer(self, answer: Answer | None) -> None:
        """Reflect the stored answer."""

    def commit(self) -> bool:
        """Save typed input not saved yet; False when the session refused it."""
        return True

    def set_locked(self, locked: bool) -> None:
        for button in self.findChildren(QAbstractButton):
            button.setEnabled(not locked)
        for edit in self.findChildren(QLineEdit):
            edit.setReadOnly(locked)

    def focus_target(self) -> QWidget | None:
        """The field to focus as soon as the item is shown (single-line inputs), if any."""
        return None

    def edit_target(self) -> QWidget | None:
        """The field the "type" key focuses, if any."""
        return self.focus_target()

    def press_check(self, _value: str) -> bool:
        """P / F: handled by check items only."""
        return False

    def press_digit(self, _n: int) -> bool:
        """1..9 (and 0): rating value or option number; False when not applicable."""
        return False

    def press_letter(self, _letter: str) -> bool:
        """A letter key the item type gives a meaning (T today, N now); False otherwise."""
        return False

    def answer_text(self) -> str:
        """The stored answer as the auditor reads it (the locked view shows this)."""
        answer = self._answer()
        if answer is None:
            return ""
        if answer.na:
            return QCoreApplication.translate("ValueEditor", "Not applicable")
        return value_text(answer.value)

    def _answer(self) -> Answer | None:
        return self.session.answer(self.item.id)

    def _big(self, button: QAbstractButton) -> QAbstractButton:
        button.setMinimumHeight(TOUCH)
        return button


def unit_label(unit: str) -> str:
    """A short, translatable name of a unit."""
    names = {
        "min": QCoreApplication.translate("units", "minutes"),
        "s": QCoreApplication.translate("units", "seconds"),
        "h": QCoreApplication.translate("units", "hours"),
        "rings": QCoreApplication.translate("units", "rings"),
        "days": QCoreApplication.translate("units", "days"),
        "percent": QCoreApplication.translate("units", "%"),
        "count": QCoreApplication.translate("units", "count"),
        "celsius": QCoreApplication.translate("units", "°C"),
        "lux": QCoreApplication.translate("units", "lux"),
        "m": QCoreApplication.translate("units", "m"),
        "cm": QCoreApplication.translate("units", "cm"),
    }
    return names.get(unit, unit)

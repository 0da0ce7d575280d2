"""One input per item type; :func:`make_editor` picks it.

Choices (check, rating, choice, multi) are large buttons answered by a click or a single
key; free text is saved on focus-out and after a pause in typing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from auditapp.core.answers import Answer, value_text
from auditapp.core.model import Item, ItemType
from auditapp.ui.audit_session import AuditSession
from auditapp.ui.runner.editor_base import TOUCH, CommitTextEdit, ValueEditor, repolish
from auditapp.ui.runner.stopwatch import StopwatchState
from auditapp.ui.runner.typed_editors import (
    DateEditor,
    NumberEditor,
    SignatureEditor,
    TimeEditor,
)


class CheckEditor(ValueEditor):
    """Pass / Fail (/ N/A) as three large buttons."""

    def __init__(self, session: AuditSession, item: Item, lang: str, parent: QWidget | None = None):
        super().__init__(session, item, lang, parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        labels = [("pass", self.tr("Pass"), "P"), ("fail", self.tr("Fail"), "F")]
        if item.allow_na:
            labels.append(("na", self.tr("N/A"), "N"))
        for key, text, shortcut in labels:
            button = QPushButton(f"{text}  [{shortcut}]")
            button.setCheckable(True)
            button.setProperty("answer", key)
            button.setMinimumHeight(56)
            button.setMinimumWidth(120)
            button.clicked.connect(lambda _checked=False, k=key: self.choose(k))
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)

    def choose(self, key: str) -> None:
        answer = self._answer()
        if key == "na":
            self.session.set_na(self.item.id, not (answer is not None and answer.na))
        else:
            self.session.set_value(self.item.id, key)
        self.show_answer(self._answer())

    def show_answer(self, answer: Answer | None) -> None:
        current = (
            "na"
            if answer is not None and answer.na
            else value_text(answer.value if answer else None)
        )
        for key, button in self.buttons.items():
            button.setChecked(key == current)

    def press_check(self, value: str) -> bool:
        if value not in self.buttons:
            return False
        self.choose(value)
        return True

    def answer_text(self) -> str:
        answer = self._answer()
        if answer is not None and not answer.na and answer.value in ("pass", "fail"):
            return self.tr("Pass") if answer.value == "pass" else self.tr("Fail")
        return super().answer_text()


def _two_lines(text: str, width: int = 16) -> str:
    """Break a long label once near its middle, so rating tiles stay narrow."""
    if len(text) <= width:
        return text
    middle = len(text) // 2
    spaces = [n for n, ch in enumerate(text) if ch == " "]
    if spaces:
        cut = min(spaces, key=lambda n: abs(n - middle))
        return text[:cut] + "\n" + text[cut + 1 :]
    return text[:middle] + "\n" + text[middle:]


class RatingEditor(ValueEditor):
    """One tile per scale value, with its label where the form gives one."""

    def __init__(self, session: AuditSession, item: Item, lang: str, parent: QWidget | None = None):
        super().__init__(session, item, lang, parent)
        assert item.scale is not None
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        labels = {o.id: o.label.get(lang) for o in item.scale.labels}
        values = list(range(item.scale.min, item.scale.max + 1))
        columns = min(len(values), 6)
        self.buttons: dict[int, QPushButton] = {}
        for n, value in enumerate(values):
            text = str(value)
            if labels.get(str(value)):
                text += "\n" + _two_lines(labels[str(value)])
            button = QPushButton(text)
            button.setCheckable(True)
            button.setProperty("answer", "value")
            button.setMinimumHeight(72 if labels else 56)
            button.setMinimumWidth(64)
            if value <= 9:
                button.setToolTip(self.tr("Key {0}").format(value))
            button.clicked.connect(lambda _checked=False, v=value: self.choose(v))
            self.buttons[value] = button
            grid.addWidget(button, n // columns, n % columns)

    def choose(self, value: int) -> None:
        self.session.set_value(self.item.id, value)
        self.show_answer(self._answer())

    def show_answer(self, answer: Answer | None) -> None:
        current = answer.value if answer is not None and not answer.na else None
        for value, button in self.buttons.items():
            button.setChecked(value == current)

    def press_digit(self, n: int) -> bool:
        if n not in self.buttons:
            return False
        self.choose(n)
        return True

    def answer_text(self) -> str:
        answer = self._answer()
        if answer is None or answer.na or answer.value is None or self.item.scale is None:
            return super().answer_text()
        labels = {o.id: o.label.get(self.lang) for o in self.item.scale.labels}
        label = labels.get(str(answer.value))
        return f"{answer.value} ({label})" if label else str(answer.value)


class OptionRow(QFrame):
    """An option of a choice or multi item: a key button (or checkbox) and a wrapped label.

    The whole row is a click target.
    """

    clicked = Signal()

    def __init__(self, number: int, text: str, multi: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("option", "true")
        self.setMinimumHeight(TOUCH + 4)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 2, 6, 2)
        key = str(number) if number <= 9 else ""
        self.key: QAbstractButton = QCheckBox(key) if multi else QPushButton(key)
        self.key.setCheckable(True)
        self.key.setMinimumSize(TOUCH, TOUCH)
        if isinstance(self.key, QPushButton):
            self.key.setProperty("answer", "value")
            self.key.setMaximumWidth(TOUCH + 8)
        self.key.clicked.connect(self.clicked)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        row.addWidget(self.key)
        row.addWidget(self.label, 1)

    def set_chosen(self, chosen: bool) -> None:
        self.key.setChecked(chosen)
        if self.property("chosen") != ("true" if chosen else "false"):
            self.setProperty("chosen", "true" if chosen else "false")
            repolish(self)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.key.isEnabled() and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        else:
            super().mousePressEvent(event)


class OptionsEditor(ValueEditor):
    """Choice (one option) or multi (any options), numbered for the digit keys."""

    def __init__(self, session: AuditSession, item: Item, lang: str, parent: QWidget | None = None):
        super().__init__(session, item, lang, parent)
        self.multi = item.type == ItemType.MULTI
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        self.rows: list[OptionRow] = []
        for n, option in enumerate(item.options, start=1):
            row = OptionRow(n, option.label.get(lang), self.multi)
            row.clicked.connect(lambda i=n - 1: self.choose(i))
            self.rows.append(row)
            column.addWidget(row)

    def _chosen(self) -> set[str]:
        answer = self._answer()
        if answer is None or answer.na or answer.value is None:
            return set()
        value = answer.value
        return set(value) if isinstance(value, tuple) else {str(value)}

    def choose(self, index: int) -> None:
        option = self.item.options[index].id
        if self.multi:
            chosen = self._chosen() ^ {option}
            self.session.set_value(
                self.item.id, [o.id for o in self.item.options if o.id in chosen]
            )
        else:
            self.session.set_value(self.item.id, option)
        self.show_answer(self._answer())

    def show_answer(self, answer: Answer | None) -> None:
        chosen = self._chosen()
        for option, row in zip(self.item.options, self.rows, strict=True):
            row.set_chosen(option.id in chosen)

    def press_digit(self, n: int) -> bool:
        if not 1 <= n <= len(self.rows):
            return False
        self.choose(n - 1)
        return True

    def answer_text(self) -> str:
        chosen = self._chosen()
        if not chosen:
            return super().answer_text()
        return "; ".join(o.label.get(self.lang) for o in self.item.options if o.id in chosen)

    def set_locked(self, locked: bool) -> None:
        super().set_locked(locked)
        for row in self.rows:
            row.key.setEnabled(not locked)


class TextEditor(ValueEditor):
    """Free text of any length (saved on focus-out and after a pause in typing)."""

    def __init__(self, session: AuditSession, item: Item, lang: str, parent: QWidget | None = None):
        super().__init__(session, item, lang, parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.edit = CommitTextEdit()
        self.edit.setMinimumHeight(120)
        self.edit.setPlaceholderText(self.tr("Type here (E to start typing, Esc to leave)"))
        self.edit.commit_wanted.connect(self.commit)
        column.addWidget(self.edit)

    def stored_text(self) -> str:
        answer = self._answer()
        return value_text(answer.value) if answer is not None and not answer.na else ""

    def commit(self) -> bool:
        text = self.edit.toPlainText()
        if text == self.stored_text() or self.session.locked:
            return True
        if not text.strip() and not self.stored_text():
            return True
        return self.session.set_value(self.item.id, text)

    def show_answer(self, answer: Answer | None) -> None:
        self.edit.set_text_quietly(self.stored_text())

    def set_locked(self, locked: bool) -> None:
        self.edit.setReadOnly(locked)

    def edit_target(self) -> QWidget | None:
        return self.edit


class PhotoEditor(ValueEditor):
    """Photo items are answered by their photos (the strip below)."""

    def __init__(self, session: AuditSession, item: Item, lang: str, parent: QWidget | None = None):
        super().__init__(session, item, lang, parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        note = QLabel(
            self.tr(
                "Answer with photos: add them from files, drop them here or paste them (Ctrl+V)."
            )
        )
        note.setWordWrap(True)
        column.addWidget(note)


def make_editor(
    session: AuditSession,
    item: Item,
    lang: str,
    stopwatch: StopwatchState | None = None,
    parent: QWidget | None = None,
) -> ValueEditor:
    """The editor for the item's type."""
    t = item.type
    if t == ItemType.CHECK:
        return CheckEditor(session, item, lang, parent)
    if t == ItemType.RATING:
        return RatingEditor(session, item, lang, parent)
    if t in (ItemType.CHOICE, ItemType.MULTI):
        return OptionsEditor(session, item, lang, parent)
    if t == ItemType.NUMBER:
        return NumberEditor(session, item, lang, stopwatch, parent)
    if t == ItemType.DATE:
        return DateEditor(session, item, lang, parent)
    if t == ItemType.TIME:
        return TimeEditor(session, item, lang, parent)
    if t == ItemType.SIGNATURE:
        return SignatureEditor(session, item, lang, parent)
    if t == ItemType.PHOTO:
        return PhotoEditor(session, item, lang, parent)
    return TextEditor(session, item, lang, parent)

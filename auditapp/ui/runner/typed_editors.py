"""Single-line typed inputs: number (with the stopwatch), date, time and a signer's name.

Typed input is saved when the field loses focus or on Enter; a refused value stays in the
field, marked, with the session's message, and the saved value is kept.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from auditapp.core.answers import Answer, value_text
from auditapp.core.model import Item
from auditapp.ui.audit_session import AuditSession
from auditapp.ui.runner.editor_base import (
    TOUCH,
    FieldForKeys,
    ValueEditor,
    repolish,
    unit_label,
)
from auditapp.ui.runner.stopwatch import StopwatchState, StopwatchWidget
from auditapp.ui.signature_pad import SignaturePad


class LineEditor(ValueEditor):
    """A single-line typed value (number, date, time, printed name) with optional helpers."""

    placeholder = ""
    letters_are_keys = True
    """Numbers, dates and times take no letters (they stay keys); a printed name does."""

    def __init__(self, session: AuditSession, item: Item, lang: str, parent: QWidget | None = None):
        super().__init__(session, item, lang, parent)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.row = QHBoxLayout()
        self.edit = FieldForKeys() if self.letters_are_keys else QLineEdit()
        self.edit.setMinimumHeight(TOUCH)
        self.edit.setMaximumWidth(360)
        self.edit.setPlaceholderText(self.placeholder_text())
        self.edit.setStyleSheet("font-size: 14pt;")
        self.edit.editingFinished.connect(self.commit)
        self.row.addWidget(self.edit, 1)
        self.column.addLayout(self.row)

    def placeholder_text(self) -> str:
        return ""

    def stored_text(self) -> str:
        answer = self._answer()
        return value_text(answer.value) if answer is not None and not answer.na else ""

    def commit(self) -> bool:
        text = self.edit.text()
        if text.strip() == self.stored_text():
            self._mark_invalid(False)
            return True
        if self.session.locked:
            return True
        ok = self.session.set_value(self.item.id, text)
        self._mark_invalid(not ok)
        if ok and not self.edit.hasFocus():
            self.edit.setText(self.stored_text())
        return ok

    def set_value(self, text: str) -> bool:
        """Put ``text`` in the field and save it (helpers: today, now, stopwatch)."""
        self.edit.setText(text)
        return self.commit()

    def _mark_invalid(self, invalid: bool) -> None:
        if bool(self.edit.property("invalid") == "true") != invalid:
            self.edit.setProperty("invalid", "true" if invalid else "false")
            repolish(self.edit)

    def show_answer(self, answer: Answer | None) -> None:
        if self.edit.hasFocus() or self.edit.property("invalid") == "true":
            return  # never overwrite what the auditor is typing or still has to fix
        self.edit.setText(self.stored_text())

    def focus_target(self) -> QWidget | None:
        return self.edit

    def _helper(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setMinimumHeight(TOUCH)
        self.row.addWidget(button)
        return button


class NumberEditor(LineEditor):
    """A measurement in the item's unit; a stopwatch for timed items."""

    def __init__(
        self,
        session: AuditSession,
        item: Item,
        lang: str,
        stopwatch: StopwatchState | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(session, item, lang, parent)
        if item.unit:
            self.row.addWidget(QLabel(unit_label(item.unit)))
        self.row.addStretch(1)
        self.stopwatch: StopwatchWidget | None = None
        if item.timer and stopwatch is not None:
            self.stopwatch = StopwatchWidget(stopwatch, item.unit)
            self.stopwatch.measured.connect(self.set_value)
            self.column.addWidget(self.stopwatch)

    def placeholder_text(self) -> str:
        return self.tr("Type a number, e.g. 1.5")

    def answer_text(self) -> str:
        text = super().answer_text()
        answer = self._answer()
        if self.item.unit and answer is not None and not answer.na and text:
            return f"{text} {unit_label(self.item.unit)}"
        return text

    def set_locked(self, locked: bool) -> None:
        super().set_locked(locked)
        if self.stopwatch is not None:
            self.stopwatch.set_locked(locked)


class DateEditor(LineEditor):
    """A date typed as YYYY-MM-DD, or picked with Today or the calendar."""

    def __init__(self, session: AuditSession, item: Item, lang: str, parent: QWidget | None = None):
        super().__init__(session, item, lang, parent)
        today = self._helper(self.tr("Today  [T]"), self.tr("Use today's date (T)"))
        today.clicked.connect(self.today)
        pick = self._helper(self.tr("Calendar…"), self.tr("Pick the date on a calendar"))
        pick.clicked.connect(self.open_calendar)
        self.row.addStretch(1)
        self.calendar: QDialog | None = None

    def placeholder_text(self) -> str:
        return self.tr("YYYY-MM-DD")

    def today(self) -> bool:
        return self.set_value(date.today().isoformat())

    def press_letter(self, letter: str) -> bool:
        if letter != "t" or self.session.locked:
            return False
        self.today()
        return True

    def open_calendar(self) -> None:
        """A small window-modal calendar (a window of its own, so the runner's single-key
        shortcuts stay out of its way); a click or Enter on a day sets the date."""
        dialog = QDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowTitle(self.tr("Pick the date"))
        calendar = QCalendarWidget()
        stored = QDate.fromString(self.stored_text(), "yyyy-MM-dd")
        calendar.setSelectedDate(stored if stored.isValid() else QDate.currentDate())
        column = QVBoxLayout(dialog)
        column.addWidget(calendar)

        def picked(day: QDate) -> None:
            self.set_value(day.toString("yyyy-MM-dd"))
            dialog.accept()

        calendar.clicked.connect(picked)
        calendar.activated.connect(picked)
        self.calendar = dialog
        dialog.open()


class TimeEditor(LineEditor):
    """A time of day typed as HH:MM (24-hour), or Now."""

    def __init__(self, session: AuditSession, item: Item, lang: str, parent: QWidget | None = None):
        super().__init__(session, item, lang, parent)
        self.edit.setMaximumWidth(160)
        now = self._helper(self.tr("Now  [N]"), self.tr("Use the current time (N)"))
        now.clicked.connect(self.now)
        self.row.addStretch(1)

    def placeholder_text(self) -> str:
        return self.tr("HH:MM")

    def now(self) -> bool:
        return self.set_value(datetime.now().strftime("%H:%M"))

    def press_letter(self, letter: str) -> bool:
        if letter != "n" or self.session.locked:
            return False
        self.now()
        return True


class SignatureEditor(LineEditor):
    """The signer's printed name and a drawing on the signature pad (stored as the item's
    image); the item counts as answered with both. No file dialog: a signature is drawn."""

    letters_are_keys = False  # a name is free text, entered with E

    def __init__(self, session: AuditSession, item: Item, lang: str, parent: QWidget | None = None):
        super().__init__(session, item, lang, parent)
        self.sign_button = self._helper(
            self.tr("Sign…"), self.tr("Draw the signature on the signature pad")
        )
        self.sign_button.clicked.connect(self.open_pad)
        self.row.addStretch(1)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.column.addWidget(self.note)
        self.dialog: SignatureDialog | None = None
        self._show_note()

    def placeholder_text(self) -> str:
        return self.tr("Printed name of the signer (E to type)")

    def focus_target(self) -> QWidget | None:
        return None  # letters stay keys until E enters the name field

    def edit_target(self) -> QWidget | None:
        return self.edit

    def show_answer(self, answer: Answer | None) -> None:
        super().show_answer(answer)
        self._show_note()

    def _show_note(self) -> None:
        drawn = bool(self.session.photos(self.item.id))
        self.note.setText(
            self.tr("Signed on the pad.")
            if drawn
            else self.tr("Not signed yet: press Sign… to draw the signature.")
        )

    def open_pad(self) -> None:
        """The signature pad (window-modal); its drawing is stored as the item's image."""
        if self.session.locked:
            return
        self.commit()
        dialog = SignatureDialog(self.edit.text().strip(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.signed.connect(self._signed)
        self.dialog = dialog
        dialog.destroyed.connect(self._dialog_closed)
        dialog.open()

    def _dialog_closed(self) -> None:
        self.dialog = None

    def _signed(self, png: bytes) -> None:
        old = self.session.photos(self.item.id)
        if self.session.add_photo(self.item.id, png, name="signature.png"):
            for photo in old:  # the new drawing replaces the earlier one
                self.session.remove_photo(photo)
        self._show_note()

    def set_locked(self, locked: bool) -> None:
        super().set_locked(locked)
        self.sign_button.setVisible(not locked)


class SignatureDialog(QDialog):
    """Draw a signature (mouse, pen or finger) or type the name; ``signed`` carries the PNG."""

    signed = Signal(bytes)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Signature"))
        self.name = name
        column = QVBoxLayout(self)
        column.addWidget(QLabel(self.tr("Sign in the box with the mouse, a pen or a finger.")))
        self.pad = SignaturePad()
        column.addWidget(self.pad, 1)
        row = QHBoxLayout()
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.clicked.connect(self.pad.clear)
        self.type_button = QPushButton(self.tr("Type name instead"))
        self.type_button.setEnabled(bool(name))
        self.type_button.clicked.connect(self._type_name)
        self.ok_button = QPushButton(self.tr("Use this signature"))
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.use)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        for button in (self.clear_button, self.type_button, self.ok_button, cancel):
            button.setMinimumHeight(TOUCH)
            row.addWidget(button)
        column.addLayout(row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        column.addWidget(self.message)
        self.resize(640, 360)

    def _type_name(self) -> None:
        """Sign with the typed name; the focus moves on, so Enter then uses it."""
        self.pad.type_name(self.name)
        self.ok_button.setFocus(Qt.FocusReason.TabFocusReason)

    def use(self) -> None:
        if self.pad.is_empty():
            self.message.setText(self.tr("The box is empty: sign in it first."))
            return
        self.signed.emit(self.pad.to_png())
        self.accept()

"""Single-line typed inputs: number (with the stopwatch), date, time and a signer's name.

Typed input is saved when the field loses focus or on Enter; a refused value stays in the
field, marked, with the session's message, and the saved value is kept.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, Qt
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
from auditapp.ui.runner.editor_base import TOUCH, ValueEditor, repolish, unit_label
from auditapp.ui.runner.stopwatch import StopwatchState, StopwatchWidget


class LineEditor(ValueEditor):
    """A single-line typed value (number, date, time, printed name) with optional helpers."""

    placeholder = ""

    def __init__(self, session: AuditSession, item: Item, lang: str, parent: QWidget | None = None):
        super().__init__(session, item, lang, parent)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.row = QHBoxLayout()
        self.edit = QLineEdit()
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

    def set_locked(self, locked: bool) -> None:
        super().set_locked(locked)
        if self.stopwatch is not None:
            self.stopwatch.set_locked(locked)


class DateEditor(LineEditor):
    """A date typed as YYYY-MM-DD, or picked with Today or the calendar."""

    def __init__(self, session: AuditSession, item: Item, lang: str, parent: QWidget | None = None):
        super().__init__(session, item, lang, parent)
        today = self._helper(self.tr("Today"), self.tr("Use today's date"))
        today.clicked.connect(lambda: self.set_value(date.today().isoformat()))
        pick = self._helper(self.tr("Calendar…"), self.tr("Pick the date on a calendar"))
        pick.clicked.connect(self.open_calendar)
        self.row.addStretch(1)
        self.calendar: QDialog | None = None

    def placeholder_text(self) -> str:
        return self.tr("YYYY-MM-DD")

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
        now = self._helper(self.tr("Now"), self.tr("Use the current time"))
        now.clicked.connect(lambda: self.set_value(datetime.now().strftime("%H:%M")))
        self.row.addStretch(1)

    def placeholder_text(self) -> str:
        return self.tr("HH:MM")


class SignatureEditor(LineEditor):
    """The signer's printed name; the drawing is attached as the item's photo."""

    def __init__(self, session: AuditSession, item: Item, lang: str, parent: QWidget | None = None):
        super().__init__(session, item, lang, parent)
        self.row.addStretch(1)
        note = QLabel(
            self.tr(
                "The drawn signature is attached as this item's image: add, drop or paste "
                "it in the photos below. The item counts as answered with both."
            )
        )
        note.setWordWrap(True)
        self.column.addWidget(note)

    def placeholder_text(self) -> str:
        return self.tr("Printed name of the signer")

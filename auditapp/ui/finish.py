"""Finishing an audit (check, corrective actions, signatures, lock) and reopening it.

Both dialogs only talk to an :class:`AuditSession`; every refusal arrives through the
session's ``error`` signal and is shown inside the dialog, with everything typed or drawn
left in place.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QDateEdit,
    QDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from auditapp.core.evidence import CorrectiveAction
from auditapp.core.model import Form
from auditapp.core.numbering import item_numbers
from auditapp.core.scoring import display_percent
from auditapp.ui.audit_session import AuditSession
from auditapp.ui.signature_pad import SignaturePad

ACTION_DAYS = 14
"""Default due date of a new corrective action, in days from today."""
_PROMPT_CHARS = 90
_NARROW = 1000  # below this dialog width the two columns stack
_STYLE = """
QPushButton { min-height: 44px; padding: 0 18px; }
QLineEdit, QDateEdit { min-height: 40px; padding: 0 8px; }
QListWidget::item { padding: 10px 6px; }
QLabel#error { color: #a40000; background: #fdecea; border: 1px solid #e0a0a0;
               border-radius: 4px; padding: 8px; }
QLabel#hint { color: #555; }
QLabel#ok { color: #1b6e20; }
QLabel#problem { color: #a40000; }
"""


def numbering(form: Form) -> dict[str, str]:
    """``section.item`` numbers by item id: the runner's and the reports' numbering."""
    return item_numbers(form)


def _short(text: str, limit: int = _PROMPT_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _label(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


class _Body(QWidget):
    """Scroll-area content that asks only for its minimum height.

    Word-wrapping labels give the layout a height-for-width, and a resizable scroll area
    then sizes its content to the *preferred* height, showing a scroll bar the dialog does
    not need. The minimum keeps every control whole; extra room goes to the stretches.
    """

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        layout = self.layout()
        if isinstance(layout, QBoxLayout):
            return layout.minimumHeightForWidth(width)
        return super().heightForWidth(width)


class ActionEditor(QFrame):
    """Corrective actions of one failed item: those recorded, and a row to add one."""

    def __init__(self, session: AuditSession, item_id: str, title: str) -> None:
        super().__init__()
        self.session = session
        self.item_id = item_id
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        heading = _label(title)
        heading.setStyleSheet("font-weight: bold;")
        layout.addWidget(heading)
        self.existing = _label("", "hint")
        layout.addWidget(self.existing)
        self.what = QLineEdit()
        self.what.setPlaceholderText(self.tr("What must change"))
        layout.addWidget(self.what)
        row = QHBoxLayout()
        self.owner = QLineEdit()
        self.owner.setPlaceholderText(self.tr("Owner"))
        self.due = QDateEdit(QDate.currentDate().addDays(ACTION_DAYS))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setMinimumDate(QDate.currentDate())
        self.due.setToolTip(self.tr("Due date"))
        self.add = QPushButton(self.tr("Add action"))
        self.add.setEnabled(False)
        row.addWidget(self.owner, 2)
        row.addWidget(self.due, 1)
        row.addWidget(self.add)
        layout.addLayout(row)
        self.what.textChanged.connect(self._update_add)
        self.owner.textChanged.connect(self._update_add)
        self.what.returnPressed.connect(self.save)
        self.owner.returnPressed.connect(self.save)
        self.add.clicked.connect(self.save)
        self.refresh()

    def _update_add(self) -> None:
        self.add.setEnabled(bool(self.what.text().strip() and self.owner.text().strip()))

    def recorded(self) -> list[CorrectiveAction]:
        return [a for a in self.session.actions() if a.item_id == self.item_id]

    def refresh(self) -> None:
        """Re-list the actions recorded for the item."""
        lines = [
            self.tr("• {0} — {1}, due {2}").format(a.what, a.owner, a.due_date)
            for a in self.recorded()
        ]
        self.existing.setText("\n".join(lines) or self.tr("No corrective action recorded yet."))

    def pending(self) -> bool:
        """Something typed in the row that has not been saved."""
        return bool(self.what.text().strip())

    def save(self) -> bool:
        """Record the typed action; on refusal the row keeps its text (the error is shown)."""
        if not self.add.isEnabled():
            return False
        due = self.due.date().toString("yyyy-MM-dd")
        if not self.session.add_action(self.item_id, self.what.text(), self.owner.text(), due):
            return False
        self.what.clear()
        self.refresh()
        return True


class SignerBox(QGroupBox):
    """One signer: printed name, the pad, Clear and a typed-name fallback."""

    def __init__(self, role: str, title: str, name: str, placeholder: str) -> None:
        super().__init__(title)
        self.role = role
        self.dirty = True  # differs from what the store holds for this role
        layout = QVBoxLayout(self)
        self.name = QLineEdit(name)
        self.name.setPlaceholderText(placeholder)
        self.name.setAccessibleName(self.tr("Printed name"))
        layout.addWidget(self.name)
        self.pad = SignaturePad()
        layout.addWidget(self.pad, 1)
        row = QHBoxLayout()
        self.stored = _label("", "hint")
        self.typed = QPushButton(self.tr("Type name instead"))
        self.typed.setToolTip(self.tr("Put the printed name on the pad (for keyboard-only use)"))
        self.clear = QPushButton(self.tr("Clear"))
        row.addWidget(self.stored, 1)
        row.addWidget(self.typed)
        row.addWidget(self.clear)
        layout.addLayout(row)
        self.clear.clicked.connect(self.pad.clear)
        self.typed.clicked.connect(lambda: self.pad.type_name(self.name.text()))
        self.name.textChanged.connect(self._typed_enabled)
        self.name.textEdited.connect(self._touched)
        self.pad.changed.connect(self._touched)
        self._typed_enabled()

    def _touched(self) -> None:
        self.dirty = True

    def _typed_enabled(self) -> None:
        self.typed.setEnabled(bool(self.name.text().strip()))

    def ready(self) -> bool:
        return bool(self.name.text().strip()) and not self.pad.is_empty()


class FinishDialog(QDialog):
    """Check what is missing, record corrective actions, sign, then complete and lock."""

    jump_requested = Signal(str)
    """An entry of the missing list was chosen (item id); the dialog then closes."""

    def __init__(self, session: AuditSession, lang: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.lang = lang
        self.numbers = numbering(session.form)
        self._jumped = False
        self.editors: dict[str, ActionEditor] = {}
        self.setWindowTitle(self.tr("Finish the audit"))
        self.setStyleSheet(_STYLE)
        self.setSizeGripEnabled(True)
        self.setMinimumSize(480, 400)

        outer = QVBoxLayout(self)
        self.summary = _label("")
        outer.addWidget(self.summary)
        body = _Body()
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, body)
        self.columns.setContentsMargins(0, 0, 0, 0)
        self.left = left = QVBoxLayout()
        left.addWidget(self._check_box(), 2)
        left.addWidget(self._actions_box(), 3)
        left.addStretch(0)
        self.columns.addLayout(left, 1)
        self.columns.addWidget(self._signatures_box(), 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.error = _label("", "error")
        self.error.hide()
        outer.addWidget(self.error)
        bar = QHBoxLayout()
        self.hint = _label("", "hint")
        self.cancel = QPushButton(self.tr("Close"))
        self.complete = QPushButton(self.tr("Complete and lock"))
        bar.addWidget(self.hint, 1)
        bar.addWidget(self.cancel)
        bar.addWidget(self.complete)
        outer.addLayout(bar)

        self.cancel.clicked.connect(self.reject)
        self.complete.clicked.connect(self._complete)
        session.error.connect(self._show_error)
        for sig in (
            session.answer_changed,
            session.photos_changed,
            session.visibility_changed,
            session.score_changed,
            session.status_changed,
        ):
            sig.connect(self.refresh)
        self._load_signatures()
        self.refresh()

    # -- building -------------------------------------------------------------------
    def item_title(self, item_id: str) -> str:
        """``Item 3.2 'prompt'`` with the prompt in the report language."""
        prompt = _short(self.session.item(item_id).prompt.get(self.lang))
        return self.tr("Item {0} '{1}'").format(self.numbers.get(item_id, "?"), prompt)

    def _check_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("1. Check"))
        layout = QVBoxLayout(box)
        self.check_status = _label("")
        layout.addWidget(self.check_status)
        self.missing_list = QListWidget()
        self.missing_list.setWordWrap(True)
        self.missing_list.setMinimumHeight(120)
        self.missing_list.itemClicked.connect(self._jump)
        self.missing_list.itemActivated.connect(self._jump)
        layout.addWidget(self.missing_list, 1)
        return box

    def _actions_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("2. Corrective actions for failed items"))
        layout = QVBoxLayout(box)
        self.actions_status = _label("", "hint")
        layout.addWidget(self.actions_status)
        holder = QWidget()
        self.actions_layout = QVBoxLayout(holder)
        self.actions_layout.setContentsMargins(0, 0, 0, 0)
        self.actions_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        scroll.setMinimumHeight(170)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.actions_scroll = scroll
        layout.addWidget(scroll, 1)
        return box

    def _signatures_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("3. Signatures"))
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        layout = QVBoxLayout(box)
        self.auditor = SignerBox(
            "auditor",
            self.tr("Auditor"),
            self.session.audit.auditor.name,
            self.tr("Auditor's printed name"),
        )
        self.site_rep = SignerBox(
            "site_representative",
            self.tr("Site representative"),
            "",
            self.tr("Printed name of the site representative"),
        )
        for signer in (self.auditor, self.site_rep):
            layout.addWidget(signer, 1)
            signer.name.textChanged.connect(self._update_complete)
            signer.pad.changed.connect(self._update_complete)
        return box

    def _load_signatures(self) -> None:
        """Show signatures already stored for this revision (e.g. after a refused completion)."""
        for sig in self.session.signatures():
            signer = self.auditor if sig.role == "auditor" else self.site_rep
            try:
                data = self.session.signature_file(sig).read_bytes()
            except OSError:
                continue
            signer.name.setText(sig.name)
            if signer.pad.load_png(data):
                signer.stored.setText(self.tr("Signed {0}").format(sig.signed_at[:16]))
                signer.dirty = False

    # -- state ----------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the check and the failed items from the session."""
        self.session_summary()
        self._refresh_missing()
        self._refresh_actions()
        self._update_complete()

    def session_summary(self) -> None:
        r, audit = self.session.result, self.session.audit
        self.summary.setText(
            self.tr("{0} · site {1} · revision {2} · score {3}% · grade {4}").format(
                self.session.form.title.get(self.lang),
                audit.site_code,
                audit.revision,
                display_percent(r.percent),
                r.grade.grade if r.grade else "-",
            )
        )

    def _reason(self, reason: str) -> str:
        return {
            "unanswered": self.tr("unanswered"),
            "photo": self.tr("photo evidence required"),
            "comment": self.tr("comment required"),
        }.get(reason, reason)

    def _refresh_missing(self) -> None:
        missing = self.session.missing()
        self.missing_list.clear()
        for m in missing:
            text = self.tr("{0}: {1}").format(self.item_title(m.item_id), self._reason(m.reason))
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, m.item_id)
            entry.setToolTip(self.session.item(m.item_id).prompt.get(self.lang))
            self.missing_list.addItem(entry)
        self.missing_list.setVisible(bool(missing))
        if missing:
            self.check_status.setObjectName("problem")
            self.check_status.setText(
                self.tr(
                    "{0} point(s) must be settled before the audit can be completed. "
                    "Choose one to go to it."
                ).format(len(missing))
            )
        else:
            self.check_status.setObjectName("ok")
            self.check_status.setText(
                self.tr("Nothing is missing: every required item is answered with its evidence.")
            )
        # The style sheet selects on the object name: polish again after changing it.
        self.check_status.style().unpolish(self.check_status)
        self.check_status.style().polish(self.check_status)

    def failed_items(self) -> list[str]:
        return [r.item_id for r in self.session.result.items if r.failed]

    def _refresh_actions(self) -> None:
        failed = self.failed_items()
        for item_id in list(self.editors):
            if item_id not in failed and not self.editors[item_id].pending():
                self.editors.pop(item_id).deleteLater()
        for n, item_id in enumerate(failed):
            editor = self.editors.get(item_id)
            if editor is None:
                editor = ActionEditor(self.session, item_id, self.item_title(item_id))
                editor.setEnabled(not self.session.locked)
                self.editors[item_id] = editor
                self.actions_layout.insertWidget(n, editor)
            else:
                editor.refresh()
        without = sum(1 for e in self.editors.values() if not e.recorded())
        if not failed:
            text = self.tr("No item failed: no corrective action is needed.")
        elif without:
            text = self.tr("{0} failed item(s), {1} still without a corrective action.").format(
                len(failed), without
            )
        else:
            text = self.tr("{0} failed item(s), each with a corrective action.").format(len(failed))
        self.actions_status.setText(text)
        self.actions_scroll.setVisible(bool(self.editors))
        # Room goes where there is something to show.
        self.left.setStretch(0, 2 if self.missing_list.count() else 0)
        self.left.setStretch(1, 3 if self.editors else 0)
        self.left.setStretch(2, 0 if self.missing_list.count() or self.editors else 1)

    def _blockers(self) -> list[str]:
        """Why "Complete and lock" is not possible yet (empty when it is)."""
        if self.session.locked:
            if self.session.audit.status.value == "completed":
                return [self.tr("This audit is completed and locked; reopen it to change it.")]
            return [self.tr("This audit is signed and locked; reopen it to change it.")]
        out = []
        if self.missing_list.count():
            out.append(self.tr("Settle the open points first."))
        for signer, no_name, unsigned in (
            (
                self.auditor,
                self.tr("Enter the auditor's printed name."),
                self.tr("The auditor has not signed yet."),
            ),
            (
                self.site_rep,
                self.tr("Enter the site representative's printed name."),
                self.tr("The site representative has not signed yet."),
            ),
        ):
            if not signer.name.text().strip():
                out.append(no_name)
            if signer.pad.is_empty():
                out.append(unsigned)
        return out

    def _update_complete(self) -> None:
        blockers = self._blockers()
        self.complete.setEnabled(not blockers)
        self.hint.setText(" ".join(blockers))

    # -- actions --------------------------------------------------------------------
    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _jump(self, entry: QListWidgetItem) -> None:
        if self._jumped:
            return
        self._jumped = True
        self.jump_requested.emit(entry.data(Qt.ItemDataRole.UserRole))
        self.reject()

    def _complete(self) -> None:
        if self._blockers():
            return
        self.error.hide()
        for editor in self.editors.values():
            # A typed but unsaved action is saved, never silently dropped.
            if editor.pending() and not editor.save():
                if not editor.add.isEnabled():
                    self._show_error(
                        self.tr("{0}: give the owner of the action, or clear it.").format(
                            self.item_title(editor.item_id)
                        )
                    )
                self.actions_scroll.ensureWidgetVisible(editor)
                return
        for signer in (self.auditor, self.site_rep):
            if signer.dirty:
                if not self.session.sign(signer.role, signer.name.text(), signer.pad.to_png()):
                    return
                signer.dirty = False
        if self.session.complete():
            self.accept()

    # -- Qt -------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        self._jumped = False
        # Unless the caller chose a size: most of the screen, the pads need the room.
        if not self.testAttribute(Qt.WidgetAttribute.WA_Resized) and self.screen():
            area = self.screen().availableGeometry()
            self.resize(min(1400, int(area.width() * 0.94)), min(900, int(area.height() * 0.92)))
        super().showEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        # Enter in a field (e.g. after typing an action's owner) must never lock the audit
        # through a default button; on a focused button it presses that button.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focus = self.focusWidget()
            if isinstance(focus, QPushButton) and focus.isEnabled():
                focus.click()
            event.accept()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        narrow = event.size().width() < _NARROW
        self.columns.setDirection(
            QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        )
        super().resizeEvent(event)


class ReopenDialog(QDialog):
    """Unlock a completed audit as a new revision, for a stated reason."""

    def __init__(self, session: AuditSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        audit = session.audit
        self.setWindowTitle(self.tr("Reopen the audit"))
        self.setStyleSheet(_STYLE)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _label(
                self.tr(
                    "This audit is locked as revision {0}. Reopening it starts revision {1}: "
                    "answers can be changed again, and the audit must be completed and signed "
                    "again. The signatures given for revision {0} are removed. Your reason is "
                    "recorded in the audit trail with your name and the time."
                ).format(audit.revision, audit.revision + 1)
            )
        )
        layout.addWidget(_label(self.tr("Reason (required):")))
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("Why must this audit be changed?"))
        self.reason.setMinimumHeight(110)
        self.reason.setTabChangesFocus(True)
        layout.addWidget(self.reason, 1)
        self.error = _label("", "error")
        self.error.hide()
        layout.addWidget(self.error)
        bar = QHBoxLayout()
        bar.addStretch(1)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.reopen = QPushButton(self.tr("Reopen as revision {0}").format(audit.revision + 1))
        self.reopen.setEnabled(False)
        self.reopen.setDefault(True)
        bar.addWidget(self.cancel)
        bar.addWidget(self.reopen)
        layout.addLayout(bar)
        self.reason.textChanged.connect(
            lambda: self.reopen.setEnabled(bool(self.reason.toPlainText().strip()))
        )
        self.cancel.clicked.connect(self.reject)
        self.reopen.clicked.connect(self._reopen)
        session.error.connect(self._show_error)

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _reopen(self) -> None:
        reason = self.reason.toPlainText().strip()
        if not reason:
            self._show_error(self.tr("Give a reason: it goes into the audit trail."))
            return
        if self.session.reopen(reason):
            self.accept()

"""Finishing an audit (check, corrective actions, signatures, lock) and reopening it.

Both dialogs only talk to an :class:`AuditSession`; every refusal arrives through the
session's ``error`` signal and is shown inside the dialog, with everything typed or drawn
left in place.
"""

from __future__ import annotations

from collections.abc import Callable

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
from auditapp.core.model import Form, FormKind, SignerRole
from auditapp.core.numbering import item_numbers
from auditapp.core.rules import failed_without_action
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
QFrame#confirm { background: #fff8e1; border: 1px solid #e0c070; border-radius: 4px; }
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
    """Corrective actions of one failed item: those recorded (each can be edited or
    removed while the audit is open), and a row to add one or change the chosen one."""

    def __init__(self, session: AuditSession, item_id: str, title: str) -> None:
        super().__init__()
        self.session = session
        self.item_id = item_id
        self.editing: int | None = None
        """Id of the recorded action loaded into the row for changing, or None."""
        self.row_buttons: list[QPushButton] = []
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        heading = _label(title)
        heading.setStyleSheet("font-weight: bold;")
        layout.addWidget(heading)
        self.existing = _label("", "hint")
        layout.addWidget(self.existing)
        self.rows = QVBoxLayout()
        self.rows.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.rows)
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
        self.cancel_edit = QPushButton(self.tr("Cancel change"))
        self.cancel_edit.hide()
        row.addWidget(self.owner, 2)
        row.addWidget(self.due, 1)
        row.addWidget(self.add)
        row.addWidget(self.cancel_edit)
        layout.addLayout(row)
        self.what.textChanged.connect(self._update_add)
        self.owner.textChanged.connect(self._update_add)
        self.what.returnPressed.connect(self.save)
        self.owner.returnPressed.connect(self.save)
        self.add.clicked.connect(self.save)
        self.cancel_edit.clicked.connect(self._stop_editing)
        self.refresh()

    def _update_add(self) -> None:
        self.add.setEnabled(bool(self.what.text().strip() and self.owner.text().strip()))

    def recorded(self) -> list[CorrectiveAction]:
        return [a for a in self.session.actions() if a.item_id == self.item_id]

    def refresh(self) -> None:
        """Re-list the actions recorded for the item, each with Edit and Remove."""
        actions = self.recorded()
        if self.editing is not None and all(a.id != self.editing for a in actions):
            self._stop_editing()
        while self.rows.count():
            entry = self.rows.takeAt(0)
            if entry is not None and entry.widget() is not None:
                entry.widget().deleteLater()
        self.row_buttons = []
        editable = not self.session.locked
        for a in actions:
            line = QWidget()
            row = QHBoxLayout(line)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(
                _label(self.tr("• {0} — {1}, due {2}").format(a.what, a.owner, a.due_date)), 1
            )
            if editable:
                edit = QPushButton(self.tr("Edit"))
                edit.setAccessibleName(self.tr("Edit the action '{0}'").format(a.what))
                edit.clicked.connect(lambda _c=False, act=a: self.start_editing(act))
                remove = QPushButton(self.tr("Remove"))
                remove.setAccessibleName(self.tr("Remove the action '{0}'").format(a.what))
                remove.clicked.connect(lambda _c=False, act=a: self.remove(act))
                row.addWidget(edit)
                row.addWidget(remove)
                self.row_buttons += [edit, remove]
            self.rows.addWidget(line)
        self.existing.setText("" if actions else self.tr("No corrective action recorded yet."))
        self.existing.setVisible(not actions)

    def focus_chain(self) -> list[QWidget]:
        """This editor's controls in tab order."""
        return [*self.row_buttons, self.what, self.owner, self.due, self.add, self.cancel_edit]

    def pending(self) -> bool:
        """Something typed in the row that has not been saved."""
        if self.editing is not None:
            act = next((a for a in self.recorded() if a.id == self.editing), None)
            return act is not None and (
                self.what.text().strip(),
                self.owner.text().strip(),
                self.due.date().toString("yyyy-MM-dd"),
            ) != (act.what, act.owner, act.due_date)
        return bool(self.what.text().strip())

    def start_editing(self, action: CorrectiveAction) -> None:
        """Load a recorded action into the row; saving it changes that action."""
        self.editing = action.id
        self.what.setText(action.what)
        self.owner.setText(action.owner)
        due = QDate.fromString(action.due_date, "yyyy-MM-dd")
        if due < self.due.minimumDate():
            self.due.setMinimumDate(due)
        self.due.setDate(due)
        self.add.setText(self.tr("Save change"))
        self.cancel_edit.show()
        self.what.setFocus()
        self.what.selectAll()

    def _stop_editing(self) -> None:
        self.editing = None
        self.what.clear()
        self.owner.clear()
        self.due.setMinimumDate(QDate.currentDate())
        self.due.setDate(QDate.currentDate().addDays(ACTION_DAYS))
        self.add.setText(self.tr("Add action"))
        self.cancel_edit.hide()

    def remove(self, action: CorrectiveAction) -> None:
        if self.session.remove_action(action.id):
            self.what.setFocus()

    def save(self) -> bool:
        """Record the typed action; on refusal the row keeps its text (the error is shown)."""
        if not self.add.isEnabled():
            return False
        due = self.due.date().toString("yyyy-MM-dd")
        what, owner = self.what.text(), self.owner.text()
        if self.editing is not None:
            if not self.session.update_action(self.editing, what, owner, due):
                return False
            self._stop_editing()
        else:
            if not self.session.add_action(self.item_id, what, owner, due):
                return False
            self.what.clear()
        # The list was rebuilt by the dialog on the session's actions_changed signal.
        return True


class SignerBox(QGroupBox):
    """One signer: printed name, the pad, Clear and a typed-name fallback.

    ``done`` is emitted when the signer finished by keyboard (the typed name was put on the
    pad, or Enter was pressed in a filled name), so the dialog can move on.
    """

    done = Signal()

    def __init__(
        self,
        role: str,
        title: str,
        name: str,
        placeholder: str,
        clock: Callable[[], str] | None = None,
    ) -> None:
        super().__init__(title)
        self.role = role
        self.dirty = True  # differs from what the store holds for this role
        layout = QVBoxLayout(self)
        self.name = QLineEdit(name)
        self.name.setPlaceholderText(placeholder)
        self.name.setAccessibleName(self.tr("Printed name"))
        layout.addWidget(self.name)
        self.pad = SignaturePad(clock=clock)
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
        self.typed.clicked.connect(self.sign_typed)
        self.name.returnPressed.connect(self._name_entered)
        self.name.textChanged.connect(self._typed_enabled)
        self.name.textEdited.connect(self._touched)
        self.pad.changed.connect(self._touched)
        self.pad.changed.connect(self._show_time)
        self._typed_enabled()

    def sign_typed(self) -> None:
        """Put the printed name on the pad as the signature."""
        if self.name.text().strip():
            self.pad.type_name(self.name.text())
            self.done.emit()

    def _name_entered(self) -> None:
        if not self.name.text().strip():
            return
        if self.pad.is_empty():
            self.sign_typed()
        else:
            self.done.emit()

    def _touched(self) -> None:
        self.dirty = True

    def _show_time(self) -> None:
        if self.pad.drawn_at:
            self.stored.setText(self.tr("Drawn {0}").format(_minute(self.pad.drawn_at)))
        elif self.pad.is_empty():
            self.stored.setText("")

    def show_stored(self, signed_at: str) -> None:
        self.stored.setText(self.tr("Drawn {0}").format(_minute(signed_at)))

    def _typed_enabled(self) -> None:
        self.typed.setEnabled(bool(self.name.text().strip()))

    def ready(self) -> bool:
        return bool(self.name.text().strip()) and not self.pad.is_empty()


def _minute(stamp: str) -> str:
    """``2026-12-02T09:15:07+08:00`` as ``2026-12-02 09:15``."""
    return stamp[:16].replace("T", " ")


class FinishDialog(QDialog):
    """Check what is missing, record corrective actions, sign, then complete and lock.

    The signature pads shown are the form's required signatures (a mystery shop: the
    auditor's only). "Complete and lock" asks for confirmation in the dialog itself, naming
    failed items without a corrective action. Everything works from the keyboard: the
    dialog opens on the first thing to do, "Type name instead" signs with the prefilled
    printed name and moves on, and Enter or Space presses the focused button.
    """

    jump_requested = Signal(str)
    """An entry of the missing list was chosen (item id); the dialog then closes."""

    def __init__(
        self,
        session: AuditSession,
        lang: str = "en",
        parent: QWidget | None = None,
        clock: Callable[[], str] | None = None,
    ):
        super().__init__(parent)
        self.session = session
        self.lang = lang
        self.clock = clock
        self.numbers = numbering(session.form)
        self._jumped = False
        self._focused_once = False
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
        outer.addWidget(self._confirm_panel())
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
            session.actions_changed,
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
        form, audit = self.session.form, self.session.audit
        roles = form.required_signatures
        self.signers: list[SignerBox] = []
        self.auditor = SignerBox(
            SignerRole.AUDITOR.value,
            self.tr("Auditor"),
            # On a mystery shop the shopper signs with the alias the report shows.
            audit.auditor.shown_name(form.kind == FormKind.MYSTERY_SHOP),
            self.tr("Auditor's printed name"),
            self.clock,
        )
        self.signers.append(self.auditor)
        self.site_rep: SignerBox | None = None
        if SignerRole.SITE_REPRESENTATIVE in roles:
            self.site_rep = SignerBox(
                SignerRole.SITE_REPRESENTATIVE.value,
                self.tr("Site representative"),
                "",
                self.tr("Printed name of the site representative"),
                self.clock,
            )
            self.signers.append(self.site_rep)
        else:
            note = _label(
                self.tr(
                    "This form needs no site representative's signature: "
                    "the auditor's signature completes it."
                ),
                "hint",
            )
            layout.addWidget(note)
        for signer in self.signers:
            layout.addWidget(signer, 1)
            signer.name.textChanged.connect(self._update_complete)
            signer.pad.changed.connect(self._update_complete)
            signer.done.connect(self.focus_next)
        return box

    def _confirm_panel(self) -> QFrame:
        """The question asked before locking, shown in place of the button bar's action."""
        self.confirm = QFrame()
        self.confirm.setObjectName("confirm")
        layout = QVBoxLayout(self.confirm)
        self.confirm_text = _label("")
        layout.addWidget(self.confirm_text)
        row = QHBoxLayout()
        row.addStretch(1)
        self.confirm_back = QPushButton(self.tr("Go back"))
        self.confirm_lock = QPushButton(self.tr("Lock the audit"))
        row.addWidget(self.confirm_back)
        row.addWidget(self.confirm_lock)
        layout.addLayout(row)
        self.confirm_back.clicked.connect(self._back)
        self.confirm_lock.clicked.connect(self._lock)
        self.confirm.hide()
        return self.confirm

    def _load_signatures(self) -> None:
        """Show signatures already stored for this revision (e.g. after a refused completion)."""
        boxes = {signer.role: signer for signer in self.signers}
        for sig in self.session.signatures():
            signer = boxes.get(sig.role)
            if signer is None:
                continue
            try:
                data = self.session.signature_file(sig).read_bytes()
            except OSError:
                continue
            signer.name.setText(sig.name)
            if signer.pad.load_png(data):
                signer.show_stored(sig.signed_at)
                signer.dirty = False

    # -- state ----------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the check and the failed items from the session."""
        self.session_summary()
        self._refresh_missing()
        self._refresh_actions()
        self._update_complete()
        self._tab_order()

    def session_summary(self) -> None:
        r, audit = self.session.result, self.session.audit
        answered, visible = self.session.answered_share()
        # the dialog is open only before locking: the score is as provisional as the header's
        self.summary.setText(
            self.tr(
                "{0} · site {1} · revision {2} · provisional score {3}% · grade {4} "
                "({5}/{6} answered)"
            ).format(
                self.session.form.title.get(self.lang),
                audit.site_code,
                audit.revision,
                display_percent(r.percent),
                r.grade.grade if r.grade else "-",
                answered,
                visible,
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

    def without_action(self) -> list[str]:
        """Failed items (ids, form order) with no corrective action recorded."""
        return failed_without_action(
            self.session.result, (a.item_id for a in self.session.actions())
        )

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
        without = len(self.without_action())
        if not failed:
            text = self.tr("No item failed: no corrective action is needed.")
        elif without:
            text = self.tr("{0} failed item(s), {1} still without a corrective action.").format(
                len(failed), without
            )
            if self.session.form.actions_required:
                text += " " + self.tr("This form requires one for every failed item.")
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
        if self.session.form.actions_required and self.without_action():
            out.append(
                self.tr("Give every failed item a corrective action: this form requires it.")
            )
        texts = {
            SignerRole.AUDITOR.value: (
                self.tr("Enter the auditor's printed name."),
                self.tr("The auditor has not signed yet."),
            ),
            SignerRole.SITE_REPRESENTATIVE.value: (
                self.tr("Enter the site representative's printed name."),
                self.tr("The site representative has not signed yet."),
            ),
        }
        for signer in self.signers:
            no_name, unsigned = texts[signer.role]
            if not signer.name.text().strip():
                out.append(no_name)
            if signer.pad.is_empty():
                out.append(unsigned)
        return out

    def _update_complete(self) -> None:
        blockers = self._blockers()
        self.complete.setEnabled(not blockers and self.confirm.isHidden())
        self.hint.setText(" ".join(blockers))
        if blockers and not self.confirm.isHidden():
            self._back()

    def _tab_order(self) -> None:
        """Tab goes down the dialog: the check, each failed item's action, each signer,
        then the buttons (editors are added later than the signers, so Qt's creation
        order would put them last)."""
        chain: list[QWidget] = [self.missing_list]
        for item_id in self.failed_items():
            if item_id in self.editors:
                chain += self.editors[item_id].focus_chain()
        for signer in self.signers:
            chain += [signer.name, signer.typed, signer.clear]
        chain += [self.confirm_lock, self.confirm_back, self.complete, self.cancel]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def focus_next(self) -> None:
        """Focus the first thing still to do: an open point, a required action, a
        signer's name or "Type name instead", else "Complete and lock"."""
        if self.session.locked:
            self.cancel.setFocus()
            return
        if self.missing_list.count():
            self.missing_list.setFocus()
            if self.missing_list.currentRow() < 0:
                self.missing_list.setCurrentRow(0)
            return
        if self.session.form.actions_required:
            for item_id in self.without_action():
                if item_id in self.editors:
                    self.actions_scroll.ensureWidgetVisible(self.editors[item_id])
                    self.editors[item_id].what.setFocus()
                    return
        for signer in self.signers:
            if not signer.name.text().strip():
                signer.name.setFocus()
                return
            if signer.pad.is_empty():
                signer.typed.setFocus()
                return
        self.complete.setFocus()

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
        """Save what was typed, then ask before locking."""
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
        if self._blockers():  # saving an action may have changed the picture
            return
        text = self.tr(
            "Lock the audit now? Once locked, its answers, evidence, signatures and corrective "
            "actions can no longer be changed; a change needs a reopen with a reason, which "
            "starts a new revision."
        )
        bare = self.without_action()
        if bare:
            text += "\n\n" + self.tr("%n failed item(s) have no corrective action:", "", len(bare))
            text += "\n" + "\n".join(f"• {self.item_title(i)}" for i in bare)
            self.confirm_lock.setText(self.tr("Lock without actions"))
            self.confirm_back.setText(self.tr("Add actions first"))
        else:
            self.confirm_lock.setText(self.tr("Lock the audit"))
            self.confirm_back.setText(self.tr("Go back"))
        self.confirm_text.setText(text)
        self.confirm.show()
        self.complete.setEnabled(False)
        self.confirm_lock.setFocus()

    def _back(self) -> None:
        """Leave the confirmation without locking."""
        self.confirm.hide()
        self._update_complete()
        bare = self.without_action()
        if bare and bare[0] in self.editors:
            self.actions_scroll.ensureWidgetVisible(self.editors[bare[0]])
            self.editors[bare[0]].what.setFocus()
        else:
            self.complete.setFocus()

    def _lock(self) -> None:
        """Confirmed: store the signatures (with the time each was drawn), then lock."""
        self.confirm.hide()
        if self._blockers():
            self._update_complete()
            return
        for signer in self.signers:
            if signer.dirty:
                drawn_at = signer.pad.drawn_at or None
                png = signer.pad.to_png()
                if not self.session.sign(signer.role, signer.name.text(), png, drawn_at):
                    self._update_complete()
                    return
                signer.dirty = False
        if self.session.complete():
            self.accept()
        else:
            self._update_complete()

    # -- Qt -------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        self._jumped = False
        # Unless the caller chose a size: most of the screen, the pads need the room.
        if not self.testAttribute(Qt.WidgetAttribute.WA_Resized) and self.screen():
            area = self.screen().availableGeometry()
            self.resize(min(1400, int(area.width() * 0.94)), min(900, int(area.height() * 0.92)))
        super().showEvent(event)
        if not self._focused_once:
            self._focused_once = True
            # The keys go here, not to the runner behind (whose Enter moves on).
            self.activateWindow()
            self.focus_next()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        # A focused button takes Enter itself (buttons in a dialog are auto-default). What
        # reaches here came from a field (e.g. after typing an action's owner, or a name that
        # signs and moves the focus on): it must never press a default button, nor the one
        # the field's own handler just focused.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape and not self.confirm.isHidden():
            self._back()
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

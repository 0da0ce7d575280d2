"""The panel of the current item: prompt, markers, input, N/A, evidence, comment, photos.

One panel exists at a time (built when the auditor moves to an item), so a 300-item form
opens as fast as a 10-item one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from auditapp.core.model import EvidenceRule, Item, ItemType
from auditapp.ui.audit_session import AuditSession
from auditapp.ui.runner.editor_base import TOUCH, CommitTextEdit, ValueEditor, unit_label
from auditapp.ui.runner.item_editors import make_editor
from auditapp.ui.runner.photo_strip import PhotoStrip, PhotoUndo
from auditapp.ui.runner.stopwatch import StopwatchState

BADGE = "border-radius: 3px; padding: 2px 6px; background: {bg}; color: {fg};"


def _fraction_text(value: object) -> str:
    text = str(value)
    return text if "/" not in text else f"{float(value):.2f}"  # type: ignore[arg-type]


class ItemPanel(QWidget):
    """Everything about one item. Writes go through the session; the runner forwards signals."""

    def __init__(
        self,
        session: AuditSession,
        item: Item,
        lang: str,
        undo: PhotoUndo,
        stopwatch: StopwatchState | None,
        position: str,
        photo_panel: PhotoStrip | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.item = item
        self.lang = lang
        self.closing = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.position = QLabel(position)
        self.position.setStyleSheet("color: palette(mid);")
        self.position.setWordWrap(True)
        layout.addWidget(self.position)
        self.prompt = QLabel(item.prompt.get(lang))
        self.prompt.setWordWrap(True)
        self.prompt.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.prompt.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.prompt)
        layout.addLayout(self._badges())
        self.editor: ValueEditor = make_editor(session, item, lang, stopwatch)
        layout.addWidget(self.editor)
        # What a locked audit shows instead of the (hidden) editing controls.
        self.answer_view = QLabel()
        self.answer_view.setWordWrap(True)
        self.answer_view.setTextFormat(Qt.TextFormat.PlainText)
        self.answer_view.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.answer_view.setStyleSheet("font-size: 14pt; padding: 6px; background: #eceff1;")
        layout.addWidget(self.answer_view)
        self.photos: PhotoStrip | None = None
        """The runner's photo panel while it shows this item's photos (None: the item
        takes none)."""
        takes_photos = item.type in (ItemType.PHOTO, ItemType.SIGNATURE)
        if takes_photos or item.evidence.photo != EvidenceRule.NEVER:
            self.photos = photo_panel
        layout.addLayout(self._na_row())
        self.evidence = QLabel()
        self.evidence.setWordWrap(True)
        self.evidence.setStyleSheet(
            "background: #fff3e0; color: #8a4b00; border: 1px solid #ffb74d; "
            "border-radius: 4px; padding: 6px; font-weight: bold;"
        )
        layout.addWidget(self.evidence)
        layout.addWidget(self._rules_label())
        self.comment_heading = QLabel(self.tr("Comment (C)"))
        layout.addWidget(self.comment_heading)
        self.comment_view = QLabel()
        self.comment_view.setWordWrap(True)
        self.comment_view.setTextFormat(Qt.TextFormat.PlainText)
        self.comment_view.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.comment_view)
        self.comment = CommitTextEdit()
        self.comment.setPlaceholderText(self.tr("Comment on this item (saved as you type)"))
        self.comment.setMinimumHeight(72)
        self.comment.setMaximumHeight(110)
        self.comment.commit_wanted.connect(self.commit_comment)
        layout.addWidget(self.comment)
        layout.addStretch(1)
        self.refresh()

    def _badges(self) -> QHBoxLayout:
        row = QHBoxLayout()
        item = self.item

        def badge(text: str, bg: str = "#eceff1", fg: str = "#263238") -> None:
            label = QLabel(text)
            label.setStyleSheet(BADGE.format(bg=bg, fg=fg))
            row.addWidget(label)

        if item.clause:
            badge(self.tr("Clause {0}").format(item.clause))
        if item.scored:
            if item.points == 1:
                badge(self.tr("1 point"))
            else:
                badge(self.tr("{0} points").format(_fraction_text(item.points)))
        if item.critical:
            badge(self.tr("Critical"), "#c62828", "white")
        if item.required:
            badge(self.tr("Required"), "#1565c0", "white")
        else:
            badge(self.tr("Optional"))
        if item.unit:
            badge(self.tr("Unit: {0}").format(unit_label(item.unit)))
        if item.allow_na:
            badge(self.tr("N/A allowed"))
        if item.visible_if is not None:
            badge(self.tr("Conditional"))
        row.addStretch(1)
        return row

    def _na_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.na_button: QPushButton | None = None
        if self.item.allow_na and self.item.type != ItemType.CHECK:
            self.na_button = QPushButton(self.tr("Not applicable  [N]"))
            self.na_button.setCheckable(True)
            self.na_button.setProperty("answer", "na")
            self.na_button.setStyleSheet(
                "QPushButton:checked { background: #546e7a; color: white; font-weight: bold; }"
            )
            self.na_button.setMinimumHeight(TOUCH)
            self.na_button.clicked.connect(self.toggle_na)
            row.addWidget(self.na_button)
        self.clear_button = QPushButton(self.tr("Clear answer"))
        self.clear_button.setMinimumHeight(TOUCH)
        self.clear_button.clicked.connect(self.clear_answer)
        if self.item.type == ItemType.PHOTO:
            self.clear_button.hide()
        row.addWidget(self.clear_button)
        row.addStretch(1)
        return row

    def _rules_label(self) -> QLabel:
        names = {
            EvidenceRule.REQUIRED: self.tr("required"),
            EvidenceRule.REQUIRED_ON_FAILURE: self.tr("required on failure"),
        }
        rules = []
        if self.item.evidence.photo in names:
            rules.append(self.tr("photo {0}").format(names[self.item.evidence.photo]))
        if self.item.evidence.comment in names:
            rules.append(self.tr("comment {0}").format(names[self.item.evidence.comment]))
        label = QLabel(self.tr("Evidence: {0}").format(", ".join(rules)) if rules else "")
        label.setStyleSheet("color: palette(mid);")
        if not rules:
            label.hide()  # (showing a parentless label would open it as a window)
        return label

    # -- reflecting the store ---------------------------------------------------
    def refresh(self) -> None:
        """Show the stored answer, N/A mark, comment and evidence state."""
        answer = self.session.answer(self.item.id)
        self.editor.show_answer(answer)
        na = bool(answer and answer.na)
        if self.na_button is not None:
            self.na_button.setChecked(na)
        self.comment.set_text_quietly(answer.comment if answer else "")
        missing = self.session.evidence_missing(self.item.id)
        failed = self.session.item_result(self.item.id).failed
        texts = []
        if "photo" in missing:
            texts.append(
                self.tr("Photo required on failure: add one below.")
                if failed and self.item.evidence.photo == EvidenceRule.REQUIRED_ON_FAILURE
                else self.tr("Photo required: add one below.")
            )
        if "comment" in missing:
            texts.append(
                self.tr("Comment required on failure: say what you saw.")
                if failed and self.item.evidence.comment == EvidenceRule.REQUIRED_ON_FAILURE
                else self.tr("Comment required: say what you saw.")
            )
        self.evidence.setText("⚠ " + "  ".join(texts) if texts else "")
        self.evidence.setVisible(bool(texts))
        self.set_locked(self.session.locked)

    def set_locked(self, locked: bool) -> None:
        """Locked: the answer and comment as text, no (greyed) editing controls at all."""
        self.editor.set_locked(locked)
        self.editor.setVisible(not locked)
        self.comment.setReadOnly(locked)
        self.comment.setVisible(not locked)
        self.clear_button.setVisible(not locked and self.item.type != ItemType.PHOTO)
        if self.na_button is not None:
            self.na_button.setVisible(not locked)
        self.answer_view.setVisible(locked)
        self.comment_view.setVisible(locked)
        if locked:
            answer = self.session.answer(self.item.id)
            shown = self.editor.answer_text()
            if not shown and self.item.type in (ItemType.PHOTO, ItemType.SIGNATURE):
                count = answer.photo_count if answer else 0
                shown = self.tr("%n photo(s)", "", count) if count else ""
            self.answer_view.setText(
                self.tr("Answer: {0}").format(shown) if shown else self.tr("Not answered")
            )
            comment = answer.comment if answer else ""
            self.comment_heading.setText(self.tr("Comment") if comment else self.tr("No comment"))
            self.comment_view.setText(comment)
            self.comment_view.setVisible(bool(comment))
        else:
            self.comment_heading.setText(self.tr("Comment (C)"))

    # -- actions ------------------------------------------------------------------
    def commit(self) -> bool:
        """Save pending typed input (value and comment); False when the value was refused."""
        comment_ok = self.commit_comment()
        return self.editor.commit() and comment_ok

    def commit_comment(self) -> bool:
        if self.session.locked:
            return True
        answer = self.session.answer(self.item.id)
        text = self.comment.toPlainText()
        if text == (answer.comment if answer else ""):
            return True
        return self.session.set_comment(self.item.id, text)

    def toggle_na(self) -> None:
        answer = self.session.answer(self.item.id)
        self.session.set_na(self.item.id, not (answer is not None and answer.na))
        self.refresh()

    def mark_na(self) -> bool:
        """The N key: mark not applicable (where allowed)."""
        if not self.item.allow_na:
            return False
        self.session.set_na(self.item.id, True)
        self.refresh()
        return True

    def clear_answer(self) -> None:
        answer = self.session.answer(self.item.id)
        if answer is not None and answer.na:
            self.session.set_na(self.item.id, False)
        if self.item.type != ItemType.PHOTO:
            self.session.set_value(self.item.id, None)
        self.refresh()

    def focus_input(self, typing: bool = False) -> None:
        """Focus the item's single-line field, or (``typing``) any text field; else the panel."""
        target = self.editor.edit_target() if typing else self.editor.focus_target()
        if target is not None and not self.session.locked:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            if hasattr(target, "selectAll"):
                target.selectAll()
        else:
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_comment(self) -> None:
        self.comment.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- drops anywhere on the panel go to the item's photos ----------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.photos is not None:
            self.photos.dragEnterEvent(event)
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if self.photos is not None:
            self.photos.dropEvent(event)
        else:
            event.ignore()

"""One open audit as seen by the GUI: store calls in, Qt signals out. No widgets here.

Every change goes straight to the store (committed before the call returns), then the
session re-reads the answers and re-scores with the one scoring definition, and tells the
views what changed. Errors the user can act on arrive through ``error``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from auditapp.core.answers import Answer
from auditapp.core.errors import AnswerError, AuditAppError
from auditapp.core.evidence import CorrectiveAction, Photo, Signature
from auditapp.core.model import Form, Item
from auditapp.core.numbering import item_numbers, item_title
from auditapp.core.records import Audit, AuditStatus
from auditapp.core.rules import Missing, completion_check, evidence_missing
from auditapp.core.scoring import AuditScore, ItemResult, SectionResult, score
from auditapp.store import Store

AUTO_ADVANCE = "runner_auto_advance"
"""Setting: after a one-key answer the runner moves to the next item (default on)."""


def auto_advance(store: Store) -> bool:
    """Whether the runner moves on after a one-key answer (the Settings page's checkbox)."""
    return store.settings.get(AUTO_ADVANCE, True) is not False


class AuditSession(QObject):
    """The state of one audit for the runner and the finishing dialog."""

    answer_changed = Signal(str)
    """An item's value, N/A mark or comment changed (item id)."""
    visibility_changed = Signal()
    """Some items appeared or disappeared."""
    score_changed = Signal()
    """The score, grade or completion changed."""
    photos_changed = Signal(str)
    """Photos of an item (or '' for the whole audit) changed."""
    actions_changed = Signal()
    """A corrective action was added, edited or removed."""
    status_changed = Signal()
    """The audit was completed, signed or reopened."""
    saved = Signal(str)
    """A change was committed; the text says when."""
    error = Signal(str)
    """Something the user did was refused; the text says why and what to do."""

    def __init__(
        self, store: Store, audit_id: str, actor: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.actor = actor
        self.audit: Audit = store.audits.get(audit_id)
        self.form: Form = store.audits.form_of(self.audit)
        self.answers: dict[str, Answer] = {}
        self.lang = "en"
        """Language item prompts are named in, in messages (the runner sets it)."""
        self.numbers: dict[str, str] = item_numbers(self.form)
        """``section.item`` number of every item, as in the finishing check and reports."""
        self.result: AuditScore = score(self.form, {})
        self._items_by_id = {r.item_id: r for r in self.result.items}
        self.reload()

    # -- reading ------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read everything from the store."""
        self.audit = self.store.audits.get(self.audit.id)
        self.answers = self.store.audits.answers(self.audit.id)
        self.result = score(self.form, self.answers)
        self._items_by_id = {r.item_id: r for r in self.result.items}

    @property
    def locked(self) -> bool:
        """Completed or signed: changes need a reopen first."""
        return self.audit.status != AuditStatus.IN_PROGRESS

    def item(self, item_id: str) -> Item:
        return self.form.item(item_id)

    def answer(self, item_id: str) -> Answer | None:
        return self.answers.get(item_id)

    def item_result(self, item_id: str) -> ItemResult:
        return self._items_by_id[item_id]

    def section_result(self, section_id: str) -> SectionResult:
        return next(s for s in self.result.sections if s.section_id == section_id)

    def visible(self, item_id: str) -> bool:
        return self._items_by_id[item_id].visible

    def visible_items(self) -> list[Item]:
        """Items currently shown, in form order."""
        return [i for i in self.form.items() if self._items_by_id[i.id].visible]

    def evidence_missing(self, item_id: str) -> list[str]:
        """``photo`` and/or ``comment`` when the item's evidence rule is not met yet."""
        r = self._items_by_id[item_id]
        if not r.answered:
            return []
        return evidence_missing(self.item(item_id), self.answers.get(item_id), r.failed)

    def label(self, item_id: str) -> str:
        """The item as the auditor sees it: number and prompt ("3.4 Minutes from order…")."""
        return item_title(self.form, item_id, self.lang)

    def open_items(self) -> list[str]:
        """Visible items that keep the audit from completing: required and unanswered, or
        answered without the evidence their rules ask for; in form order, each once."""
        return list(dict.fromkeys(m.item_id for m in self.missing()))

    def answered_share(self) -> tuple[int, int]:
        """(answered or N/A, visible) items: how far the audit is."""
        visible = [r for r in self.result.items if r.visible]
        return sum(1 for r in visible if r.answered or r.na), len(visible)

    def missing(self) -> list[Missing]:
        """Everything that stands between the audit and its completion, in form order."""
        return completion_check(self.form, self.answers, self.result)

    def next_open(self, after: str | None = None) -> str | None:
        """The next visible required item still open after ``after`` (wrapping around)."""
        open_ids = list(self.result.required_open)
        if not open_ids:
            return None
        order = [i.id for i in self.form.items()]
        start = order.index(after) + 1 if after in order else 0
        for item_id in order[start:] + order[:start]:
            if item_id in open_ids:
                return item_id
        return None

    def photos(self, item_id: str | None = None) -> list[Photo]:
        return self.store.photos.list(self.audit.id, item_id)

    def photo_file(self, photo: Photo) -> Path:
        return self.store.photos.file(photo)

    def thumbnail(self, photo: Photo) -> Path:
        return self.store.photos.thumbnail(photo)

    def signatures(self) -> list[Signature]:
        return self.store.signoff.signatures(self.audit.id)

    def signature_file(self, signature: Signature) -> Path:
        """The stored PNG of a drawn signature."""
        return self.store.blobs.path(signature.image_sha256, ".png")

    def actions(self) -> list[CorrectiveAction]:
        return self.store.signoff.actions(self.audit.id)

    # -- writing ------------------------------------------------------------------
    def _apply(self, fn: Any, *args: Any, item_id: str = "") -> bool:
        before_visible = {k: r.visible for k, r in self._items_by_id.items()}
        before_score = self._summary()
        try:
            fn(*args)
        except AnswerError as exc:
            known = exc.item_id in self.numbers
            self.error.emit(f"{self.label(exc.item_id)}: {exc.detail}" if known else str(exc))
            return False
        except AuditAppError as exc:
            self.error.emit(str(exc))
            return False
        self.reload()
        if item_id:
            self.answer_changed.emit(item_id)
        if {k: r.visible for k, r in self._items_by_id.items()} != before_visible:
            self.visibility_changed.emit()
        if self._summary() != before_score:
            self.score_changed.emit()
        self.saved.emit(self.audit.updated_at[11:19])
        return True

    def _summary(self) -> tuple[object, ...]:
        """What the header shows: a change in it is a ``score_changed``."""
        r = self.result
        return (r.percent, r.grade, r.required_open, self.answered_share(), self.open_items())

    def set_value(self, item_id: str, raw: Any) -> bool:
        """Save a value (validated by the core); False, with ``error`` emitted, if refused."""
        return self._apply(
            self.store.audits.set_answer, self.audit.id, item_id, raw, self.actor, item_id=item_id
        )

    def set_na(self, item_id: str, na: bool) -> bool:
        return self._apply(
            self.store.audits.set_na, self.audit.id, item_id, na, self.actor, item_id=item_id
        )

    def set_comment(self, item_id: str, text: str) -> bool:
        return self._apply(
            self.store.audits.set_comment, self.audit.id, item_id, text, self.actor, item_id=item_id
        )

    def add_photo(
        self, item_id: str | None, source: Path | bytes, name: str = "", caption: str = ""
    ) -> bool:
        ok = self._apply(
            self.store.photos.ingest,
            self.audit.id,
            source,
            item_id,
            self.actor,
            caption,
            name,
            item_id=item_id or "",
        )
        if ok:
            self.photos_changed.emit(item_id or "")
        return ok

    def remove_photo(self, photo: Photo, removed: bool = True) -> bool:
        """Detach a photo (``removed=False`` undoes it)."""
        ok = self._apply(
            self.store.photos.set_removed,
            photo.id,
            removed,
            self.actor,
            item_id=photo.item_id or "",
        )
        if ok:
            self.photos_changed.emit(photo.item_id or "")
        return ok

    def set_caption(self, photo: Photo, caption: str) -> bool:
        ok = self._apply(self.store.photos.set_caption, photo.id, caption, self.actor)
        if ok:
            self.photos_changed.emit(photo.item_id or "")
        return ok

    def add_action(self, item_id: str | None, what: str, owner: str, due: str) -> bool:
        return self._action_op(
            self.store.signoff.add_action, self.audit.id, item_id, what, owner, due, self.actor
        )

    def update_action(self, action_id: int, what: str, owner: str, due: str) -> bool:
        return self._action_op(
            self.store.signoff.update_action, action_id, what, owner, due, self.actor
        )

    def remove_action(self, action_id: int) -> bool:
        return self._action_op(self.store.signoff.remove_action, action_id, self.actor)

    def _action_op(self, fn: Any, *args: Any) -> bool:
        ok = self._apply(fn, *args)
        if ok:
            self.actions_changed.emit()
        return ok

    def sign(self, role: str, name: str, png: bytes, drawn_at: str | None = None) -> bool:
        """Store a signature; ``drawn_at`` is when it was drawn (default: now)."""
        return self._apply(
            self.store.signoff.sign, self.audit.id, role, name, png, self.actor, drawn_at
        )

    def complete(self) -> bool:
        """Complete and lock the audit (refused with the list of what is missing)."""
        ok = self._apply(self.store.audits.complete, self.audit.id, self.actor)
        if ok:
            self.status_changed.emit()
        return ok

    def reopen(self, reason: str) -> bool:
        ok = self._apply(self.store.audits.reopen, self.audit.id, reason, self.actor)
        if ok:
            self.status_changed.emit()
        return ok

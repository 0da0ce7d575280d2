"""What still stands between an audit and its completion."""

from __future__ import annotations

from dataclasses import dataclass

from auditapp.core.answers import Answer, Answers
from auditapp.core.model import EvidenceRule, Form, Item
from auditapp.core.scoring import AuditScore, score


@dataclass(frozen=True)
class Missing:
    """One thing to fix before the audit can be completed."""

    item_id: str
    """The item concerned."""
    reason: str
    """``unanswered``, ``photo`` or ``comment``."""


def _needs(rule: EvidenceRule, failed: bool) -> bool:
    return rule == EvidenceRule.REQUIRED or (rule == EvidenceRule.REQUIRED_ON_FAILURE and failed)


def evidence_missing(item: Item, answer: Answer | None, failed: bool) -> list[str]:
    """Which kinds of evidence (``photo``, ``comment``) the answer lacks under the item's rules."""
    if answer is None or answer.na:
        return []
    out = []
    if _needs(item.evidence.photo, failed) and answer.photo_count == 0:
        out.append("photo")
    if _needs(item.evidence.comment, failed) and not answer.comment.strip():
        out.append("comment")
    return out


def completion_check(
    form: Form, answers: Answers, result: AuditScore | None = None
) -> list[Missing]:
    """Everything missing, in form order: unanswered required items and missing evidence."""
    result = result or score(form, answers)
    open_ids = set(result.required_open)
    out: list[Missing] = []
    for r in result.items:
        if not r.visible:
            continue
        if r.item_id in open_ids:
            out.append(Missing(r.item_id, "unanswered"))
            continue
        if r.answered:
            item = form.item(r.item_id)
            out.extend(
                Missing(r.item_id, k)
                for k in evidence_missing(item, answers.get(r.item_id), r.failed)
            )
    return out

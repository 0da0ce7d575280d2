"""What still stands between an audit and its completion."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from auditapp.core.answers import Answer, Answers
from auditapp.core.model import Form, Item
from auditapp.core.scoring import AuditScore, score, unmet_evidence


@dataclass(frozen=True)
class Missing:
    """One thing to fix before the audit can be completed."""

    item_id: str
    """The item concerned."""
    reason: str
    """``unanswered``, ``photo`` or ``comment``."""


def evidence_missing(item: Item, answer: Answer | None, failed: bool) -> list[str]:
    """Which kinds of evidence (``photo``, ``comment``) the answer lacks under the item's rules."""
    return unmet_evidence(item, answer, failed)


def completion_check(
    form: Form, answers: Answers, result: AuditScore | None = None
) -> list[Missing]:
    """Everything missing, in form order: unanswered required items and missing evidence.

    The same points :attr:`AuditScore.open_points` counts, so the runner's header and the
    finishing check always agree.
    """
    result = result or score(form, answers)
    open_ids = set(result.required_open)
    evidence: dict[str, list[str]] = {}
    for item_id, kind in result.evidence_open:
        evidence.setdefault(item_id, []).append(kind)
    out: list[Missing] = []
    for r in result.items:
        if r.item_id in open_ids:
            out.append(Missing(r.item_id, "unanswered"))
        out.extend(Missing(r.item_id, k) for k in evidence.get(r.item_id, ()))
    return out


def failed_without_action(result: AuditScore, action_items: Iterable[str | None]) -> list[str]:
    """Failed items (ids, in form order) with no corrective action among ``action_items``
    (the item ids of the audit's actions)."""
    covered = set(action_items)
    return [r.item_id for r in result.items if r.failed and r.item_id not in covered]

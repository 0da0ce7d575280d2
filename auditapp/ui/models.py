"""Qt item models over the store's repositories (no widget per row)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from auditapp.core.records import Audit, AuditStatus, Site
from auditapp.store import AuditFilter, Store
from auditapp.ui.import_reasons import outcome_reason

Index = QModelIndex | QPersistentModelIndex
Display = Qt.ItemDataRole.DisplayRole
ToolTip = Qt.ItemDataRole.ToolTipRole
Alignment = int(Qt.ItemDataRole.TextAlignmentRole)
Foreground = int(Qt.ItemDataRole.ForegroundRole)
User = int(Qt.ItemDataRole.UserRole)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@cache
def fail_colour() -> QBrush:
    """Text colour of failed scores and rejected imports.

    Made on first use: PySide's first QBrush costs ~3 ms of set-up, and a list without
    failures never needs it.
    """
    return QBrush(QColor("#b00020"))


@cache
def muted_colour() -> QBrush:
    """Text colour of provisional scores (audits still in progress)."""
    return QBrush(QColor("#616e7c"))


class _Table(QAbstractTableModel):
    """Headers that follow the UI language (``retranslate``) over a list of rows."""

    def _headers(self) -> list[str]:
        raise NotImplementedError

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = self._headers()

    def retranslate(self) -> None:
        """Re-read the header texts (after a language change)."""
        self.headers = self._headers()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.headers) - 1)
        if self.rowCount():
            last = self.index(self.rowCount() - 1, len(self.headers) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Display) -> Any:
        if role == Display and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


class AuditTableModel(_Table):
    """Audits matching a filter, fetched page by page as the view scrolls.

    Only a count and the first page are queried on (re)load; ``fetchMore`` reads the next
    page when the view reaches the end (or is taller than the rows loaded), so 10,000
    audits cost no more than 64. A page is more than a 2160-pixel-tall screen shows;
    each audit read costs about 25 us, so a smaller page starts the window sooner.
    """

    PAGE = 64
    SITE, NAME, REGION, FORM, STATUS, SCORE, GRADE, AUDITOR, DATE = range(9)
    SORT_KEYS: tuple[str | None, ...] = (
        "site_code",
        None,
        None,
        "form_id",
        "status",
        "percent",
        "grade",
        None,
        "created_at",
    )
    """The store's sort key of each column; None: the store cannot sort by it."""

    def _headers(self) -> list[str]:
        return [
            self.tr("Site"),
            self.tr("Site name"),
            self.tr("Region"),
            self.tr("Form"),
            self.tr("Status"),
            self.tr("Score %"),
            self.tr("Grade"),
            self.tr("Auditor"),
            self.tr("Date"),
        ]

    def __init__(self, store: Store, parent: Any = None, lang: str = "en") -> None:
        super().__init__(parent)
        self.store = store
        self.lang = lang
        self.filter = AuditFilter()
        self.order_by, self.descending = "created_at", True
        self._rows: list[Audit] = []
        self._total = 0
        self._sites: dict[str, Site] = {}
        self._form_titles: dict[str, str] = {}
        self.reload()

    @property
    def total(self) -> int:
        """How many audits match the filter (loaded or not)."""
        return self._total

    def set_lang(self, lang: str) -> None:
        """Show form titles in ``lang``."""
        self.lang = lang
        self._form_titles = {}
        self.retranslate()

    def reload(self, flt: AuditFilter | None = None) -> None:
        """Re-query with ``flt`` (or the current filter): a count and the first page."""
        self.beginResetModel()
        if flt is not None:
            self.filter = flt
        self._sites = {s.code: s for s in self.store.sites.list()}
        self._total = self.store.audits.count(self.filter)
        self._rows = self.store.audits.list(
            self.filter, self.order_by, self.descending, limit=self.PAGE
        )
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        more = self.store.audits.list(
            self.filter, self.order_by, self.descending, limit=self.PAGE, offset=len(self._rows)
        )
        if more:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def audit(self, row: int) -> Audit:
        """The audit shown on ``row``."""
        return self._rows[row]

    def row_of(self, audit_id: str) -> int:
        """The loaded row of an audit, or -1."""
        return next((n for n, a in enumerate(self._rows) if a.id == audit_id), -1)

    def _form_title(self, a: Audit) -> str:
        if not self._form_titles:
            self._form_titles = {
                form_id: title.get(self.lang) for form_id, title in self.store.forms.latest_titles()
            }
        return f"{self._form_titles.get(a.form_id, a.form_id)} v{a.form_version}"

    _ROLES = frozenset((Display, ToolTip, Alignment, Foreground, User))
    """The roles this model answers. A view asks seven per cell at every repaint; the
    others are turned away before the index is read (a fifth of the time of a call)."""

    def data(self, index: Index, role: int = Display) -> Any:
        if role not in self._ROLES or not index.isValid():
            return None
        a = self._rows[index.row()]
        col = index.column()
        if role in (Display, ToolTip):
            return self._text(a, col, role == ToolTip)
        if role == Alignment:
            return RIGHT if col == self.SCORE else None
        if role == Foreground:
            if a.status == AuditStatus.IN_PROGRESS:  # a provisional score: neither red nor final
                return muted_colour() if col == self.SCORE and a.percent else None
            failed = a.passed is False and col in (self.SCORE, self.GRADE)
            return fail_colour() if failed else None
        return a.id

    def _text(self, a: Audit, col: int, tooltip: bool) -> str:
        """The text of one cell; only its own column is computed (this runs per cell
        and role at every repaint)."""
        if col == self.SITE:
            return a.site_code
        if col in (self.NAME, self.REGION):
            site = self._sites.get(a.site_code)
            if site is None:
                return ""
            return site.name if col == self.NAME else site.region
        if col == self.FORM:
            title = self._form_title(a)
            return f"{title} · {kind_text(a.kind)}" if tooltip else title
        if col == self.STATUS:
            if a.signer_unverified:  # imported; its certificate not known for its auditor
                unverified = QCoreApplication.translate("Audit", "signer unverified")
                return f"{status_text(a.status.value)} · {unverified}"
            return status_text(a.status.value)
        if col == self.SCORE:
            return score_text(a, tooltip)
        if col == self.GRADE:
            # An open audit has no grade yet: one answer would otherwise read "A".
            return a.grade if a.grade and a.status != AuditStatus.IN_PROGRESS else "–"
        if col == self.AUDITOR:
            return a.auditor.name
        return a.created_at[:16].replace("T", " ")

    def sortable(self, column: int) -> bool:
        return self.SORT_KEYS[column] is not None

    def sort_column(self) -> int:
        """The column whose key the rows are sorted by."""
        return self.SORT_KEYS.index(self.order_by)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS[column]
        descending = order == Qt.SortOrder.DescendingOrder
        if key is None or (key, descending) == (self.order_by, self.descending):
            # Already in this order: the view asks once when sorting is enabled, and
            # re-querying would read the same first page again.
            return
        self.order_by = key
        self.descending = descending
        self.reload()


def score_text(a: Audit, tooltip: bool = False) -> str:
    """The list's score of an audit: final once completed, marked provisional while open."""
    if not a.percent:
        if tooltip and a.status == AuditStatus.IN_PROGRESS:
            return QCoreApplication.translate("Audit", "In progress: nothing scored yet")
        return "–"
    shown = f"{float(a.percent):.1f}"
    if a.status != AuditStatus.IN_PROGRESS:
        return shown
    if tooltip:
        return QCoreApplication.translate(
            "Audit",
            "Provisional score {0}% of the items answered so far; the score and grade are "
            "final when the audit is completed.",
        ).format(shown)
    return QCoreApplication.translate("Audit", "provisional {0}").format(shown)


def status_text(status: str) -> str:
    """The UI text of an audit status."""
    return {
        "in_progress": QCoreApplication.translate("Audit", "In progress"),
        "completed": QCoreApplication.translate("Audit", "Completed"),
    }.get(status, status)


def kind_text(kind: str) -> str:
    """The UI text of a form kind."""
    return {
        "mystery_shop": QCoreApplication.translate("Audit", "Mystery shop"),
        "inspection": QCoreApplication.translate("Audit", "Inspection"),
        "self_assessment": QCoreApplication.translate("Audit", "Self-assessment"),
    }.get(kind, kind)


def industry_text(industry: str) -> str:
    """The UI name of an industry."""
    return {
        "restaurant": QCoreApplication.translate("Industry", "Restaurant"),
        "retail": QCoreApplication.translate("Industry", "Retail"),
        "hotel": QCoreApplication.translate("Industry", "Hotel"),
        "telecom": QCoreApplication.translate("Industry", "Telecom installation"),
        "call_centre": QCoreApplication.translate("Industry", "Call centre"),
        "clinic": QCoreApplication.translate("Industry", "Clinic"),
        "government": QCoreApplication.translate("Industry", "Government service"),
        "convenience": QCoreApplication.translate("Industry", "Convenience store"),
        "bank": QCoreApplication.translate("Industry", "Bank"),
    }.get(industry, industry)


class SiteTableModel(_Table):
    """All sites (a few hundred at most; loaded at once)."""

    def _headers(self) -> list[str]:
        return [
            self.tr("Code"),
            self.tr("Name"),
            self.tr("Region"),
            self.tr("Industry"),
            self.tr("Address"),
            self.tr("Manager"),
        ]

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self._rows: list[Site] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self.store.sites.list()
        self.endResetModel()

    def site(self, row: int) -> Site:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Display) -> Any:
        if not index.isValid() or role not in (Display, Qt.ItemDataRole.ToolTipRole):
            return None
        s = self._rows[index.row()]
        industry = industry_text(s.industry)
        return (s.code, s.name, s.region, industry, s.address, s.manager)[index.column()]


class OutcomeTableModel(_Table):
    """Outcomes of a workbook import (``auditapp.reports.xlsx_import.Outcome``)."""

    def _headers(self) -> list[str]:
        return [
            self.tr("Workbook"),
            self.tr("Audit"),
            self.tr("Revision"),
            self.tr("Result"),
            self.tr("Reason"),
        ]

    def __init__(self, outcomes: Sequence[Any], parent: Any = None) -> None:
        super().__init__(parent)
        self.outcomes = list(outcomes)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.outcomes)

    def result_text(self, result: str) -> str:
        return {
            "imported": self.tr("imported"),
            "updated": self.tr("updated"),
            "duplicate": self.tr("duplicate"),
            "rejected": self.tr("rejected"),
            "not imported": self.tr("not imported"),
        }.get(result, result)

    def data(self, index: Index, role: int = Display) -> Any:
        if not index.isValid():
            return None
        o = self.outcomes[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and o.result in ("rejected", "not imported"):
            return fail_colour()
        if role not in (Display, ToolTip):
            return None
        return (
            o.source,
            o.audit_id[:8] if role == Display else o.audit_id,
            "" if o.revision is None else str(o.revision),
            self.result_text(o.result),
            outcome_reason(o),
        )[index.column()]

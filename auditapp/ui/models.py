"""Qt item models over the store's repositories (no widget per row)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from auditapp.core.records import Audit, Site
from auditapp.store import AuditFilter, Store

Index = QModelIndex | QPersistentModelIndex


class AuditTableModel(QAbstractTableModel):
    """Audits matching a filter, fetched page by page as the view scrolls."""

    PAGE = 500

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.filter = AuditFilter()
        self.order_by, self.descending = "created_at", True
        self._rows: list[Audit] = []
        self._total = 0
        self._site_names: dict[str, str] = {}
        self.headers = [
            self.tr("Site"),
            self.tr("Site name"),
            self.tr("Form"),
            self.tr("Status"),
            self.tr("Score %"),
            self.tr("Grade"),
            self.tr("Auditor"),
            self.tr("Created"),
        ]
        self.reload()

    def reload(self, flt: AuditFilter | None = None) -> None:
        """Re-query with ``flt`` (or the current filter)."""
        self.beginResetModel()
        if flt is not None:
            self.filter = flt
        self._site_names = {s.code: s.name for s in self.store.sites.list()}
        self._total = self.store.audits.count(self.filter)
        self._rows = self.store.audits.list(
            self.filter, self.order_by, self.descending, limit=self.PAGE
        )
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:
        more = self.store.audits.list(
            self.filter, self.order_by, self.descending, limit=self.PAGE, offset=len(self._rows)
        )
        if more:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def audit(self, row: int) -> Audit:
        """The audit shown on ``row``."""
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        a = self._rows[index.row()]
        col = index.column()
        if col == 4:
            return f"{float(a.percent):.1f}" if a.percent else "-"
        values = [
            a.site_code,
            self._site_names.get(a.site_code, ""),
            f"{a.form_id} v{a.form_version}",
            self.status_text(a.status.value),
            "",
            a.grade or "-",
            a.auditor.name,
            a.created_at[:16].replace("T", " "),
        ]
        return values[col]

    def status_text(self, status: str) -> str:
        return {
            "in_progress": self.tr("In progress"),
            "completed": self.tr("Completed"),
            "signed": self.tr("Signed"),
        }.get(status, status)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        keys = [
            "site_code",
            "site_code",
            "form_id",
            "status",
            "percent",
            "grade",
            "created_at",
            "created_at",
        ]
        self.order_by = keys[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()


class SiteTableModel(QAbstractTableModel):
    """All sites."""

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self._rows: list[Site] = []
        self.headers = [
            self.tr("Code"),
            self.tr("Name"),
            self.tr("Region"),
            self.tr("Industry"),
            self.tr("Address"),
            self.tr("Manager"),
        ]
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self.store.sites.list()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        s = self._rows[index.row()]
        return (s.code, s.name, s.region, s.industry, s.address, s.manager)[index.column()]

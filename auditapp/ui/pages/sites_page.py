"""The sites list and importing sites from a CSV or XLSX file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from auditapp.store import ImportFileError, Store
from auditapp.ui.background import run_in_background
from auditapp.ui.models import SiteTableModel
from auditapp.ui.pages.common import PAGE_STYLE, TARGET
from auditapp.ui.pages.problems import show_problems


def import_sites(parent: QWidget, store: Store, on_done: Callable[[int], None]) -> None:
    """Ask for a sites file, read it off the UI thread, and store all of it or nothing.

    Every problem row is listed when the file is refused; ``on_done`` gets the number of
    sites stored.
    """
    from auditapp.store.site_import import COLUMNS, read_sites  # openpyxl: only when used

    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("SiteImport", "Import sites"),
        str(Path.home()),
        QCoreApplication.translate("SiteImport", "Site lists")
        + " (*.csv *.xlsx);;"
        + QCoreApplication.translate("SiteImport", "All files")
        + " (*)",
    )
    if not path:
        return
    source = Path(path)

    def work(progress: Any, cancelled: Any) -> Any:
        try:
            return read_sites(source)
        except ImportFileError as exc:
            return exc

    def done(result: Any) -> None:
        if isinstance(result, ImportFileError):
            show_problems(
                parent,
                QCoreApplication.translate("SiteImport", "Sites not imported"),
                QCoreApplication.translate(
                    "SiteImport",
                    "Nothing was imported from {0}. Correct these rows and import the file "
                    "again (expected columns: {1}):",
                ).format(source.name, ", ".join(COLUMNS)),
                result.problems,
            )
            return
        on_done(store.sites.upsert_many(result))

    run_in_background(
        parent,
        QCoreApplication.translate("SiteImport", "Reading {0}…").format(source.name),
        work,
        done,
    )


class SitesPage(QWidget):
    """All sites, searchable, with an import button."""

    sites_changed = Signal(int)
    """Sites were imported (how many)."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setStyleSheet(PAGE_STYLE)
        self.model = SiteTableModel(store, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.count_label = QLabel()
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.ask_import)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(TARGET)
        header = self.view.horizontalHeader()
        # Every column as wide as its texts (measured on the first rows), the table
        # scrolling sideways on a narrow window: no address or name ends in "…".
        header.setResizeContentsPrecision(200)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count_label)
        bar.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.model.modelReset.connect(self._update_count)
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search sites"))
        self.import_button.setText(self.tr("Import sites…"))
        self.model.retranslate()
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n site(s)", "", self.model.rowCount()))

    def reload(self) -> None:
        self.model.reload()

    def ask_import(self) -> None:
        import_sites(self, self.store, self._imported)

    def _imported(self, count: int) -> None:
        self.reload()
        self.sites_changed.emit(count)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

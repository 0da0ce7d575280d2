"""The main window: audits, sites and forms."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from auditapp.core.forms import load_library
from auditapp.store import AuditFilter, Store
from auditapp.ui.models import AuditTableModel, SiteTableModel


class MainWindow(QMainWindow):
    """Tabs for audits, sites and forms over one data folder."""

    def __init__(self, store: Store, lang: str = "en") -> None:
        super().__init__()
        self.store = store
        self.lang = lang
        self.setWindowTitle(self.tr("ServiceAudit — {0}").format(store.data_dir))
        self.tabs = QTabWidget()
        self.setCentralWidget(self.tabs)
        self.tabs.addTab(self._audits_tab(), self.tr("Audits"))
        self.tabs.addTab(self._sites_tab(), self.tr("Sites"))
        self.tabs.addTab(self._forms_tab(), self.tr("Forms"))
        self.statusBar().showMessage(
            self.tr("{0} audits, {1} sites").format(store.audits.count(), len(store.sites.list()))
        )

    def _audits_tab(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search site, auditor or audit id"))
        self.status_filter = QComboBox()
        for text, value in (
            (self.tr("All statuses"), ""),
            (self.tr("In progress"), "in_progress"),
            (self.tr("Completed"), "completed"),
            (self.tr("Signed"), "signed"),
        ):
            self.status_filter.addItem(text, value)
        self.region_filter = QComboBox()
        self.region_filter.addItem(self.tr("All regions"), "")
        for region in self.store.sites.regions():
            self.region_filter.addItem(region, region)
        bar.addWidget(QLabel(self.tr("Search:")))
        bar.addWidget(self.search, 2)
        bar.addWidget(self.status_filter)
        bar.addWidget(self.region_filter)
        layout.addLayout(bar)
        self.audit_model = AuditTableModel(self.store, self)
        self.audit_view = QTableView()
        self.audit_view.setModel(self.audit_model)
        self.audit_view.setSortingEnabled(True)
        self.audit_view.sortByColumn(7, Qt.SortOrder.DescendingOrder)
        self.audit_view.setWordWrap(False)
        self.audit_view.verticalHeader().setVisible(False)
        self.audit_view.setAlternatingRowColors(True)
        self.audit_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.audit_view.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.audit_view)
        self.search.textChanged.connect(self._refilter)
        self.status_filter.currentIndexChanged.connect(self._refilter)
        self.region_filter.currentIndexChanged.connect(self._refilter)
        return box

    def _refilter(self) -> None:
        self.audit_model.reload(
            AuditFilter(
                status=self.status_filter.currentData(),
                region=self.region_filter.currentData(),
                search=self.search.text().strip(),
            )
        )

    def _sites_tab(self) -> QWidget:
        self.site_model = SiteTableModel(self.store, self)
        view = QTableView()
        view.setModel(self.site_model)
        view.horizontalHeader().setStretchLastSection(True)
        return view

    def _forms_tab(self) -> QWidget:
        catalogue, forms = load_library()
        tree = QTreeWidget()
        tree.setHeaderLabels([self.tr("Form / item"), self.tr("Clause"), self.tr("Requirement")])
        for form in forms:
            top = QTreeWidgetItem([f"{form.title.get(self.lang)} (v{form.version})", "", ""])
            for section in form.sections:
                sec = QTreeWidgetItem([section.title.get(self.lang), "", ""])
                for item in section.items:
                    clause = catalogue.get(item.clause) if item.clause else None
                    sec.addChild(
                        QTreeWidgetItem(
                            [
                                item.prompt.get(self.lang),
                                item.clause or "",
                                clause.requirement.get(self.lang) if clause else "",
                            ]
                        )
                    )
                top.addChild(sec)
            tree.addTopLevelItem(top)
        tree.setColumnWidth(0, 420)
        tree.setColumnWidth(1, 90)
        return tree

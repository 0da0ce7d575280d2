"""The audits list: search, filters, sorting, and opening an audit."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from auditapp.core.records import AuditStatus
from auditapp.store import AuditFilter, Store
from auditapp.ui.models import AuditTableModel, status_text
from auditapp.ui.pages.common import PAGE_STYLE, TARGET, touch_sized

ANY_DATE = QDate(2000, 1, 1)
STATUSES = tuple(s.value for s in AuditStatus)
WIDTHS = {
    AuditTableModel.SITE: 100,
    AuditTableModel.REGION: 110,
    AuditTableModel.FORM: 200,  # at least; a quarter of the width on wider screens
    AuditTableModel.STATUS: 100,
    AuditTableModel.SCORE: 110,  # "provisional 83.3" while in progress
    AuditTableModel.GRADE: 60,
    AuditTableModel.AUDITOR: 110,
    AuditTableModel.DATE: 130,
}

OTHER_WIDTHS = sum(w for col, w in WIDTHS.items() if col != AuditTableModel.FORM)


class DateFilterEdit(QDateEdit):
    """A date with an "any" state (its minimum), whose calendar opens on today."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(ANY_DATE)
        self.setDate(ANY_DATE)
        self._watching = False

    def _watch_calendar(self) -> None:
        # Qt builds the calendar popup on first use, and asking for it here at once would
        # build two calendars at every start. Every way of opening it begins with a mouse
        # or key press on this edit, so it is built and watched from the first press.
        if not self._watching:
            calendar = self.calendarWidget()
            calendar.setStyleSheet(PAGE_STYLE)  # touch-sized, as on the other pages
            calendar.installEventFilter(self)
            self._watching = True

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._watch_calendar()
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._watch_calendar()
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.is_any():
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def is_any(self) -> bool:
        return self.date() == ANY_DATE

    def iso(self) -> str:
        """``YYYY-MM-DD``, or "" for any date."""
        return "" if self.is_any() else self.date().toString("yyyy-MM-dd")

    def clear_date(self) -> None:
        self.setDate(ANY_DATE)


class AuditsPage(QWidget):
    """Every audit in the data folder as a paged table model, narrowed by filters."""

    open_requested = Signal(str)
    """The user chose to open this audit (double-click or Enter)."""
    new_requested = Signal()
    """The user asked for a new audit."""

    def __init__(self, store: Store, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.lang = lang
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.status_filter, self.site_filter = QComboBox(), QComboBox()
        self.region_filter, self.form_filter = QComboBox(), QComboBox()
        self.date_from, self.date_to = DateFilterEdit(), DateFilterEdit()
        self.clear_button, self.new_button = QPushButton(), QPushButton()
        self.count_label = QLabel()
        self.empty_label = QLabel()
        """What to do next when the list is empty (nothing stored, or filtered away)."""
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setMargin(24)
        self.labels: dict[str, QLabel] = {}
        self.model = AuditTableModel(store, self, lang)
        self.view = self._make_view()
        self._debounce = QTimer(self, singleShot=True, interval=250)
        touch_sized(
            self.search,
            self.status_filter,
            self.site_filter,
            self.region_filter,
            self.form_filter,
            self.date_from,
            self.date_to,
            self.clear_button,
            self.new_button,
        )
        self._layout()
        self.retranslate()
        self._connect()

    # -- building -------------------------------------------------------------------
    def _make_view(self) -> QTableView:
        view = QTableView()
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(TARGET)
        header = view.horizontalHeader()
        header.setSortIndicator(AuditTableModel.DATE, Qt.SortOrder.DescendingOrder)
        view.setSortingEnabled(True)
        for col, width in WIDTHS.items():
            header.resizeSection(col, width)
        header.setSectionResizeMode(AuditTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(50)
        return view

    def _layout(self) -> None:
        top = QHBoxLayout()
        self.labels["search"] = QLabel()
        top.addWidget(self.labels["search"])
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        top.addWidget(self.clear_button)
        top.addWidget(self.new_button)
        grid = QGridLayout()
        filters = (
            ("status", self.status_filter),
            ("site", self.site_filter),
            ("region", self.region_filter),
            ("form", self.form_filter),
            ("from", self.date_from),
            ("to", self.date_to),
        )
        for n, (key, widget) in enumerate(filters):
            label = QLabel()
            label.setBuddy(widget)
            self.labels[key] = label
            grid.addWidget(label, 0, n)
            grid.addWidget(widget, 1, n)
            widget.setMinimumWidth(96)  # six fit in 853 px (1280x800 at 150%)
        for col, stretch in enumerate((2, 3, 2, 3, 2, 2)):
            grid.setColumnStretch(col, stretch)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view, 1)

    def _connect(self) -> None:
        self.search.textChanged.connect(self._debounce.start)
        self._debounce.timeout.connect(self.apply_filters)
        for combo in (self.status_filter, self.site_filter, self.region_filter, self.form_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.date_from.dateChanged.connect(self.apply_filters)
        self.date_to.dateChanged.connect(self.apply_filters)
        self.clear_button.clicked.connect(self.clear_filters)
        self.new_button.clicked.connect(self.new_requested)
        self.view.activated.connect(self._activated)
        self.view.horizontalHeader().sortIndicatorChanged.connect(self._sort_chosen)
        self.model.modelReset.connect(self._update_count)

    # -- texts ----------------------------------------------------------------------
    def retranslate(self) -> None:
        """Set every text again (after a language change)."""
        texts = {
            "search": self.tr("&Search:"),
            "status": self.tr("Status"),
            "site": self.tr("Site"),
            "region": self.tr("Region"),
            "form": self.tr("Form"),
            "from": self.tr("From"),
            "to": self.tr("To"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.labels["search"].setBuddy(self.search)
        self.search.setPlaceholderText(self.tr("Site code or name, auditor, audit id"))
        self.clear_button.setText(self.tr("Clear filters"))
        self.new_button.setText(self.tr("New audit…"))
        for button in (self.clear_button, self.new_button):
            # The side padding the page style sheet gives buttons elsewhere.
            button.setMinimumWidth(button.sizeHint().width() + 20)
        for edit in (self.date_from, self.date_to):
            edit.setSpecialValueText(self.tr("any"))
        self._fill(
            self.status_filter,
            [("", self.tr("All statuses"))] + [(s, status_text(s)) for s in STATUSES],
        )
        self.model.retranslate()
        self.refresh_choices()
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n audit(s)", "", self.model.total))
        text = self.empty_text()
        self.empty_label.setText(text)
        self.empty_label.setVisible(bool(text))

    def empty_text(self) -> str:
        """What the empty list tells the user to do next; "" when audits are listed."""
        if self.model.total:
            return ""
        stored = self.store.audits.count()
        if stored:
            return self.tr(
                "No audit matches the search and filters, which hide %n audit(s). "
                "Press “Clear filters” to show every audit.",
                "",
                stored,
            )
        if not self.store.sites.count():
            return self.tr(
                "No audits yet. Import the sites you audit first (Sites page, Ctrl+2), then "
                "press Ctrl+N to start an audit. At head office, press Ctrl+I to import the "
                "workbooks auditors send."
            )
        return self.tr(
            "No audits yet. Press Ctrl+N (or “New audit…”) to start one. At head office, "
            "press Ctrl+I to import the workbooks auditors send."
        )

    def set_lang(self, lang: str) -> None:
        """Show form titles in ``lang``."""
        self.lang = lang
        self.model.set_lang(lang)
        self.refresh_choices()

    @staticmethod
    def _fill(combo: QComboBox, entries: list[tuple[str, str]]) -> None:
        """Replace a combo's entries, keeping the chosen value when it is still there."""
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for value, text in entries:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def refresh_choices(self) -> None:
        """Re-read sites, regions and forms into the filters (after an import)."""
        sites = self.store.sites.list()
        self._fill(
            self.site_filter,
            [("", self.tr("All sites"))] + [(s.code, f"{s.code} {s.name}") for s in sites],
        )
        self._fill(
            self.region_filter,
            [("", self.tr("All regions"))] + [(r, r) for r in sorted({s.region for s in sites})],
        )
        forms = [(i, title.get(self.lang)) for i, title in self.store.forms.latest_titles()]
        self._fill(self.form_filter, [("", self.tr("All forms"))] + forms)

    # -- filtering ------------------------------------------------------------------
    def current_filter(self) -> AuditFilter:
        """The filter the controls describe."""
        return AuditFilter(
            status=self.status_filter.currentData() or "",
            site_code=self.site_filter.currentData() or "",
            region=self.region_filter.currentData() or "",
            form_id=self.form_filter.currentData() or "",
            since=self.date_from.iso(),
            until=self.date_to.iso(),
            search=self.search.text().strip(),
        )

    def apply_filters(self) -> None:
        """Re-query now (the search box waits a moment after the last key)."""
        self._debounce.stop()
        self.model.reload(self.current_filter())

    def clear_filters(self) -> None:
        """Back to every audit."""
        combos = (self.status_filter, self.site_filter, self.region_filter, self.form_filter)
        widgets = (self.search, *combos, self.date_from, self.date_to)
        for w in widgets:
            w.blockSignals(True)
        self.search.clear()
        for combo in combos:
            combo.setCurrentIndex(0)
        self.date_from.clear_date()
        self.date_to.clear_date()
        for w in widgets:
            w.blockSignals(False)
        self.apply_filters()

    def reload(self) -> None:
        """Re-read choices and rows (after an audit was created, changed or imported)."""
        self.refresh_choices()
        self.apply_filters()

    def _sort_chosen(self, column: int, _order: Qt.SortOrder) -> None:
        """Columns the store cannot sort by keep the current order and its indicator."""
        if self.model.sortable(column):
            return
        header = self.view.horizontalHeader()
        header.blockSignals(True)
        order = (
            Qt.SortOrder.DescendingOrder if self.model.descending else Qt.SortOrder.AscendingOrder
        )
        header.setSortIndicator(self.model.sort_column(), order)
        header.blockSignals(False)

    # -- selection ------------------------------------------------------------------
    def selected_audit_id(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.audit(rows[0].row()).id if rows else None

    def _activated(self, index: Any) -> None:
        if index.isValid():
            self.open_requested.emit(self.model.audit(index.row()).id)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # The form title gets a share of extra width; the site name takes the rest. The
        # view's size without scroll bars is already current here (its viewport is laid out
        # later), and unlike viewport() it costs PySide no type look-up (~10 ms, once).
        width = self.view.maximumViewportSize().width()
        share = min(width // 4, width - OTHER_WIDTHS - 160)  # the site name keeps 160 px
        self.view.horizontalHeader().resizeSection(
            AuditTableModel.FORM, max(WIDTHS[AuditTableModel.FORM], share)
        )
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

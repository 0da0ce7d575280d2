"""Starting an audit: site, form (the site's industry first), kind, and mystery-shop context."""

from __future__ import annotations

from datetime import datetime
from typing import cast

from PySide6.QtCore import QDateTime, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from auditapp.core.errors import AuditAppError
from auditapp.core.model import Form
from auditapp.core.records import Audit, Site, VisitContext
from auditapp.core.visit import visit_answers, visit_items
from auditapp.store import Store
from auditapp.ui.models import SiteTableModel, kind_text
from auditapp.ui.pages.common import PAGE_STYLE, TARGET, auditor_of

MYSTERY = "mystery_shop"


class NewAuditDialog(QDialog):
    """Creates the audit on the newest installed version of the chosen form.

    The audit stores that exact form snapshot, so later versions never change it.
    ``created`` holds the new audit after the dialog is accepted.
    """

    def __init__(self, store: Store, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.lang = lang
        self.created: Audit | None = None
        self.forms: list[Form] = [form for _, form in store.forms.latest()]
        self.setWindowTitle(self.tr("New audit"))
        self.setStyleSheet(PAGE_STYLE)
        self.site_search = QLineEdit()
        self.site_search.setClearButtonEnabled(True)
        self.site_search.setPlaceholderText(self.tr("Search by code, name, region or industry"))
        self.sites = SiteTableModel(store, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.sites)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.site_view = self._site_view()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Any kind"), "")
        for kind in sorted({f.kind.value for f in self.forms}):
            self.kind.addItem(kind_text(kind), kind)
        self.form = QComboBox()
        self.form.setMinimumWidth(380)
        self.context_box = QGroupBox(self.tr("Mystery shop details"))
        self.scenario = QLineEdit()
        self.scenario.setPlaceholderText(self.tr("What you asked for or pretended to need"))
        self.visit_time = QDateTimeEdit(QDateTime.currentDateTime())
        self.visit_time.setCalendarPopup(True)
        self.visit_time.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.receipt = QLineEdit()
        self.receipt.setPlaceholderText(self.tr("As printed on the receipt or ticket"))
        self.staff = QLineEdit()
        self.staff.setPlaceholderText(self.tr("Badge name or a short description"))
        for edit in (self.scenario, self.receipt, self.staff):
            edit.setMaxLength(500)
        self.fills = QLabel()
        self.fills.setWordWrap(True)
        self.auditor_label = QLabel()
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        start = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        start.setText(self.tr("Start audit"))
        start.setDefault(True)  # Enter in any field starts the audit
        self._layout()
        self.site_search.textChanged.connect(self.proxy.setFilterFixedString)
        self.site_view.selectionModel().currentRowChanged.connect(
            lambda *_: self._fill_forms(keep=False)
        )
        self.kind.currentIndexChanged.connect(lambda *_: self._fill_forms(keep=True))
        self.form.currentIndexChanged.connect(self._form_chosen)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._show_auditor()
        if self.proxy.rowCount():
            self.site_view.selectRow(0)
        self._fill_forms(keep=False)
        self.resize(860, 680)
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:  # 1280x800 at 150% leaves 853x533: never open larger
            self.resize(min(860, screen.width() - 40), min(680, screen.height() - 40))
        # Typing starts in the search: the scroll area would take the focus otherwise, and
        # a site code typed at once would go nowhere.
        self.site_search.setFocus()

    def _site_view(self) -> QTableView:
        view = QTableView()
        view.setModel(self.proxy)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSortingEnabled(True)
        view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(TARGET)
        view.setWordWrap(False)
        for col in (4, 5):  # address and manager: not needed to choose
            view.hideColumn(col)
        header = view.horizontalHeader()
        header.resizeSection(0, 110)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(2, 120)
        header.resizeSection(3, 180)
        view.setMinimumHeight(200)
        return view

    def _layout(self) -> None:
        ctx = QFormLayout(self.context_box)
        ctx.addRow(self.tr("Scenario:"), self.scenario)
        ctx.addRow(self.tr("Visit or call time:"), self.visit_time)
        ctx.addRow(self.tr("Receipt number:"), self.receipt)
        ctx.addRow(self.tr("Staff description:"), self.staff)
        ctx.addRow(self.fills)
        choose = QFormLayout()
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind)
        kind_row.addStretch(1)
        choose.addRow(self.tr("Kind:"), kind_row)
        choose.addRow(self.tr("Form:"), self.form)
        # Everything but the buttons scrolls: with the mystery-shop details the dialog
        # needs some 670 px, more than 1024x600 or 1280x800 at 150% scaling (533) offer.
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Site:")))
        layout.addWidget(self.site_search)
        layout.addWidget(self.site_view, 1)
        layout.addLayout(choose)
        layout.addWidget(self.context_box)
        layout.addWidget(self.auditor_label)
        layout.addWidget(self.problem)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.addWidget(self.scroll, 1)
        outer.addWidget(self.buttons)

    def _show_auditor(self) -> None:
        auditor = auditor_of(self.store)
        if auditor is None:
            self.auditor_label.setText(self.tr("No auditor profile: save one in Settings first."))
            return
        text = self.tr("Auditor: {0}").format(auditor.name)
        if auditor.auditor_id:
            text += f" ({auditor.auditor_id})"
        if auditor.alias:
            text += " · " + self.tr("alias on mystery shops: {0}").format(auditor.alias)
        self.auditor_label.setText(text)

    # -- choices --------------------------------------------------------------------
    def site(self) -> Site | None:
        """The chosen site."""
        index = self.site_view.selectionModel().currentIndex()
        if not index.isValid():
            rows = self.site_view.selectionModel().selectedRows()
            index = rows[0] if rows else index
        if not index.isValid():
            return None
        return self.sites.site(self.proxy.mapToSource(index).row())

    def select_site(self, code: str) -> bool:
        """Choose a site by code (clearing the search when it hides it)."""
        for attempt in range(2):
            for row in range(self.proxy.rowCount()):
                if self.proxy.index(row, 0).data() == code:
                    self.site_view.selectRow(row)
                    self.site_view.setCurrentIndex(self.proxy.index(row, 0))
                    return True
            if attempt == 0:
                self.site_search.clear()
        return False

    def _fill_forms(self, keep: bool) -> None:
        """Forms of the chosen kind, the site's industry first, then the rest.

        With ``keep`` the chosen form stays chosen when it is still listed; otherwise (a
        new site) the first form for the site's industry is chosen.
        """
        site = self.site()
        current = self.form.currentData() if keep else None
        kind = self.kind.currentData()
        forms = [f for f in self.forms if not kind or f.kind.value == kind]
        industry = site.industry if site else ""
        first = sorted((f for f in forms if f.industry == industry), key=lambda f: f.id)
        rest = sorted((f for f in forms if f.industry != industry), key=lambda f: f.id)
        self.form.blockSignals(True)
        self.form.clear()
        for f in first + rest:
            self.form.addItem(f"{f.title.get(self.lang)} · v{f.version}", f.id)
            self.form.setItemData(
                self.form.count() - 1, kind_text(f.kind.value), Qt.ItemDataRole.ToolTipRole
            )
        if first and rest:
            self.form.insertSeparator(len(first))
        index = self.form.findData(current)
        self.form.setCurrentIndex(index if index >= 0 and current else (0 if forms else -1))
        self.form.blockSignals(False)
        self._form_chosen()

    def chosen_form(self) -> Form | None:
        form_id = self.form.currentData()
        return next((f for f in self.forms if f.id == form_id), None)

    def select_form(self, form_id: str) -> bool:
        index = self.form.findData(form_id)
        if index < 0:
            return False
        self.form.setCurrentIndex(index)
        return True

    def _form_chosen(self) -> None:
        form = self.chosen_form()
        self.context_box.setVisible(form is not None and form.kind.value == MYSTERY)
        self._show_fills(form)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(form is not None and self.site() is not None)

    def _show_fills(self, form: Form | None) -> None:
        """Say which of the form's items these details answer, so none is typed twice."""
        items = list(visit_items(form).values()) if form is not None else []
        if not items:
            self.fills.setText(self.tr("These details are kept with the audit and its report."))
            return
        numbers = {
            item.id: f"{s}.{i}"
            for s, section in enumerate(form.sections, 1)  # type: ignore[union-attr]
            for i, item in enumerate(section.items, 1)
        }
        names = "; ".join(f"{numbers[i.id]} {i.prompt.get(self.lang)}" for i in items)
        self.fills.setText(self.tr("They also answer the form's items: {0}").format(names))

    def context(self) -> VisitContext:
        """The visit context typed in (empty unless the form is a mystery shop)."""
        form = self.chosen_form()
        if form is None or form.kind.value != MYSTERY:
            return VisitContext()
        when = cast(datetime, self.visit_time.dateTime().toPython()).astimezone()
        return VisitContext(
            self.scenario.text().strip(),
            when.isoformat(timespec="minutes"),
            self.receipt.text().strip(),
            self.staff.text().strip(),
        )

    # -- creating -------------------------------------------------------------------
    def accept(self) -> None:
        site, form, auditor = self.site(), self.chosen_form(), auditor_of(self.store)
        if site is None or form is None:
            self.problem.setText(self.tr("Choose a site and a form."))
            return
        if auditor is None:
            self.problem.setText(self.tr("Save your auditor profile in Settings first."))
            return
        try:
            digest = self.store.forms.latest_hash(form.id)
            context = self.context()
            if self.created is None:  # a second try after a failed answer adds none
                self.created = self.store.audits.create(digest, site.code, auditor, context)
            for answer in visit_answers(form, context):
                self.store.audits.set_answer(
                    self.created.id, answer.item.id, answer.value, auditor.name
                )
        except AuditAppError as exc:
            self.problem.setText(str(exc))
            return
        super().accept()

"""The section navigator: sections with completion and score, their visible items with marks.

Rows are tree items, not widgets; one answer updates one item row and its section row.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from auditapp.core.scoring import display_percent
from auditapp.ui.audit_session import AuditSession

ROLE = Qt.ItemDataRole.UserRole
GREEN, RED, ORANGE, GREY = (
    QColor("#2e7d32"),
    QColor("#c62828"),
    QColor("#e65100"),
    QColor("#78909c"),
)


class SectionNavigator(QTreeWidget):
    """Sections and items of the form; choosing a row asks the runner to show that item."""

    item_chosen = Signal(str)

    def __init__(self, session: AuditSession, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = lang
        self.running: set[str] = set()
        """Items whose stopwatch runs (marked so the auditor does not forget them)."""
        self.setColumnCount(2)
        self.setHeaderLabels([self.tr("Section / item"), self.tr("Done · score")])
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setUniformRowHeights(True)
        self.setRootIsDecorated(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setStyleSheet("QTreeView::item { min-height: 26px; }")
        self.rows: dict[str, QTreeWidgetItem] = {}
        self.sections: dict[str, QTreeWidgetItem] = {}
        bold = QFont(self.font())
        bold.setBold(True)
        tops = []
        for section in session.form.sections:
            top = QTreeWidgetItem([section.title.get(lang), ""])
            top.setData(0, ROLE, "")
            top.setFont(0, bold)
            top.setFont(1, bold)
            top.setToolTip(0, section.title.get(lang))
            children = []
            for item in section.items:
                # numbered as in the finishing check and the reports; the tooltip has
                # the whole title where the column cuts it
                text = f"{session.numbers[item.id]} {item.prompt.get(lang)}"
                row = QTreeWidgetItem([text, ""])
                row.setData(0, ROLE, item.id)
                row.setToolTip(0, text)
                row.setTextAlignment(1, Qt.AlignmentFlag.AlignCenter)
                self.rows[item.id] = row
                children.append(row)
            top.addChildren(children)
            self.sections[section.id] = top
            tops.append(top)
        self.addTopLevelItems(tops)
        self.expandAll()
        self.refresh_all()
        self.currentItemChanged.connect(self._current_changed)

    # -- marks --------------------------------------------------------------------
    def refresh_all(self) -> None:
        """Visibility, item marks and section totals of every row."""
        for item_id in self.rows:
            self._refresh_row(item_id)
        for section_id in self.sections:
            self._refresh_section(section_id)

    def refresh_item(self, item_id: str) -> None:
        """One item's mark and its section's totals."""
        self._refresh_row(item_id)
        self._refresh_section(self.session.form.section_of(item_id).id)

    def _refresh_row(self, item_id: str) -> None:
        row = self.rows[item_id]
        r = self.session.item_result(item_id)
        row.setHidden(not r.visible)
        if not r.visible:
            return
        item = self.session.item(item_id)
        mark, color = "", GREY
        if r.na:
            mark = self.tr("N/A")
        elif r.answered:
            if r.failed:
                mark, color = ("✗!" if r.critical_failed else "✗"), RED
            else:
                mark, color = "✓", GREEN
            if self.session.evidence_missing(item_id):
                mark, color = mark + " ⚠", ORANGE
        elif item.required:
            mark, color = "•", ORANGE
        if item_id in self.running:
            mark = (mark + " " + self.tr("timer")).strip()
        row.setText(1, mark)
        row.setForeground(1, QBrush(color))

    def _refresh_section(self, section_id: str) -> None:
        s = self.session.section_result(section_id)
        top = self.sections[section_id]
        done = f"{s.answered}/{s.visible}"
        top.setText(1, done if s.percent is None else f"{done} · {display_percent(s.percent)}%")
        top.setForeground(1, QBrush(GREEN if s.visible and s.answered == s.visible else GREY))
        top.setHidden(s.visible == 0)

    # -- selection ----------------------------------------------------------------
    def select_item(self, item_id: str) -> None:
        """Highlight the item's row without asking to show it again."""
        row = self.rows.get(item_id)
        if row is None:
            return
        self.blockSignals(True)
        self.setCurrentItem(row)
        self.blockSignals(False)
        self.scrollToItem(row)

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is None:
            return
        item_id = current.data(0, ROLE)
        if not item_id:  # a section row: its first visible item
            for n in range(current.childCount()):
                child = current.child(n)
                if not child.isHidden():
                    item_id = child.data(0, ROLE)
                    break
        if item_id:
            self.item_chosen.emit(item_id)

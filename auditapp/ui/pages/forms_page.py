"""Browsing the installed forms and the catalogue clause each item cites."""

from __future__ import annotations

import html
from fractions import Fraction

from PySide6.QtCore import QEvent, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from auditapp.core.errors import FormError
from auditapp.core.forms import CATALOGUE_FILE, load_catalogue, shipped_forms_dir
from auditapp.core.model import Catalogue, Clause, Form, Item, Measure
from auditapp.store import Store
from auditapp.ui.models import kind_text
from auditapp.ui.runner.editor_base import unit_label

ITEM_ROLE = Qt.ItemDataRole.UserRole
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1
"""The item's section.item number, as the runner, the finishing check and reports show it."""


def _number(value: Fraction) -> str:
    return str(value.numerator) if value.denominator == 1 else f"{float(value):g}"


class WrappingTitles(QStyledItemDelegate):
    """Section and item titles wrapped to the column's width: a tree view asks its
    delegate for row heights without telling it the column's width."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        indent = self.tree.indentation() * (depth + int(self.tree.rootIsDecorated()))
        width = self.tree.header().sectionSize(0) - indent - 12  # the item's text margins
        text = str(index.data() or "")
        if width <= 0 or not text:
            return hint
        flags = int(Qt.TextFlag.TextWordWrap)
        bound = option.fontMetrics.boundingRect(QRect(0, 0, width, 100_000), flags, text)
        return QSize(hint.width(), max(hint.height(), bound.height() + 4))


class FormsPage(QWidget):
    """Forms on the left; the chosen form's sections and items; the cited clause below.

    Built the first time it is shown, so the main window starts without parsing forms.
    """

    def _label(self, text: str) -> str:
        """Fixed words used inside the item's HTML (kept as literals here for lupdate)."""
        labels = {
            "Choose an item to see the standard it checks.": self.tr(
                "Choose an item to see the standard it checks."
            ),
            "Clause": self.tr("Clause"),
            "Guidance": self.tr("Guidance"),
            "Measure": self.tr("Measure"),
            "Requirement": self.tr("Requirement"),
            "Standard clause": self.tr("Standard clause"),
            "This item cites no standard clause.": self.tr("This item cites no standard clause."),
            "points": self.tr("points"),
        }
        return labels.get(text, text)

    def __init__(self, store: Store, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.lang = lang
        self.catalogue: Catalogue | None = None
        self.catalogue_problem = ""
        self.forms: list[Form] = []
        self.form_list = QListWidget()
        self.form_list.setMinimumWidth(200)
        self.form_list.setSpacing(3)
        self.form_list.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        # Item titles wrap rather than end in "…" (a narrow window, 150% scaling, Chinese).
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setItemDelegateForColumn(0, WrappingTitles(self.tree))
        # Row heights follow the title column's width as it changes.
        self.tree.header().sectionResized.connect(lambda *_: self.tree.scheduleDelayedItemsLayout())
        self.details = QTextBrowser()
        self.details.setOpenLinks(False)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.tree)
        right.addWidget(self.details)
        right.setSizes([480, 220])
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.form_list)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([300, 900])
        self.split = split
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(split, 1)
        self.form_list.currentRowChanged.connect(self._show_form)
        self.tree.currentItemChanged.connect(self._show_item)
        self._built = False
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._built:
            self.build()
            # The list a quarter of the width, whatever the window and the scaling.
            width = max(self.split.width(), 600)
            self.split.setSizes([width // 4, width - width // 4])
        super().showEvent(event)

    def build(self) -> None:
        """Read the forms and the catalogue and fill the list."""
        self._built = True
        self.forms = [form for _, form in self.store.forms.latest()]
        if self.catalogue is None and not self.catalogue_problem:
            try:
                self.catalogue = load_catalogue(shipped_forms_dir() / CATALOGUE_FILE)
            except FormError as exc:
                self.catalogue_problem = str(exc)
        self._fill_list()

    def _fill_list(self) -> None:
        row = max(0, self.form_list.currentRow())
        self.form_list.blockSignals(True)
        self.form_list.clear()
        for form in self.forms:
            entry = QListWidgetItem(
                f"{form.title.get(self.lang)}\nv{form.version} · {kind_text(form.kind.value)}"
            )
            self.form_list.addItem(entry)
        self.form_list.blockSignals(False)
        if self.forms:
            self.form_list.setCurrentRow(min(row, len(self.forms) - 1))
            self._show_form(self.form_list.currentRow())

    def _show_form(self, row: int) -> None:
        self.tree.clear()
        self.details.clear()
        if not 0 <= row < len(self.forms):
            return
        form = self.forms[row]
        for s, section in enumerate(form.sections, 1):
            top = QTreeWidgetItem([f"{s} {section.title.get(self.lang)}", "", "", ""])
            for i, item in enumerate(section.items, 1):
                child = QTreeWidgetItem(
                    [
                        f"{s}.{i} {item.prompt.get(self.lang)}",
                        self.type_text(item.type.value),
                        _number(item.points),
                        item.clause or "",
                    ]
                )
                child.setData(0, ITEM_ROLE, item.id)
                child.setData(0, NUMBER_ROLE, f"{s}.{i}")
                child.setToolTip(0, item.prompt.get(self.lang))
                top.addChild(child)
            self.tree.addTopLevelItem(top)
        self.tree.expandAll()
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):  # type, points, clause: as wide as their texts
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        desc = form.description.get(self.lang) if form.description else ""
        self.details.setHtml(
            f"<h3>{html.escape(form.title.get(self.lang))} (v{form.version})</h3>"
            f"<p>{html.escape(desc)}</p>"
            f"<p>{html.escape(self._label('Choose an item to see the standard it checks.'))}</p>"
        )

    def type_text(self, item_type: str) -> str:
        """The UI name of an item type."""
        return {
            "check": self.tr("check"),
            "rating": self.tr("rating"),
            "choice": self.tr("choice"),
            "multi": self.tr("multiple choice"),
            "number": self.tr("number"),
            "text": self.tr("text"),
            "date": self.tr("date"),
            "time": self.tr("time"),
            "photo": self.tr("photo"),
            "signature": self.tr("signature"),
        }.get(item_type, item_type)

    def _show_item(self, current: QTreeWidgetItem | None) -> None:
        row = self.form_list.currentRow()
        if current is None or not 0 <= row < len(self.forms):
            return
        item_id = current.data(0, ITEM_ROLE)
        if not item_id:
            return
        form = self.forms[row]
        item = form.item(item_id)
        clause = self.catalogue.get(item.clause) if (self.catalogue and item.clause) else None
        number = str(current.data(0, NUMBER_ROLE) or "")
        shown = ""
        if item.visible_if is not None:
            asked = self.tr("Asked only when")  # outside the f-string, where lupdate looks
            shown = f"<p><i>{html.escape(asked)}:</i> "
            shown += f"{html.escape(self.condition_text(form, item))}</p>"
        self.details.setHtml(
            self._item_html(item, number) + shown + self._clause_html(item, clause)
        )

    def condition_text(self, form: Form, item: Item) -> str:
        """When a conditional item is asked, naming the earlier item by number and title
        and its answers as the auditor sees them ("2.5 Was the hold … is Pass or Fail")."""
        condition = item.visible_if
        if condition is None:
            return ""
        numbers = {
            it.id: f"{s}.{i}"
            for s, section in enumerate(form.sections, 1)
            for i, it in enumerate(section.items, 1)
        }
        try:
            earlier = form.item(condition.item)
        except KeyError:
            return condition.item
        words = {"pass": self.tr("Pass"), "fail": self.tr("Fail"), "na": self.tr("N/A")}
        words |= {o.id: o.label.get(self.lang) for o in earlier.options}
        values = self.tr(" or ").join(words.get(v, v) for v in condition.values)
        name = f"{numbers.get(earlier.id, '')} {earlier.prompt.get(self.lang)}".strip()
        if condition.op == "not_equals":
            return self.tr("{0} is not {1}").format(name, values)
        return self.tr("{0} is {1}").format(name, values)

    def _item_html(self, item: Item, number: str) -> str:
        e = html.escape
        flags = [self.tr("critical")] if item.critical else []
        flags += [self.tr("required")] if item.required else [self.tr("optional")]
        if item.allow_na:
            flags.append(self.tr("N/A allowed"))
        out = f"<h3>{e(number)} {e(item.prompt.get(self.lang))}</h3><p>"
        out += f"{e(self.type_text(item.type.value))} · {e(self._label('points'))} {_number(item.points)} · "
        out += f"{e(', '.join(flags))}</p>"
        if item.rule is not None:
            passes = self.tr("Passes with")  # outside the f-string, where lupdate looks
            out += f"<p><i>{e(passes)}:</i> {e(self.rule_text(item))}</p>"
        if item.guidance:
            out += f"<p><i>{e(self._label('Guidance'))}:</i> {e(item.guidance.get(self.lang))}</p>"
        return out

    def rule_text(self, item: Item) -> str:
        """A number item's pass rule in the UI language ("at most 3 rings")."""
        rule = item.rule
        if rule is None:
            return ""
        unit = unit_label(item.unit) if item.unit else ""

        def amount(value: Fraction) -> str:
            if item.unit == "percent":
                return f"{_number(value)}%"
            return f"{_number(value)} {unit}".strip()

        if rule.min is not None and rule.max is not None:
            return self.tr("{0} to {1}").format(_number(rule.min), amount(rule.max))
        if rule.max is not None:
            return self.tr("at most {0}").format(amount(rule.max))
        if rule.min is not None:
            return self.tr("at least {0}").format(amount(rule.min))
        return self.tr("any value")

    def _clause_html(self, item: Item, clause: Clause | None) -> str:
        e = html.escape
        if not item.clause:
            return f"<p>{e(self._label('This item cites no standard clause.'))}</p>"
        if clause is None:
            why = self.catalogue_problem or self.tr("not in the catalogue")
            return f"<p>{e(self._label('Clause'))} {e(item.clause)}: {e(why)}</p>"
        out = (
            f"<h4>{e(self._label('Standard clause'))} {e(clause.id)}: "
            f"{e(clause.title.get(self.lang))}</h4>"
            f"<p><i>{e(self._label('Requirement'))}:</i> {e(clause.requirement.get(self.lang))}</p>"
        )
        if clause.measure:
            out += (
                f"<p><i>{e(self._label('Measure'))}:</i> {e(self.measure_text(clause.measure))}</p>"
            )
        return out

    def measure_text(self, measure: Measure) -> str:
        """The figure a clause sets, in the UI language ("at most 3 rings"), without the
        catalogue's machine name of the metric (the clause title names what is measured)."""
        amount = f"{_number(measure.limit)} {unit_label(measure.unit)}"
        if measure.unit == "percent":
            amount = f"{_number(measure.limit)}%"
        phrases = {
            "<=": self.tr("at most {0}"),
            ">=": self.tr("at least {0}"),
            "<": self.tr("less than {0}"),
            ">": self.tr("more than {0}"),
        }
        return phrases.get(measure.comparison, f"{measure.comparison} {{0}}").format(amount)

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        if self._built:
            self._fill_list()

    def retranslate(self) -> None:
        self.tree.setHeaderLabels(
            [self.tr("Section / item"), self.tr("Type"), self.tr("Points"), self.tr("Clause")]
        )
        self.hint.setText(
            self.tr(
                "The forms installed in this data folder (newest version of each). "
                "Audits keep the version they were started with."
            )
        )
        if self._built:
            self._fill_list()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

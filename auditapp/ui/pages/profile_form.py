"""The auditor profile inputs (name, id, alias), shared by the first start and Settings."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget


class ProfileForm(QWidget):
    """Three inputs and what each is for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.auditor_id = QLineEdit()
        self.alias = QLineEdit()
        for edit in (self.name, self.auditor_id, self.alias):
            edit.setMaxLength(120)
            edit.setMinimumWidth(320)
        self.alias_note = QLabel()
        self.alias_note.setWordWrap(True)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels = [QLabel(), QLabel(), QLabel()]
        for label, edit in zip(self.labels, (self.name, self.auditor_id, self.alias), strict=True):
            label.setBuddy(edit)
            self.form.addRow(label, edit)
        self.form.addRow("", self.alias_note)
        self.retranslate()

    def retranslate(self) -> None:
        self.labels[0].setText(self.tr("&Name:"))
        self.labels[1].setText(self.tr("Auditor &id:"))
        self.labels[2].setText(self.tr("&Alias:"))
        self.name.setPlaceholderText(self.tr("Your full name (required)"))
        self.auditor_id.setPlaceholderText(self.tr("The id your organisation gave you"))
        self.alias.setPlaceholderText(self.tr("Name printed on mystery-shop reports"))
        self.alias_note.setText(
            self.tr(
                "On mystery shops the reports show the alias instead of your name, so staff "
                "never learn who visited."
            )
        )

    def values(self) -> tuple[str, str, str]:
        """(name, id, alias), stripped."""
        return (
            self.name.text().strip(),
            self.auditor_id.text().strip(),
            self.alias.text().strip(),
        )

    def set_values(self, profile: dict[str, str] | None) -> None:
        p = profile or {}
        self.name.setText(p.get("name", ""))
        self.auditor_id.setText(p.get("id", ""))
        self.alias.setText(p.get("alias", ""))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

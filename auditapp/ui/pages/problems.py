"""A dialog listing every problem found in a file the user chose (sites, workbooks)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from auditapp.ui.dialog_fit import resize_within_screen
from auditapp.ui.pages.common import PAGE_STYLE


class ProblemsDialog(QDialog):
    """A scrollable list of every problem found (one per line), with a Close button."""

    def __init__(self, title: str, intro: str, problems: list[str], parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setStyleSheet(PAGE_STYLE)
        layout = QVBoxLayout(self)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.text = QPlainTextEdit("\n".join(problems))
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)  # Enter closes
        layout.addWidget(self.intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        resize_within_screen(self, 760, 420)


def show_problems(parent: QWidget, title: str, intro: str, problems: list[str]) -> ProblemsDialog:
    """Open (window-modal, without blocking) a :class:`ProblemsDialog`."""
    dialog = ProblemsDialog(title, intro, problems, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog

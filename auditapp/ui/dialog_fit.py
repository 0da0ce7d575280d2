"""Qt's own dialogs sized so that nothing in them is cut short.

The program asks for files and passphrases through Qt's static functions
(``QFileDialog.getSaveFileName``, ``QInputDialog.getText``), which build the dialog
themselves. Where the platform has no native file dialog (a bare X server, many
kiosk set-ups), Qt's own opens at 632x408, too narrow for its columns ("117…KiB",
"Exc…eet"); an input dialog is only as wide as its label, so a window manager shortens
its title ("Export E…workbook"). One application-wide event filter fixes both when such
a dialog is shown, whoever opens it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QProgressDialog,
    QTreeView,
    QWidget,
)

FILE_DIALOG_SIZE = (960, 600)
"""Size of Qt's own file dialog, within the screen's available area less a margin."""
MARGIN = 40
TITLE_BAR_ROOM = 160
"""Width a window manager's title bar takes besides the title (icon, buttons)."""


def resize_within_screen(dialog: QWidget, width: int, height: int) -> None:
    """Resize ``dialog`` to ``width`` x ``height``, or less where the screen's available
    area is smaller (1024x600, 1280x800 at 150% scaling: 853x533)."""
    screen = dialog.screen().availableGeometry() if dialog.screen() else None
    if screen is not None:
        width = min(width, screen.width() - MARGIN)
        height = min(height, screen.height() - MARGIN)
    dialog.resize(width, height)


def fit_file_dialog(dialog: QFileDialog) -> None:
    """Make Qt's own file dialog large enough, and its detail columns as wide as their
    contents (the name column takes the rest)."""
    screen = dialog.screen().availableGeometry() if dialog.screen() else None
    width, height = FILE_DIALOG_SIZE
    if screen is not None:
        width = min(width, screen.width() - MARGIN)
        height = min(height, screen.height() - MARGIN)
    if dialog.width() < width or dialog.height() < height:
        dialog.resize(max(dialog.width(), width), max(dialog.height(), height))
    for view in dialog.findChildren(QTreeView):
        header = view.header()
        if header.count() < 2:
            continue
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, header.count()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)


def fit_title(dialog: QDialog) -> None:
    """Widen a small dialog so that a window manager can show its whole title."""
    wanted = dialog.fontMetrics().horizontalAdvance(dialog.windowTitle()) + TITLE_BAR_ROOM
    screen = dialog.screen().availableGeometry() if dialog.screen() else None
    if screen is not None:
        wanted = min(wanted, screen.width() - MARGIN)
    if dialog.minimumWidth() < wanted:
        dialog.setMinimumWidth(wanted)


class DialogFitter(QObject):
    """The event filter: fits Qt's file, input and progress dialogs as they are shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        # Only Show is looked at, and only dialogs: the filter sees every event.
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog):
            if isinstance(watched, QFileDialog):
                fit_file_dialog(watched)
            if isinstance(watched, (QInputDialog, QProgressDialog, QFileDialog)):
                fit_title(watched)
        return False


_fitter: list[DialogFitter] = []


def install_dialog_fitter(app: QApplication) -> DialogFitter:
    """Install the filter once on ``app``; returns it."""
    if not _fitter:
        _fitter.append(DialogFitter(app))
        app.installEventFilter(_fitter[0])
    return _fitter[0]

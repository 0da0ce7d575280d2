"""Photo thumbnails of one item (or of the whole audit): add, drop, paste, view, caption, remove.

Every change goes through the :class:`AuditSession`; refused imports (not an image, damaged,
too large) arrive as the session's ``error`` and leave nothing behind.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMimeData,
    QObject,
    QSize,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QImage,
    QKeySequence,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from auditapp.core.evidence import Photo
from auditapp.ui.audit_session import AuditSession

THUMB = 96
IMAGE_FILTER = "*.jpg *.jpeg *.png *.webp *.heic *.bmp *.gif *.tif *.tiff"
_pixmaps: dict[str, QPixmap] = {}


def thumbnail_pixmap(session: AuditSession, photo: Photo) -> QPixmap:
    """The photo's thumbnail (cached by content hash); an empty pixmap if it cannot be read."""
    cached = _pixmaps.get(photo.sha256)
    if cached is not None:
        return cached
    try:
        pixmap = QPixmap(str(session.thumbnail(photo)))
    except OSError:
        pixmap = QPixmap()
    if len(_pixmaps) > 500:
        _pixmaps.clear()
    _pixmaps[photo.sha256] = pixmap
    return pixmap


def image_sources(mime: QMimeData | None) -> list[tuple[Path | bytes, str]]:
    """What a drop or the clipboard offers as photos: local files first, else image data."""
    if mime is None:
        return []
    files = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    if files:
        return [(path, path.name) for path in files if path.is_file()]
    if mime.hasImage():
        image = mime.imageData()
        if isinstance(image, QPixmap):
            image = image.toImage()
        if isinstance(image, QImage) and not image.isNull():
            data = QByteArray()
            buffer = QBuffer(data)
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            image.save(buffer, "PNG")
            buffer.close()
            return [(bytes(data.data()), "pasted image.png")]
    return []


class PhotoUndo(QObject):
    """Photos removed in this session, most recent last, for "undo remove"."""

    changed = Signal()

    def __init__(self, session: AuditSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.removed: list[Photo] = []

    def push(self, photo: Photo) -> None:
        self.removed.append(photo)
        self.changed.emit()

    def undo(self) -> bool:
        """Re-attach the photo removed last; False when there is none or it was refused."""
        if not self.removed:
            return False
        photo = self.removed[-1]
        if not self.session.remove_photo(photo, removed=False):
            return False
        self.removed.pop()
        self.changed.emit()
        return True


class PhotoPreview(QDialog):
    """A large view of one photo with its caption."""

    def __init__(self, session: AuditSession, photo: Photo, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(photo.caption or self.tr("Photo"))
        layout = QVBoxLayout(self)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pixmap = QPixmap(str(session.photo_file(photo)))
        screen = self.screen().availableGeometry() if self.screen() else None
        limit = QSize(1400, 900)
        if screen is not None:
            limit = limit.boundedTo(QSize(screen.width() - 80, screen.height() - 160))
        if not pixmap.isNull() and (
            pixmap.width() > limit.width() or pixmap.height() > limit.height()
        ):
            pixmap = pixmap.scaled(
                limit,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        self.image.setPixmap(pixmap)
        layout.addWidget(self.image, 1)
        details = [photo.caption] if photo.caption else []
        details.append(self.tr("{0} x {1} px").format(photo.width, photo.height))
        if photo.taken_at:
            details.append(self.tr("taken {0}").format(photo.taken_at.replace("T", " ")))
        info = QLabel(" · ".join(details))
        info.setWordWrap(True)
        layout.addWidget(info)
        close = QPushButton(self.tr("Close"))
        close.setMinimumHeight(44)
        close.clicked.connect(self.close)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)


PHOTO_FOLDER = "photo_folder"
"""Setting: the folder the last photo was added from (the file dialog opens there)."""


def photo_start_folder(session: AuditSession) -> str:
    """Where the photo file dialog opens: the folder used last, else the user's Pictures
    folder, else the home folder."""
    last = session.store.settings.get(PHOTO_FOLDER)
    if isinstance(last, str) and last and Path(last).is_dir():
        return last
    for location in (
        QStandardPaths.StandardLocation.PicturesLocation,
        QStandardPaths.StandardLocation.HomeLocation,
    ):
        folder = QStandardPaths.writableLocation(location)
        if folder and Path(folder).is_dir():
            return folder
    return str(Path.home())


class PhotoStrip(QWidget):
    """Thumbnails with add / paste / view / remove / undo and a caption field.

    ``item_id`` None shows every photo of the audit and adds photos to the audit as a
    whole. Image files dropped anywhere on the strip are imported. The runner has one
    strip, its photo panel, whose scope follows the item shown (:meth:`set_scope`).
    """

    scope_toggled = Signal(bool)
    """The "Whole audit" button was toggled (True: show the whole audit's photos)."""

    def __init__(
        self,
        session: AuditSession,
        item_id: str | None,
        undo: PhotoUndo,
        compact: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.item_id = item_id
        self.undo_stack = undo
        self.preview: PhotoPreview | None = None
        self._photos: list[Photo] = []
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.title.setWordWrap(True)
        self._item_choice: str | None = None
        self.whole_audit = QPushButton(self.tr("Whole audit"))
        self.whole_audit.setCheckable(True)
        self.whole_audit.setToolTip(
            self.tr("Show every photo of the audit; photos added then belong to the whole audit")
        )
        self.whole_audit.setMinimumHeight(40)
        self.whole_audit.toggled.connect(self.scope_toggled)
        self.whole_audit.hide()
        self.list = QListWidget()
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(compact)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setGridSize(QSize(THUMB + 16, THUMB + 28))
        self.list.setMinimumHeight(THUMB + 40)
        self.list.setMaximumHeight(2 * THUMB + 70 if compact else THUMB + 48)
        self.list.setAcceptDrops(False)
        self.list.viewport().setAcceptDrops(False)
        self.list.setDragEnabled(False)
        self.list.itemDoubleClicked.connect(lambda _item: self.view_selected())
        self.list.currentRowChanged.connect(self._selection_changed)
        self.add_button = self._button(self.tr("Add…"), self.tr("Add photos from files"))
        self.add_button.clicked.connect(self.add_from_dialog)
        self.paste_button = self._button(self.tr("Paste"), self.tr("Paste an image (Ctrl+V)"))
        self.paste_button.clicked.connect(lambda: self.paste())
        self.view_button = self._button(self.tr("View"), self.tr("Large preview (double-click)"))
        self.view_button.clicked.connect(self.view_selected)
        self.remove_button = self._button(self.tr("Remove"), self.tr("Remove the photo (Delete)"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.undo_button = self._button(self.tr("Undo"), self.tr("Undo the last removal (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.caption = QLineEdit()
        self.caption.setPlaceholderText(self.tr("Caption of the selected photo"))
        self.caption.setMinimumHeight(40)
        self.caption.editingFinished.connect(self.save_caption)
        self.hint = QLabel(self.tr("Drop image files here, or paste with Ctrl+V."))
        self.hint.setStyleSheet("color: palette(mid);")
        self.hint.setWordWrap(True)
        buttons = [
            self.add_button,
            self.paste_button,
            self.view_button,
            self.remove_button,
            self.undo_button,
        ]
        if compact:
            grid = QGridLayout()
            grid.addWidget(self.title, 0, 0, 1, 2)
            grid.addWidget(self.whole_audit, 0, 2)
            for n, button in enumerate(buttons):
                grid.addWidget(button, 1 + n // 3, n % 3)
            layout.addLayout(grid)
        else:
            row = QHBoxLayout()
            row.addWidget(self.title)
            row.addStretch(1)
            for button in buttons:
                row.addWidget(button)
            layout.addLayout(row)
        layout.addWidget(self.list)
        layout.addWidget(self.caption)
        layout.addWidget(self.hint)
        self.undo_stack.changed.connect(self._update_buttons)
        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected)
        self.refresh()

    def _button(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setMinimumHeight(40)
        return button

    # -- state --------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the photos (keeps the selection where the photo is still there)."""
        keep = self.selected_photo()
        self._photos = self.session.photos(self.item_id)
        self.list.blockSignals(True)
        self.list.clear()
        for photo in self._photos:
            entry = QListWidgetItem(QIcon(thumbnail_pixmap(self.session, photo)), "")
            text = photo.caption or self.tr("(no caption)")
            entry.setText(
                self.list.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, THUMB)
            )
            entry.setToolTip(self._tooltip(photo))
            entry.setData(Qt.ItemDataRole.UserRole, photo.id)
            self.list.addItem(entry)
        row = next((n for n, p in enumerate(self._photos) if keep and p.id == keep.id), -1)
        if row < 0 and self._photos:
            row = len(self._photos) - 1
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        count = len(self._photos)
        if self.item_id is None:
            self.title.setText(self.tr("Audit photos ({0})").format(count))
        else:
            self.title.setText(
                self.tr("Photos of item {0} ({1})").format(
                    self.session.numbers.get(self.item_id, self.item_id), count
                )
            )
        self._selection_changed()

    def _tooltip(self, photo: Photo) -> str:
        parts = [photo.caption or self.tr("(no caption)")]
        if self.item_id is None and photo.item_id:
            parts.append(self.session.label(photo.item_id))
        parts.append(self.tr("{0} x {1} px").format(photo.width, photo.height))
        return "\n".join(parts)

    def photos(self) -> list[Photo]:
        return list(self._photos)

    def selected_photo(self) -> Photo | None:
        row = self.list.currentRow()
        return self._photos[row] if 0 <= row < len(self._photos) else None

    def _selection_changed(self, _row: int = -1) -> None:
        photo = self.selected_photo()
        if not self.caption.hasFocus():
            self.caption.setText(photo.caption if photo else "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        editable = not self.session.locked
        has = self.selected_photo() is not None
        self.add_button.setEnabled(editable)
        self.paste_button.setEnabled(editable)
        self.view_button.setEnabled(has)
        self.remove_button.setEnabled(editable and has)
        self.undo_button.setEnabled(editable and bool(self.undo_stack.removed))
        self.caption.setEnabled(has)
        # A locked audit shows its photos, not greyed-out controls for changing them.
        for widget in (self.add_button, self.paste_button, self.remove_button):
            widget.setVisible(editable)
        self.undo_button.setVisible(editable)
        self.view_button.setVisible(editable or has)
        self.hint.setVisible(editable)
        self.caption.setVisible(editable)
        self.caption.setReadOnly(not editable)

    def set_locked(self, _locked: bool) -> None:
        self._update_buttons()

    # -- actions ------------------------------------------------------------------
    def add_sources(self, sources: list[tuple[Path | bytes, str]]) -> int:
        """Import each source; returns how many were attached (refusals go to ``error``)."""
        if self.session.locked:
            return 0
        added = 0
        for source, name in sources:
            if self.session.add_photo(self.item_id, source, name=name):
                added += 1
        return added

    def set_scope(self, item_id: str | None, item_choice: str | None = None) -> None:
        """Show (and add to) ``item_id``'s photos, or the whole audit's for None.

        ``item_choice`` is the item the panel may switch back to from "Whole audit" (the
        button shows only when there is one).
        """
        self._item_choice = item_choice
        self.whole_audit.blockSignals(True)
        self.whole_audit.setChecked(item_id is None and item_choice is not None)
        self.whole_audit.blockSignals(False)
        self.whole_audit.setVisible(item_choice is not None)
        if item_id != self.item_id:
            self.item_id = item_id
            self.list.setCurrentRow(-1)
        self.refresh()

    def add_from_dialog(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add photos"),
            photo_start_folder(self.session),
            self.tr("Images ({0});;All files (*)").format(IMAGE_FILTER),
        )
        if files:
            self.session.store.settings.set(PHOTO_FOLDER, str(Path(files[0]).parent))
        self.add_sources([(Path(f), Path(f).name) for f in files])

    def paste(self, mime: QMimeData | None = None) -> int:
        """Import the image (or image files) on the clipboard; returns how many were added."""
        if mime is None:
            mime = QGuiApplication.clipboard().mimeData()
        return self.add_sources(image_sources(mime))

    def drop(self, mime: QMimeData) -> int:
        return self.add_sources(image_sources(mime))

    def view_selected(self) -> None:
        photo = self.selected_photo()
        if photo is None:
            return
        if self.preview is not None:
            self.preview.close()
        self.preview = PhotoPreview(self.session, photo, self)
        self.preview.destroyed.connect(self._preview_closed)
        self.preview.show()

    def _preview_closed(self) -> None:
        self.preview = None

    def remove_selected(self) -> bool:
        photo = self.selected_photo()
        if photo is None or self.session.locked:
            return False
        if self.session.remove_photo(photo):
            self.undo_stack.push(photo)
            return True
        return False

    def save_caption(self) -> None:
        photo = self.selected_photo()
        if photo is None or self.session.locked or self.caption.text() == photo.caption:
            return
        self.session.set_caption(photo, self.caption.text())

    # -- drag and drop --------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self.session.locked and (event.mimeData().hasUrls() or event.mimeData().hasImage()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if self.session.locked:
            event.ignore()
            return
        event.acceptProposedAction()
        self.drop(event.mimeData())

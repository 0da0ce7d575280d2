"""One open audit inside the main window: a header (back, site, form, status) over the runner."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from auditapp.core.errors import AuditAppError
from auditapp.store import Store
from auditapp.ui.audit_session import AuditSession
from auditapp.ui.models import status_text
from auditapp.ui.pages.common import OPEN_AUDIT, PAGE_STYLE, actor_name


class RunnerPage(QWidget):
    """Holds the :class:`AuditRunner` of the open audit (imported when first needed)."""

    back_requested = Signal()
    """The user wants the audits list again."""
    audit_changed = Signal(str)
    """The open audit was completed, signed or reopened (audit id)."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.session: AuditSession | None = None
        self.runner: Any = None
        self.dialog: QDialog | None = None
        self.lang = "en"
        self.back_button = QPushButton()
        self.back_button.setStyleSheet(PAGE_STYLE)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.status = QLabel()
        self.status.setStyleSheet("font-weight: bold; padding: 0 8px;")
        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addWidget(self.heading, 1)
        header.addWidget(self.status)
        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addLayout(header)
        layout.addLayout(self.body, 1)
        self.back_button.clicked.connect(self.back_requested)
        self.retranslate()

    @property
    def audit_id(self) -> str | None:
        return self.session.audit.id if self.session else None

    def open_audit(self, audit_id: str, lang: str) -> bool:
        """Show ``audit_id`` in the runner; False (after telling the user) when it cannot."""
        self.close_audit()
        self.lang = lang
        try:
            session = AuditSession(self.store, audit_id, actor_name(self.store), self)
        except AuditAppError as exc:
            QMessageBox.warning(self, self.tr("Open audit"), str(exc))
            return False
        self.session = session
        session.status_changed.connect(self._status_changed)
        from auditapp.ui.runner import AuditRunner

        self.runner = AuditRunner(session, lang, self)
        self.runner.finish_requested.connect(self.finish)
        self.runner.reopen_requested.connect(self.reopen)
        # Remembered until the user leaves the audit, so a crash or a kill reopens it.
        self.store.settings.set(OPEN_AUDIT, audit_id)
        self.body.addWidget(self.runner, 1)
        self._update_header()
        return True

    def close_audit(self, forget: bool = True) -> None:
        """Leave the open audit (everything is already saved).

        ``forget=False`` (the application is quitting) keeps it to reopen at next start.
        """
        if forget and self.session is not None:
            self.store.settings.set(OPEN_AUDIT, None)
        if self.dialog is not None:
            self.dialog.close()
            self.dialog = None
        if self.runner is not None:
            self.body.removeWidget(self.runner)
            self.runner.deleteLater()
            self.runner = None
        if self.session is not None:
            self.session.deleteLater()
            self.session = None

    def _update_header(self) -> None:
        s = self.session
        if s is None:
            self.heading.clear()
            self.status.clear()
            return
        try:
            site = self.store.sites.get(s.audit.site_code)
            place = f"{site.code} {site.name} · {site.region}"
        except AuditAppError:
            place = s.audit.site_code
        self.heading.setText(f"{place}\n{s.form.title.get(self.lang)} · v{s.form.version}")
        self.status.setText(
            status_text(s.audit.status.value)
            + " · "
            + self.tr("revision {0}").format(s.audit.revision)
        )

    def _status_changed(self) -> None:
        self._update_header()
        if self.session is not None:
            self.audit_changed.emit(self.session.audit.id)

    # -- dialogs --------------------------------------------------------------------
    def finish(self) -> None:
        """Open the finishing check; its entries jump to items in the runner."""
        if self.session is None:
            return
        try:
            from auditapp.ui.finish import FinishDialog
        except ImportError as exc:
            QMessageBox.warning(self, self.tr("Finish"), str(exc))
            return
        dialog = FinishDialog(self.session, self.lang, self)
        if self.runner is not None and hasattr(self.runner, "go_to_item"):
            dialog.jump_requested.connect(self.runner.go_to_item)
        self._show_dialog(dialog)

    def reopen(self) -> None:
        """Ask for the reason and reopen the locked audit as a new revision."""
        if self.session is None or not self.session.locked:
            return
        try:
            from auditapp.ui.finish import ReopenDialog
        except ImportError as exc:
            QMessageBox.warning(self, self.tr("Reopen"), str(exc))
            return
        self._show_dialog(ReopenDialog(self.session, self))

    def _show_dialog(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        if self.session is not None:
            self.session.reload()
            self._update_header()

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("◀ Audits"))
        self.back_button.setToolTip(self.tr("Back to the list (everything is saved)"))
        self._update_header()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

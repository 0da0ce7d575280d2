"""GUI actions over the reports package: signed PDF report, Excel export, workbook import."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from auditapp.reports.errors import IdentityError, ReportError, TrustError
from auditapp.store import AuditFilter, Store
from auditapp.ui.dialog_fit import resize_within_screen
from auditapp.ui.models import OutcomeTableModel
from auditapp.ui.pages.common import (
    PAGE_STYLE,
    actor_name,
    report_language,
    run_store_work,
)
from auditapp.ui.pages.problems import show_problems

LAST_FOLDER = "last_export_folder"
PASSPHRASE_TRIES = 3


class ImportResultsDialog(QDialog):
    """One row per audit (or unreadable workbook): imported, updated, duplicate or rejected."""

    def __init__(self, outcomes: list[Any], parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import results"))
        self.setStyleSheet(PAGE_STYLE)
        self.model = OutcomeTableModel(outcomes, self)
        counts = Counter(o.result for o in outcomes)
        summary = ", ".join(f"{n} {self.model.result_text(r)}" for r, n in sorted(counts.items()))
        unverified = sum(o.signer_unverified for o in outcomes)
        if unverified:
            summary += " · " + self.tr("%n with the signer unverified", "", unverified)
        self.summary = QLabel(summary or self.tr("No workbook held anything to import."))
        self.summary.setWordWrap(True)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        for col, width in enumerate((200, 90, 70, 100)):
            header.resizeSection(col, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)  # Enter closes
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        resize_within_screen(self, 960, 520)


class NewSignersDialog(QDialog):
    """Certificates first seen for their auditor id and name in an import: accept them as
    known (the audits they signed become verified) or leave those audits "signer
    unverified"."""

    def __init__(self, signers: list[tuple[Any, int]], parent: QWidget) -> None:
        from auditapp.store.certs import colon_hex
        from auditapp.trust.certs import pem_common_name as common_name

        super().__init__(parent)
        self.signers = [s for s, _ in signers]
        self.setWindowTitle(self.tr("New signer certificates"))
        self.setStyleSheet(PAGE_STYLE)
        intro = QLabel(
            self.tr(
                "These certificates signed imported audits, and no certificate was known yet "
                "for their auditor id under the name they carry (an auditor has one under the "
                "real name and, as a mystery shopper, one under the alias). Compare each "
                "fingerprint with the one the auditor reads in Settings (or `auditapp identity "
                "show`) before accepting. Until then "
                "their audits are stored marked “signer unverified”."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(signers), 4)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Auditor id"),
                self.tr("Name"),
                self.tr("SHA-256 fingerprint"),
                self.tr("Audits"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        for row, (s, count) in enumerate(signers):
            cells = (s.auditor_id, common_name(s.pem), colon_hex(s.fingerprint), str(count))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(s.subject if col == 1 else text)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox()
        self.accept_button = buttons.addButton(
            self.tr("Accept as known"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.leave_button = buttons.addButton(
            self.tr("Leave unverified"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.accept_button.setAutoDefault(False)  # trusting needs a deliberate choice:
        self.leave_button.setDefault(True)  # Enter leaves the audits unverified
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 360)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        # the button box makes its accept button the default when shown
        self.accept_button.setDefault(False)
        self.leave_button.setDefault(True)
        self.leave_button.setFocus()


class Exports(QObject):
    """The export and import actions of the main window; results are reported by signal."""

    message = Signal(str)
    """Something finished; the text says what (for the status bar)."""
    data_changed = Signal()
    """Audits were imported."""

    def __init__(self, store: Store, window: QWidget) -> None:
        super().__init__(window)
        self.store = store
        self.window = window
        self.results: ImportResultsDialog | None = None
        self.new_signers: NewSignersDialog | None = None

    # -- helpers --------------------------------------------------------------------
    def _folder(self) -> Path:
        folder = self.store.settings.get(LAST_FOLDER)
        return Path(folder) if folder and Path(folder).is_dir() else Path.home()

    def _remember(self, path: Path) -> None:
        self.store.settings.set(LAST_FOLDER, str(path.parent))

    def _passphrase(self, title: str) -> tuple[bool, str | None]:
        """(go ahead, passphrase or None for unsigned), asking as needed."""
        from auditapp.trust.identity import has_identity, load_p12

        if not has_identity(self.store.data_dir):
            answer = QMessageBox.question(
                self.window,
                title,
                self.tr(
                    "There is no signing identity in this data folder yet (Settings, Signing "
                    "identity). Export without a digital signature?"
                ),
            )
            return answer == QMessageBox.StandardButton.Yes, None
        for _ in range(PASSPHRASE_TRIES):
            text, ok = QInputDialog.getText(
                self.window,
                title,
                self.tr("Passphrase of your signing identity:"),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return False, None
            try:
                load_p12(self.store.data_dir, text)
            except IdentityError as exc:
                QMessageBox.warning(self.window, title, str(exc))
                continue
            return True, text
        return False, None

    def _save_path(self, title: str, name: str, pattern: str, suffix: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            self.window, title, str(self._folder() / name), pattern
        )
        if not path:
            return None
        out = Path(path)
        if out.suffix.lower() != suffix:
            out = out.with_name(out.name + suffix)
        self._remember(out)
        return out

    # -- PDF ------------------------------------------------------------------------
    def export_report(self, audit_id: str | None) -> None:
        """Build, sign and write the PDF report of one audit, off the UI thread."""
        from auditapp.reports.export import export_pdf, report_file_name
        from auditapp.reports.pdf_report import ReportOptions

        title = self.tr("Export report")
        if not audit_id:
            QMessageBox.information(
                self.window, title, self.tr("Choose an audit in the list first.")
            )
            return
        ok, passphrase = self._passphrase(title)
        if not ok:
            return
        out = self._save_path(
            title,
            report_file_name(self.store, audit_id),
            self.tr("PDF reports") + " (*.pdf)",
            ".pdf",
        )
        if out is None:
            return
        options = ReportOptions(lang=report_language(self.store))

        def work(store: Store, progress: Any, cancelled: Any) -> Any:
            progress(0, 1)
            result = export_pdf(store, audit_id, out, options, passphrase)
            progress(1, 1)
            return result

        def done(result: Any) -> None:
            state = self.tr("signed") if result.signed else self.tr("not signed")
            self.message.emit(self.tr("Report written to {0} ({1}).").format(result.path, state))
            if result.warnings:
                show_problems(
                    self.window,
                    title,
                    self.tr("The report was written; it could not show everything:"),
                    list(result.warnings),
                )

        run_store_work(self.window, title, self.store.data_dir, work, done)

    # -- Excel ----------------------------------------------------------------------
    def export_excel(self, flt: AuditFilter) -> None:
        """Write every audit the filter selects to one workbook (progress and cancel)."""
        from auditapp.reports.xlsx_export import export_xlsx

        title = self.tr("Export Excel workbook")
        count = self.store.audits.count(flt)
        if not count:
            QMessageBox.information(self.window, title, self.tr("No audits match the filters."))
            return
        ok, passphrase = self._passphrase(title)
        if not ok:
            return
        out = self._save_path(
            title,
            f"audits_{date.today().isoformat()}.xlsx",
            self.tr("Excel workbooks") + " (*.xlsx)",
            ".xlsx",
        )
        if out is None:
            return

        def work(store: Store, progress: Any, cancelled: Any) -> int | None:
            ids = [a.id for a in store.audits.list(flt, order_by="created_at", descending=False)]
            try:
                return export_xlsx(store, ids, out, passphrase, progress, cancelled)
            except (ReportError, TrustError):
                if cancelled():
                    return None
                raise

        def done(written: int | None) -> None:
            if written is None:
                self.message.emit(self.tr("Export cancelled; no file was written."))
                return
            text = self.tr("%n audit(s) written to {0}", "", written).format(out)
            if passphrase is None:
                text += " " + self.tr("(unsigned draft: head office will not import it)")
            self.message.emit(text)

        run_store_work(
            self.window,
            self.tr("Exporting %n audit(s)…", "", count),
            self.store.data_dir,
            work,
            done,
        )

    # -- import ---------------------------------------------------------------------
    def import_workbooks(self) -> None:
        """Verify and import workbooks exported by auditors; then list every outcome."""
        from auditapp.reports.xlsx_import import first_seen_signers, import_paths

        title = self.tr("Import workbooks")
        paths, _ = QFileDialog.getOpenFileNames(
            self.window, title, str(self._folder()), self.tr("Excel workbooks") + " (*.xlsx)"
        )
        if not paths:
            return
        files = [Path(p) for p in paths]
        actor = actor_name(self.store)

        def work(store: Store, progress: Any, cancelled: Any) -> list[Any]:
            return import_paths(
                store,
                files,
                actor,
                progress=lambda n, total, _name: progress(n - 1, total),
                cancelled=cancelled,
            )

        def done(outcomes: list[Any]) -> None:
            self.results = ImportResultsDialog(outcomes, self.window)
            self.results.show()
            self.data_changed.emit()
            self.message.emit(self.tr("Import finished: %n outcome(s).", "", len(outcomes)))
            new = first_seen_signers(outcomes)
            if new:
                self.new_signers = NewSignersDialog(new, self.window)
                self.new_signers.accepted.connect(
                    lambda: self._accept_signers(
                        self.new_signers.signers if self.new_signers else []
                    )
                )
                self.new_signers.show()

        run_store_work(self.window, title, self.store.data_dir, work, done)

    def _accept_signers(self, signers: list[Any]) -> None:
        """Store the accepted certificates as known, which marks their audits verified."""
        from auditapp.reports.signers import accept_signer

        title = self.tr("New signer certificates")

        def work(store: Store, progress: Any, cancelled: Any) -> int:
            return sum(accept_signer(store, s.auditor_id, s.fingerprint).cleared for s in signers)

        def done(cleared: int) -> None:
            self.data_changed.emit()
            self.message.emit(
                self.tr("Certificates accepted: %n audit(s) now verified.", "", cleared)
            )

        run_store_work(self.window, title, self.store.data_dir, work, done)

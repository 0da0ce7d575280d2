"""The "Verify a report" dialog: the verdict on a signed PDF and who signed it.

It shows what ``auditapp verify`` prints: the verdict, and for every signature the
signer's name, the certificate's SHA-256 fingerprint, whether the file was changed
after it, and whether the signer is this device's own identity or a certificate of the
chosen trust folder. Without either, the signer is unverified: anybody can make a
certificate with any name, and only the fingerprint tells them apart.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from auditapp.ui.background import run_in_background

VERDICT_COLOURS = {
    "INTACT": "#2E7D32",
    "UNVERIFIED": "#B26A00",
    "UNTRUSTED": "#C62828",
    "ALTERED": "#C62828",
    "UNSIGNED": "#C62828",
}


class VerifyDialog(QDialog):
    """Pick a PDF report (and optionally a folder of trusted certificates), verify it."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.result: Any = None
        """The last :class:`auditapp.reports.signing.Verification`, once one is done."""
        self.setWindowTitle(self.tr("Verify a report"))
        self.setMinimumWidth(720)

        self.file = QLineEdit()
        self.file.setPlaceholderText(self.tr("A signed PDF report"))
        self.trust = QLineEdit()
        self.trust.setPlaceholderText(
            self.tr("Optional: head office's folder of auditor certificates")
        )
        pick_file = QPushButton(self.tr("Choose…"))
        pick_file.setAutoDefault(False)
        pick_file.clicked.connect(self._choose_file)
        pick_trust = QPushButton(self.tr("Choose folder…"))
        pick_trust.setAutoDefault(False)
        pick_trust.clicked.connect(self._choose_trust)
        form = QFormLayout()
        form.addRow(self.tr("Report:"), _row(self.file, pick_file))
        form.addRow(self.tr("Trusted certificates:"), _row(self.trust, pick_trust))

        self.verdict = QLabel()
        bold = QFont(self.verdict.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.3)
        self.verdict.setFont(bold)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Signature"),
                self.tr("Signer"),
                self.tr("Certificate fingerprint (SHA-256)"),
                self.tr("Known as"),
                self.tr("Changed after it"),
            ]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.verify_button = buttons.addButton(
            self.tr("Verify"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.verify_button.setDefault(True)
        self.verify_button.clicked.connect(self.start)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.verdict)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)

    # -- choosing -------------------------------------------------------------------
    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Verify a report"), self.file.text(), self.tr("PDF reports (*.pdf)")
        )
        if name:
            self.file.setText(name)

    def _choose_trust(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Folder of trusted certificates"), self.trust.text()
        )
        if name:
            self.trust.setText(name)

    # -- verifying ------------------------------------------------------------------
    def start(self) -> None:
        """Verify the chosen file off the UI thread; the result fills the dialog."""
        from PySide6.QtWidgets import QMessageBox

        path = self.file.text().strip()
        if not path:
            QMessageBox.information(
                self, self.tr("Verify a report"), self.tr("Choose the PDF report to verify.")
            )
            return
        trust_dir = self.trust.text().strip()
        data_dir = self.data_dir
        self.verify_button.setEnabled(False)
        self.verdict.setText(self.tr("Verifying…"))
        self.verdict.setStyleSheet("")
        self.explanation.clear()
        self.problems.clear()
        self.table.setRowCount(0)

        def work(_progress: object, _cancelled: object) -> Any:
            return _verify(Path(path), Path(trust_dir) if trust_dir else None, data_dir)

        def done(outcome: Any) -> None:
            self.verify_button.setEnabled(True)
            if isinstance(outcome, str):  # a message: the file or the folder is unusable
                self.verdict.setText(self.tr("Cannot verify"))
                self.verdict.setStyleSheet(f"color: {VERDICT_COLOURS['ALTERED']}")
                self.explanation.setText(outcome)
                return
            self.show_result(*outcome)

        run_in_background(self, self.tr("Verifying the report"), work, done)

    def show_result(self, verification: Any, local: str, trusted_from: dict[str, str]) -> None:
        """Fill the dialog with a verification and who each signer is known as."""
        self.result = verification
        verdict = verification.verdict
        self.verdict.setText(self._verdict_text(verdict))
        self.verdict.setStyleSheet(f"color: {VERDICT_COLOURS.get(verdict, '#C62828')}")
        self.explanation.setText(self._explanation(verdict))
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.table.setRowCount(len(verification.signatures))
        for row, sig in enumerate(verification.signatures):
            if sig.fingerprint == local:
                known = self.tr("This device's identity")
            elif sig.fingerprint in trusted_from:
                known = self.tr("Trusted: {0}").format(Path(trusted_from[sig.fingerprint]).name)
            elif sig.trusted:
                known = self.tr("Chains to a trusted certificate")
            else:
                known = self.tr("Unknown: compare the fingerprint")
            half = sig.fingerprint.split(":")
            cells = [
                str(sig.index),
                sig.signer,
                ":".join(half[:16]) + ":\n" + ":".join(half[16:]),
                known,
                self.tr("yes: altered") if sig.changed_after else self.tr("no"),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip({1: sig.subject, 2: sig.fingerprint}.get(col, text))
                if col == 2:
                    item.setFont(mono)
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()
        self.problems.setText("\n".join(verification.problems))

    def _verdict_text(self, verdict: str) -> str:
        return {
            "INTACT": self.tr("Intact, signed by a known certificate"),
            "UNVERIFIED": self.tr("Intact, but the signer is unverified"),
            "UNTRUSTED": self.tr("Intact, but signed by an unknown certificate"),
            "ALTERED": self.tr("Altered"),
            "UNSIGNED": self.tr("Not signed"),
        }.get(verdict, verdict)

    def _explanation(self, verdict: str) -> str:
        return {
            "INTACT": self.tr(
                "Nothing was changed after any signature, and every signer is this device's "
                "identity or a certificate of the trusted folder."
            ),
            "UNVERIFIED": self.tr(
                "Nothing was changed after signing, but anybody can make a certificate with "
                "any name. Compare the fingerprint with the auditor's (Settings, or "
                "“auditapp identity show”), or choose head office's folder of auditor "
                "certificates."
            ),
            "UNTRUSTED": self.tr(
                "Nothing was changed after signing, but a signer is neither this device's "
                "identity nor a certificate of the trusted folder: it may be a forgery."
            ),
            "ALTERED": self.tr(
                "The report was changed after it was signed. Do not rely on its contents."
            ),
            "UNSIGNED": self.tr("The file carries no signature."),
        }.get(verdict, "")


def _row(edit: QLineEdit, button: QPushButton) -> QWidget:
    box = QWidget()
    lay = QHBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.addWidget(edit, 1)
    lay.addWidget(button)
    return box


def _verify(path: Path, trust_dir: Path | None, data_dir: Path) -> Any:
    """(verification, local fingerprint, fingerprint -> trust file), or an error message.

    Runs on the thread pool: it reads files only, never the database.
    """
    from auditapp.reports import signing
    from auditapp.reports.errors import ReportError, TrustError
    from auditapp.trust import identity

    signing.quiet_libraries()
    try:
        trust = signing.load_trust(trust_dir) if trust_dir else None
        local = ""
        if identity.has_identity(data_dir):
            local = identity.show_identity(data_dir).fingerprint
            mine = signing.trust_from_pem(
                identity.certificate_chain_pem(data_dir), "this device's identity"
            )
            trust = mine if trust is None else trust + mine
        verification = signing.verify_pdf(path, trust)
    except (ReportError, TrustError) as exc:
        return str(exc)
    except Exception as exc:  # shown in the dialog rather than lost with the thread
        return f"unexpected error: {type(exc).__name__}: {exc}"
    files = {
        fp: src
        for fp, src in (trust.fingerprints() if trust else {}).items()
        if src != "this device's identity"
    }
    return verification, local, files

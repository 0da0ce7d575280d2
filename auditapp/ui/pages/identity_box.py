"""The signing identity in Settings: show it, create one, or import an organisation's .p12."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontDatabase, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from auditapp.reports.errors import IdentityError
from auditapp.store import Store
from auditapp.ui.pages.common import PAGE_STYLE, load_profile


def _idm() -> ModuleType:
    """The identity module (cryptography), imported when first needed."""
    from auditapp.reports import identity

    return identity


class CreateIdentityDialog(QDialog):
    """Passphrase twice (and an optional organisation) for a new key and certificate."""

    def __init__(self, data_dir: Path, name: str, auditor_id: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.data_dir, self.name, self.auditor_id = data_dir, name, auditor_id
        self.setWindowTitle(self.tr("Create a signing identity"))
        self.setStyleSheet(PAGE_STYLE)
        self.organisation = QLineEdit()
        self.passphrase = QLineEdit()
        self.repeat = QLineEdit()
        for edit in (self.passphrase, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        intro = QLabel(
            self.tr(
                "A key pair and a certificate naming {0} ({1}) will be kept in the data "
                "folder, encrypted with the passphrase. Reports and workbooks you export are "
                "signed with it. A lost passphrase cannot be recovered."
            ).format(name, auditor_id or self.tr("no id"))
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Organisation (optional):"), self.organisation)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow(self.tr("Repeat passphrase:"), self.repeat)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(560, 300)

    def accept(self) -> None:
        if self.passphrase.text() != self.repeat.text():
            self.problem.setText(self.tr("The two passphrases differ; type them again."))
            return
        if len(self.passphrase.text()) < _idm().MIN_PASSPHRASE:
            self.problem.setText(
                self.tr("The passphrase needs at least {0} characters.").format(
                    _idm().MIN_PASSPHRASE
                )
            )
            return
        try:
            _idm().create_identity(
                self.data_dir,
                self.name,
                self.auditor_id,
                self.passphrase.text(),
                self.organisation.text().strip(),
                replace=_idm().has_identity(self.data_dir),
            )
        except IdentityError as exc:
            self.problem.setText(str(exc))
            return
        super().accept()


class IdentityBox(QGroupBox):
    """Subject and SHA-256 fingerprint of the auditor's certificate, with create and import."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._shown = False
        self.subject = QLabel()
        self.fingerprint = QLabel()
        self.validity = QLabel()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.fingerprint.setFont(mono)
        for label in (self.subject, self.fingerprint, self.validity):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.create_button = QPushButton()
        self.import_button = QPushButton()
        self.create_button.clicked.connect(self.ask_create)
        self.import_button.clicked.connect(self.ask_import)
        self.form = QFormLayout()
        self.row_labels = [QLabel(), QLabel(), QLabel()]
        for label, value in zip(
            self.row_labels, (self.subject, self.fingerprint, self.validity), strict=True
        ):
            self.form.addRow(label, value)
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Signing identity"))
        self.row_labels[0].setText(self.tr("Subject:"))
        self.row_labels[1].setText(self.tr("SHA-256:"))
        self.row_labels[2].setText(self.tr("Valid:"))
        self.create_button.setText(self.tr("Create identity…"))
        self.import_button.setText(self.tr("Import .p12 file…"))
        if self._shown:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._shown:
            self._shown = True
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Re-read the identity from the data folder."""
        if not _idm().has_identity(self.store.data_dir):
            self.subject.setText(
                self.tr("No identity yet: create one or import your organisation's.")
            )
            self.fingerprint.setText("–")
            self.validity.setText("–")
            return
        try:
            info = _idm().show_identity(self.store.data_dir)
        except IdentityError as exc:
            self.subject.setText(str(exc))
            return
        self.subject.setText(info.subject)
        # Two lines of 16 bytes: one line of 95 characters overflows narrow windows.
        half = info.fingerprint.split(":")
        middle = len(half) // 2
        self.fingerprint.setText(":".join(half[:middle]) + ":\n" + ":".join(half[middle:]))
        self.fingerprint.setToolTip(info.fingerprint)
        self.validity.setText(f"{info.not_before[:10]} – {info.not_after[:10]}")

    def _confirm_replace(self) -> bool:
        if not _idm().has_identity(self.store.data_dir):
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Replace the identity?"),
            self.tr(
                "This data folder already holds a signing identity. Reports signed with it "
                "stay valid, but new ones will be signed with the new identity. Replace it?"
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def ask_create(self) -> None:
        profile = load_profile(self.store)
        if profile is None:
            QMessageBox.information(
                self,
                self.tr("Signing identity"),
                self.tr("Save your auditor profile first: the certificate carries your name."),
            )
            return
        if not self._confirm_replace():
            return
        dialog = CreateIdentityDialog(self.store.data_dir, profile["name"], profile["id"], self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a PKCS#12 identity"),
            str(Path.home()),
            self.tr("PKCS#12 files") + " (*.p12 *.pfx)",
        )
        if not path or not self._confirm_replace():
            return
        passphrase, ok = QInputDialog.getText(
            self,
            self.tr("Passphrase"),
            self.tr("Passphrase of {0}:").format(Path(path).name),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return
        try:
            _idm().import_identity(
                self.store.data_dir,
                Path(path),
                passphrase,
                replace=_idm().has_identity(self.store.data_dir),
            )
        except IdentityError as exc:
            QMessageBox.warning(self, self.tr("Identity not imported"), str(exc))
            return
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

"""The signing identity in Settings: show it, create one, or import an organisation's .p12."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
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

if TYPE_CHECKING:
    from auditapp.trust.identity import IdentityInfo


def _idm() -> ModuleType:
    """The identity module (cryptography), imported when first needed."""
    from auditapp.trust import identity

    return identity


def ask_p12_file(parent: QWidget) -> Path | None:
    """The organisation's PKCS#12 file, picked by the user; None if cancelled."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("IdentityBox", "Import a PKCS#12 identity"),
        str(Path.home()),
        QCoreApplication.translate("IdentityBox", "PKCS#12 files") + " (*.p12 *.pfx)",
    )
    return Path(path) if path else None


def ask_p12_passphrase(parent: QWidget, path: Path) -> str | None:
    """The passphrase of the PKCS#12 file ``path``; None if cancelled."""
    passphrase, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("IdentityBox", "Passphrase"),
        QCoreApplication.translate("IdentityBox", "Passphrase of {0}:").format(path.name),
        QLineEdit.EchoMode.Password,
    )
    return passphrase if ok else None


class CreateIdentityDialog(QDialog):
    """Passphrase twice (and an optional organisation) for the profile's new identities:
    the main one and, with an alias, the alias one. With ``alias_only`` the main identity
    stays and its passphrase (asked once) also encrypts a new alias identity."""

    def __init__(
        self,
        data_dir: Path,
        name: str,
        auditor_id: str,
        parent: QWidget,
        alias: str = "",
        alias_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self.data_dir, self.name, self.auditor_id = data_dir, name, auditor_id
        self.alias, self.alias_only = alias, alias_only
        self.setWindowTitle(
            self.tr("Create the alias identity")
            if alias_only
            else self.tr("Create a signing identity")
        )
        self.setStyleSheet(PAGE_STYLE)
        self.organisation = QLineEdit()
        self.passphrase = QLineEdit()
        self.repeat = QLineEdit()
        for edit in (self.passphrase, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        if alias_only:
            text = self.tr(
                "Mystery shops are signed with a second certificate that carries only the "
                "alias {0} and your id, never your name. It is encrypted with the passphrase "
                "of your signing identity."
            ).format(alias)
        else:
            text = self.tr(
                "A key pair and a certificate naming {0} ({1}) will be kept in the data "
                "folder, encrypted with the passphrase. Reports and workbooks you export are "
                "signed with it. A lost passphrase cannot be recovered."
            ).format(name, auditor_id or self.tr("no id"))
            if alias:
                text += " " + self.tr(
                    "A second certificate carrying only the alias {0} signs your mystery "
                    "shops, with the same passphrase."
                ).format(alias)
        intro = QLabel(text)
        intro.setWordWrap(True)
        form = QFormLayout()
        if not alias_only:
            form.addRow(self.tr("Organisation (optional):"), self.organisation)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        if not alias_only:
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
        idm = _idm()
        secret = self.passphrase.text()
        try:
            if self.alias_only:
                idm.load_p12(self.data_dir, secret)  # one passphrase for both identities
                idm.create_identity(
                    self.data_dir, self.alias, self.auditor_id, secret, replace=True, role=idm.ALIAS
                )
                super().accept()
                return
            if secret != self.repeat.text():
                self.problem.setText(self.tr("The two passphrases differ; type them again."))
                return
            if len(secret) < idm.MIN_PASSPHRASE:
                self.problem.setText(
                    self.tr("The passphrase needs at least {0} characters.").format(
                        idm.MIN_PASSPHRASE
                    )
                )
                return
            idm.create_identities(
                self.data_dir,
                self.name,
                self.auditor_id,
                self.alias,
                secret,
                self.organisation.text().strip(),
                replace=True,
            )
        except IdentityError as exc:
            self.problem.setText(str(exc))
            return
        super().accept()


def _two_lines(fingerprint: str) -> str:
    """Two lines of 16 bytes: one line of 95 characters overflows narrow windows."""
    half = fingerprint.split(":")
    middle = len(half) // 2
    return ":".join(half[:middle]) + ":\n" + ":".join(half[middle:])


class IdentityBox(QGroupBox):
    """Subject and SHA-256 fingerprint of the auditor's certificate and of the alias
    certificate that signs mystery shops, with create and import."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._shown = False
        self.pending: CreateIdentityDialog | None = None
        """The identity dialog offered after a profile change, while it is open."""
        self.subject = QLabel()
        self.fingerprint = QLabel()
        self.validity = QLabel()
        self.alias_subject = QLabel()
        self.alias_fingerprint = QLabel()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.fingerprint.setFont(mono)
        self.alias_fingerprint.setFont(mono)
        values = (
            self.subject,
            self.fingerprint,
            self.validity,
            self.alias_subject,
            self.alias_fingerprint,
        )
        for label in values:
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.create_button = QPushButton()
        self.import_button = QPushButton()
        self.create_button.clicked.connect(self.ask_create)
        self.import_button.clicked.connect(self.ask_import)
        self.form = QFormLayout()
        self.row_labels = [QLabel() for _ in values]
        for label, value in zip(self.row_labels, values, strict=True):
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
        self.row_labels[3].setText(self.tr("Mystery shops:"))
        self.row_labels[4].setText(self.tr("SHA-256:"))
        self.create_button.setText(self.tr("Create identity…"))
        self.import_button.setText(self.tr("Import .p12 file…"))
        if self._shown:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._shown:
            self._shown = True
            self.refresh()
        super().showEvent(event)

    def subject_text(self, info: IdentityInfo) -> str:
        """The subject with named fields ("Serial number", not OID 2.5.4.5)."""
        lines = [self.tr("Name: {0}").format(info.common_name)]
        if info.serial_number:
            lines.append(self.tr("Serial number (auditor id): {0}").format(info.serial_number))
        if info.organisation:
            lines.append(self.tr("Organisation: {0}").format(info.organisation))
        if not info.self_signed:
            lines.append(self.tr("Issued by: {0}").format(info.issuer))
        return "\n".join(lines)

    def refresh(self) -> None:
        """Re-read both identities from the data folder."""
        idm = _idm()
        data_dir = self.store.data_dir
        if not idm.has_identity(data_dir):
            self.subject.setText(
                self.tr("No identity yet: create one or import your organisation's.")
            )
            self.fingerprint.setText("–")
            self.validity.setText("–")
        else:
            try:
                info = idm.show_identity(data_dir)
            except IdentityError as exc:
                self.subject.setText(str(exc))
            else:
                self.subject.setText(self.subject_text(info))
                self.fingerprint.setText(_two_lines(info.fingerprint))
                self.fingerprint.setToolTip(info.fingerprint)
                self.validity.setText(f"{info.not_before[:10]} – {info.not_after[:10]}")
        if not idm.has_identity(data_dir, idm.ALIAS):
            profile = load_profile(self.store)
            self.alias_subject.setText(
                self.tr("No alias identity: mystery shops cannot be signed.")
                if profile and profile["alias"]
                else self.tr("No alias in the profile: mystery shops show your name.")
            )
            self.alias_fingerprint.setText("–")
            return
        try:
            alias = idm.show_identity(data_dir, idm.ALIAS)
        except IdentityError as exc:
            self.alias_subject.setText(str(exc))
            return
        self.alias_subject.setText(self.subject_text(alias))
        self.alias_fingerprint.setText(_two_lines(alias.fingerprint))
        self.alias_fingerprint.setToolTip(alias.fingerprint)

    def offer_matching(self) -> None:
        """After the profile changed: offer to (re)create every identity that no longer
        matches it (a new name or id, a new or removed alias). Nothing mismatching is
        kept silently: declining leaves a warning in the box."""
        from auditapp.core.records import Auditor

        profile = load_profile(self.store)
        idm = _idm()
        data_dir = self.store.data_dir
        if profile is None or not idm.has_identity(data_dir):
            self.refresh()
            return
        auditor = Auditor(profile["name"], profile["id"], profile["alias"])
        wrong = idm.identity_mismatches(data_dir, auditor)
        if idm.AUDITOR in wrong:
            info = idm.show_identity(data_dir)
            answer = QMessageBox.question(
                self,
                self.tr("Signing identity"),
                self.tr(
                    "Your signing certificate names {0} ({1}), but the profile now says {2} "
                    "({3}). Exports of your audits would be refused. Create a new identity "
                    "for the profile now?"
                ).format(
                    info.common_name,
                    info.serial_number or self.tr("no id"),
                    profile["name"],
                    profile["id"] or self.tr("no id"),
                ),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self._open(
                    CreateIdentityDialog(
                        data_dir, profile["name"], profile["id"], self, profile["alias"]
                    )
                )
        elif idm.ALIAS in wrong and not profile["alias"]:
            idm.remove_identity(data_dir, idm.ALIAS)  # an alias certificate nobody uses
        elif idm.ALIAS in wrong:
            answer = QMessageBox.question(
                self,
                self.tr("Signing identity"),
                self.tr(
                    "Mystery shops are now signed as {0}, which needs its own certificate "
                    "carrying only the alias. Create it now?"
                ).format(profile["alias"]),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self._open(
                    CreateIdentityDialog(
                        data_dir,
                        profile["name"],
                        profile["id"],
                        self,
                        profile["alias"],
                        alias_only=True,
                    )
                )
        self.refresh()

    def _open(self, dialog: CreateIdentityDialog) -> None:
        """Show ``dialog`` window-modal without blocking; refresh when it is accepted."""
        if self.pending is not None:
            self.pending.close()
        self.pending = dialog
        dialog.accepted.connect(self.refresh)
        dialog.open()

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
        dialog = CreateIdentityDialog(
            self.store.data_dir, profile["name"], profile["id"], self, profile["alias"]
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def ask_import(self) -> None:
        path = ask_p12_file(self)
        if path is None or not self._confirm_replace():
            return
        passphrase = ask_p12_passphrase(self, path)
        if passphrase is None:
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
        self.offer_matching()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

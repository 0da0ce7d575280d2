"""First start on an empty data folder: a profile with its signing identity, then sites
(imported) or the demo data."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from auditapp.core.records import Auditor
from auditapp.reports.errors import IdentityError
from auditapp.store import Store
from auditapp.ui.pages.common import PAGE_STYLE, load_profile, run_store_work, save_profile
from auditapp.ui.pages.profile_form import ProfileForm
from auditapp.ui.pages.sites_page import import_sites

DEMO_AUDITS = 36
"""How many demo audits the "Load demo data" button creates."""


class FirstStartPage(QWidget):
    """Two steps: who audits (profile), then which sites (import a file or load the demo)."""

    finished = Signal(str)
    """The folder is ready; the text says what was done."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setStyleSheet(PAGE_STYLE)
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.step_label = QLabel()
        self.step_label.setStyleSheet("color: palette(dark); font-weight: bold;")
        self.steps = QStackedWidget()
        self.profile_intro, self.sites_intro = QLabel(), QLabel()
        for label in (self.profile_intro, self.sites_intro):
            label.setWordWrap(True)
        self.profile = ProfileForm()
        self.profile.set_values(load_profile(store))
        self.identity_note = QLabel()
        self.identity_note.setWordWrap(True)
        self.passphrase, self.repeat = QLineEdit(), QLineEdit()
        for edit in (self.passphrase, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMinimumWidth(320)
        self.passphrase_labels = [QLabel(), QLabel()]
        self.passphrase_labels[0].setBuddy(self.passphrase)
        self.passphrase_labels[1].setBuddy(self.repeat)
        self.import_p12_button = QPushButton()
        self._imported_passphrase: str | None = None
        """Passphrase of the .p12 imported in this step (the alias identity gets it too)."""
        self.profile_problem = QLabel()
        self.profile_problem.setWordWrap(True)
        self.profile_problem.setStyleSheet("color: #b00020")
        self.continue_button = QPushButton()
        self.continue_button.setDefault(True)
        self.import_button, self.demo_button = QPushButton(), QPushButton()
        self.skip_button = QPushButton()
        self._build_steps()
        column = QVBoxLayout()
        column.addWidget(self.title)
        column.addWidget(self.step_label)
        column.addWidget(self.steps, 1)
        holder = QWidget()
        holder.setLayout(column)
        holder.setMaximumWidth(760)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(holder, 4)
        outer.addStretch(1)
        self.continue_button.clicked.connect(self.save_profile)
        for edit in (
            self.profile.name,
            self.profile.auditor_id,
            self.profile.alias,
            self.passphrase,
            self.repeat,
        ):
            edit.returnPressed.connect(self.save_profile)  # Enter submits the step
        self.import_p12_button.clicked.connect(self.import_p12)
        self.import_button.clicked.connect(self.import_sites)
        self.demo_button.clicked.connect(self.load_demo)
        self.skip_button.clicked.connect(lambda: self.finished.emit(""))
        self.retranslate()

    def _build_steps(self) -> None:
        first = QWidget()
        a = QVBoxLayout(first)
        a.addWidget(self.profile_intro)
        # The passphrase rows join the profile's form, so the columns line up.
        self.profile.form.addRow("", self.identity_note)
        self.profile.form.addRow(self.passphrase_labels[0], self.passphrase)
        self.profile.form.addRow(self.passphrase_labels[1], self.repeat)
        a.addWidget(self.profile)
        a.addWidget(self.profile_problem)
        row = QHBoxLayout()
        row.addWidget(self.import_p12_button)
        row.addStretch(1)
        row.addWidget(self.continue_button)
        a.addLayout(row)
        a.addStretch(1)
        second = QWidget()
        b = QVBoxLayout(second)
        b.addWidget(self.sites_intro)
        for button in (self.import_button, self.demo_button, self.skip_button):
            button.setMinimumHeight(48)
            b.addWidget(button)
        b.addStretch(1)
        self.steps.addWidget(first)
        self.steps.addWidget(second)

    def retranslate(self) -> None:
        from auditapp.store.site_import import COLUMNS

        self.title.setText(self.tr("Welcome to ServiceAudit"))
        self.profile_intro.setText(
            self.tr(
                "This data folder is new. First, tell ServiceAudit who you are: your name and "
                "id go on every audit you start and on the certificate that signs your reports."
            )
        )
        self.sites_intro.setText(
            self.tr(
                "Next, the sites you audit. Import them from a CSV or Excel file with the "
                "columns {0} (one site per row), or load the demo data to try everything out "
                "first."
            ).format(", ".join(COLUMNS))
        )
        self._step_text()
        self._identity_text()
        self.passphrase_labels[0].setText(self.tr("&Passphrase:"))
        self.passphrase_labels[1].setText(self.tr("&Repeat passphrase:"))
        self.import_p12_button.setText(self.tr("Import my organisation's .p12 instead…"))
        self.continue_button.setText(self.tr("Continue"))
        self.import_button.setText(self.tr("Import sites from a file…"))
        self.demo_button.setText(self.tr("Load the demo data (sites, forms and sample audits)"))
        self.skip_button.setText(self.tr("Skip for now"))

    def _step_text(self) -> None:
        if self.steps.currentIndex() == 0:
            self.step_label.setText(self.tr("Step 1 of 2: your auditor profile"))
        else:
            self.step_label.setText(self.tr("Step 2 of 2: the sites you audit"))

    @property
    def step(self) -> int:
        """0: profile, 1: sites."""
        return self.steps.currentIndex()

    def _identity_text(self) -> None:
        from auditapp.trust import identity as idm

        has = idm.has_identity(self.store.data_dir)
        for widget in (self.passphrase_labels[1], self.repeat):
            widget.setVisible(not has)
        # An identity found in the folder: its passphrase is asked for the alias certificate.
        ask = not has or self._imported_passphrase is None
        for widget in (self.passphrase_labels[0], self.passphrase):
            widget.setVisible(ask)
        self.import_p12_button.setVisible(not has)
        if not has:
            self.identity_note.setText(
                self.tr(
                    "Your reports are signed with a key kept in this data folder, encrypted "
                    "with a passphrase of at least {0} characters that only you know. With an "
                    "alias, a second certificate carrying only the alias signs your mystery "
                    "shops, so your name is in none of them."
                ).format(idm.MIN_PASSPHRASE)
            )
            return
        info = idm.show_identity(self.store.data_dir)
        text = self.tr("Your reports will be signed by the certificate of {0} ({1}).").format(
            info.common_name, info.serial_number or self.tr("no id")
        )
        if ask:
            text += " " + self.tr(
                "With an alias, type that identity's passphrase: it also encrypts the "
                "certificate carrying only the alias that signs your mystery shops."
            )
        self.identity_note.setText(text)

    def import_p12(self) -> None:
        """Use the organisation's PKCS#12 file as the signing identity."""
        from auditapp.trust import identity as idm
        from auditapp.ui.pages.identity_box import ask_p12_file, ask_p12_passphrase

        path = ask_p12_file(self)
        if path is None:
            return
        passphrase = ask_p12_passphrase(self, path)
        if passphrase is None:
            return
        try:
            info = idm.import_identity(self.store.data_dir, path, passphrase)
        except IdentityError as exc:
            self.profile_problem.setText(str(exc))
            return
        self._imported_passphrase = passphrase
        if not self.profile.name.text().strip():
            self.profile.name.setText(info.common_name)
        if not self.profile.auditor_id.text().strip():
            self.profile.auditor_id.setText(info.serial_number)
        self.profile_problem.clear()
        self._identity_text()

    def _make_alias_identity(self, idm: Any, profile: Auditor) -> None:
        """Create (or drop) the alias identity beside an existing main identity, with the
        main identity's passphrase; raises IdentityError."""
        data_dir = self.store.data_dir
        if not profile.alias:
            idm.remove_identity(data_dir, idm.ALIAS)
            return
        secret = self._imported_passphrase
        if secret is None:
            secret = self.passphrase.text()
            idm.load_p12(data_dir, secret)  # wrong passphrase: a clear IdentityError
        idm.create_identity(
            data_dir, profile.alias, profile.auditor_id, secret, replace=True, role=idm.ALIAS
        )

    def save_profile(self) -> None:
        """Save the profile and create its signing identities (or check the imported one)."""
        from auditapp.trust import identity as idm

        name, auditor_id, alias = self.profile.values()
        if not name:
            self.profile_problem.setText(self.tr("Please enter your name."))
            self.profile.name.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        data_dir = self.store.data_dir
        try:
            if not idm.has_identity(data_dir):
                secret = self.passphrase.text()
                if len(secret) < idm.MIN_PASSPHRASE:
                    self.profile_problem.setText(
                        self.tr("The passphrase needs at least {0} characters.").format(
                            idm.MIN_PASSPHRASE
                        )
                    )
                    self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)
                    return
                if secret != self.repeat.text():
                    self.profile_problem.setText(
                        self.tr("The two passphrases differ; type them again.")
                    )
                    self.repeat.clear()
                    self.repeat.setFocus(Qt.FocusReason.OtherFocusReason)
                    return
                idm.create_identities(data_dir, name, auditor_id, alias, secret)
            else:
                idm.check_signer(
                    idm.certificate(data_dir), Auditor(name, auditor_id, alias), mystery=False
                )
                profile = Auditor(name, auditor_id, alias)
                if idm.ALIAS in idm.identity_mismatches(data_dir, profile):
                    self._make_alias_identity(idm, profile)
        except IdentityError as exc:
            info = idm.show_identity(data_dir) if idm.has_identity(data_dir) else None
            if info is not None and "carried out by" in str(exc):
                self.profile_problem.setText(
                    self.tr(
                        "The signing certificate names {0} ({1}); enter the name and id "
                        "exactly as it does, or your reports could not be signed."
                    ).format(info.common_name, info.serial_number or self.tr("no id"))
                )
            else:
                self.profile_problem.setText(str(exc))
            return
        save_profile(self.store, name, auditor_id, alias)
        self.passphrase.clear()
        self.repeat.clear()
        self.profile_problem.clear()
        self.steps.setCurrentIndex(1)
        self._step_text()

    def import_sites(self) -> None:
        import_sites(self, self.store, self._sites_imported)

    def _sites_imported(self, count: int) -> None:
        self.finished.emit(self.tr("%n site(s) imported.", "", count))

    def _busy(self, busy: bool) -> None:
        for button in (self.import_button, self.demo_button, self.skip_button):
            button.setEnabled(not busy)

    def load_demo(self) -> None:
        """Fill the folder with demo data off the UI thread."""
        from auditapp.demo import DEMO_PASSPHRASE, ensure_demo_identity, load_demo

        def fill(store: Store, progress: Any, cancelled: Any) -> tuple[int, int, bool]:
            sites, audits = load_demo(store, audits=DEMO_AUDITS)
            return sites, audits, ensure_demo_identity(store)

        def done(result: tuple[int, int, bool]) -> None:
            self._busy(False)
            sites, audits, identity = result
            text = self.tr("Demo data loaded: {0} sites, {1} audits.").format(sites, audits)
            if identity:
                text += " " + self.tr('The demo signing passphrase is "{0}".').format(
                    DEMO_PASSPHRASE
                )
            else:
                text += " " + self.tr(
                    "The demo audits are yours: they are signed with your own identity."
                )
            self.finished.emit(text)

        self._busy(True)
        run_store_work(
            self,
            self.tr("Loading the demo data…"),
            self.store.data_dir,
            fill,
            done,
            lambda _message: self._busy(False),
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

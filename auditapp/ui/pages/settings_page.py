"""Settings: auditor profile, UI and report language, data folder, signing identity."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from auditapp.store import Store
from auditapp.ui.audit_session import AUTO_ADVANCE, auto_advance
from auditapp.ui.i18n import LANGUAGES, install_language
from auditapp.ui.pages import data_folder
from auditapp.ui.pages.common import (
    PAGE_STYLE,
    REPORT_LANGUAGE,
    UI_LANGUAGE,
    load_profile,
    report_language,
    save_profile,
    ui_language,
)
from auditapp.ui.pages.identity_box import IdentityBox
from auditapp.ui.pages.profile_form import ProfileForm


class SettingsPage(QScrollArea):
    """Every setting of this data folder, applied as soon as it is changed or saved."""

    language_changed = Signal(str)
    """The UI language is now ``en`` or ``zh`` (translator installed when available)."""
    profile_saved = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body.setStyleSheet(PAGE_STYLE)
        body.setMaximumWidth(980)
        self.setWidget(body)
        self.profile_box, self.language_box, self.folder_box = QGroupBox(), QGroupBox(), QGroupBox()
        self.profile = ProfileForm()
        self.profile.set_values(load_profile(store))
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save_profile)
        for edit in (self.profile.name, self.profile.auditor_id, self.profile.alias):
            edit.returnPressed.connect(self.save_profile)  # Enter saves, as in a dialog
        self.profile_status = QLabel()
        self.ui_lang = QComboBox()
        self.report_lang = QComboBox()
        for code, name in LANGUAGES.items():
            self.ui_lang.addItem(name, code)
            self.report_lang.addItem(name, code)
        self.ui_lang.setCurrentIndex(self.ui_lang.findData(ui_language(store)))
        self.report_lang.setCurrentIndex(self.report_lang.findData(report_language(store)))
        self._keep_report_language()
        self.language_note = QLabel()
        self.language_note.setWordWrap(True)
        self.folder_path = QLabel(str(store.data_dir))
        self.folder_path.setWordWrap(True)
        self.folder_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_note = QLabel()
        self.folder_note.setWordWrap(True)
        self.change_folder = QPushButton()
        self.default_folder = QPushButton()
        self.identity = IdentityBox(store)
        self.runner_box = QGroupBox()
        self.auto_advance = QCheckBox()
        self.auto_advance.setChecked(auto_advance(store))
        self.auto_advance.toggled.connect(lambda on: store.settings.set(AUTO_ADVANCE, on))
        QVBoxLayout(self.runner_box).addWidget(self.auto_advance)
        self.form_labels = {k: QLabel() for k in ("ui", "report", "current")}
        self._layout(body)
        self.ui_lang.currentIndexChanged.connect(self._ui_language_chosen)
        self.report_lang.currentIndexChanged.connect(self._report_language_chosen)
        self.report_lang.activated.connect(self._report_language_chosen)
        self.change_folder.clicked.connect(self.ask_folder)
        self.default_folder.clicked.connect(lambda: self._remember(None))
        self.retranslate()

    def _layout(self, body: QWidget) -> None:
        p = QVBoxLayout(self.profile_box)
        p.addWidget(self.profile)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.profile_status, 1)
        p.addLayout(row)
        lang = QFormLayout(self.language_box)
        lang.addRow(self.form_labels["ui"], self.ui_lang)
        lang.addRow(self.form_labels["report"], self.report_lang)
        lang.addRow("", self.language_note)
        f = QFormLayout(self.folder_box)
        f.addRow(self.form_labels["current"], self.folder_path)
        buttons = QHBoxLayout()
        buttons.addWidget(self.change_folder)
        buttons.addWidget(self.default_folder)
        buttons.addStretch(1)
        f.addRow("", buttons)
        f.addRow("", self.folder_note)
        layout = QVBoxLayout(body)
        boxes = (self.profile_box, self.language_box, self.runner_box, self.folder_box)
        for box in (*boxes, self.identity):
            layout.addWidget(box)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.profile_box.setTitle(self.tr("Auditor profile"))
        self.language_box.setTitle(self.tr("Language"))
        self.folder_box.setTitle(self.tr("Data folder"))
        self.runner_box.setTitle(self.tr("Audit runner"))
        self.auto_advance.setText(
            self.tr("Move to the next item after a one-key answer (P, F, N or a digit)")
        )
        self.save_button.setText(self.tr("Save profile"))
        self.form_labels["ui"].setText(self.tr("&Program language:"))
        self.form_labels["ui"].setBuddy(self.ui_lang)
        self.form_labels["report"].setText(self.tr("&Report language:"))
        self.form_labels["report"].setBuddy(self.report_lang)
        self.form_labels["current"].setText(self.tr("In use:"))
        self.language_note.setText(
            self.tr(
                "Reports (PDF) are written in the report language, whatever language the "
                "program shows."
            )
        )
        self.change_folder.setText(self.tr("Choose another folder…"))
        self.default_folder.setText(self.tr("Use the default folder"))
        self._folder_note()

    def _folder_note(self, extra: str = "") -> None:
        chosen = data_folder.chosen_data_dir()
        note = self.tr("A change takes effect at the next start; the data stays where it is.")
        if chosen is not None:
            note = self.tr("Chosen for the next start: {0}").format(chosen) + "\n" + note
        if data_folder.overridden_by_environment():
            note += "\n" + self.tr(
                "The AUDITAPP_DATA_DIR environment variable is set and decides the folder."
            )
        self.folder_note.setText((extra + "\n" if extra else "") + note)

    # -- actions --------------------------------------------------------------------
    def save_profile(self) -> None:
        name, auditor_id, alias = self.profile.values()
        if not name:
            self.profile_status.setText(self.tr("A name is required."))
            self.profile.name.setFocus()
            return
        save_profile(self.store, name, auditor_id, alias)
        self.profile_status.setText(self.tr("Saved."))
        self.identity.offer_matching()  # a changed name, id or alias needs a new certificate
        self.profile_saved.emit()

    def reload_profile(self) -> None:
        self.profile.set_values(load_profile(self.store))
        self.identity.refresh()

    def _keep_report_language(self) -> None:
        """Save the report language shown, if none was saved yet: an unsaved one would
        follow the program language, so changing that would silently change reports."""
        if self.store.settings.get(REPORT_LANGUAGE) not in LANGUAGES:
            self._report_language_chosen()

    def _ui_language_chosen(self) -> None:
        self._keep_report_language()
        lang = self.ui_lang.currentData()
        self.store.settings.set(UI_LANGUAGE, lang)
        loaded = install_language(lang)
        if not loaded:
            self.language_note.setText(
                self.tr(
                    "The translation for {0} is not installed; form texts still follow it."
                ).format(self.ui_lang.currentText())
            )
        self.language_changed.emit(lang)

    def _report_language_chosen(self, *_args: object) -> None:
        self.store.settings.set(REPORT_LANGUAGE, self.report_lang.currentData())

    def ask_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Data folder for the next start"), str(self.store.data_dir)
        )
        if folder:
            self._remember(Path(folder))

    def _remember(self, folder: Path | None) -> None:
        try:
            data_folder.remember_data_dir(folder)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Data folder"), f"{exc.filename}: {exc.strerror}")
            return
        self._folder_note(self.tr("Saved."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

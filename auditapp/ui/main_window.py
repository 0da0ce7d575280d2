"""The main window: navigation between the pages, the actions, and the first start.

Start-up builds only what the first view shows (the audits list, or the first-start
steps); the Sites, Forms and Settings pages and the dialogs are imported and built on
first use, which keeps their widgets and modules off the path to the first window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QByteArray, QEvent, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from auditapp import __version__
from auditapp.core.errors import AuditAppError
from auditapp.resources import APP_NAME, ORGANISATION
from auditapp.store import Store
from auditapp.ui.models import SiteTableModel
from auditapp.ui.pages.audits_page import AuditsPage
from auditapp.ui.pages.common import (
    OPEN_AUDIT,
    TARGET,
    is_first_start,
    load_profile,
    ui_language,
)
from auditapp.ui.window_size import GEOMETRY_KEY, first_placement

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from auditapp.ui.pages.exports import Exports
    from auditapp.ui.pages.first_start import FirstStartPage
    from auditapp.ui.pages.forms_page import FormsPage
    from auditapp.ui.pages.new_audit import NewAuditDialog
    from auditapp.ui.pages.runner_page import RunnerPage
    from auditapp.ui.pages.settings_page import SettingsPage
    from auditapp.ui.pages.sites_page import SitesPage

AUDITS, SITES, FORMS, SETTINGS, RUNNER = range(5)
NAV_STYLE = f"""
QListWidget {{ font-size: 11pt; border: none; background: palette(window); }}
QListWidget::item {{ min-height: {TARGET + 8}px; padding: 0 14px; }}
QListWidget::item:selected {{ background: palette(highlight); color: palette(highlighted-text); }}
"""
TOOLBAR_STYLE = f"QToolButton {{ min-height: {TARGET - 4}px; padding: 2px 10px; }}"
TOOLBAR_COMPACT = "QToolButton { padding: 1px 6px; }"
"""Toolbar on a short window (e.g. 1280x800 at 150% scaling): no tall touch buttons."""
SHORT = 700
_Page = TypeVar("_Page", bound=QWidget)


def user_settings() -> QSettings:
    """The per-user settings of the desktop app (not of a data folder): an INI file in
    the platform's config folder, named after :data:`auditapp.resources.ORGANISATION`."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APP_NAME)


class MainWindow(QMainWindow):
    """Audits, Sites, Forms and Settings over one data folder, plus the open audit."""

    def __init__(self, store: Store, lang: str | None = None) -> None:
        super().__init__()
        self.store = store
        self.lang = lang or ui_language(store)
        self.new_audit_dialog: NewAuditDialog | None = None
        self._exports: Exports | None = None
        self._sites_page: SitesPage | None = None
        self._forms_page: FormsPage | None = None
        self._settings_page: SettingsPage | None = None
        self._runner_page: RunnerPage | None = None
        self.pages = QStackedWidget()
        # Built inside its parent: a page with a style sheet is polished again when moved.
        self.audits_page = AuditsPage(store, self.lang, self.pages)
        self.audit_model = self.audits_page.model
        self.pages.addWidget(self.audits_page)
        for _index in (SITES, FORMS, SETTINGS, RUNNER):
            self.pages.addWidget(QWidget())  # stands in until the page's first visit
        self.nav = QListWidget()
        self.nav.setStyleSheet(NAV_STYLE)
        self.nav.setFixedWidth(150)
        self.nav.addItems(["", "", "", ""])
        self.nav.setCurrentRow(AUDITS)
        main = QWidget()
        row = QHBoxLayout(main)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.pages, 1)
        self.root = QStackedWidget()
        self.root.addWidget(main)
        self.first_start: FirstStartPage | None = None
        if is_first_start(store):
            from auditapp.ui.pages.first_start import FirstStartPage

            self.first_start = FirstStartPage(store)
            self.first_start.finished.connect(self._first_start_done)
            self.root.addWidget(self.first_start)
            self.root.setCurrentWidget(self.first_start)
        self.setCentralWidget(self.root)
        self.counts = QLabel()
        self.statusBar().addPermanentWidget(self.counts)
        self._actions()
        self._connect()
        self.retranslate()
        self._update_actions()
        self._enable_main(self.first_start is None)
        self.setMinimumSize(QSize(800, 500))  # 1280x800 at 150% scaling is 853x533
        self._placed = False
        self.resume()

    def place(self) -> None:
        """Give the window the size, position and maximised state it had when it last
        closed; the first time, 90% of the screen's available area (maximised on a small
        screen, see :func:`first_placement`). From then on, closing remembers them."""
        self._placed = True
        saved = user_settings().value(GEOMETRY_KEY)
        if isinstance(saved, QByteArray) and not saved.isEmpty() and self.restoreGeometry(saved):
            return
        screen = self.screen() or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        first = first_placement(area.x(), area.y(), area.width(), area.height())
        self.setGeometry(first.x, first.y, first.width, first.height)
        if first.maximised:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def remember_geometry(self) -> None:
        """Keep the size, position and maximised state for the next start."""
        settings = user_settings()
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        settings.sync()

    def resume(self) -> None:
        """Reopen the audit that was open when the application last stopped, if any."""
        audit_id = self.store.settings.get(OPEN_AUDIT)
        if self.first_start is None and audit_id:
            try:
                self.store.audits.get(audit_id)
            except AuditAppError:
                self.store.settings.set(OPEN_AUDIT, None)
                return
            self.open_audit(audit_id)

    # -- pages built on first use ---------------------------------------------------
    @property
    def sites_page(self) -> SitesPage:
        """The Sites page (built on first use)."""
        if self._sites_page is None:
            from auditapp.ui.pages.sites_page import SitesPage

            page = SitesPage(self.store)
            page.sites_changed.connect(self._sites_imported)
            self._sites_page = self._install(SITES, page)
        return self._sites_page

    @property
    def site_model(self) -> SiteTableModel:
        """The sites, as the Sites page lists them."""
        return self.sites_page.model

    @property
    def forms_page(self) -> FormsPage:
        """The Forms page (built on first use)."""
        if self._forms_page is None:
            from auditapp.ui.pages.forms_page import FormsPage

            self._forms_page = self._install(FORMS, FormsPage(self.store, self.lang))
        return self._forms_page

    @property
    def settings_page(self) -> SettingsPage:
        """The Settings page (built on first use)."""
        if self._settings_page is None:
            from auditapp.ui.pages.settings_page import SettingsPage

            page = SettingsPage(self.store)
            page.language_changed.connect(self.set_lang)
            self._settings_page = self._install(SETTINGS, page)
        return self._settings_page

    @property
    def runner_page(self) -> RunnerPage:
        """The page of the open audit (built when an audit is first opened)."""
        if self._runner_page is None:
            from auditapp.ui.pages.runner_page import RunnerPage

            page = RunnerPage(self.store)
            page.back_requested.connect(lambda: self.show_page(AUDITS))
            page.audit_changed.connect(lambda _id: self.audits_page.apply_filters())
            self._runner_page = self._install(RUNNER, page)
        return self._runner_page

    @property
    def exports(self) -> Exports:
        """The export and import actions (built on first use)."""
        if self._exports is None:
            from auditapp.ui.pages.exports import Exports

            self._exports = Exports(self.store, self)
            self._exports.message.connect(lambda text: self.statusBar().showMessage(text))
            self._exports.data_changed.connect(self.reload)
        return self._exports

    def _install(self, index: int, page: _Page) -> _Page:
        """Put ``page`` in the stack in place of its stand-in."""
        stand_in = self.pages.widget(index)
        current = self.pages.currentWidget()
        self.pages.insertWidget(index, page)
        self.pages.removeWidget(stand_in)
        stand_in.deleteLater()
        if current is not stand_in:
            self.pages.setCurrentWidget(current)
        return page

    def _page(self, index: int) -> QWidget:
        """The page at ``index``, built if this is its first visit."""
        if index == SITES:
            return self.sites_page
        if index == FORMS:
            return self.forms_page
        if index == SETTINGS:
            return self.settings_page
        return self.pages.widget(index)

    # -- building -------------------------------------------------------------------
    def _action(self, slot: object, shortcut: str | QKeySequence.StandardKey = "") -> QAction:
        action = QAction(self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _actions(self) -> None:
        self.act_new = self._action(self.new_audit, "Ctrl+N")
        self.act_open = self._action(self.open_selected)
        self.act_pdf = self._action(self.export_report, "Ctrl+E")
        self.act_xlsx = self._action(self.export_excel, "Ctrl+Shift+E")
        self.act_import = self._action(self.import_workbooks, "Ctrl+I")
        self.act_sites = self._action(self.import_sites)
        self.act_verify = self._action(self.verify_report)
        self.act_quit = self._action(self.close, QKeySequence.StandardKey.Quit)
        self.act_pages = [
            self._action(lambda _c=False, n=n: self.show_page(n), f"Ctrl+{n + 1}") for n in range(4)
        ]
        self.act_keys = self._action(self.keyboard_reference, "F1")
        self.act_start = self._action(self.getting_started)
        self.act_about = self._action(self.about)
        self.help_dialog: QDialog | None = None
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        for a in (self.act_new, self.act_open, None, self.act_pdf, self.act_xlsx, None):
            self.file_menu.addSeparator() if a is None else self.file_menu.addAction(a)
        for a in (self.act_import, self.act_sites, self.act_verify, None, self.act_quit):
            self.file_menu.addSeparator() if a is None else self.file_menu.addAction(a)
        self.view_menu = bar.addMenu("")
        self.view_menu.addActions(self.act_pages)
        self.help_menu = bar.addMenu("")
        self.help_menu.addActions([self.act_keys, self.act_start])
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.act_about)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setStyleSheet(TOOLBAR_STYLE)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for a in (self.act_new, self.act_pdf, self.act_xlsx, self.act_import):
            self.toolbar.addAction(a)
        self.addToolBar(self.toolbar)

    def _connect(self) -> None:
        self.nav.currentRowChanged.connect(self.show_page)
        self.nav.itemClicked.connect(lambda item: self.show_page(self.nav.row(item)))
        self.audits_page.open_requested.connect(self.open_audit)
        self.audits_page.new_requested.connect(self.new_audit)
        self.audits_page.view.selectionModel().selectionChanged.connect(self._update_actions)
        self.audits_page.model.modelReset.connect(self._update_actions)

    def retranslate(self) -> None:
        """Set every text of the window's own widgets again (after a language change)."""
        self.setWindowTitle(self.tr("ServiceAudit — {0}").format(self.store.data_dir))
        for n, text in enumerate(
            (self.tr("Audits"), self.tr("Sites"), self.tr("Forms"), self.tr("Settings"))
        ):
            self.nav.item(n).setText(text)
            self.act_pages[n].setText(text)
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.act_new.setText(self.tr("New audit…"))
        self.act_open.setText(self.tr("Open audit"))
        self.act_pdf.setText(self.tr("Export report (PDF)…"))
        self.act_xlsx.setText(self.tr("Export Excel…"))
        self.act_xlsx.setToolTip(self.tr("Export the audits the filters select to one workbook"))
        self.act_import.setText(self.tr("Import workbooks…"))
        self.act_sites.setText(self.tr("Import sites…"))
        self.act_verify.setText(self.tr("Verify a report…"))
        self.act_quit.setText(self.tr("Quit"))
        self.act_keys.setText(self.tr("Keyboard reference"))
        self.act_start.setText(self.tr("Getting started"))
        self.act_about.setText(self.tr("About ServiceAudit"))
        self.toolbar.setWindowTitle(self.tr("Actions"))
        self._update_counts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        style = TOOLBAR_COMPACT if self.height() < SHORT else TOOLBAR_STYLE
        if self.toolbar.styleSheet() != style:
            self.toolbar.setStyleSheet(style)

    # -- navigation -----------------------------------------------------------------
    def show_page(self, index: int) -> None:
        """Show Audits, Sites, Forms or Settings (leaving an open audit)."""
        if self.first_start is not None:
            return
        if self.pages.currentIndex() == RUNNER:
            self.runner_page.close_audit()
            self.audits_page.apply_filters()
        self.pages.setCurrentWidget(self._page(index))
        self.nav.show()
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(index)
        self.nav.blockSignals(False)
        self._update_actions()

    def open_audit(self, audit_id: str) -> None:
        """Open ``audit_id`` in the runner."""
        if self.runner_page.open_audit(audit_id, self.lang):
            self.nav.hide()  # the runner needs the width; its header has a back button
            self.pages.setCurrentIndex(RUNNER)
            self._update_actions()

    def open_selected(self) -> None:
        audit_id = self.audits_page.selected_audit_id()
        if audit_id:
            self.open_audit(audit_id)

    def current_audit_id(self) -> str | None:
        """The open audit, else the one selected in the list."""
        if self.pages.currentIndex() == RUNNER:
            return self.runner_page.audit_id
        return self.audits_page.selected_audit_id()

    def _update_actions(self, *_args: object) -> None:
        if self.first_start is not None:
            return
        has_audit = self.current_audit_id() is not None
        self.act_pdf.setEnabled(has_audit)
        self.act_open.setEnabled(has_audit and self.pages.currentIndex() != RUNNER)

    def _update_counts(self) -> None:
        self.counts.setText(
            self.tr("{0} audits · {1} sites").format(
                self.store.audits.count(), self.store.sites.count()
            )
        )

    def reload(self) -> None:
        """Re-read every list (after imports)."""
        self.audits_page.reload()
        if self._sites_page is not None:
            self._sites_page.reload()
        self._update_counts()

    def set_lang(self, lang: str) -> None:
        """Show form texts in ``lang`` (the UI texts follow the installed translator)."""
        self.lang = lang
        self.audits_page.set_lang(lang)
        if self._forms_page is not None:
            self._forms_page.set_lang(lang)

    # -- first start ----------------------------------------------------------------
    def _first_start_done(self, message: str) -> None:
        if self.first_start is not None:
            self.root.removeWidget(self.first_start)
            self.first_start.deleteLater()
            self.first_start = None
        self.root.setCurrentIndex(0)
        self._enable_main(True)
        if self._settings_page is not None:
            self._settings_page.reload_profile()
        self.reload()
        self.show_page(AUDITS)
        # The first start's page took the focus with it: without this, keys go nowhere.
        self.audits_page.search.setFocus()
        if message:
            self.statusBar().showMessage(message)

    def _enable_main(self, enabled: bool) -> None:
        """During the first start only Quit and About make sense."""
        self.toolbar.setVisible(enabled)
        for a in (self.act_new, self.act_xlsx, self.act_import, self.act_sites, *self.act_pages):
            a.setEnabled(enabled)
        if enabled:
            self._update_actions()
        else:
            self.act_pdf.setEnabled(False)
            self.act_open.setEnabled(False)

    def _sites_imported(self, count: int) -> None:
        self.audits_page.refresh_choices()
        self._update_counts()
        self.statusBar().showMessage(self.tr("%n site(s) imported.", "", count))

    # -- actions --------------------------------------------------------------------
    def import_workbooks(self) -> None:
        """Ask for workbooks exported by field devices and import them."""
        self.exports.import_workbooks()

    def import_sites(self) -> None:
        """Ask for a CSV or XLSX file of sites and import it."""
        self.sites_page.ask_import()

    def new_audit(self) -> None:
        """Ask for site, form, kind and context, then open the new audit."""
        from PySide6.QtWidgets import QMessageBox  # not on the start-up path

        title = self.tr("New audit")
        if load_profile(self.store) is None:
            QMessageBox.information(
                self, title, self.tr("Save your auditor profile first (name, id, alias).")
            )
            self.show_page(SETTINGS)
            return
        if self.store.sites.count() == 0:
            QMessageBox.information(self, title, self.tr("Import the sites you audit first."))
            self.show_page(SITES)
            return
        from auditapp.ui.pages.new_audit import NewAuditDialog

        dialog = NewAuditDialog(self.store, self.lang, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._audit_created(dialog))
        self.new_audit_dialog = dialog
        dialog.open()

    def _audit_created(self, dialog: NewAuditDialog) -> None:
        self.new_audit_dialog = None
        if dialog.created is None:
            return
        self.audits_page.reload()
        self._update_counts()
        self.open_audit(dialog.created.id)

    def export_report(self) -> None:
        self.exports.export_report(self.current_audit_id())

    def export_excel(self) -> None:
        self.exports.export_excel(self.audits_page.current_filter())

    def verify_report(self) -> None:
        """Check a signed PDF report: the verdict, and each signer's fingerprint."""
        from auditapp.ui.verify_dialog import VerifyDialog  # not on the start-up path

        VerifyDialog(self.store.data_dir, self).exec()

    def _show_help(self, title: str, body: str) -> None:
        from auditapp.ui.help import HelpDialog  # not on the start-up path

        if self.help_dialog is not None:
            self.help_dialog.close()
        dialog = HelpDialog(title, body, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: self._help_closed(dialog))
        self.help_dialog = dialog
        dialog.show()

    def _help_closed(self, dialog: QDialog) -> None:
        if self.help_dialog is dialog:  # not the one that replaced it
            self.help_dialog = None

    def keyboard_reference(self) -> None:
        """Every key of the runner and the window, read from their bindings."""
        from auditapp.ui.help import HelpTexts

        actions = [a for a in self.findChildren(QAction) if a.parent() is self]
        self._show_help(self.tr("Keyboard reference"), HelpTexts(self).keyboard(actions))

    def getting_started(self) -> None:
        from auditapp.ui.help import HelpTexts

        self._show_help(self.tr("Getting started"), HelpTexts(self).getting_started())

    def about(self) -> None:
        """What the program is, the data folder, and the versions in use."""
        from auditapp.ui.help import HelpTexts
        from auditapp.versions import version_report

        intro = self.tr(
            "ServiceAudit {0}: offline audits of service standards.\nData folder: {1}"
        ).format(__version__, self.store.data_dir)
        self._show_help(
            self.tr("About ServiceAudit"), HelpTexts(self).about(intro, version_report())
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._runner_page is not None:
            self._runner_page.close_audit(forget=False)
        if self._placed:
            self.remember_geometry()
        super().closeEvent(event)

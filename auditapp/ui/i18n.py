"""UI languages: Qt translators loaded from resources/translations (compiled .qm files),
and Qt's own translations (file dialogs, OK and Cancel) from the Qt that PySide6 ships."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from auditapp.resources import RESOURCES

TRANSLATIONS = RESOURCES / "translations"
LANGUAGES = {"en": "English", "zh": "简体中文"}
QT_CATALOGUES = ("qtbase",)
"""Qt's own catalogues the widgets use (standard buttons, file and message dialogs)."""
_installed: list[QTranslator] = []


def qm_file(lang: str) -> Path:
    return TRANSLATIONS / f"auditapp_{_locale_name(lang)}.qm"


def _locale_name(lang: str) -> str:
    return "zh_CN" if lang == "zh" else lang


def qt_translations_dirs() -> list[Path]:
    """Where Qt's own .qm files may be: the folder Qt reports, then PySide6's own
    ``Qt/translations`` (where the frozen bundle keeps them, packaging/serviceaudit.spec)."""
    import PySide6

    return [
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        Path(PySide6.__file__).parent / "Qt" / "translations",
    ]


def qt_qm_files(lang: str) -> list[Path]:
    """Qt's own translations for ``lang`` found on this installation, one per catalogue."""
    if lang == "en":
        return []
    found = []
    for name in QT_CATALOGUES:
        candidates = (d / f"{name}_{_locale_name(lang)}.qm" for d in qt_translations_dirs())
        path = next((c for c in candidates if c.is_file()), None)
        if path is not None:
            found.append(path)
    return found


def install_language(lang: str) -> bool:
    """Switch the application's UI language (``en`` or ``zh``); True if our translation
    loaded. Qt's own translations for the language are installed along with it, so
    standard buttons and file dialogs follow the switch too.

    Widgets pick the change up through their ``changeEvent(LanguageChange)``.
    """
    app = QCoreApplication.instance()
    if app is None:
        return False
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if lang == "en":
        return True
    for path in qt_qm_files(lang):
        qt_translator = QTranslator(app)
        if qt_translator.load(str(path)):
            app.installTranslator(qt_translator)
            _installed.append(qt_translator)
    translator = QTranslator(app)
    if translator.load(str(qm_file(lang))):
        app.installTranslator(translator)
        _installed.append(translator)
        return True
    return False


def default_language() -> str:
    """``zh`` on a Chinese system, else ``en``."""
    return "zh" if QLocale.system().language() == QLocale.Language.Chinese else "en"

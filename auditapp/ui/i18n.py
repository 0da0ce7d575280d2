"""UI languages: Qt translators loaded from resources/translations (compiled .qm files)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from auditapp.resources import RESOURCES

TRANSLATIONS = RESOURCES / "translations"
LANGUAGES = {"en": "English", "zh": "简体中文"}
_installed: list[QTranslator] = []


def qm_file(lang: str):  # type: ignore[no-untyped-def]
    return TRANSLATIONS / f"auditapp_{'zh_CN' if lang == 'zh' else lang}.qm"


def install_language(lang: str) -> bool:
    """Switch the application's UI language (``en`` or ``zh``); True if a translation loaded.

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
    translator = QTranslator(app)
    if translator.load(str(qm_file(lang))):
        app.installTranslator(translator)
        _installed.append(translator)
        return True
    return False


def default_language() -> str:
    """``zh`` on a Chinese system, else ``en``."""
    return "zh" if QLocale.system().language() == QLocale.Language.Chinese else "en"

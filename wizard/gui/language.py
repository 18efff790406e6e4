"""Which language the wizard speaks, and switching it: our translations, Qt's own
(for Back, Next, Cancel), the layout direction, and the choice remembered in
QSettings for the next start. ``pseudo`` is a test language that stretches every
text and wraps it in brackets, to show clipped or untranslated text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from wizard.i18n import RIGHT_TO_LEFT
from wizard.resources import translations_dir

PSEUDO = "pseudo"
LANGUAGE_NAMES = {
    "en": "English",
    "ar": "العربية",
    "ur": "اردو",
    "ms": "Bahasa Melayu",
    "id": "Bahasa Indonesia",
    "tr": "Türkçe",
    PSEUDO: "[Ƥšéûðö]",
}
_SETTINGS = ("halal-key-wizard", "wizard")

_installed: list[QTranslator] = []


def available_languages() -> dict[str, str]:
    """English, and every language with a compiled translation."""
    found = {"en": LANGUAGE_NAMES["en"]}
    folder = translations_dir()
    for path in sorted(folder.glob("wizard_*.qm")) if folder.is_dir() else []:
        code = path.stem.removeprefix("wizard_")
        found[code] = LANGUAGE_NAMES.get(code, code)
    return found


def saved_language() -> str | None:
    value = QSettings(*_SETTINGS).value("language")
    return str(value) if value else None


def remember_language(code: str) -> None:
    QSettings(*_SETTINGS).setValue("language", code)


def chosen_language(requested: str | None) -> str:
    """--lang, else the language chosen last time, else the system's."""
    code = requested or saved_language() or QLocale.system().name().split("_")[0]
    return "en" if code in ("C", "POSIX", "") else code


def install_language(code: str) -> list[str]:
    """Replace the installed translators with ``code``'s and set the direction.
    Returns the names of the translations loaded."""
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale("en" if code == PSEUDO else code))
    loaded: list[str] = []
    if code == PSEUDO:
        from wizard.gui.pseudo import PseudoTranslator

        pseudo = PseudoTranslator(app)
        app.installTranslator(pseudo)
        _installed.append(pseudo)
        loaded.append(PSEUDO)
    elif code != "en":  # English is the source language: nothing to load
        for folder, name in (
            (str(translations_dir()), f"wizard_{code}"),
            (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{code}"),
        ):
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                _installed.append(translator)
                loaded.append(name)
    _set_direction(code)
    if code in RIGHT_TO_LEFT:
        _prefer_arabic_script_font()
    return loaded


_ARABIC_SCRIPT_FONT = "Noto Naskh Arabic"


def _prefer_arabic_script_font() -> None:
    """Urdu needs letters (ہ ے ۓ …) that common fonts lack; Noto Naskh Arabic (OFL,
    in resources/fonts) has them all. Latin text keeps the system's font."""
    from PySide6.QtGui import QFontDatabase, QGuiApplication

    from wizard.resources import resources_dir

    if _ARABIC_SCRIPT_FONT not in QFontDatabase.families():
        for path in sorted((resources_dir() / "fonts").glob("NotoNaskhArabic-*.ttf")):
            QFontDatabase.addApplicationFont(str(path))
    font = QGuiApplication.font()
    if font.families()[:1] != [_ARABIC_SCRIPT_FONT]:
        font.setFamilies([_ARABIC_SCRIPT_FONT, *font.families()])
        QGuiApplication.setFont(font)


def _set_direction(code: str) -> None:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    right_to_left = code in RIGHT_TO_LEFT
    if not isinstance(app, QGuiApplication):
        return
    if right_to_left or app.isRightToLeft():  # left to right is Qt's default
        from PySide6.QtCore import Qt

        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
        )

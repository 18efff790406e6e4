"""Which language the wizard speaks, and switching it: our translations, Qt's own
(for Back, Next, Cancel), the layout direction, and the choice remembered in
QSettings for the next start. ``pseudo`` is a test language that stretches every
text, wraps it in brackets and lays it out right to left, to show clipped or
untranslated text and direction mistakes."""

from __future__ import annotations

from collections.abc import Callable

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


def message_translator(code: str | None = None) -> Callable[[str, str], str]:
    """Our translation into ``code`` (default: the language chosen last time, else the
    system's) as a function, for what is said without a window (the command line's
    notifications): no application object needed. English where none is found."""
    translator = QTranslator()
    language = chosen_language(code)
    if language == "en" or not translator.load(f"wizard_{language}", str(translations_dir())):
        return lambda context, text: text
    return lambda context, text: translator.translate(context, text) or text


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
        _prefer_arabic_script_font(code)
    elif _base_point_size:
        _restore_latin_font()
    return loaded


# The font for each language written in the Arabic script (OFL, in resources/fonts),
# and how much larger than the Latin text beside it: at one point size, both draw
# their letters smaller than Latin ones. Urdu readers expect Nastaliq; Arabic, Naskh
# (which also has Urdu's letters ہ ے ۓ that common fonts lack). The last number is
# extra space between words, in pixels: Nastaliq's sloping words otherwise reach
# into the next one, and a Latin name or a number beside them touches them.
_ARABIC_SCRIPT_FONTS = {
    "ur": ("Noto Nastaliq Urdu", "NotoNastaliqUrdu-*.ttf", 1.15, 5.0),
    "ar": ("Noto Naskh Arabic", "NotoNaskhArabic-*.ttf", 1.2, 0.0),
}


def _prefer_arabic_script_font(code: str) -> None:
    """The language's own font first; Latin text keeps the system's font (Qt falls
    back to it for letters the first font lacks)."""
    from PySide6.QtGui import QFontDatabase, QGuiApplication

    from wizard.resources import resources_dir

    family, files, scale, word_spacing = _ARABIC_SCRIPT_FONTS.get(code, _ARABIC_SCRIPT_FONTS["ar"])
    if family not in QFontDatabase.families():
        for path in sorted((resources_dir() / "fonts").glob(files)):
            QFontDatabase.addApplicationFont(str(path))
    font = QGuiApplication.font()
    others = [name for name in font.families() if name not in _FAMILIES]
    if font.families()[:1] != [family]:
        global _base_point_size
        _base_point_size = _base_point_size or font.pointSizeF()
        font.setFamilies([family, *others])
        font.setPointSizeF(_base_point_size * scale)
        font.setWordSpacing(word_spacing)
        QGuiApplication.setFont(font)


def _restore_latin_font() -> None:
    from PySide6.QtGui import QGuiApplication

    font = QGuiApplication.font()
    font.setFamilies([name for name in font.families() if name not in _FAMILIES])
    font.setPointSizeF(_base_point_size)
    font.setWordSpacing(0.0)
    QGuiApplication.setFont(font)


_FAMILIES = {family for family, *_ in _ARABIC_SCRIPT_FONTS.values()}
_base_point_size = 0.0


def _set_direction(code: str) -> None:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    # The pseudo-language is laid out right to left too: one test language shows
    # clipped text, missing translations and direction mistakes at once.
    right_to_left = code in RIGHT_TO_LEFT or code == PSEUDO
    if not isinstance(app, QGuiApplication):
        return
    if right_to_left or app.isRightToLeft():  # left to right is Qt's default
        from PySide6.QtCore import Qt

        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
        )

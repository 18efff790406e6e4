"""The GUI's entry: QApplication, language and direction, practice mode, and the
two non-interactive modes the frozen build is checked with (--self-test and
--screenshots)."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtWidgets import QApplication, QWidget

from wizard import APP_NAME, __version__
from wizard.exchanges import DEFAULT as DEFAULT_EXCHANGE
from wizard.exchanges import IDS
from wizard.gui.language import available_languages, chosen_language, install_language
from wizard.i18n import SHIPPED_LANGUAGES

if TYPE_CHECKING:
    from wizard.gui.window import KeyWizard


# Set by benchmarks/bundle.py: print "first-paint" at the window's first paint and
# leave, to time a frozen start the way benchmarks/startup.py times one from source.
FIRST_PAINT_PROBE = "HALAL_KEY_WIZARD_FIRST_PAINT_PROBE"


def _exit_after_first_paint(window: QWidget) -> None:
    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                print("first-paint", flush=True)
                os._exit(0)
            return False

    window._first_paint_probe = FirstPaint(window)  # type: ignore[attr-defined]
    window.installEventFilter(window._first_paint_probe)  # type: ignore[attr-defined]


class GuiOptions(NamedTuple):
    demo: bool = False
    lang: str | None = None
    exchange: str | None = None  # chosen on the first page from the start


def make_application(lang: str | None) -> tuple[QApplication, list[str]]:
    """The application in ``lang`` (or the remembered or system language), laid out
    in that language's direction. Returns the translations that were loaded."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    return app, install_language(chosen_language(lang))


def open_window(options: GuiOptions) -> tuple[QApplication, KeyWizard]:
    """The application and its window, shown: the path to the first page."""
    app, _ = make_application(options.lang)
    from wizard.gui.window import KeyWizard

    language = chosen_language(options.lang)
    practice = None
    if options.demo:
        from wizard.practice import PracticeExchange

        practice = PracticeExchange(exchange=options.exchange or DEFAULT_EXCHANGE)
        practice.start()
    window = KeyWizard(practice, available_languages(), defer_loading=True, language=language)
    choose_exchange(window, options.exchange)
    window.show()
    return app, window


def _show_crash(report: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    from wizard.gui.pages.base import translate

    box = QMessageBox(
        QMessageBox.Icon.Critical,
        translate("Crash", "Something went wrong"),
        translate(
            "Crash",
            "The wizard met an unexpected problem. Nothing "
            "was saved unless the Done page said so. You can "
            "close the wizard and start it again.",
        ),
    )
    box.setDetailedText(report)
    box.exec()


def run_gui(options: GuiOptions) -> int:
    from wizard.crash import install_crash_handler

    install_crash_handler(_show_crash)
    app, window = open_window(options)
    if os.environ.get(FIRST_PAINT_PROBE):
        _exit_after_first_paint(window)
    try:
        return app.exec()
    finally:
        if window.context.practice is not None:
            window.context.practice.stop()


def self_test(options: GuiOptions) -> int:
    """Start, build every page, load translations, resources and the keychain
    backend; print one JSON summary; exit 0 when all is fine."""
    import json

    checks: list[dict[str, Any]] = []

    def check(name: str, ok: bool, detail: str = "") -> None:
        checks.append({"name": name, "ok": ok, "detail": detail})

    from PySide6 import __version__ as qt_version

    app, loaded = make_application(options.lang)
    pages: list[str] = []
    try:
        from wizard.flow import PAGE_NAMES
        from wizard.gui.window import KeyWizard

        window = KeyWizard(None, available_languages())
        window.build_all_pages()
        pages = [PAGE_NAMES[page] for page in PAGE_NAMES if window.page(int(page)) is not None]
        check("pages", len(pages) == len(PAGE_NAMES), f"{len(pages)} built")
        window.deleteLater()
    except Exception as error:
        check("pages", False, type(error).__name__)
    languages = _loadable_translations()
    shipped, detail = translations_check(languages)
    check("translations", shipped and (options.lang in (None, "en") or bool(loaded)), detail)

    from wizard.resources import resources_dir

    icons = sorted(p.name for p in (resources_dir() / "icons").glob("*.svg"))
    check("resources", len(icons) >= 5, f"{len(icons)} icons")

    check("exchanges", *_exchanges_load())
    keychain = _keychain_backend_name()
    check("keychain", not keychain.startswith("keychain_"), keychain)
    try:
        import ccxt

        ccxt_version = str(ccxt.__version__)
        check("ccxt", all(hasattr(ccxt, name) for name in IDS), ccxt_version)
    except Exception as error:
        ccxt_version = ""
        check("ccxt", False, type(error).__name__)

    summary = {
        "ok": all(c["ok"] for c in checks),
        "version": __version__,
        "qt": qt_version,
        "pages": pages,
        "translations": languages,
        "keychain": keychain,
        "ccxt": ccxt_version,
        "checks": checks,
    }
    print(json.dumps(summary, indent=2))
    del app
    return 0 if summary["ok"] else 1


def translations_check(loadable: list[str]) -> tuple[bool, str]:
    """Every shipped language must load: a build that lost one fails its self-test."""
    missing = [code for code in SHIPPED_LANGUAGES if code not in loadable]
    detail = ", ".join(loadable) + (f"; missing: {', '.join(missing)}" if missing else "")
    return not missing, detail


def _loadable_translations() -> list[str]:
    """Every shipped translation that Qt can load (the frozen build must carry them)."""
    from PySide6.QtCore import QTranslator

    from wizard.resources import translations_dir

    loadable = []
    for code in SHIPPED_LANGUAGES:
        if QTranslator().load(f"wizard_{code}", str(translations_dir())):
            loadable.append(code)
    return loadable


def _keychain_backend_name() -> str:
    """The keychain the wizard would use (the same allow-list as storing), or the
    error code; asked off this thread with a time limit (an unlock can hang)."""
    import threading

    from wizard.errors import WizardError
    from wizard.store.keychain import process_keychain

    result: list[str] = []

    def ask() -> None:
        try:
            result.append(process_keychain().backend_name)
        except WizardError as error:
            result.append(error.code.value)
        except Exception:
            result.append("keychain_error")

    worker = threading.Thread(target=ask, daemon=True)
    worker.start()
    worker.join(timeout=10)
    return result[0] if result else "keychain_locked"


def _exchanges_load() -> tuple[bool, str]:
    """Every exchange's guide, adapter and practice simulator (loaded by name, so a
    frozen build that left one out fails here, not in front of a person)."""
    from wizard.guide import GUIDED_EXCHANGES, guide_for
    from wizard.sim.catalog import practice_keys
    from wizard.verify.catalog import adapter_for

    try:
        for exchange in GUIDED_EXCHANGES:
            guide_for(exchange)
            adapter_for(exchange)
            practice_keys(exchange)
    except Exception as error:
        return False, f"{exchange}: {type(error).__name__}"
    return True, ", ".join(GUIDED_EXCHANGES)


def screenshots(
    directory: Path,
    options: GuiOptions,
    *,
    size: tuple[int, int] = (920, 720),
    practice_key: str = "clean",
) -> int:
    """Walk the practice wizard with a sample key (the clean one unless told), as a
    person would, and save each page as NN-<page>.png at ``size``."""
    app, _ = make_application(options.lang)
    from wizard.flow import PAGE_NAMES, PageId
    from wizard.gui.window import KeyWizard
    from wizard.practice import PracticeExchange

    directory.mkdir(parents=True, exist_ok=True)
    practice = PracticeExchange(exchange=options.exchange or DEFAULT_EXCHANGE)
    practice.start()
    try:
        window = KeyWizard(practice, available_languages(), language=chosen_language(options.lang))
        choose_exchange(window, options.exchange)
        window.resize(*size)
        window.show()
        for page_id in PageId:
            _fill_in(window, page_id, practice_key)
            _settle(app)
            if page_id is PageId.VERIFY:
                _wait_for_verification(app, window)
            window.grab().save(str(directory / f"{int(page_id) + 1:02d}-{PAGE_NAMES[page_id]}.png"))
            if not window.currentPage().isComplete():  # a refused key goes no further
                break
            window.next()
        window.close()
    finally:
        practice.stop()
    return 0


def choose_exchange(window: KeyWizard, exchange: str | None) -> None:
    if exchange is not None:
        window.welcome.exchange.setCurrentIndex(window.welcome.exchange.findData(exchange))


def _settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()
        time.sleep(0.02)


def _fill_in(window: Any, page_id: Any, practice_key: str) -> None:
    """Do on ``page_id`` what lets Next go on: tick the boxes, pick the key."""
    from wizard.flow import PageId
    from wizard.gui.pages.checklist import ChecklistPage

    page = window.page(int(page_id))
    if isinstance(page, ChecklistPage):
        for item in page.items.values():
            item.box.setChecked(True)
    key_pair = getattr(page, "key_pair", None)
    if key_pair is not None:  # the practice keys are keys the exchange made
        key_pair.system.setChecked(True)
    if page_id is PageId.ENTER:
        combo = window.enter.practice_keys
        combo.setCurrentIndex(max(combo.findData(practice_key), combo.findData("clean")))


def _wait_for_verification(app: QApplication, window: Any, timeout_s: float = 30) -> None:
    deadline = time.monotonic() + timeout_s
    while window.verification.runner.running and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    _settle(app)

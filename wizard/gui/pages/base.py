"""What every page shares: the practice banner, wrapped text, icons, and asking the
flow module where Next leads."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from wizard.flow import PageId, WizardState, can_leave, next_page
from wizard.gui.colours import CRITICAL_RED
from wizard.guide import ExchangeGuide, guide_for
from wizard.resources import resource_path

if TYPE_CHECKING:
    from datetime import date

    from wizard.keygen import KeyPair
    from wizard.practice import PracticeExchange
    from wizard.verify.model import Confirmation, Credentials, VerificationReport


RIGHT_TO_LEFT_MARK = "\u200f"


def translate(context: str, text: str) -> str:
    """``text`` in the interface language, each of its lines marked as running in
    the interface's direction: a right-to-left paragraph that starts with a Latin
    name ("Binance", "API Key") would otherwise be laid out left to right, with its
    brackets and list order reversed."""
    return directed(QCoreApplication.translate(context, text))


def directed(text: str) -> str:
    """``text`` with each line starting in the interface's direction."""
    from PySide6.QtGui import QGuiApplication

    if not text or not QGuiApplication.isRightToLeft():
        return text
    return "\n".join(
        line if not line or line.startswith(RIGHT_TO_LEFT_MARK) else RIGHT_TO_LEFT_MARK + line
        for line in text.split("\n")
    )


def day_in_words(day: date) -> str:
    """A date as the interface language writes it ("7 December 2026")."""
    from PySide6.QtCore import QDate, QLocale

    words = QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")
    return words.translate(_WESTERN_DIGITS)


# The digits every other number on the pages is written in (amounts, steps, ages):
# a date in Arabic or Urdu words keeps them too, rather than mixing two systems.
_WESTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def guide_tr(text: str) -> str:
    return translate("Guide", text)


def icon(name: str) -> QIcon:
    return QIcon(str(resource_path(f"icons/{name}.svg")))


def icon_label(name: str, size: int = 20) -> QLabel:
    label = QLabel()
    label.setPixmap(icon(name).pixmap(QSize(size, size)))
    label.setFixedSize(size, size)
    return label


def text_label(
    text: str, *, bold: bool = False, selectable: bool = False, ours: bool = False
) -> QLabel:
    """Wrapped text that starts at the line's start in either direction (QLabel's
    default left alignment is mirrored in right-to-left layouts).

    Text that may carry anything from outside (the exchange's answers, what the
    person typed) is shown as plain text, never interpreted as markup. ``ours``
    marks the wizard's own sentences, which skip that: it keeps Qt's ``Qt``
    namespace (12 ms to load) off the way to the first page.
    """
    label = QLabel(text)
    label.setWordWrap(True)
    if not ours or selectable:
        from PySide6.QtCore import Qt

        label.setTextFormat(Qt.TextFormat.PlainText)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    if selectable:
        from PySide6.QtCore import Qt

        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ProblemBox(QFrame):
    """Something went wrong: a red frame with the critical icon, a title, what
    happened and what to do, and one button (hidden when there is nothing to retry)."""

    def __init__(self, button_text: str) -> None:
        from PySide6.QtCore import Qt  # not on the way to the first page (see text_label)

        super().__init__()
        self.setObjectName("problem")
        self.setStyleSheet(f"#problem {{ border: 2px solid {CRITICAL_RED}; border-radius: 6px; }}")
        layout = QVBoxLayout(self)
        heading = QHBoxLayout()
        heading.addWidget(icon_label("critical", 22))
        self.title = text_label("", bold=True)
        heading.addWidget(self.title, 1)
        layout.addLayout(heading)
        self.text = text_label("")
        layout.addWidget(self.text)
        self.button = QPushButton(button_text)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeading)

    def show_problem(self, title: str, text: str, *, can_retry: bool = True) -> None:
        self.title.setText(title)
        self.text.setText(text)
        self.button.setVisible(can_retry)
        self.setVisible(True)


class WizardContext:
    """What the pages share: the flow state, practice mode, and the values pages hand
    on (the key entered, the last verification, a key pair made here). Pages write
    their own values here; ``forget`` clears them all, in one place."""

    def __init__(self, state: WizardState, practice: PracticeExchange | None = None) -> None:
        self.state = state
        self.practice = practice
        self.api_url: str | None = None  # another address for the exchange (tests, testnets)
        self.language = "en"  # the language the pages are shown in
        self.forget()

    def forget(self) -> None:
        """Drop everything entered for a key: the window calls this when the exchange
        or the language changes and when it closes."""
        # The key as entered, once its fields are filled in correctly (Enter page).
        self.credentials: Credentials | None = None
        self.report: VerificationReport | None = None  # the last finished verification
        # What the person checked by hand for the key being verified (capability ->
        # confirmation), and which key that is (its last four characters are not enough).
        self.confirmations: dict[str, Confirmation] = {}
        self.confirmations_for = ""
        # A key pair made on this computer, in memory until stored (then dropped).
        self.key_pair: KeyPair | None = None
        self.key_pair_label = ""  # the name its private key waits under in the keychain
        self.practice_api_key = ""  # what the practice exchange gave for a pasted public key

    @property
    def exchange_url(self) -> str | None:
        """Where verification sends its requests: the practice exchange, or api_url."""
        return self.practice.api_url if self.practice is not None else self.api_url

    @property
    def guide(self) -> ExchangeGuide:
        return guide_for(self.state.exchange)


def clear_layout(layout: QVBoxLayout) -> None:
    """Take every widget out of ``layout``: hidden at once (gone from the page now,
    not at the next turn of the event loop), deleted later."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()


def lead_paragraphs(paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    """The paragraphs a page shows at once: the first, or up to the one that asks for
    something (the key's name) when that comes later."""
    from wizard.guide.common import NAME_IT

    if NAME_IT in paragraphs:
        return paragraphs[: paragraphs.index(NAME_IT) + 1]
    return paragraphs[:1]


def quiet(label: QLabel) -> None:
    """Text that says where one is, not what to do: the palette's muted colour (no
    style sheet: those cost the first page tens of milliseconds)."""
    from PySide6.QtGui import QPalette

    palette = label.palette()
    palette.setColor(
        QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText)
    )
    label.setPalette(palette)


def link_like(button: QPushButton) -> None:
    """A flat, underlined button in the link colour that opens something below it:
    Space or a click toggles it; Return keeps meaning Next."""
    from PySide6.QtGui import QPalette

    button.setFlat(True)
    button.setCheckable(True)
    button.setAutoDefault(False)
    font = button.font()
    font.setUnderline(True)
    button.setFont(font)
    palette = button.palette()
    palette.setColor(QPalette.ColorRole.ButtonText, palette.color(QPalette.ColorRole.Link))
    button.setPalette(palette)


def why_box(paragraphs: list[str]) -> QWidget:
    """A "Why?" link that shows the explanation below it, and hides it again."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    toggle = QPushButton(translate("Page", "Why?"))
    toggle.setObjectName("why")
    link_like(toggle)
    row = QHBoxLayout()
    row.addWidget(toggle)
    row.addStretch(1)
    layout.addLayout(row)
    made: list[QLabel] = []

    def show(on: bool) -> None:  # the text is laid out when first asked for
        if not made:
            explanation = text_label("\n\n".join(paragraphs), ours=True)
            explanation.setObjectName("explanation")
            layout.addWidget(explanation)
            made.append(explanation)
        made[0].setVisible(on)

    toggle.toggled.connect(show)
    return box


class WizardPage(QWizardPage):
    """A page whose Next is decided by ``wizard.flow``."""

    def __init__(self, page_id: PageId, context: WizardContext, *, explained: int = 0) -> None:
        """``explained``: how many of the guide's first paragraphs go behind "Why?"
        (a page whose own controls already say them)."""
        super().__init__()
        self.page_id = page_id
        self.context = context
        text = context.guide.pages[page_id]
        self.setTitle(guide_tr(text.title))
        self.setSubTitle(guide_tr(text.subtitle))

        outer = QVBoxLayout(self)
        outer.setContentsMargins(9, 0, 9, 0)  # in line with the title above
        # The subtitle under the header's title, as tall as it needs (the window
        # ignores subtitles: see KeyWizard).
        # Beside it, at the line's end, "Step 3 of 9" (one row for both: a small window
        # keeps its height for the page's text).
        self.subtitle = text_label(self.subTitle(), ours=True)
        self.subtitle.setObjectName("subtitle")
        self._head = QHBoxLayout()
        self._head.addWidget(self.subtitle, 1)
        outer.addLayout(self._head)
        # "Step 3 of 9": made when the page is first shown (show_step), so that the
        # first page is on screen a little sooner.
        self.step: QLabel | None = None
        if context.practice is not None:
            outer.addWidget(practice_banner())
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        self.body = QVBoxLayout(content)
        self.body.setSpacing(10)
        scroll.setWidget(content)
        outer.addWidget(scroll, 1)
        self.scroll_area = scroll
        # What the person must do to go on stays in sight below the text, however
        # small the window: the page's ticks, and why Next waits.
        self.required = QVBoxLayout()
        outer.addLayout(self.required)
        # The page's lead (up to the question it asks, if any) is shown; the rest of
        # its explanation waits behind "Why?", so that a page is read at a glance.
        lead = lead_paragraphs(text.paragraphs)
        for paragraph in lead[explained:]:
            self.body.addWidget(text_label(guide_tr(paragraph), ours=True))
        behind = lead[:explained] + text.paragraphs[len(lead) :]
        self.explanation: list[str] = [guide_tr(p) for p in behind]
        # "Why?" goes right under the lead it explains (filled in by finish_layout,
        # once the page has added its own explanations).
        self._why_place = QVBoxLayout()
        self._why_place.setContentsMargins(0, 0, 0, 0)
        self.body.addLayout(self._why_place)

    @property
    def state(self) -> WizardState:
        return self.context.state

    def finish_layout(self) -> None:
        if self.explanation:
            self._why_place.addWidget(why_box(self.explanation))
        self.body.addStretch(1)

    def show_step(self) -> None:
        from wizard.flow import step_of

        number, total = step_of(self.page_id, self.state)
        if self.step is None:
            from PySide6.QtCore import Qt

            self.step = QLabel()
            self.step.setObjectName("step")
            quiet(self.step)
            self._head.addWidget(self.step, 0, Qt.AlignmentFlag.AlignTop)
        self.step.setText(
            translate("Window", "Step {number} of {total}").format(number=number, total=total)
        )

    def isComplete(self) -> bool:
        return can_leave(self.page_id, self.state)

    def nextId(self) -> int:
        following = next_page(self.page_id, self.state)
        return -1 if following is None else int(following)

    def cleanupPage(self) -> None:
        """Going Back keeps everything the person entered on this page."""


def practice_banner() -> QLabel:
    from PySide6.QtCore import Qt

    banner = QLabel(
        translate(
            "Practice",
            "PRACTICE: a pretend exchange. Nothing here touches your real account or keychain.",
        )
    )
    banner.setObjectName("practiceBanner")
    banner.setWordWrap(True)
    banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
    banner.setStyleSheet(
        "#practiceBanner { background: #5b3cc4; color: white; "
        "font-weight: bold; padding: 6px; border-radius: 4px; }"
    )
    banner.setAccessibleName(banner.text())
    return banner


def copy_concealed(text: str) -> None:
    """Copy ``text``, marked so that clipboard managers do not keep a history of it
    (KDE's and Windows' conventions; other platforms ignore the marks)."""
    from PySide6.QtCore import QMimeData
    from PySide6.QtWidgets import QApplication

    data = QMimeData()
    data.setText(text)
    data.setData("x-kde-passwordManagerHint", b"secret")
    data.setData("ExcludeClipboardContentFromMonitorProcessing", b"\x01\x00\x00\x00")
    QApplication.clipboard().setMimeData(data)


def clear_clipboard_if_holds(secret: str) -> bool:
    """Empty the clipboard when it still holds ``secret``; True when it did."""
    from PySide6.QtWidgets import QApplication

    clipboard = QApplication.clipboard()
    if secret and clipboard.text().strip() == secret.strip():
        clipboard.clear()
        return True
    return False

"""IP whitelist: the addresses to allow, as text to copy and as QR codes for a
phone, this computer's address only when asked, and what a list without it means
for checking the key from here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from wizard.addresses import (
    ServiceAddresses,
    find_public_address,
    load_service_addresses,
    parse_addresses,
)
from wizard.flow import PageId
from wizard.gui.background import BackgroundCall
from wizard.gui.pages.base import WizardContext, link_like, text_label, translate
from wizard.gui.pages.checklist import ChecklistPage
from wizard.gui.pages.enter import ProblemLabel
from wizard.gui.pages.qr import QrCode


class IpPage(ChecklistPage):
    def __init__(self, context: WizardContext) -> None:
        super().__init__(PageId.IP_WHITELIST, context)
        service = load_service_addresses()
        if context.practice is not None and not service.addresses:
            # Documentation addresses (RFC 5737): what a service's list looks like.
            service = ServiceAddresses(
                translate("IP", "the practice trading service"), ("203.0.113.7", "198.51.100.20")
            )
        heading = (
            translate("IP", "Addresses of {service} to allow:").format(service=service.service)
            if service.service
            else translate("IP", "Addresses to allow (one per line):")
        )
        column = self.body.count()  # right after the page's lead
        self.body.insertWidget(column, text_label(heading, bold=True))
        self.addresses = QPlainTextEdit("\n".join(service.addresses))
        self.addresses.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        # Digits and dots as typed on the exchange: an Arabic-script font draws the
        # dots of "203.0.113.7" so that they read as commas.
        self.addresses.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.addresses.setAccessibleName(translate("IP", "Addresses to allow"))
        self.addresses.setFixedHeight(80)
        self.addresses.setTabChangesFocus(True)  # Tab moves on; it never types a tab
        self.addresses.textChanged.connect(self._check)
        self.problem = ProblemLabel()
        buttons = QHBoxLayout()
        copy = QPushButton(translate("IP", "&Copy the addresses"))
        copy.clicked.connect(
            lambda: QApplication.clipboard().setText(
                "\n".join(parse_addresses(self.addresses.toPlainText())[0])
            )
        )
        self.find_button = QPushButton(translate("IP", "&Find this computer's address…"))
        self.find_button.clicked.connect(self._ask_to_find)
        buttons.addWidget(copy)
        buttons.addWidget(self.find_button)
        buttons.addStretch(1)

        # For a phone: the addresses and the exchange's API page as QR codes, shown
        # when asked for (they take most of a small window).
        codes = QWidget()
        codes.setObjectName("phoneCodes")
        codes.setVisible(False)
        self.phone = QPushButton(translate("IP", "&QR codes for a phone"))
        self.phone.setObjectName("phone")
        link_like(self.phone)
        self.phone.toggled.connect(codes.setVisible)
        buttons.insertWidget(2, self.phone)
        grid = QGridLayout(codes)
        self.addresses_qr = QrCode(size=140)
        link = context.guide.api_management_url
        self.link_qr = QrCode(link, size=140)
        self.addresses_caption = text_label(translate("IP", "The addresses, for a phone"))
        link_caption = text_label(
            translate("IP", "The API key page on {exchange}").format(exchange=context.guide.name)
        )
        for column_index, (code, caption) in enumerate(
            ((self.addresses_qr, self.addresses_caption), (self.link_qr, link_caption))
        ):
            caption.setFixedWidth(180)
            grid.addWidget(code, 0, column_index)
            grid.addWidget(caption, 1, column_index)
        grid.setColumnStretch(2, 1)
        link_text = text_label(link, selectable=True)
        link_text.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        grid.addWidget(link_text, 2, 0, 1, 3)

        for offset, item in enumerate((self.addresses, self.problem)):
            self.body.insertWidget(column + 1 + offset, item)
        self.body.insertLayout(column + 3, buttons)
        self.body.insertWidget(column + 4, codes)
        self.explanation.append(
            translate(
                "IP",
                "If the list holds only the trading service's addresses, checking the key "
                'from this computer ends with "The exchange did not accept this key". '
                "For the check, add this computer's address too, or check the key from "
                "the service.",
            )
        )
        self._offer_no_fixed_address(context)
        self.finder = BackgroundCall()
        self.finder.finished.connect(self._found)
        self.finder.failed.connect(self._not_found)
        self._check()
        self.finish_layout()

    _answers: list[QCheckBox]

    def _offer_no_fixed_address(self, context: WizardContext) -> None:
        """The honest other answer: no fixed address to restrict the key to. Either
        answer lets the person go on; the two exclude each other."""
        from functools import partial

        from wizard.flow import NO_FIXED_ADDRESS
        from wizard.gui.pages.checklist import ChecklistItem
        from wizard.guide import CheckItem

        item = CheckItem(
            NO_FIXED_ADDRESS,
            translate("IP", "The trading computer or service has no fixed address"),
            translate(
                "IP",
                "Then leave the list empty on {exchange}. The key works from anywhere, "
                "so anyone who copies it can use it too; the check marks it as not "
                "restricted and says what that means on {exchange}. Add the address "
                "when you have one.",
            ).format(exchange=context.guide.name),
        )
        self.no_fixed_address = ChecklistItem(
            item, partial(self._toggled, NO_FIXED_ADDRESS), translated=True
        )
        self.required.addWidget(self.no_fixed_address)
        self._answers = [widget.box for widget in self.items.values()]
        self._answers.append(self.no_fixed_address.box)
        for box in self._answers:
            box.toggled.connect(partial(self._one_answer, box))

    def _one_answer(self, chosen: QCheckBox, on: bool) -> None:
        """Ticking one answer takes the other back (and both may be left unticked)."""
        if on:
            for box in self._answers:
                if box is not chosen:
                    box.setChecked(False)

    def _check(self) -> None:
        valid, problems = parse_addresses(self.addresses.toPlainText())
        self.problem.show_problem(
            "\n".join(
                translate("Addresses", p.template).format(line=p.line, text=p.text)
                for p in problems
            )
            or None
        )
        self.addresses_qr.set_data("\n".join(valid))
        self.addresses_qr.setVisible(bool(valid))
        self.addresses_caption.setVisible(bool(valid))

    def _ask_to_find(self) -> None:
        answer = QMessageBox.question(
            self,
            translate("IP", "Find this computer's address?"),
            translate(
                "IP",
                "To find it, the wizard asks an outside service ({service}), "
                "which then sees this computer's address. You can also type "
                "the address yourself. Ask the service?",
            ).format(service="api.ipify.org"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.find_button.setEnabled(False)
            self.finder.start(find_public_address)

    def _found(self, address: object) -> None:
        self.find_button.setEnabled(True)
        valid, _ = parse_addresses(self.addresses.toPlainText())
        if str(address) not in valid:
            text = self.addresses.toPlainText().rstrip()
            self.addresses.setPlainText(f"{text}\n{address}".strip())

    def _not_found(self, error: object) -> None:
        self.find_button.setEnabled(True)
        self.problem.show_problem(
            translate(
                "IP",
                "This computer's address could not be found (no connection to the "
                'service). Type it yourself: a search for "what is my IP" in your '
                "browser shows it.",
            )
        )

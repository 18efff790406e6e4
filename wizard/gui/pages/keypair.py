"""On "Create and name the key": let the wizard make an Ed25519 key pair here.

The private key stays in memory and goes straight into the keychain (in practice
mode, nowhere); the person sees the public key, copies it or scans its QR code,
and pastes it into the exchange's "self-generated" form.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from wizard.gui.background import BackgroundCall
from wizard.gui.pages.base import WizardContext, copy_concealed, text_label, translate
from wizard.gui.pages.qr import QrCode
from wizard.i18n import EXCHANGE_NAMES
from wizard.keygen import KeyPair, make_ed25519_key_pair


class KeyPairPanel(QWidget):
    changed = Signal()

    def __init__(self, context: WizardContext, label: Callable[[], str]) -> None:
        super().__init__()
        self.context = context
        self._label = label
        exchange_name = EXCHANGE_NAMES[context.state.exchange]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.system = QRadioButton(
            translate("KeyPair", '{exchange} makes the key ("System generated")').format(
                exchange=exchange_name
            )
        )
        self.own = QRadioButton(translate("KeyPair", "This computer makes a key pair (safest)"))
        self.own.setChecked(True)  # the safest choice is the one made for the person
        for choice in (self.own, self.system):
            row = QHBoxLayout()
            row.addWidget(choice)
            row.addStretch(1)
            layout.addLayout(row)
        self.own.toggled.connect(self._chosen)

        self.details = QWidget()
        details = QVBoxLayout(self.details)
        details.setContentsMargins(16, 0, 0, 0)
        details.addWidget(
            text_label(
                translate(
                    "KeyPair",
                    'On {exchange} choose "Self-generated" and paste the public key made here.',
                ).format(exchange=exchange_name)
            )
        )
        # The longer account waits behind the page's "Why?".
        self.explanation = translate(
            "KeyPair",
            "The private key is made here and goes straight into your computer's "
            "keychain: it never leaves this computer. {exchange} gets only the "
            'public key below. On {exchange} choose "Self-generated", paste the '
            "public key, and {exchange} shows the API Key: later you enter only "
            "that.",
        ).format(exchange=exchange_name)
        self.make = QPushButton(translate("KeyPair", "&Make my key pair"))
        self.make.clicked.connect(self._make)
        details.addWidget(self.make, 0, Qt.AlignmentFlag.AlignLeading)
        self.status = text_label("")
        details.addWidget(self.status)

        shown = QHBoxLayout()
        self.public = QPlainTextEdit()
        self.public.setReadOnly(True)
        self.public.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.public.setAccessibleName(translate("KeyPair", "Public key"))
        self.public.setFixedHeight(90)
        self.qr = QrCode(size=150)
        shown.addWidget(self.public, 1)
        shown.addWidget(self.qr)
        details.addLayout(shown)
        buttons = QHBoxLayout()
        self.copy = QPushButton(translate("KeyPair", "Copy the &public key"))
        self.copy.clicked.connect(lambda: copy_concealed(self.public.toPlainText()))
        self.export = QPushButton(translate("KeyPair", "Export the private key…"))
        self.export.clicked.connect(self._export)
        buttons.addWidget(self.copy)
        buttons.addStretch(1)
        buttons.addWidget(self.export)
        details.addLayout(buttons)
        layout.addWidget(self.details)
        self.saver = BackgroundCall()
        self.saver.finished.connect(self._kept)
        self.saver.failed.connect(self._not_kept)
        self._show_pair(None)
        self.details.setVisible(self.own.isChecked())

    # -- state ----------------------------------------------------------------------
    @property
    def ready(self) -> bool:
        """System-generated, or a pair made (and, for real, safely in the keychain)."""
        return self.system.isChecked() or (
            self.context.key_pair is not None and not self.saver.running
        )

    def _chosen(self) -> None:
        self.details.setVisible(self.own.isChecked())
        if not self.own.isChecked():
            self.context.key_pair = None
            self._show_pair(None)
        self.changed.emit()

    def _show_pair(self, pair: KeyPair | None) -> None:
        self.public.setPlainText(pair.public_pem if pair else "")
        self.qr.set_data(pair.public_pem if pair else "")
        for widget in (self.public, self.qr, self.copy, self.export):
            widget.setVisible(pair is not None)

    # -- making and keeping ---------------------------------------------------------
    def _make(self) -> None:
        pair = make_ed25519_key_pair()
        practice = self.context.practice
        if practice is not None:
            self.context.key_pair = pair
            self.context.practice_api_key = practice.register_public_key(pair.public_pem)
            self.status.setText(
                translate(
                    "KeyPair",
                    "Practice: the public key was pasted into the practice exchange for "
                    'you, and its API Key is filled in on the "Enter the key" page.',
                )
            )
            self._show_pair(pair)
            self.changed.emit()
            return
        from wizard.store.keys import KeyStore

        exchange, label = self.context.state.exchange, self._label()
        self.status.setText(translate("KeyPair", "Putting the private key into the keychain…"))
        self.make.setEnabled(False)

        def keep() -> KeyPair:
            KeyStore().keep_private_key(exchange, label, pair.private_pem)
            return pair

        self.saver.start(keep)

    def _kept(self, pair: object) -> None:
        assert isinstance(pair, KeyPair)
        self.context.key_pair = pair
        self.context.key_pair_label = self._label()
        self.make.setEnabled(True)
        self.status.setText(
            translate(
                "KeyPair",
                "The private key is in your keychain. Paste the public key into {exchange}.",
            ).format(exchange=EXCHANGE_NAMES[self.context.state.exchange])
        )
        self._show_pair(pair)
        self.changed.emit()

    def _not_kept(self, error: object) -> None:
        from wizard.errors import WizardError
        from wizard.store.keys import StoreRefused
        from wizard.verify.texts import error_wording

        self.make.setEnabled(True)
        if isinstance(error, StoreRefused):
            self.status.setText(error.text(translate))
        elif isinstance(error, WizardError):
            wording = error_wording(error, translate, isolate=True)
            self.status.setText("\n".join((wording.title, wording.fix)))
        else:
            self.status.setText(translate("KeyPair", "The key pair could not be kept."))
        self.changed.emit()

    def _export(self) -> None:
        pair = self.context.key_pair
        if pair is None:
            return
        answer = QMessageBox.warning(
            self,
            translate("KeyPair", "Export the private key?"),
            translate(
                "KeyPair",
                "Whoever has this file can trade with your key. Keep it "
                "only on a drive you control, never in email, chat or cloud "
                "storage. The wizard does not need it: the key is already "
                "in your keychain.",
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Save:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("KeyPair", "Save the private key"),
            "",
            translate("KeyPair", "Private key (*.pem)"),
        )
        if path:
            write_owner_only(path, pair.private_pem)


def write_owner_only(path: str, text: str) -> None:
    """Create (or replace) a file only its owner can read."""
    if os.path.exists(path):
        os.chmod(path, 0o600)
    handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(handle, "w", encoding="utf-8") as stream:
        stream.write(text)

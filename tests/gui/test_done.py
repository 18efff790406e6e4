"""The wizard stores the key on Done, in a real Secret Service, and fails closed."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import keyring.backend
import pytest
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from tests.helpers.cli import run_cli
from tests.helpers.driver import (
    click,
    finish_storing,
    open_wizard,
    type_key,
    verify,
    walk_to,
)
from wizard.flow import PageId
from wizard.gui.pages import done as done_module
from wizard.gui.window import KeyWizard
from wizard.sim.scenarios import Scenario, binance_scenario
from wizard.sim.server import Simulator
from wizard.store.index import KeyIndex
from wizard.store.keychain import PENDING_SERVICE, SERVICE, Keychain

pytestmark = pytest.mark.gui


def _verify_key(qtbot: QtBot, wizard: KeyWizard, scenario: Scenario) -> str:
    walk_to(qtbot, wizard, PageId.ENTER)
    type_key(wizard, scenario)
    return verify(qtbot, wizard)


def _enter_and_verify(qtbot: QtBot, wizard: KeyWizard, scenario: Scenario) -> None:
    _verify_key(qtbot, wizard, scenario)
    finish_storing(qtbot, wizard)


def test_done_stores_the_key_in_the_keychain(
    qtbot: QtBot,
    binance_sim: Simulator,
    secret_service: Keychain,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setattr(done_module, "CLIPBOARD_CLEAR_MS", 50)
    scenario = binance_scenario("clean")
    QApplication.clipboard().setText(scenario.secret)  # as if the person pasted it
    wizard = open_wizard(qtbot, api_url=binance_sim.base_url)
    _enter_and_verify(qtbot, wizard, scenario)

    label = wizard.state.label
    assert label.startswith("HalalSpot-")
    assert f"binance:{label}" in wizard.done_page.storage.text()
    assert "Secret Service" in wizard.done_page.storage.text()
    raw = secret_service.backend.get_password(SERVICE, f"binance:{label}")
    assert json.loads(raw)["secret"] == scenario.secret
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    qtbot.waitUntil(lambda: QApplication.clipboard().text() == "", timeout=2000)

    # the reminder for the rotation date
    target = tmp_path / "reminder.ics"
    monkeypatch.setattr(done_module.QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    click(qtbot, wizard.done_page.reminder)
    text = target.read_text()
    assert "BEGIN:VEVENT" in text
    assert scenario.secret not in text

    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    assert wizard.enter.secret.text() == ""


def test_no_keychain_means_nothing_stored_and_no_finish(
    qtbot: QtBot,
    binance_sim: Simulator,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from keyring.backends.fail import Keyring as FailKeyring

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.setattr(keyring.backend, "get_all_keyring", lambda: [FailKeyring()])
    wizard = open_wizard(qtbot, api_url=binance_sim.base_url)
    _enter_and_verify(qtbot, wizard, binance_scenario("clean"))
    assert wizard.done_page.problem.isVisible()
    assert "No keychain is available" in wizard.done_page.problem.title.text()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert KeyIndex().load() == []


def test_rotation_in_the_wizard(
    qtbot: QtBot,
    binance_sim: Simulator,
    secret_service: Keychain,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    old, new = binance_scenario("clean"), binance_scenario("ed25519")
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{old.api_key}\n{old.secret}\n"))
    assert (
        run_cli(
            monkeypatch,
            ["store", "--exchange", "binance", "--label", "bot", "--api-url", binance_sim.base_url],
        ).exit_code
        == 0
    )

    wizard = open_wizard(qtbot, api_url=binance_sim.base_url)
    click(qtbot, wizard.welcome.rotate)
    assert wizard.welcome.stored_keys.isVisible()
    assert "bot" in wizard.welcome.stored_keys.currentText()
    assert wizard.state.rotate_label == "bot"
    _enter_and_verify(qtbot, wizard, new)
    assert wizard.done_page.rotation_steps.isVisible()
    assert "…" + old.api_key[-4:] in wizard.done_page.rotation_steps.text()
    raw = secret_service.backend.get_password(SERVICE, "binance:bot")
    assert json.loads(raw)["apiKey"] == new.api_key


def test_rotation_needs_a_stored_key(
    qtbot: QtBot,
    binance_sim: Simulator,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    wizard = open_wizard(qtbot, api_url=binance_sim.base_url)
    click(qtbot, wizard.welcome.rotate)
    assert wizard.welcome.no_stored_key.isVisible()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_key_pair_made_in_the_wizard_goes_into_the_keychain(
    qtbot: QtBot,
    binance_sim: Simulator,
    secret_service: Keychain,
) -> None:
    wizard = open_wizard(qtbot, api_url=binance_sim.base_url)
    walk_to(qtbot, wizard, PageId.CREATE)
    panel = wizard.currentPage().key_pair  # type: ignore[attr-defined]
    click(qtbot, panel.own)
    with qtbot.waitSignal(panel.changed, timeout=10_000):
        click(qtbot, panel.make)
    label = wizard.state.label
    waiting = secret_service.backend.get_password(PENDING_SERVICE, f"binance:{label}")
    private_pem = json.loads(waiting)["secret"]
    assert private_pem == wizard.context.key_pair.private_pem  # type: ignore[union-attr]

    venue = binance_sim.venue
    api_key = venue.register_public_key(panel.public.toPlainText())  # type: ignore[attr-defined]
    walk_to(qtbot, wizard, PageId.ENTER)
    wizard.enter.key.setText(api_key)
    verify(qtbot, wizard)
    finish_storing(qtbot, wizard)
    stored = json.loads(secret_service.backend.get_password(SERVICE, f"binance:{label}"))
    assert stored == {"apiKey": api_key, "secret": private_pem, "passphrase": None}
    assert secret_service.backend.get_password(PENDING_SERVICE, f"binance:{label}") is None
    assert wizard.context.key_pair is None  # dropped from memory once stored


def test_stored_keys_are_offered_after_switching_language(
    qtbot: QtBot,
    binance_sim: Simulator,
    secret_service: Keychain,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clean = binance_scenario("clean")
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{clean.api_key}\n{clean.secret}\n"))
    stored = run_cli(
        monkeypatch,
        ["store", "--exchange", "binance", "--label", "bot", "--api-url", binance_sim.base_url],
    )
    assert stored.exit_code == 0
    wizard = open_wizard(qtbot, api_url=binance_sim.base_url)
    wizard.switch_language("pseudo")
    try:
        click(qtbot, wizard.welcome.rotate)
        assert wizard.welcome.stored_keys is not None
        assert "bot" in wizard.welcome.stored_keys.currentText()
    finally:
        wizard.switch_language("en")


def test_done_keeps_the_persons_checks_with_the_key(
    qtbot: QtBot, binance_sim: Simulator, secret_service: Keychain
) -> None:
    """A tick on the verification page is stored beside the key, as the person's, and
    the report saved from Done says so."""
    scenario = binance_scenario("missing_field")  # Binance leaves the withdrawal switch out
    wizard = open_wizard(qtbot, api_url=binance_sim.base_url)
    _verify_key(qtbot, wizard, scenario)
    assert list(wizard.verification.ticks) == ["withdraw"]
    wizard.verification.ticks["withdraw"].click()
    finish_storing(qtbot, wizard)
    record = KeyIndex().find(wizard.state.label)
    assert record is not None
    assert set(record.confirmed) == {"withdraw"}
    document = wizard.done_page.report_document()
    assert document["confirmations"][0]["capability"] == "withdraw"
    assert document["permission_meanings"]["withdraw"]["value"] is None
    assert "Confirmed by you on" in document["permission_meanings"]["withdraw"]["confirmed"]


def test_done_offers_the_weekly_check_and_says_when_it_cannot_be_set_up(
    qtbot: QtBot,
    binance_sim: Simulator,
    secret_service: Keychain,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """No scheduler to hand the job to (systemctl is not on the PATH): said, with the
    key stored all the same, and the tick back as it really is: off."""
    monkeypatch.setenv("PATH", str(tmp_path))  # no systemctl here
    wizard = open_wizard(qtbot, api_url=binance_sim.base_url)
    _enter_and_verify(qtbot, wizard, binance_scenario("clean"))
    page = wizard.done_page
    assert page.watch.isVisible()
    qtbot.waitUntil(page.watch.isEnabled, timeout=10_000)  # once the job's state is known
    assert not page.watch.isChecked()
    page.watch.click()
    qtbot.waitUntil(page.watch.isEnabled, timeout=10_000)
    assert not page.watch.isChecked()
    assert "could not be set up" in page.watch_said.text()
    assert "stored all the same" in page.watch_said.text()


def test_done_sets_up_the_weekly_check(
    qtbot: QtBot,
    binance_sim: Simulator,
    secret_service: Keychain,
    user_systemd: None,
) -> None:
    from tests.helpers.systemd import systemctl
    from wizard.schedule import JOB

    wizard = open_wizard(qtbot, api_url=binance_sim.base_url)
    _enter_and_verify(qtbot, wizard, binance_scenario("clean"))
    page = wizard.done_page
    qtbot.waitUntil(page.watch.isEnabled, timeout=10_000)  # once the job's state is known
    page.watch.click()
    qtbot.waitUntil(page.watch.isEnabled, timeout=20_000)
    assert page.watch.isChecked(), page.watch_said.text()
    assert "notification" in page.watch_said.text()
    assert systemctl("is-enabled", f"{JOB}.timer").stdout.strip() == "enabled"
    page.watch.click()  # and off again
    qtbot.waitUntil(page.watch.isEnabled, timeout=20_000)
    assert systemctl("is-enabled", f"{JOB}.timer", check=False).returncode != 0

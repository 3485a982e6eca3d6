"""Preferences, connection and sign-in dialogs, and the credential store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.core.bootstrap import open_store, sign_in
from desktop.core.clock import ManualClock
from desktop.core.db import DatabaseUrl, connect
from desktop.core.models import User
from desktop.core.session import Session
from desktop.gui import application, credentials
from desktop.gui.connection_dialog import ConnectionDialog
from desktop.gui.preferences_dialog import PreferencesDialog
from desktop.gui.settings import Settings
from desktop.gui.sign_in_dialog import SignInDialog
from tests import servers
from tests.gui.conftest import (
    MemoryKeyring,
    add_bruno,
    start_with_a_stale_password,
)


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "contatti.ini"


@pytest.fixture
def settings(settings_file: Path) -> Settings:
    return Settings(QSettings(str(settings_file), QSettings.Format.IniFormat))


def tick(qtbot: QtBot, box: QCheckBox) -> None:
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def press(
    qtbot: QtBot, box: QDialogButtonBox, which: QDialogButtonBox.StandardButton
) -> None:
    qtbot.mouseClick(box.button(which), Qt.MouseButton.LeftButton)


def reread(settings_file: Path) -> Settings:
    """The settings as a new start of Contatti would read them from disk."""
    return Settings(QSettings(str(settings_file), QSettings.Format.IniFormat))


# -- preferences -------------------------------------------------------------------


def test_preferences_are_saved_and_read_back(
    qtbot: QtBot, settings: Settings, settings_file: Path
) -> None:
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.ui.language_combo.currentData() == ""
    assert dialog.ui.reminder_interval.value() == 30

    dialog.ui.language_combo.setCurrentIndex(dialog.ui.language_combo.findData("it"))
    dialog.ui.reminder_interval.setValue(120)
    with qtbot.waitSignal(dialog.reminder_interval_changed) as signal:
        press(qtbot, dialog.ui.button_box, QDialogButtonBox.StandardButton.Ok)
    assert signal.args == [120]

    saved = reread(settings_file)
    assert saved.language == "it"
    assert saved.reminder_interval_seconds == 120
    again = PreferencesDialog(saved)
    qtbot.addWidget(again)
    assert again.ui.language_combo.currentText() == "Italiano"
    assert again.ui.reminder_interval.value() == 120


def test_cancelled_preferences_change_nothing(
    qtbot: QtBot, settings: Settings, settings_file: Path
) -> None:
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.ui.language_combo.setCurrentIndex(dialog.ui.language_combo.findData("es"))
    dialog.ui.reminder_interval.setValue(600)
    press(qtbot, dialog.ui.button_box, QDialogButtonBox.StandardButton.Cancel)
    assert reread(settings_file).language == ""
    assert reread(settings_file).reminder_interval_seconds == 30


def test_reminder_interval_stays_in_a_sensible_range(
    qtbot: QtBot, settings: Settings
) -> None:
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.ui.reminder_interval.setValue(1)
    assert dialog.ui.reminder_interval.value() == 10
    dialog.ui.reminder_interval.setValue(10**6)
    assert dialog.ui.reminder_interval.value() == 3600
    dialog.ui.reminder_interval.setValue(45)
    restore = QDialogButtonBox.StandardButton.RestoreDefaults
    press(qtbot, dialog.ui.button_box, restore)
    assert dialog.ui.reminder_interval.value() == 30


# -- connection --------------------------------------------------------------------


def connection_dialog(qtbot: QtBot, settings: Settings, url: str) -> ConnectionDialog:
    dialog = ConnectionDialog(settings, url)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill_server(
    qtbot: QtBot,
    dialog: ConnectionDialog,
    kind: str,
    host: str,
    port: int,
    database: str,
    user: str,
    password: str,
) -> None:
    ui = dialog.ui
    qtbot.mouseClick(ui.server_radio, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    ui.server_type.setCurrentIndex(ui.server_type.findText(kind))
    for edit, text in (
        (ui.host, host),
        (ui.database_name, database),
        (ui.server_user, user),
        (ui.server_password, password),
    ):
        edit.clear()
        qtbot.keyClicks(edit, text)
    ui.port.setValue(port)


def test_a_local_file_is_chosen(
    qtbot: QtBot, settings: Settings, settings_file: Path, tmp_path: Path
) -> None:
    dialog = connection_dialog(qtbot, settings, "")
    assert dialog.ui.local_radio.isChecked()
    target = tmp_path / "office" / "contatti.db"
    qtbot.keyClicks(dialog.ui.file_path, str(target))
    press(qtbot, dialog.ui.button_box, QDialogButtonBox.StandardButton.Save)

    url = dialog.chosen_url()
    assert DatabaseUrl.parse(url).database == str(target)
    assert reread(settings_file).database_url == url
    assert "next time Contatti starts" in dialog.ui.restart_note.text()


@pytest.mark.parametrize(
    ("kind", "scheme", "port"),
    [("PostgreSQL", "postgresql", 5432), ("MariaDB / MySQL", "mysql", 3306)],
)
def test_a_server_is_chosen_and_its_password_stays_out_of_the_settings_file(
    qtbot: QtBot,
    settings: Settings,
    settings_file: Path,
    memory_keyring: MemoryKeyring,
    kind: str,
    scheme: str,
    port: int,
) -> None:
    dialog = connection_dialog(qtbot, settings, "")
    fill_server(qtbot, dialog, kind, "db.office", port, "crm", "anna", "s3cret-pw")
    tick(qtbot, dialog.ui.remember_password)
    press(qtbot, dialog.ui.button_box, QDialogButtonBox.StandardButton.Save)

    url = f"{scheme}://anna@db.office:{port}/crm"
    assert dialog.chosen_url() == url
    saved = reread(settings_file)
    assert saved.database_url == url
    assert saved.server_username == "anna"
    assert "s3cret-pw" not in settings_file.read_text(encoding="utf-8")
    display = DatabaseUrl.parse(url).display
    assert credentials.load_password(saved, display, "anna") == "s3cret-pw"

    # Opening the dialog again shows the same choice, password from the keyring.
    again = connection_dialog(qtbot, saved, saved.database_url)
    assert again.ui.server_radio.isChecked()
    assert again.ui.server_type.currentText() == kind
    assert again.ui.host.text() == "db.office"
    assert again.ui.server_password.text() == "s3cret-pw"


def test_a_password_not_remembered_is_not_looked_for_at_the_next_start(
    qtbot: QtBot,
    settings: Settings,
    settings_file: Path,
    memory_keyring: MemoryKeyring,
) -> None:
    dialog = connection_dialog(qtbot, settings, "")
    fill_server(qtbot, dialog, "PostgreSQL", "db.office", 5432, "crm", "anna", "pw")
    press(qtbot, dialog.ui.button_box, QDialogButtonBox.StandardButton.Save)
    display = DatabaseUrl.parse(dialog.chosen_url()).display

    memory_keyring.reads = 0
    assert credentials.load_password(reread(settings_file), display, "anna") is None
    assert memory_keyring.reads == 0

    # Choosing it again with "Remember" ticked makes the next start find it.
    again = connection_dialog(qtbot, reread(settings_file), dialog.chosen_url())
    qtbot.keyClicks(again.ui.server_password, "pw")
    tick(qtbot, again.ui.remember_password)
    press(qtbot, again.ui.button_box, QDialogButtonBox.StandardButton.Save)
    assert credentials.load_password(reread(settings_file), display, "anna") == "pw"
    assert memory_keyring.reads == 1


def test_a_password_saved_before_the_settings_kept_a_record_is_found(
    settings: Settings, settings_file: Path, memory_keyring: MemoryKeyring
) -> None:
    display = "postgresql://anna@db.office:5432/crm"
    service = credentials.service_name(display)
    memory_keyring.passwords[(service, "anna")] = "saved-long-ago"
    assert settings.saved_passwords() is None

    assert credentials.load_password(settings, display, "anna") == "saved-long-ago"
    assert credentials.load_password(settings, display, "marco") is None
    settings.sync()

    # What the store answered is recorded: the next start asks it only for anna.
    later = reread(settings_file)
    assert later.saved_passwords() == {credentials.password_key(display, "anna")}
    memory_keyring.reads = 0
    assert credentials.load_password(later, display, "marco") is None
    assert credentials.load_password(later, display, "anna") == "saved-long-ago"
    assert memory_keyring.reads == 1


def test_a_password_deleted_from_the_store_by_hand_is_no_longer_looked_for(
    settings: Settings, memory_keyring: MemoryKeyring
) -> None:
    display = "mysql://root@db.office:3306/crm"
    assert credentials.save_password(settings, display, "anna", "pw")
    memory_keyring.passwords.clear()  # removed in the system's keychain manager

    assert credentials.load_password(settings, display, "anna") is None
    memory_keyring.reads = 0
    assert credentials.load_password(settings, display, "anna") is None
    assert memory_keyring.reads == 0


@pytest.mark.usefixtures("no_keyring")
def test_without_a_credential_store_later_starts_do_not_look_for_one(
    settings: Settings,
) -> None:
    display = "postgresql://anna@db.office:5432/crm"
    key = credentials.password_key(display, "anna")
    assert credentials.load_password(settings, display, "anna") is None
    assert settings.saved_passwords() == frozenset()

    # A password saved while the store was there is kept on record: the store may
    # only be missing for now.
    settings.record_saved_password(key, saved=True)
    assert credentials.load_password(settings, display, "anna") is None
    assert settings.saved_passwords() == {key}


def test_switching_the_server_type_switches_the_default_port(
    qtbot: QtBot, settings: Settings
) -> None:
    dialog = connection_dialog(qtbot, settings, "postgresql://anna@db:5432/crm")
    dialog.ui.server_type.setCurrentIndex(1)
    assert dialog.ui.port.value() == 3306
    dialog.ui.port.setValue(3307)
    dialog.ui.server_type.setCurrentIndex(0)
    assert dialog.ui.port.value() == 3307


@pytest.mark.usefixtures("no_keyring")
def test_without_a_credential_store_the_password_is_not_remembered(
    qtbot: QtBot, settings: Settings, settings_file: Path
) -> None:
    assert not credentials.store_available()
    display = "postgresql://x@h:5432/d"
    assert credentials.save_password(settings, display, "x", "pw") is False
    assert credentials.load_password(settings, display, "x") is None
    dialog = connection_dialog(qtbot, settings, "")
    assert not dialog.ui.remember_password.isEnabled()
    fill_server(qtbot, dialog, "PostgreSQL", "h", 5432, "d", "x", "pw-typed")
    press(qtbot, dialog.ui.button_box, QDialogButtonBox.StandardButton.Save)
    assert dialog.chosen_url() == "postgresql://x@h:5432/d"
    assert "pw-typed" not in settings_file.read_text(encoding="utf-8")


def test_missing_server_fields_are_named_and_nothing_is_saved(
    qtbot: QtBot, settings: Settings, settings_file: Path
) -> None:
    dialog = connection_dialog(qtbot, settings, "")
    fill_server(qtbot, dialog, "PostgreSQL", "", 5432, "crm", "", "pw")
    press(qtbot, dialog.ui.button_box, QDialogButtonBox.StandardButton.Save)
    assert dialog.isVisible()
    status = dialog.ui.status_label.text()
    assert "Host is empty" in status
    assert "User name is empty" in status
    assert dialog.ui.host.property("invalid")
    assert dialog.ui.database_name.text() == "crm"
    assert dialog.ui.server_password.text() == "pw"
    assert reread(settings_file).database_url == ""


@pytest.fixture
def server_database(
    request: pytest.FixtureRequest,
) -> Iterator[tuple[str, DatabaseUrl]]:
    """A new, empty database on the server ``request.param``: its type and URL."""
    backend = request.param
    raw = servers.create_database(backend)
    kind = "PostgreSQL" if backend == "postgresql" else "MariaDB / MySQL"
    yield kind, DatabaseUrl.parse(raw)
    servers.drop_database(backend, raw)


def run_test_connection(qtbot: QtBot, dialog: ConnectionDialog) -> tuple[bool, str]:
    with qtbot.waitSignal(dialog.connection_tested, timeout=15000) as signal:
        qtbot.mouseClick(dialog.ui.test_button, Qt.MouseButton.LeftButton)
    ok, message = signal.args
    return bool(ok), str(message)


@pytest.mark.server
@pytest.mark.parametrize("server_database", ["postgresql", "mysql"], indirect=True)
def test_test_connection_reaches_a_real_server(
    qtbot: QtBot, settings: Settings, server_database: tuple[str, DatabaseUrl]
) -> None:
    kind, url = server_database
    dialog = connection_dialog(qtbot, settings, "")
    fill_server(
        qtbot, dialog, kind, url.host, url.port or 0, url.database, url.user, ""
    )
    ok, message = run_test_connection(qtbot, dialog)
    assert ok, message
    assert f"Connected to {url.display}" in message
    assert "empty" in message
    assert dialog.ui.status_label.text() == message


@pytest.mark.server
@pytest.mark.parametrize("server_database", ["postgresql"], indirect=True)
def test_test_connection_leaves_the_open_database_alone(
    qtbot: QtBot,
    settings: Settings,
    session: Session,
    server_database: tuple[str, DatabaseUrl],
) -> None:
    """The models stay bound to the database in use while another one is tried."""
    before = User._meta.database
    kind, url = server_database
    dialog = connection_dialog(qtbot, settings, "")
    fill_server(
        qtbot, dialog, kind, url.host, url.port or 0, url.database, url.user, ""
    )
    ok, _ = run_test_connection(qtbot, dialog)
    assert ok
    assert User._meta.database is before
    assert User.select().where(User.username == "anna").exists()


def test_an_empty_file_name_means_the_default_file(
    qtbot: QtBot,
    settings: Settings,
    settings_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setattr(
        "desktop.gui.connection_dialog.default_database_url",
        lambda: f"sqlite:///{(tmp_path / 'data' / 'contatti.db').as_posix()}",
    )
    settings.database_url = "postgresql://anna@db:5432/crm"
    dialog = connection_dialog(qtbot, settings, settings.database_url)
    qtbot.mouseClick(dialog.ui.local_radio, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    assert dialog.ui.file_path.text() == ""
    press(qtbot, dialog.ui.button_box, QDialogButtonBox.StandardButton.Save)
    assert dialog.chosen_url().endswith("/data/contatti.db")
    assert reread(settings_file).database_url == ""


def test_a_failed_test_connection_says_what_to_check(
    qtbot: QtBot, settings: Settings
) -> None:
    dialog = connection_dialog(qtbot, settings, "")
    # Port 9 (discard) is closed here: the connection is refused at once.
    fill_server(qtbot, dialog, "PostgreSQL", "127.0.0.1", 9, "crm", "anna", "pw")
    ok, message = run_test_connection(qtbot, dialog)
    assert not ok
    assert "Cannot connect to postgresql://anna@127.0.0.1:9/crm" in message
    assert "Check the host, port" in message
    assert "pw" not in message.replace("password", "")
    assert dialog.ui.test_button.isEnabled()


def test_a_chosen_sqlite_url_opens(
    qtbot: QtBot, settings: Settings, tmp_path: Path
) -> None:
    dialog = connection_dialog(qtbot, settings, "")
    qtbot.keyClicks(dialog.ui.file_path, str(tmp_path / "mine.db"))
    press(qtbot, dialog.ui.button_box, QDialogButtonBox.StandardButton.Save)
    store = connect(dialog.chosen_url())
    try:
        assert store.url.database == str(tmp_path / "mine.db")
    finally:
        store.close()


# -- sign-in -----------------------------------------------------------------------


@pytest.mark.usefixtures("memory_keyring")
def test_sign_in_dialog_returns_what_was_typed(qtbot: QtBot) -> None:
    dialog = SignInDialog("postgresql://anna@db:5432/crm", "")
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
    assert "postgresql://anna@db:5432/crm" in dialog.ui.database_label.text()
    assert not ok.isEnabled()

    qtbot.keyClicks(dialog.ui.username, " marco ")
    qtbot.keyClicks(dialog.ui.password, "pw of marco")
    tick(qtbot, dialog.ui.remember_password)
    assert ok.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.credentials() == ("marco", "pw of marco")
    assert dialog.remember()


def test_sign_in_dialog_shows_why_and_keeps_the_input(qtbot: QtBot) -> None:
    dialog = SignInDialog("mysql://root@db:3306/crm", "anna")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.username.text() == "anna"
    assert not dialog.ui.error_label.isVisible()
    qtbot.keyClicks(dialog.ui.password, "wrong")
    dialog.show_error("User name or password is wrong.")
    assert dialog.ui.error_label.isVisible()
    assert dialog.credentials() == ("anna", "wrong")
    assert not dialog.remember()


def test_a_refused_saved_password_is_forgotten_when_remember_is_left_unticked(
    qtbot: QtBot,
    settings: Settings,
    memory_keyring: MemoryKeyring,
    clock: ManualClock,
    tmp_path: Path,
) -> None:
    """Anna's password changed; she signs in with the new one and does not ask
    Contatti to remember it: the old one must not stay in her keychain."""
    for url in servers.fresh_database("postgresql", tmp_path):
        store = open_store(url, clock)
        sign_in(store, clock, "anna", "anna-pw")
        store.close()

        session, _, shown = start_with_a_stale_password(
            qtbot, url, settings, clock, "anna-pw"
        )

        assert len(shown) == 1
        assert "password is wrong" in shown[0]  # it says why it asks
        assert session.username == "anna"
        assert memory_keyring.passwords == {}
        key = credentials.password_key(DatabaseUrl.parse(url).display, "anna")
        assert key not in (settings.saved_passwords() or frozenset())


def test_a_refused_saved_password_is_forgotten_when_another_user_signs_in(
    qtbot: QtBot,
    settings: Settings,
    memory_keyring: MemoryKeyring,
    clock: ManualClock,
    tmp_path: Path,
) -> None:
    """Anna's saved password is refused on Bruno's desk; he signs in as himself.
    Anna's stale password must not stay behind in the keychain."""
    for url in servers.fresh_database("postgresql", tmp_path):
        add_bruno(url, clock)

        session, _, shown = start_with_a_stale_password(
            qtbot, url, settings, clock, "bruno-pw", username="bruno"
        )

        assert "password is wrong" in shown[0]
        assert session.username == "bruno"
        assert settings.server_username == "bruno"
        assert memory_keyring.passwords == {}
        assert not settings.saved_passwords()


def test_a_first_sign_in_to_a_server_starts_in_the_user_name_field(
    qtbot: QtBot, settings: Settings, clock: ManualClock, tmp_path: Path
) -> None:
    """Nobody has signed in to this server from here yet: the dialog opens with the
    cursor in the empty user name, ready for anna to type her name."""
    focus: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SignInDialog):
            QTimer.singleShot(20, answer)
            return
        focus.append(dialog.focusWidget().objectName())
        assert not dialog.ui.error_label.isVisible()
        qtbot.keyClicks(dialog.ui.username, "anna")
        qtbot.keyClicks(dialog.ui.password, "anna-pw")
        dialog.accept()

    for url in servers.fresh_database("postgresql", tmp_path):
        store = open_store(url, clock)
        sign_in(store, clock, "anna", "anna-pw")
        store.close()

        QTimer.singleShot(0, answer)
        session, _ = application.open_and_sign_in(url, "", settings, clock)
        session.store.close()

        assert focus == ["username"]
        assert session.username == "anna"


@pytest.mark.usefixtures("no_keyring")
def test_sign_in_without_a_credential_store_cannot_remember(qtbot: QtBot) -> None:
    dialog = SignInDialog("postgresql://anna@db:5432/crm", "anna")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ui.remember_password.isEnabled()
    assert "credential store" in dialog.ui.remember_password.toolTip()
    dialog.set_password("from somewhere", remember=True)
    assert not dialog.remember()


def test_the_file_in_use_is_shown(
    qtbot: QtBot, settings: Settings, tmp_path: Path
) -> None:
    path = tmp_path / "shared" / "contatti.db"
    dialog = connection_dialog(qtbot, settings, f"sqlite:///{path.as_posix()}")
    assert dialog.ui.local_radio.isChecked()
    assert dialog.ui.file_path.text() == str(path)
    assert str(path.as_posix()) in dialog.ui.current_label.text()
    assert not dialog.ui.server_box.isEnabled()

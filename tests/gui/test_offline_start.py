"""Starting Contatti on a server with an offline copy: download, sign in, sync."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.bootstrap import open_store, sign_in
from desktop.core.clock import ManualClock
from desktop.core.db import DatabaseUrl
from desktop.core.models import ALL_MODELS, Contact
from desktop.gui import application
from desktop.gui.settings import Settings
from tests import servers
from tests.core.helpers import new_contact
from tests.gui.conftest import (
    MemoryKeyring,
    add_bruno,
    start_with_a_stale_password,
)


@pytest.fixture(params=["postgresql", "mysql"])
def office_server(request: pytest.FixtureRequest, tmp_path: Path, clock: ManualClock):
    """A server database where anna (password "anna-pw") already saved a contact."""
    for url in servers.fresh_database(request.param, tmp_path):
        store = open_store(url, clock)
        office = sign_in(store, clock, "anna", "anna-pw")
        new_contact(office, "Rossi", company="Acme Srl")
        store.close()
        yield url


@pytest.fixture
def laptop_settings(
    gui_settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Settings:
    """Settings asking for an offline copy, kept in the test's own data folder."""
    monkeypatch.setattr("desktop.core.paths.data_dir", lambda: tmp_path)
    gui_settings.offline_copy = True
    return gui_settings


def test_a_laptop_downloads_its_copy_signs_in_and_syncs(
    qtbot: QtBot,
    office_server: str,
    clock: ManualClock,
    laptop_settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    gui_settings = laptop_settings
    monkeypatch.setattr(
        "desktop.gui.credentials.load_password",
        lambda settings, display, user: "anna-pw" if user == "anna" else None,
    )

    session, engine = application.open_and_sign_in(
        office_server, "anna", gui_settings, clock
    )

    assert engine is not None
    assert session.store.url.backend.value == "sqlite"
    assert Path(session.store.url.database).parent == tmp_path
    assert session.username == "anna"
    window = application.main_window_for(session, gui_settings, engine)
    qtbot.addWidget(window)
    window.show()
    try:
        assert window.findChild(object, "sync_status") is not None
        database = window.findChild(object, "status_database").text()
        assert database.endswith("(offline copy)")
        assert database.startswith(DatabaseUrl.parse(office_server).display)
        assert window.model.rowCount() == 1  # the office's contact, from the copy
        assert window.sync is not None
        with qtbot.waitSignal(window.sync.synced, timeout=20_000):
            window.sync.start()
        assert window.sync.online is True
    finally:
        if window.sync is not None:
            window.sync.stop()
        window.close()
        session.store.close()
    server = open_store(DatabaseUrl.parse(office_server), clock)
    try:
        with server.db.bind_ctx(ALL_MODELS):
            assert Contact.select().count() == 1
    finally:
        server.close()


def test_the_connection_dialog_offers_a_server_with_an_offline_copy(
    qtbot: QtBot, gui_settings: Settings
) -> None:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop.gui.connection_dialog import ConnectionDialog

    dialog = ConnectionDialog(gui_settings, "")
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    qtbot.mouseClick(ui.offline_radio, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    assert ui.server_box.isEnabled()
    ui.server_type.setCurrentIndex(ui.server_type.findText("PostgreSQL"))
    for edit, text in (
        (ui.host, "db.office"),
        (ui.database_name, "crm"),
        (ui.server_user, "anna"),
    ):
        edit.clear()
        qtbot.keyClicks(edit, text)
    qtbot.mouseClick(
        ui.button_box.button(QDialogButtonBox.StandardButton.Save),
        Qt.MouseButton.LeftButton,
    )
    assert dialog.chosen_url() == "postgresql://anna@db.office:5432/crm"
    assert gui_settings.offline_copy is True

    again = ConnectionDialog(gui_settings, gui_settings.database_url)
    qtbot.addWidget(again)
    assert again.ui.offline_radio.isChecked()

    # Choosing the plain server again turns the offline copy off.
    again.show()
    qtbot.mouseClick(again.ui.server_radio, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    qtbot.mouseClick(
        again.ui.button_box.button(QDialogButtonBox.StandardButton.Save),
        Qt.MouseButton.LeftButton,
    )
    assert gui_settings.offline_copy is False


def test_a_laptop_forgets_a_refused_password_that_is_not_to_be_remembered(
    qtbot: QtBot,
    office_server: str,
    clock: ManualClock,
    laptop_settings: Settings,
    memory_keyring: MemoryKeyring,
) -> None:
    _, engine, shown = start_with_a_stale_password(
        qtbot, office_server, laptop_settings, clock, "anna-pw"
    )

    assert engine is not None
    assert len(shown) == 1
    assert shown[0]  # the copy refused the saved password, and said so
    assert memory_keyring.passwords == {}


def test_a_laptop_forgets_a_refused_password_when_another_user_signs_in(
    qtbot: QtBot,
    office_server: str,
    clock: ManualClock,
    laptop_settings: Settings,
    memory_keyring: MemoryKeyring,
) -> None:
    add_bruno(office_server, clock)

    session, engine, shown = start_with_a_stale_password(
        qtbot, office_server, laptop_settings, clock, "bruno-pw", username="bruno"
    )

    assert engine is not None
    assert shown[0]  # the copy refused anna's saved password, and said so
    assert session.username == "bruno"
    assert memory_keyring.passwords == {}
    assert not laptop_settings.saved_passwords()

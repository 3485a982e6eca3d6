"""GUI fixtures: the signed-in main window, temporary settings, Qt warnings fail."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import keyring.backends.fail
import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core.admin import AdminService
from desktop.core.bootstrap import open_store, sign_in
from desktop.core.clock import Clock, ManualClock
from desktop.core.db import DatabaseUrl
from desktop.core.session import Session
from desktop.core.sync.engine import SyncEngine
from desktop.gui import application, credentials
from desktop.gui.main_window import MainWindow
from desktop.gui.settings import Settings
from desktop.gui.sign_in_dialog import SignInDialog

HARMLESS_QT_MESSAGES = (
    # The offscreen platform used by the tests cannot do these window-manager calls;
    # a real desktop can.
    "This plugin does not support propagateSizeHints()",
    "This plugin does not support raise()",
    "This plugin does not support grabbing the keyboard",
    "This plugin does not support setting window opacity",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Make a Qt warning (or worse) fail every GUI test, bar the harmless ones."""
    here = Path(__file__).parent
    ignore = [re.escape(message) for message in HARMLESS_QT_MESSAGES]
    for item in items:
        if here in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(*ignore))


@pytest.fixture
def gui_settings(tmp_path: Path) -> Settings:
    """Settings in a temporary INI file."""
    return Settings(
        QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    )


def open_app(
    qtbot: QtBot,
    url: str,
    clock: ManualClock,
    settings: Settings,
    username: str = "anna",
    password: str | None = None,
) -> MainWindow:
    window = application.build_main_window(
        url, username, password=password, clock=clock, settings=settings
    )
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def app(
    qtbot: QtBot, sqlite_url: str, clock: ManualClock, gui_settings: Settings
) -> Iterator[MainWindow]:
    """Anna, administrator of a new SQLite database, at the main window."""
    window = open_app(qtbot, sqlite_url, clock, gui_settings)
    yield window
    close_app(window)


def close_app(window: MainWindow) -> None:
    """Close everything a test left open, dropping unsaved changes."""
    for child in window.open_windows():
        child.discard_and_close()
    for box in QApplication.topLevelWidgets():
        if isinstance(box, QMessageBox):
            box.close()
    window.close()
    window.session.store.close()


@pytest.fixture
def server_app(
    qtbot: QtBot, database_url: str, clock: ManualClock, gui_settings: Settings
) -> Iterator[MainWindow]:
    """Anna at the main window of a new database on each backend in turn."""
    password = None if database_url.startswith("sqlite") else "secret-pw"
    window = open_app(qtbot, database_url, clock, gui_settings, password=password)
    yield window
    close_app(window)


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A credential store in memory, standing in for the OS one."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}
        self.reads = 0

    def get_password(self, service: str, username: str) -> str | None:
        self.reads += 1
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """No usable credential store, as on this Linux box and many servers."""
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)


def answer_sign_in(
    qtbot: QtBot, password: str, username: str | None = None
) -> list[str]:
    """Type ``password`` (and ``username``, if given) into the sign-in dialog once it
    opens, leaving Remember as it is, and sign in; the list gets the error the
    dialog showed ("" for none)."""
    shown: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SignInDialog):
            QTimer.singleShot(20, answer)
            return
        shown.append(dialog.ui.error_label.text())
        if username is not None:
            dialog.ui.username.clear()
            qtbot.keyClicks(dialog.ui.username, username)
        dialog.ui.password.clear()
        qtbot.keyClicks(dialog.ui.password, password)
        dialog.accept()

    QTimer.singleShot(0, answer)
    return shown


def add_bruno(url: str, clock: Clock) -> None:
    """Add the operator bruno (password "bruno-pw"), signed in as anna ("anna-pw")."""
    store = open_store(DatabaseUrl.parse(url), clock)
    try:
        AdminService(sign_in(store, clock, "anna", "anna-pw")).save_user(
            "bruno", "Bruno", password="bruno-pw"
        )
    finally:
        store.close()


def start_with_a_stale_password(
    qtbot: QtBot,
    url: str,
    settings: Settings,
    clock: Clock,
    password: str,
    username: str | None = None,
) -> tuple[Session, SyncEngine | None, list[str]]:
    """Start on ``url`` as anna with last year's password saved for her, and answer
    the sign-in dialog with ``password`` (and ``username``); the store is closed
    again. Also returns the errors the dialog showed."""
    display = DatabaseUrl.parse(url).display
    credentials.save_password(settings, display, "anna", "last-years-pw")
    shown = answer_sign_in(qtbot, password, username)
    session, engine = application.open_and_sign_in(url, "anna", settings, clock)
    session.store.close()
    return session, engine, shown

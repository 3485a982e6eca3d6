"""Starting Contatti: --check, the in-process builder, settings and logging."""

from __future__ import annotations

import linecache
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QSettings, qWarning
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.cli import build_parser
from desktop.core.clock import ManualClock
from desktop.core.db import DatabaseUrl
from desktop.core.models import Role, User
from desktop.gui import application, credentials, logging_setup
from desktop.gui.application import (
    AfterFirstPaint,
    build_main_window,
    run,
    show_main_window,
)
from desktop.gui.settings import Settings
from tests import servers
from tests.gui.conftest import close_app, open_app


def test_check_builds_the_window_and_reports(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    args = build_parser().parse_args(["--check", "--database", sqlite_url])
    assert run(args) == 0
    out = capsys.readouterr().out
    assert "main window built" in out
    assert sqlite_url.removeprefix("sqlite:///") in out


def test_check_reports_a_bad_database_on_stderr(
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = build_parser().parse_args(["--check", "--database", "oracle://host/db"])
    assert run(args) == 1
    assert "not understood" in capsys.readouterr().err


def test_check_from_the_command_line(tmp_path: Path) -> None:
    url = f"sqlite:///{(tmp_path / 'installed.db').as_posix()}"
    env = {**os.environ, "QT_QPA_PLATFORM": ""}
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--check", "--database", url],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "main window built" in result.stdout
    assert (tmp_path / "installed.db").exists()


def test_an_operator_has_no_administration(
    qtbot: QtBot, sqlite_url: str, clock: ManualClock, gui_settings: Settings
) -> None:
    first = open_app(qtbot, sqlite_url, clock, gui_settings)
    assert first.ui.action_administration.isVisible()
    close_app(first)
    operator = open_app(qtbot, sqlite_url, clock, gui_settings, username="carla")
    assert User.get(User.username == "carla").role == Role.OPERATOR.value
    assert not operator.ui.action_administration.isVisible()
    operator.ui.action_reminders.trigger()
    reminders = operator.reminders.window
    assert reminders.objectName() == "reminder_window"
    assert reminders.isVisible()
    assert "carla" in operator.statusBar().findChild(object, "status_user").text()
    close_app(operator)


def test_window_sizes_and_columns_are_remembered(
    qtbot: QtBot, sqlite_url: str, clock: ManualClock, tmp_path: Path
) -> None:
    ini = str(tmp_path / "layout.ini")
    first = open_app(
        qtbot, sqlite_url, clock, Settings(QSettings(ini, QSettings.Format.IniFormat))
    )
    first.resize(700, 500)
    size = first.size()
    first.ui.contact_list.setColumnWidth(2, 333)
    close_app(first)

    again = open_app(
        qtbot, sqlite_url, clock, Settings(QSettings(ini, QSettings.Format.IniFormat))
    )
    assert again.size() == size
    assert again.ui.contact_list.columnWidth(2) == 333
    close_app(again)


def test_settings_have_typed_defaults(gui_settings: Settings) -> None:
    assert gui_settings.reminder_interval_seconds == 30
    assert gui_settings.language == ""
    gui_settings.reminder_interval_seconds = 120
    gui_settings.language = "it"
    gui_settings.sync()
    again = Settings(
        QSettings(gui_settings.qsettings.fileName(), QSettings.Format.IniFormat)
    )
    assert again.reminder_interval_seconds == 120
    assert again.language == "it"


def test_server_sign_in_in_process(
    qtbot: QtBot, database_url: str, clock: ManualClock, gui_settings: Settings
) -> None:
    password = None if database_url.startswith("sqlite") else "secret-pw"
    window = build_main_window(
        database_url, "anna", password=password, clock=clock, settings=gui_settings
    )
    qtbot.addWidget(window)
    assert window.session.username == "anna"
    assert "secret" not in window.findChild(object, "status_database").text()
    close_app(window)


def test_qt_messages_and_errors_go_to_the_log_file(tmp_path: Path) -> None:
    root = logging.getLogger()
    before = list(root.handlers)
    level = root.level
    try:
        path = logging_setup.setup_logging(tmp_path)
        qWarning("a message from Qt")
        logging.getLogger("peewee").debug("SELECT secret")
    finally:
        for handler in root.handlers[len(before) :]:
            handler.close()
            root.removeHandler(handler)
        root.setLevel(level)
    text = path.read_text(encoding="utf-8")
    assert "qt: a message from Qt" in text
    assert "SELECT secret" not in text


def _log_eight_records(folder: Path) -> None:
    """Records 1 to 8 through a ``RotatingLog`` whose file holds two of them."""
    log = logging.getLogger(f"test.rotating_log.{folder.name}")
    log.propagate = False
    handler = logging_setup.RotatingLog(folder / "contatti.log", 100, backups=2)
    log.addHandler(handler)
    try:
        for number in range(1, 9):
            log.warning("%d: %s", number, "x" * 60)
    finally:
        log.removeHandler(handler)
        handler.close()


def _record_numbers(path: Path) -> list[str]:
    return [line.split(":")[0] for line in path.read_text("utf-8").splitlines()]


def test_the_log_moves_aside_when_full_keeping_the_newest_files(tmp_path: Path) -> None:
    _log_eight_records(tmp_path)

    def lines(name: str) -> list[str]:
        return _record_numbers(tmp_path / name)

    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "contatti.log",
        "contatti.log.1",
        "contatti.log.2",
    ]
    assert lines("contatti.log") == ["7", "8"]
    assert lines("contatti.log.1") == ["5", "6"]
    assert lines("contatti.log.2") == ["3", "4"]


class _PaintWatch(QObject):
    painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def test_reminders_start_once_the_window_has_been_painted(
    qtbot: QtBot,
    sqlite_url: str,
    clock: ManualClock,
    gui_settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = build_main_window(
        sqlite_url, "anna", clock=clock, settings=gui_settings, reminders=False
    )
    qtbot.addWidget(window)
    watch = _PaintWatch()
    window.installEventFilter(watch)
    painted_at_start: list[bool] = []
    start = application.start_reminders

    def start_reminders(window: application.MainWindow) -> None:
        painted_at_start.append(watch.painted)
        start(window)

    monkeypatch.setattr(application, "start_reminders", start_reminders)

    show_main_window(window)
    qtbot.waitUntil(lambda: window.reminders is not None)

    assert painted_at_start == [True]
    close_app(window)


def test_work_after_the_first_paint_runs_once_even_if_no_paint_comes(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(application, "FIRST_PAINT_WAIT_MS", 20)
    widget = QWidget()
    qtbot.addWidget(widget)
    runs: list[str] = []

    AfterFirstPaint(widget, lambda: runs.append("ran"))  # never shown: no paint
    qtbot.waitUntil(lambda: runs == ["ran"])
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.wait(50)

    assert runs == ["ran"]


def test_the_main_window_is_built_without_the_source_lines_read_at_import(
    qtbot: QtBot, sqlite_url: str, clock: ManualClock, gui_settings: Settings
) -> None:
    linecache.getlines(application.__file__)

    window = build_main_window(sqlite_url, "anna", clock=clock, settings=gui_settings)
    qtbot.addWidget(window)

    assert application.__file__ not in linecache.cache
    close_app(window)


def test_the_log_keeps_every_record_when_its_files_cannot_be_moved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def held_by_another_program(source: object, target: object) -> None:
        raise PermissionError("the file is open in another program")

    monkeypatch.setattr(logging_setup.os, "replace", held_by_another_program)

    _log_eight_records(tmp_path)

    assert _record_numbers(tmp_path / "contatti.log") == [
        str(number) for number in range(1, 9)
    ]


def _printed_by_started_app(script: str) -> list[str]:
    """What ``script`` prints in a new interpreter, offscreen, word by word."""
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql", "mysql"])
def test_a_start_with_no_saved_password_leaves_the_credential_store_unloaded(
    tmp_path: Path, backend: str
) -> None:
    """Loading the store takes about 100 ms: a local file never needs it, nor does a
    server whose connection was chosen without remembering its password."""
    for url in servers.fresh_database(backend, tmp_path):
        ini_path = tmp_path / "settings.ini"
        settings = Settings(QSettings(str(ini_path), QSettings.Format.IniFormat))
        parsed = DatabaseUrl.parse(url)
        if parsed.is_server:
            # As the connection dialog leaves it when "Remember" is not ticked.
            key = credentials.password_key(parsed.display, parsed.user)
            settings.record_saved_password(key, saved=False)
            settings.sync()
        script = (
            "import sys\n"
            "from PySide6.QtCore import QSettings\n"
            "from desktop.core.clock import SystemClock\n"
            "from desktop.gui.application import open_and_sign_in\n"
            "from desktop.gui.settings import Settings\n"
            "ini_format = QSettings.Format.IniFormat\n"
            f"settings = Settings(QSettings({str(ini_path)!r}, ini_format))\n"
            f"session, _ = open_and_sign_in({url!r}, 'anna', settings, SystemClock(),"
            " password='anna-pw')\n"
            "print(session.username, 'keyring' in sys.modules)\n"
        )
        assert _printed_by_started_app(script) == ["anna", "False"]


def test_the_contact_list_is_shown_without_building_the_classes_it_does_not_use(
    tmp_path: Path, sqlite_url: str
) -> None:
    """PySide6 builds a class, and its enums, when it is first imported: a message
    box or a date field costs about a millisecond that the first paint need not wait
    for."""
    script = (
        "import sys\n"
        "from PySide6 import QtWidgets\n"
        "from PySide6.QtCore import QSettings\n"
        "from desktop.core.clock import SystemClock\n"
        "from desktop.gui.application import main_window_for, open_and_sign_in\n"
        "from desktop.gui.settings import Settings\n"
        "app = QtWidgets.QApplication([])\n"
        f"qsettings = QSettings({str(tmp_path / 'settings.ini')!r},"
        " QSettings.Format.IniFormat)\n"
        "settings = Settings(qsettings)\n"
        f"session, _ = open_and_sign_in({sqlite_url!r}, 'anna', settings,"
        " SystemClock())\n"
        "window = main_window_for(session, settings)\n"
        "window.show()\n"
        "app.processEvents()\n"
        "built = vars(QtWidgets)\n"
        "print('QMessageBox' in built, 'QDateTimeEdit' in built)\n"
    )
    assert _printed_by_started_app(script) == ["False", "False"]

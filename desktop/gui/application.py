"""Starting the GUI: settings, logging, translations, database, sign-in, main window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from desktop import __version__
from desktop.core.bootstrap import open_store, sign_in
from desktop.core.clock import Clock, SystemClock
from desktop.core.db import DatabaseUrl, Store, resolve_url
from desktop.core.errors import (
    AuthenticationError,
    DatabaseUnavailableError,
    SchemaTooNewError,
)
from desktop.core.models import Contact
from desktop.core.session import Session
from desktop.gui.main_window import MainWindow
from desktop.gui.operations import Operations
from desktop.gui.resources import app_icon
from desktop.gui.settings import Settings
from desktop.startup import forget_source_lines, resume_collection

if TYPE_CHECKING:
    from desktop.core.sync.engine import SyncEngine
    from desktop.gui.reminder_window import Reminders
    from desktop.gui.sign_in_dialog import SignInDialog
    from desktop.gui.sync_status import SyncController

log = logging.getLogger(__name__)

STARTUP_ERRORS = (
    DatabaseUnavailableError,
    SchemaTooNewError,
    AuthenticationError,
    ValueError,
)
"""Failures at start-up that the user can fix by choosing another database or user."""

APP_USER_MODEL_ID = "Contatti.Desktop"
"""Windows application id; the installer gives the Start-menu shortcut the same one."""

FIRST_PAINT_WAIT_MS = 3000
"""How long :func:`show_main_window` waits for a first paint that may never come."""

PASSWORD_ENV = "CONTATTI_PASSWORD"
"""Password used by ``--check`` to sign in to a server database."""


def _application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    if sys.platform == "win32":
        # The same id as the Start-menu shortcut, so that Windows shows the reminder
        # notifications under Contatti's name and icon.
        import ctypes

        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(APP_USER_MODEL_ID)
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Contatti")
    app.setOrganizationName("Contatti")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    return app


def build_main_window(
    database_url: str,
    username: str,
    *,
    password: str | None = None,
    clock: Clock | None = None,
    settings: Settings | None = None,
    reminders: bool = True,
) -> MainWindow:
    """Build the signed-in main window in-process, without any dialog.

    This is the one way tests, benchmarks and tools start Contatti:

    - ``database_url``: ``sqlite:///path/file.db``, ``postgresql://user@host/db`` or
      ``mysql://user@host/db``; the database is created, migrated and seeded as needed.
    - ``username``: on SQLite the user signed in without a password (the first one of
      a new file becomes its administrator); on a server, checked with ``password``
      (on a server database with no users yet, it becomes the administrator with that
      password).
    - ``clock``: the clock every window and service uses (a ``ManualClock`` in tests);
      the computer's clock by default.
    - ``settings``: where window layouts are remembered; by default a throw-away INI
      file, so a test never touches the user's real settings.
    - ``reminders``: attach the reminders (not started) now; with ``False`` the
      caller attaches them later with :func:`attach_reminders`, as :func:`run` does
      once the window is on screen.

    A QApplication is created if none exists. The window is returned not shown; its
    ``session`` holds the open store, which the caller closes with
    ``window.session.store.close()`` when done.
    """
    _application()
    clock = clock or SystemClock()
    if settings is None:
        folder = Path(tempfile.mkdtemp(prefix="contatti-settings-"))
        settings = Settings(
            QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        )
    store = open_store(database_url, clock)
    try:
        session = sign_in(store, clock, username, password)
    except Exception:
        store.close()
        raise
    window = main_window_for(session, settings)
    if reminders:
        attach_reminders(window)
    return window


def main_window_for(
    session: Session, settings: Settings, engine: SyncEngine | None = None
) -> MainWindow:
    """The main window, and for an offline copy its sync wired in (not started)."""
    forget_source_lines()
    operations = Operations(session)
    window = MainWindow(session, operations, settings)
    operations.setParent(window)
    if engine is not None:
        window.sync = _wire_sync(window, session, operations, engine)
    return window


def attach_reminders(window: MainWindow) -> Reminders:
    """Build the reminder service, notifier and window for ``window``; not started.

    :func:`run` calls this once the main window has been painted, so that the
    window comes up without waiting for the reminders' window and tray icon.
    """
    from desktop.gui.reminder_window import Reminders

    reminders = Reminders(
        window.session,
        window.operations,
        interval_seconds=window.settings.reminder_interval_seconds,
        icon=app_icon(),
        window_parent=window,
        settings=window.settings,
        parent=window,
    )
    reminders.open_contact_requested.connect(window.open_contact)
    window.reminder_interval_changed.connect(reminders.service.set_interval)
    window.set_reminder_window(reminders.window)
    window.reminders = reminders
    return reminders


def _wire_sync(
    window: MainWindow, session: Session, operations: Operations, engine: SyncEngine
) -> SyncController:
    """Status-bar sync state and the Conflicts window of an offline copy."""
    from desktop.core.sync.conflicts import ConflictService
    from desktop.gui.conflicts_window import ConflictsWindow
    from desktop.gui.sync_status import SyncController, SyncStatusWidget

    controller = SyncController(engine, operations, parent=window)
    database = window.statusBar().findChild(QLabel, "status_database")
    if database is not None:
        database.setText(
            QApplication.translate("application", "{server} (offline copy)").format(
                server=engine.server_url.display
            )
        )
        database.setToolTip(session.store.url.display)
    status = SyncStatusWidget(controller, ConflictService(session).count_open)
    window.statusBar().addPermanentWidget(status)
    conflicts = ConflictsWindow(session, operations, window)
    conflicts.setWindowFlag(Qt.WindowType.Window)

    def show_conflicts() -> None:
        conflicts.refresh()
        conflicts.show()
        conflicts.raise_()

    status.conflicts_requested.connect(show_conflicts)
    return controller


# -- --check ---------------------------------------------------------------------------


def check(args: argparse.Namespace) -> int:
    """Open (or create) the database, build the main window offscreen, print a summary.

    Returns 0 on success; on any failure prints the reason to stderr and returns 1.
    No dialog is ever shown. On a server, the user signs in with ``--user`` and the
    password in the ``CONTATTI_PASSWORD`` environment variable.
    """
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        url = resolve_url(args.database, None)
        username = args.user or None
        if DatabaseUrl.parse(url).is_server and not username:
            username = os.environ.get("USER") or os.environ.get("USERNAME")
        window = (
            build_main_window(
                url,
                username or "",
                password=os.environ.get(PASSWORD_ENV),
            )
            if username
            else _check_local(url)
        )
        session = window.session
        from desktop.core.migrations import current_version

        contacts = Contact.select().where(Contact.deleted_at.is_null()).count()
        print(
            f"Contatti {__version__}: {session.store.url.display} schema "
            f"{current_version(session.store)}, {contacts} contacts, signed in as "
            f"{session.username}, main window built"
        )
        window.close()
        session.store.close()
        return 0
    except Exception as exc:
        print(f"contatti --check failed: {exc}", file=sys.stderr)
        return 1


def _check_local(url: str) -> MainWindow:
    from desktop.core.users import os_username

    return build_main_window(url, os_username())


# -- run -------------------------------------------------------------------------------


def prepare_application() -> tuple[QApplication, Settings]:
    """What every start does before it opens a database: the application, the log
    file, the user's settings and the translations for the chosen language."""
    from desktop.gui.i18n import install_translators
    from desktop.gui.logging_setup import setup_logging

    app = _application()
    log_path = setup_logging()
    settings = Settings.for_user()
    language = install_translators(app, settings.language)
    log.info(
        "Contatti %s starting, language %s, log %s", __version__, language, log_path
    )
    return app, settings


def run(args: argparse.Namespace) -> int:
    """Start the GUI as ``desktop.cli`` asks; return the exit code."""
    if args.check:
        return check(args)
    app, settings = prepare_application()
    clock = SystemClock()
    override = args.database
    while True:
        url = resolve_url(override, settings.database_url or None)
        try:
            session, engine = open_and_sign_in(url, args.user, settings, clock)
        except _Cancelled:
            return 0
        except STARTUP_ERRORS as exc:
            log.warning("cannot start with %s: %s", _display(url), exc)
            chosen = _offer_connection(settings, url, exc)
            if chosen is None:
                return 1
            override = chosen
            continue
        break
    window = main_window_for(session, settings, engine)
    show_main_window(window)
    code = app.exec()
    session.store.close()
    log.info("Contatti closed")
    return int(code)


def show_main_window(window: MainWindow) -> None:
    """Show ``window``; once it has been painted, start what can wait until then.

    That is the offline copy's sync, the reminders (their first check, window and
    tray icon) and the garbage collector paused for start-up (:mod:`desktop.startup`).
    A timer started at ``show()`` would run them before the first paint, since the
    window system delivers the paint later; a window that is never painted (started
    minimised) gets them after :data:`FIRST_PAINT_WAIT_MS`.
    """
    AfterFirstPaint(window, partial(_start_background_work, window))
    window.show()


def _start_background_work(window: MainWindow) -> None:
    try:
        if window.sync is not None:
            window.sync.start()
            app = QApplication.instance()
            if app is not None:
                app.aboutToQuit.connect(window.sync.stop)
        start_reminders(window)
    finally:
        forget_source_lines()
        resume_collection()


class AfterFirstPaint(QObject):
    """Runs ``work`` once, from the event loop, after ``widget`` is first painted."""

    def __init__(self, widget: QWidget, work: Callable[[], object]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._work: Callable[[], object] | None = work
        self._scheduled = False
        widget.installEventFilter(self)
        QTimer.singleShot(FIRST_PAINT_WAIT_MS, self, self._schedule)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._schedule()
        return False

    def _schedule(self) -> None:
        if not self._scheduled:
            self._scheduled = True
            QTimer.singleShot(0, self, self._run)

    def _run(self) -> None:
        self._widget.removeEventFilter(self)
        work, self._work = self._work, None
        if work is not None:
            work()


def start_reminders(window: MainWindow) -> None:
    """Attach the reminders to ``window`` if needed, and start them until quit."""
    reminders = window.reminders or attach_reminders(window)
    reminders.start()
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(reminders.stop)


class _Cancelled(Exception):
    """The user closed the sign-in dialog."""


def _display(url: str) -> str:
    try:
        return DatabaseUrl.parse(url).display
    except ValueError:
        return url.split("://")[0] + "://…"


def open_and_sign_in(
    url: str,
    user: str | None,
    settings: Settings,
    clock: Clock,
    *,
    password: str | None = None,
) -> tuple[Session, SyncEngine | None]:
    """Open the chosen database and sign in; with an offline copy, also its engine.

    On a server, the database's password and the user's come from the operating
    system's credential store when they were saved there, and the user's is asked
    for otherwise; ``password`` gives the user's instead (the benchmarks do). A local
    file never loads the credential store, nor does a server none of whose passwords
    were saved: importing it and choosing its backend take about 100 ms.
    """
    parsed = DatabaseUrl.parse(url)
    if parsed.is_server and not parsed.password and parsed.user:
        from desktop.gui import credentials

        saved = credentials.load_password(settings, parsed.display, parsed.user)
        if saved:
            parsed = parsed.with_password(saved)
    if parsed.is_server and settings.offline_copy:
        return _open_offline_copy(parsed, user, settings, clock)
    store = open_store(parsed, clock)
    try:
        if not parsed.is_server:
            return sign_in(store, clock, user), None
        username = user or settings.server_username
        if password is not None:
            return sign_in(store, clock, username, password), None
        return _sign_in_server(store, clock, username, settings), None
    except BaseException:
        store.close()
        raise


def _open_offline_copy(
    server: DatabaseUrl, user: str | None, settings: Settings, clock: Clock
) -> tuple[Session, SyncEngine]:
    """Open the laptop's copy of ``server``, downloading it the first time.

    Signing in checks the server's user and password against the copy, so it works
    without a network; only the very first start needs the server.
    """
    from desktop.core.sync.copy import (
        offline_copy_url,
        open_local_copy,
        sign_in_offline,
    )
    from desktop.core.sync.engine import SyncEngine
    from desktop.gui import credentials
    from desktop.gui.sign_in_dialog import SignInDialog
    from desktop.gui.sync_status import run_first_download

    store = open_local_copy(offline_copy_url(server), clock)
    try:
        username = user or settings.server_username
        password = credentials.load_password(settings, server.display, username) or ""
        dialog: SignInDialog | None = None
        while True:
            if not (username and password):
                dialog = dialog or SignInDialog(server.display, username)
                if not dialog.exec():
                    raise _Cancelled
                username, password = dialog.credentials()
            engine = SyncEngine(store.db, server, clock, username)
            if not engine.state().downloaded:
                message = run_first_download(engine)
                if message:
                    raise DatabaseUnavailableError(message)
            try:
                session = sign_in_offline(store, clock, username, password)
            except AuthenticationError as exc:
                if dialog is None:  # the saved password: not kept once refused
                    credentials.forget_password(settings, server.display, username)
                dialog = dialog or SignInDialog(server.display, username)
                dialog.show_error(str(exc))
                password = ""
                continue
            settings.server_username = username
            if dialog is not None:
                _keep_or_forget(settings, server.display, username, password, dialog)
            return session, engine
    except BaseException:
        store.close()
        raise


def _sign_in_server(
    store: Store, clock: Clock, username: str, settings: Settings
) -> Session:
    from desktop.gui import credentials
    from desktop.gui.sign_in_dialog import SignInDialog

    display = store.url.display
    password = credentials.load_password(settings, display, username)
    refused = ""
    if password:
        try:
            return sign_in(store, clock, username, password)
        except AuthenticationError as exc:
            log.info("saved password refused: %s", exc)
            refused = str(exc)
            # Known to be refused: not kept, whichever name the user signs in with.
            credentials.forget_password(settings, display, username)
    dialog = SignInDialog(display, username)
    if refused:
        dialog.show_error(refused)  # why it asks; focus goes to the password
    while True:
        if not dialog.exec():
            raise _Cancelled
        username, password = dialog.credentials()
        try:
            session = sign_in(store, clock, username, password)
        except AuthenticationError as exc:
            dialog.show_error(str(exc))
            continue
        settings.server_username = username
        _keep_or_forget(settings, display, username, password, dialog)
        return session


def _keep_or_forget(
    settings: Settings,
    display: str,
    username: str,
    password: str,
    dialog: SignInDialog,
) -> None:
    """Save the password typed into ``dialog`` if Remember was ticked; otherwise
    forget any saved before under the name signed in with."""
    from desktop.gui import credentials

    if dialog.remember():
        credentials.save_password(settings, display, username, password)
    else:
        credentials.forget_password(settings, display, username)


def _offer_connection(settings: Settings, url: str, exc: Exception) -> str | None:
    """Explain a start-up failure; return another URL to try, or None to quit."""
    from PySide6.QtWidgets import QMessageBox  # not built on a start that works

    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QApplication.translate("application", "Contatti cannot start"),
        QApplication.translate(
            "application",
            "Contatti could not open the database {url}:\n\n{error}\n\n"
            "Choose another database, or quit and try again later.",
        ).format(url=_display(url), error=exc),
    )
    choose = box.addButton(
        QApplication.translate("application", "Choose database…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.setObjectName("startup_error")
    box.exec()
    if box.clickedButton() is not choose:
        return None
    from desktop.gui.connection_dialog import ConnectionDialog

    dialog = ConnectionDialog(settings, _display(url))
    if not dialog.exec():
        return None
    return dialog.chosen_url()

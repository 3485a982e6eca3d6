"""Choosing the database: a local SQLite file or a PostgreSQL / MariaDB server."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from PySide6.QtCore import QThread, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLineEdit,
    QWidget,
)

from desktop.core.db import Backend, DatabaseUrl, make_database
from desktop.core.paths import default_database_url
from desktop.gui import credentials
from desktop.gui.forms.ui_connection_dialog import Ui_ConnectionDialog
from desktop.gui.settings import Settings

log = logging.getLogger(__name__)

SERVER_TYPES: list[tuple[str, Backend, int]] = [
    ("PostgreSQL", Backend.POSTGRESQL, 5432),
    ("MariaDB / MySQL", Backend.MYSQL, 3306),
]

_INVALID_STYLE = "border: 1px solid #b00020;"


@dataclass(frozen=True)
class ProbeResult:
    """What a test connection found: reachable, and whether Contatti's tables exist."""

    ok: bool
    has_schema: bool = False
    server_version: str = ""
    error: str = ""


def probe(url: DatabaseUrl) -> ProbeResult:
    """Connect to ``url`` once and close again.

    Only a private peewee database is used: ``desktop.core.db.connect`` would bind
    the models to it, away from the database the running app is working on.
    """
    database = make_database(url)
    try:
        database.connect()
    except Exception as exc:
        log.info("test connection to %s failed: %s", url.display, exc)
        return ProbeResult(False, error=str(exc).strip() or type(exc).__name__)
    try:
        has_schema = database.table_exists("contatti_schema")
        version = database.server_version if url.is_server else None
        text = ".".join(str(n) for n in version) if isinstance(version, tuple) else ""
        return ProbeResult(True, has_schema, text or str(version or ""))
    except Exception as exc:
        return ProbeResult(False, error=str(exc).strip() or type(exc).__name__)
    finally:
        database.close()


class _ProbeThread(QThread):
    """Runs :func:`probe` away from the GUI thread (a server may take 10 s to fail).

    Signals:
        probed(object): the :class:`ProbeResult`.
    """

    probed = Signal(object)

    def __init__(self, url: DatabaseUrl, parent: QWidget) -> None:
        super().__init__(parent)
        self.url = url

    def run(self) -> None:
        self.probed.emit(probe(self.url))


class ConnectionDialog(QDialog):
    """Edits where Contatti keeps its data; the choice applies at the next start.

    The URL saved in the settings never holds the password; with "Remember
    password" ticked the password goes to the OS credential store.

    Signals:
        connection_tested(bool, str): a test connection finished; whether it
            succeeded and the message shown.
    """

    connection_tested = Signal(bool, str)

    def __init__(
        self, settings: Settings, current_url: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self._probe: _ProbeThread | None = None
        self._chosen = ""
        self.ui = Ui_ConnectionDialog()
        self.ui.setupUi(self)
        for label, backend, port in SERVER_TYPES:
            self.ui.server_type.addItem(label, (backend.value, port))
        if not credentials.store_available():
            self.ui.remember_password.setEnabled(False)
            self.ui.remember_password.setToolTip(
                self.tr(
                    "This computer has no credential store, so the password cannot "
                    "be remembered: Contatti asks for it when it starts."
                )
            )
        self._show_current(current_url)
        self.ui.local_radio.toggled.connect(self._update_enabled)
        self.ui.browse_button.clicked.connect(self._browse)
        self.ui.server_type.currentIndexChanged.connect(self._server_type_changed)
        self.ui.test_button.clicked.connect(self.test_connection)
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        for edit in self.findChildren(QLineEdit):
            edit.textEdited.connect(self._clear_problems)
        self._update_enabled()

    # -- filling in ------------------------------------------------------------

    def _show_current(self, current_url: str) -> None:
        try:
            url = DatabaseUrl.parse(current_url) if current_url else None
        except ValueError:
            url = None
        self.ui.current_label.setText(
            self.tr("In use now: {url}").format(
                url=url.display if url else self.tr("the default local file")
            )
        )
        if url is None or not url.is_server:
            self.ui.local_radio.setChecked(True)
            if url is not None:
                self.ui.file_path.setText(str(Path(url.database)))
            self.ui.server_user.setText(self.settings.server_username)
            return
        if self.settings.offline_copy:
            self.ui.offline_radio.setChecked(True)
        else:
            self.ui.server_radio.setChecked(True)
        index = next(i for i, (_, b, _p) in enumerate(SERVER_TYPES) if b is url.backend)
        self.ui.server_type.setCurrentIndex(index)
        self.ui.host.setText(url.host)
        self.ui.port.setValue(url.port or SERVER_TYPES[index][2])
        self.ui.database_name.setText(url.database)
        self.ui.server_user.setText(url.user or self.settings.server_username)
        saved = credentials.load_password(
            self.settings, url.display, self.ui.server_user.text()
        )
        if saved is not None:
            self.ui.server_password.setText(saved)
            self.ui.remember_password.setChecked(True)

    def _update_enabled(self) -> None:
        local = self.ui.local_radio.isChecked()
        self.ui.local_box.setEnabled(local)
        self.ui.server_box.setEnabled(not local)
        self._clear_problems()

    def _server_type_changed(self, index: int) -> None:
        defaults = {port for _, _, port in SERVER_TYPES}
        if self.ui.port.value() in defaults:
            self.ui.port.setValue(SERVER_TYPES[index][2])

    def _browse(self) -> None:
        start = self.ui.file_path.text() or str(Path.home() / "contatti.db")
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Contatti database file"),
            start,
            self.tr("Contatti database (*.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.ui.file_path.setText(path)

    # -- reading the choice -----------------------------------------------------

    def _server_url(self) -> DatabaseUrl:
        backend = Backend(self.ui.server_type.currentData()[0])
        return DatabaseUrl(
            backend,
            self.ui.database_name.text().strip(),
            host=self.ui.host.text().strip(),
            port=self.ui.port.value(),
            user=self.ui.server_user.text().strip(),
            password=self.ui.server_password.text(),
        )

    def _build_url(self) -> str:
        """The URL of the fields as they stand, without the password."""
        if self.ui.local_radio.isChecked():
            text = self.ui.file_path.text().strip()
            if not text:
                return ""
            return f"sqlite:///{Path(text).expanduser().as_posix()}"
        url = self._server_url()
        user = f"{quote(url.user, safe='')}@" if url.user else ""
        return (
            f"{url.backend.value}://{user}{url.host}:{url.port}/"
            f"{quote(url.database, safe='')}"
        )

    def chosen_url(self) -> str:
        """The URL chosen by the last accept, never with a password.

        An empty file name stands for the default local file: its URL is returned,
        while the settings keep "" so that the default follows the user's data
        folder.
        """
        return self._chosen or default_database_url()

    def _problems(self) -> list[tuple[QWidget, str]]:
        ui = self.ui
        if ui.local_radio.isChecked():
            text = ui.file_path.text().strip()
            if text and Path(text).expanduser().is_dir():
                return [(ui.file_path, self.tr("File is a folder: add a file name."))]
            return []
        problems: list[tuple[QWidget, str]] = []
        if not ui.host.text().strip():
            problems.append(
                (ui.host, self.tr("Host is empty: type the server's name or address."))
            )
        if not ui.database_name.text().strip():
            problems.append(
                (ui.database_name, self.tr("Database is empty: type its name."))
            )
        if not ui.server_user.text().strip():
            problems.append(
                (ui.server_user, self.tr("User name is empty: type your server user."))
            )
        return problems

    def _show_problems(self, problems: list[tuple[QWidget, str]]) -> None:
        self._clear_problems()
        for widget, _message in problems:
            widget.setStyleSheet(_INVALID_STYLE)
            widget.setProperty("invalid", True)
        self._set_status("\n".join(message for _, message in problems), error=True)
        problems[0][0].setFocus()

    def _clear_problems(self) -> None:
        for edit in self.findChildren(QLineEdit):
            if edit.property("invalid"):
                edit.setStyleSheet("")
                edit.setProperty("invalid", False)

    def _set_status(self, text: str, error: bool = False) -> None:
        self.ui.status_label.setStyleSheet("color: #b00020;" if error else "")
        self.ui.status_label.setText(text)

    # -- actions ------------------------------------------------------------------

    def test_connection(self) -> None:
        """Connect to the server in the fields, in the background; report the result."""
        problems = self._problems()
        if problems:
            self._show_problems(problems)
            return
        if self._probe is not None and self._probe.isRunning():
            return
        url = self._server_url()
        self._set_status(self.tr("Connecting to {url}…").format(url=url.display))
        self.ui.test_button.setEnabled(False)
        self._probe = _ProbeThread(url, self)
        self._probe.probed.connect(self._probed)
        self._probe.start()

    def _probed(self, result: ProbeResult) -> None:
        if self._probe is not None:
            # The thread has emitted its last signal; let it finish before the
            # dialog can go, or Qt would destroy a thread that is still running.
            self._probe.wait()
        self.ui.test_button.setEnabled(True)
        display = self._server_url().display
        if not result.ok:
            message = self.tr(
                "Cannot connect to {url}: {error}\nCheck the host, port, database "
                "name, user name and password, and that the server is running."
            ).format(url=display, error=result.error)
        elif result.has_schema:
            message = self.tr(
                "Connected to {url} (server {version}). It holds Contatti data."
            ).format(url=display, version=result.server_version)
        else:
            message = self.tr(
                "Connected to {url} (server {version}). The database is empty: "
                "Contatti sets it up the next time it starts."
            ).format(url=display, version=result.server_version)
        self._set_status(message, error=not result.ok)
        self.connection_tested.emit(result.ok, message)

    def accept(self) -> None:
        """Save the choice (URL and user in the settings, password in the keyring)."""
        problems = self._problems()
        if problems:
            self._show_problems(problems)
            return
        url = self._build_url()
        self.settings.database_url = url
        self.settings.offline_copy = self.ui.offline_radio.isChecked()
        if not self.ui.local_radio.isChecked():
            user = self.ui.server_user.text().strip()
            self.settings.server_username = user
            remember = self.ui.remember_password.isChecked()
            password = self.ui.server_password.text() if remember else ""
            credentials.save_password(
                self.settings, DatabaseUrl.parse(url).display, user, password
            )
        self.settings.sync()
        self._chosen = url
        log.info("database for the next start: %s", url or "the default file")
        self._wait_for_probe()
        super().accept()

    def reject(self) -> None:
        self._wait_for_probe()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._wait_for_probe()
        super().closeEvent(event)

    def _wait_for_probe(self) -> None:
        # A connection attempt cannot be interrupted; it gives up after the driver's
        # 10-second timeout at most, and the thread must end before the dialog goes.
        if self._probe is not None and self._probe.isRunning():
            self._probe.probed.disconnect(self._probed)
            self._probe.wait()

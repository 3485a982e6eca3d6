"""Logging to a rotating file in the user's log folder, with Qt's messages included."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

from desktop.core.paths import log_dir

LOG_FILE_NAME = "contatti.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"

qt_log = logging.getLogger("qt")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


class RotatingLog(logging.FileHandler):
    """A log file moved aside as ``<name>.1`` once it reaches ``max_bytes``, with the
    ``backups`` newest earlier files kept (``.1`` the newest).

    What the standard library's ``RotatingFileHandler`` does; importing that one
    brings the ``socket``, ``pickle`` and ``queue`` modules for its other handlers,
    about 5 ms of every start.
    """

    def __init__(self, path: Path, max_bytes: int, backups: int) -> None:
        super().__init__(path, mode="a", encoding="utf-8")
        self.max_bytes = max_bytes
        self.backups = backups
        self.rotating = True
        """False once moving the files failed: the rest of the session's records
        then go on at the end of the current file, rather than being lost."""

    def emit(self, record: logging.LogRecord) -> None:
        if self.rotating and self.stream is not None:
            try:
                if self.stream.tell() >= self.max_bytes:
                    self.rotate()
            except OSError:
                # Another program holds one of the files (Windows does not let an
                # open file be renamed): keep writing where we are.
                self.rotating = False
        super().emit(record)  # reopens the file if ``rotate`` closed it

    def rotate(self) -> None:
        """Move the current file aside now; the next record starts a new one."""
        self.close()
        path = Path(self.baseFilename)

        def kept(number: int) -> Path:
            return path.with_name(f"{path.name}.{number}")

        kept(self.backups).unlink(missing_ok=True)
        for number in range(self.backups - 1, 0, -1):
            if kept(number).exists():
                os.replace(kept(number), kept(number + 1))
        if path.exists():
            os.replace(path, kept(1))


def qt_message_handler(
    kind: QtMsgType, context: QMessageLogContext, message: str
) -> None:
    """Pass one of Qt's own messages on to the ``qt`` logger."""
    where = (
        f" ({context.category})" if context.category not in (None, "default") else ""
    )
    qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s%s", message, where)


def setup_logging(
    folder: Path | None = None, *, debug: bool = False, console: bool = False
) -> Path:
    """Log to ``contatti.log`` in ``folder`` (the per-user log folder by default).

    Returns the path of the log file. peewee logs every SQL statement with its
    parameters at DEBUG, which would put contact data in the file, so its logger is
    held at INFO even when ``debug`` is set.
    """
    path = (folder or log_dir()) / LOG_FILE_NAME
    handler = RotatingLog(path, MAX_BYTES, BACKUPS)
    handler.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    root.addHandler(handler)
    if console:
        stream = logging.StreamHandler()
        stream.setFormatter(logging.Formatter(FORMAT))
        root.addHandler(stream)
    logging.getLogger("peewee").setLevel(logging.INFO)
    qInstallMessageHandler(qt_message_handler)
    logging.getLogger(__name__).info("logging to %s", path)
    return path


def log_file() -> Path:
    """Where :func:`setup_logging` writes by default."""
    return log_dir() / LOG_FILE_NAME

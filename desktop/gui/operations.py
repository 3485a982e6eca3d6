"""The one way the GUI changes data: run a core call, report errors, tell who cares."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Generic, TypeVar

import peewee
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from desktop.core.errors import (
    ConcurrentEditError,
    ContattiError,
    DatabaseUnavailableError,
    FieldProblem,
    ValidationError,
)
from desktop.core.session import Session
from desktop.gui.timefmt import local_text

log = logging.getLogger(__name__)

T = TypeVar("T")

CONTACTS = "contacts"
TASKS = "tasks"
ADMIN = "admin"
"""Kinds of change announced by :attr:`Operations.changed`."""


class Outcome(Generic[T]):
    """What :meth:`Operations.run` gives back.

    ``ok`` is True when the call succeeded and ``value`` holds its result. On a
    validation error ``problems`` lists the fields to mark; every other failure has
    already been shown to the user in a message box.
    """

    __slots__ = ("ok", "problems", "value")

    def __init__(
        self,
        ok: bool,
        value: T | None = None,
        problems: list[FieldProblem] | None = None,
    ) -> None:
        self.ok = ok
        self.value = value
        self.problems: list[FieldProblem] = problems if problems is not None else []


class Operations(QObject):
    """Runs every change the GUI makes to the data, in one consistent way.

    A window hands :meth:`run` the core call to make. Validation problems come back
    to the window, which shows them beside its fields; a conflicting edit, a database
    failure or any other error is explained in a message box over the window, and the
    window keeps what the user typed. After a success :attr:`changed` tells every
    list that shows data to refresh.

    Signals:
        changed(str): a change of the given kind succeeded: ``"contacts"``,
            ``"tasks"``, ``"admin"`` or another kind a caller names.
        failed(str): a failure was shown to the user; the argument is the message.
    """

    changed = Signal(str)
    failed = Signal(str)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.last_message = ""
        """The text of the most recent failure shown, for tests and the status bar."""

    def run(
        self,
        kind: str,
        call: Callable[[], T],
        parent: QWidget | None = None,
        *,
        fields: bool = False,
    ) -> Outcome[T]:
        """Run ``call`` and report how it went.

        ``kind`` is what :attr:`changed` announces on success; "" for a call that only
        reads (it still gets the same error reporting). With ``fields`` the
        caller shows validation problems beside its widgets; without it they are shown
        in a message box like any other failure.
        """
        try:
            value = call()
        except ValidationError as exc:
            if fields:
                return Outcome(False, problems=list(exc.problems))
            self._show(parent, self.tr("Not saved"), str(exc))
            return Outcome(False, problems=list(exc.problems))
        except ConcurrentEditError as exc:
            self._show(
                parent, self.tr("Changed by someone else"), self.conflict_text(exc)
            )
            return Outcome(False)
        except (
            DatabaseUnavailableError,
            peewee.OperationalError,
            peewee.InterfaceError,
        ) as exc:
            log.warning("database failure during %s: %s", kind, exc)
            self._reset_connection()
            self._show(
                parent, self.tr("Database not reachable"), self.database_text(exc)
            )
            return Outcome(False)
        except ContattiError as exc:
            self._show(parent, self.tr("Not done"), str(exc))
            return Outcome(False)
        except Exception as exc:
            log.exception("unexpected error during %s", kind)
            self._show(
                parent,
                self.tr("Unexpected error"),
                self.tr(
                    "Something went wrong and nothing was saved: {error}\n\n"
                    "What you typed is still on screen. The details are in the log "
                    "file; please send it to your administrator."
                ).format(error=exc),
            )
            return Outcome(False)
        if kind:
            self.changed.emit(kind)
        return Outcome(True, value)

    def conflict_text(self, exc: ConcurrentEditError) -> str:
        when = local_text(exc.when) if exc.when else self.tr("an unknown time")
        return self.tr(
            "Not saved: {what} was changed by {who} at {when} after you opened it.\n\n"
            "Your changes are still on screen. Copy what you need, close and reopen "
            "the window to see their version, then apply your changes again."
        ).format(what=exc.what.lower(), who=exc.who, when=when)

    def database_text(self, exc: Exception) -> str:
        return self.tr(
            "The database {database} cannot be reached: {error}\n\n"
            "Nothing was lost: your changes are still on screen. Check the network "
            "or ask your administrator whether the server is running, then save again."
        ).format(database=self.session.store.url.display, error=exc)

    def _reset_connection(self) -> None:
        """Drop a broken connection so that the next call opens a fresh one."""
        try:
            self.session.store.db.close()
        except Exception:  # the connection is already unusable; nothing to release
            log.debug("closing the failed connection raised", exc_info=True)

    def _show(self, parent: QWidget | None, title: str, text: str) -> None:
        """Show ``text`` in a message box that does not block the caller."""
        # Imported when first needed: PySide6 builds a class and its enums when
        # it is first imported, and a start that shows no message need not pay.
        from PySide6.QtWidgets import QMessageBox

        self.last_message = text
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent
        )
        box.setObjectName("operation_message")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(
            Qt.WindowModality.WindowModal
            if parent
            else Qt.WindowModality.ApplicationModal
        )
        box.open()
        self.failed.emit(text)

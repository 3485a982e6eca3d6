"""Optional date fields: a ``QDateTimeEdit`` that may also be left empty."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateTimeEdit

from desktop.gui.timefmt import from_qdatetime, to_qdatetime

EMPTY_FLOOR = QDateTime.fromSecsSinceEpoch(946_684_800)  # 2000-01-01 UTC
"""The value an optional date field shows as empty (its minimum)."""


class _ClearOnDelete(QObject):
    """Empties an optional date field when the user presses Delete in it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, QDateTimeEdit)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Delete
        ):
            watched.setDateTime(watched.minimumDateTime())
            return True
        return False


def make_optional(edit: QDateTimeEdit, empty_text: str) -> None:
    """Let ``edit`` be empty: its minimum means "no date" and shows ``empty_text``.

    Pressing Delete in the field empties it again.
    """
    edit.setMinimumDateTime(EMPTY_FLOOR)
    edit.setSpecialValueText(empty_text)
    edit.setDateTime(EMPTY_FLOOR)
    edit.installEventFilter(_ClearOnDelete(edit))


def read_optional(edit: QDateTimeEdit) -> datetime | None:
    """The UTC value of an optional date field, None when it is empty."""
    value = edit.dateTime()
    if value <= edit.minimumDateTime():
        return None
    return from_qdatetime(value)


def write_optional(edit: QDateTimeEdit, moment: datetime | None) -> None:
    """Show ``moment`` (UTC) in local time, or the empty value for None."""
    edit.setDateTime(edit.minimumDateTime() if moment is None else to_qdatetime(moment))

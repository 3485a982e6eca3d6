"""Table model of a contact's activity entries, newest first, as being edited."""

from __future__ import annotations

import functools
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QFont

from desktop.core.contacts import EntryDraft
from desktop.core.models import TaskStatus
from desktop.gui.table_model import (
    DISPLAY_ROLE,
    FONT_ROLE,
    TOOLTIP_ROLE,
    AnyIndex,
    ListTableModel,
)
from desktop.gui.timefmt import local_text

COLUMN_KEYS = (
    "date",
    "done_type",
    "done_description",
    "pending_type",
    "due",
    "operator",
    "task",
)


class EntriesModel(ListTableModel):
    columns = COLUMN_KEYS

    """Shows the entries of a :class:`ContactDraft` in the order of its list.

    Row ``i`` is ``entries[i]``, so a ``FieldProblem.row`` from the core is also the
    table row. ``type_name`` and ``user_name`` turn ids into text.
    """

    def __init__(
        self,
        type_name: Callable[[uuid.UUID | None], str],
        user_name: Callable[[uuid.UUID | None], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.entries: list[EntryDraft] = []
        self._type_name = type_name
        self._user_name = user_name
        self._titles = {
            "date": self.tr("Date"),
            "done_type": self.tr("Activity done"),
            "done_description": self.tr("Description"),
            "pending_type": self.tr("Pending activity"),
            "due": self.tr("Due"),
            "operator": self.tr("Operator"),
            "task": self.tr("Task"),
        }
        self._statuses = {
            TaskStatus.OPEN.value: self.tr("Open"),
            TaskStatus.DONE.value: self.tr("Done"),
            TaskStatus.CANCELLED.value: self.tr("Cancelled"),
        }

    def set_entries(self, entries: list[EntryDraft]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def insert_entry(self, entry: EntryDraft) -> None:
        """Put a new entry at the top, where the newest entries are."""
        self.beginInsertRows(QModelIndex(), 0, 0)
        self.entries.insert(0, entry)
        self.endInsertRows()

    def remove_entry(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.entries[row]
        self.endRemoveRows()

    def entry_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMN_KEYS) - 1))

    def row_total(self) -> int:
        return len(self.entries)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Asked for every role of every visible cell at each repaint: the roles that
        # give nothing are answered first, with plain integer comparisons.
        if role != DISPLAY_ROLE and role != TOOLTIP_ROLE and role != FONT_ROLE:
            return None
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        if role == FONT_ROLE:
            # Deleted entries are struck out and new ones in italics; the rest keep
            # the view's font.
            if entry.delete or entry.is_new:
                return _entry_font(entry.delete, entry.is_new)
            return None
        key = COLUMN_KEYS[index.column()]
        if key == "date":
            moment = entry.done_date or entry.pending_date or entry.created_at
            return local_text(moment) if moment else self.tr("new")
        if key == "done_type":
            return self._type_name(entry.done_type_id)
        if key == "done_description":
            text = entry.done_description or entry.pending_description
            return text if role == TOOLTIP_ROLE else text.split("\n")[0]
        if key == "pending_type":
            return self._type_name(entry.pending_type_id)
        if key == "due":
            return local_text(entry.pending_due_date)
        if key == "operator":
            return self._user_name(entry.pending_operator_id)
        if entry.delete:
            return self.tr("deleted on save")
        if entry.task_status:
            return self._statuses.get(entry.task_status, entry.task_status)
        return self.tr("on save") if entry.create_task else ""


@functools.cache
def _entry_font(struck_out: bool, italic: bool) -> QFont:
    font = QFont()
    font.setStrikeOut(struck_out)
    font.setItalic(italic)
    return font

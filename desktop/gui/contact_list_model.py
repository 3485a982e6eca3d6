"""The contact list's model: reads contacts a page at a time as the view scrolls."""

from __future__ import annotations

import logging
import time
import uuid
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop.gui.contact_list_state import (
    COLUMN_INDEX,
    COLUMNS,
    PAGE_SIZE,
    ContactFilter,
    ContactRow,
    fetch_page,
)
from desktop.gui.table_model import DISPLAY_ROLE, TOOLTIP_ROLE
from desktop.gui.timefmt import local_text

log = logging.getLogger(__name__)

AnyIndex = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role under which every cell gives the contact's id."""

_ID = int(ID_ROLE)
_KEYS = tuple(column.key for column in COLUMNS)
_UPDATED_AT = COLUMN_INDEX["updated_at"]


class ContactListModel(QAbstractTableModel):
    """Contacts matching a :class:`ContactFilter`, fetched lazily in pages.

    Views call ``canFetchMore``/``fetchMore`` as they scroll; nothing counts the whole
    table. Sorting is done by the database on indexed columns.

    Signals:
        loaded(int): the list was (re)filled; the argument is the number of rows
            held so far (the first page, not the total).
    """

    loaded = Signal(int)

    def __init__(
        self, page_size: int = PAGE_SIZE, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self.spec = ContactFilter()
        self.rows: list[ContactRow] = []
        self._complete = False
        self._titles = {
            "code": self.tr("Code"),
            "name": self.tr("Name"),
            "company": self.tr("Company"),
            "email": self.tr("E-mail"),
            "phone": self.tr("Phone"),
            "city": self.tr("City"),
            "stage": self.tr("Stage"),
            "owner": self.tr("Owner"),
            "updated_at": self.tr("Last change"),
        }

    # -- filling -------------------------------------------------------------------

    def set_filter(self, spec: ContactFilter) -> None:
        """Show the contacts matching ``spec``, from its first page."""
        self.spec = spec
        self.refresh()

    def refresh(self) -> None:
        """Read the first page again, e.g. after a contact was saved."""
        started = time.perf_counter()
        self.beginResetModel()
        self.rows = fetch_page(self.spec, None, self.page_size)
        self._complete = len(self.rows) < self.page_size
        self.endResetModel()
        log.debug(
            "contact list: %d rows in %.1f ms",
            len(self.rows),
            (time.perf_counter() - started) * 1000,
        )
        self.loaded.emit(len(self.rows))

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._complete

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._complete:
            return
        page = fetch_page(
            self.spec, self.rows[-1] if self.rows else None, self.page_size
        )
        self._complete = len(page) < self.page_size
        if not page:
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self.rows.extend(page)
        self.endInsertRows()

    # -- reading -------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every visible cell at each repaint: the roles
        # that give nothing are answered first, with plain integer comparisons.
        if role != DISPLAY_ROLE and role != TOOLTIP_ROLE and role != _ID:
            return None
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == _ID:
            return row.id
        column = index.column()
        if column == _UPDATED_AT:
            return local_text(row.updated_at)
        return getattr(row, _KEYS[column])

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        column = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles[column.key]
        if role == Qt.ItemDataRole.ToolTipRole and not column.sortable:
            return self.tr("This column cannot be sorted")
        return None

    def sort(
        self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder
    ) -> None:
        if not COLUMNS[column].sortable:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        spec = self.spec.with_sort(COLUMNS[column].key, descending)
        if spec != self.spec:
            self.set_filter(spec)

    # -- helpers -------------------------------------------------------------------

    def contact_id(self, row: int) -> uuid.UUID:
        return self.rows[row].id

    def sort_column(self) -> int:
        return COLUMN_INDEX[self.spec.sort_key]

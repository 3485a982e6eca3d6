"""The part every read-only table model of Contatti shares."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

AnyIndex = QModelIndex | QPersistentModelIndex

DISPLAY_ROLE = int(Qt.ItemDataRole.DisplayRole)
TOOLTIP_ROLE = int(Qt.ItemDataRole.ToolTipRole)
FONT_ROLE = int(Qt.ItemDataRole.FontRole)
"""Item roles as plain integers: ``data()`` is asked for every role of every visible
cell at each repaint, and integers compare faster than Qt's enums."""
_HORIZONTAL = Qt.Orientation.Horizontal


class ListTableModel(QAbstractTableModel):
    """A flat table with fixed columns over rows kept in a list.

    Subclasses set :attr:`columns` (the column keys), fill ``self._titles`` with each
    key's translated heading, and give :meth:`row_total` and ``data``.
    """

    columns: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._titles: dict[str, str] = {}

    def row_total(self) -> int:
        """How many rows the model holds now."""
        raise NotImplementedError

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.row_total()

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role == DISPLAY_ROLE and orientation == _HORIZONTAL:
            return self._titles[self.columns[section]]
        return None

"""The Log tab's table: a contact's stage changes, newest first, read-only."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QTableView

from desktop.core.contacts import LogRow
from desktop.gui.table_model import DISPLAY_ROLE, AnyIndex, ListTableModel
from desktop.gui.timefmt import local_text


class StageLogModel(ListTableModel):
    """The stage changes as rows of texts: from, to, operator, local date and time.

    The texts are made once, when the rows are set; Qt asks only for the cells it
    paints, and not at all while the Log tab stays hidden.
    """

    columns = ("from_stage", "to_stage", "operator", "changed_at")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.texts: list[tuple[str, str, str, str]] = []
        self._titles = {
            "from_stage": self.tr("From stage"),
            "to_stage": self.tr("To stage"),
            "operator": self.tr("Operator"),
            "changed_at": self.tr("Date and time"),
        }

    def set_rows(self, rows: list[LogRow]) -> None:
        new_contact = self.tr("(new contact)")
        self.beginResetModel()
        self.texts = [
            (
                row.from_stage or new_contact,
                row.to_stage,
                row.operator,
                local_text(row.changed_at),
            )
            for row in rows
        ]
        self.endResetModel()

    def row_total(self) -> int:
        return len(self.texts)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != DISPLAY_ROLE or not index.isValid():
            return None
        return self.texts[index.row()][index.column()]


class StageLogView(QObject):
    """Shows :class:`LogRow` values in ``table``, each column as wide as its texts."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self.model = StageLogModel(self)
        table.setModel(self.model)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)

    def show_rows(self, rows: list[LogRow]) -> None:
        self.model.set_rows(rows)
        # The widest text of each column, measured here: Qt's own fitting asks
        # for every cell's size hint through the style, which costs more.
        table = self.table
        metrics = table.fontMetrics()
        advance = metrics.horizontalAdvance
        padding = 3 * metrics.averageCharWidth()
        header = table.horizontalHeader()
        for column in range(3):
            widest = max(
                (advance(texts[column]) for texts in self.model.texts), default=0
            )
            table.setColumnWidth(
                column, max(widest + padding, header.sectionSizeHint(column))
            )

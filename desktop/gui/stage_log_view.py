"""The Log tab's table: a contact's stage changes, newest first, read-only."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from desktop.core.contacts import LogRow
from desktop.gui.timefmt import local_text


class StageLogView(QObject):
    """Fills ``table`` with :class:`LogRow` values: from, to, operator, local time."""

    def __init__(self, table: QTableWidget) -> None:
        super().__init__(table)
        self.table = table
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels(
            [
                self.tr("From stage"),
                self.tr("To stage"),
                self.tr("Operator"),
                self.tr("Date and time"),
            ]
        )
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)

    def show_rows(self, rows: list[LogRow]) -> None:
        table = self.table
        table.setRowCount(len(rows))
        new_contact = self.tr("(new contact)")
        widest = [0, 0, 0]
        advance = table.fontMetrics().horizontalAdvance
        for i, row in enumerate(rows):
            texts = (
                row.from_stage or new_contact,
                row.to_stage,
                row.operator,
                local_text(row.changed_at),
            )
            for column, text in enumerate(texts):
                table.setItem(i, column, QTableWidgetItem(text))
            for column in range(3):
                widest[column] = max(widest[column], advance(texts[column]))
        # The widest text of each column, measured here: Qt's own fitting asks the
        # style for every item's size, which costs more than filling the table.
        header = table.horizontalHeader()
        padding = 3 * table.fontMetrics().averageCharWidth()
        for column, width in enumerate(widest):
            table.setColumnWidth(
                column, max(width + padding, header.sectionSizeHint(column))
            )

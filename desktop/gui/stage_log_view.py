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
        for i, row in enumerate(rows):
            texts = (
                row.from_stage or self.tr("(new contact)"),
                row.to_stage,
                row.operator,
                local_text(row.changed_at),
            )
            for column, text in enumerate(texts):
                table.setItem(i, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()

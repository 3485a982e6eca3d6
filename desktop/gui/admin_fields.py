"""Helpers of the administration window: field problems, lists, edit limits."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMessageBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.core.errors import FieldProblem

INVALID_STYLE = "border: 1px solid #b00020;"
ID_ROLE = Qt.ItemDataRole.UserRole


def show_problems(
    root: QWidget, problems: Iterable[FieldProblem], fallback: QLabel
) -> None:
    """Mark every field named by ``problems`` and write its message beside it.

    A field's message goes to the label ``<field>_error``; problems naming no widget
    of ``root`` are listed in ``fallback``. What the user typed is left alone.
    """
    clear_problems(root, fallback)
    unplaced: list[str] = []
    first: QWidget | None = None
    for problem in problems:
        widget = root.findChild(QWidget, problem.field)
        label = root.findChild(QLabel, f"{problem.field}_error")
        if widget is None or label is None:
            unplaced.append(problem.message)
            continue
        widget.setProperty("invalid", True)
        widget.setStyleSheet(INVALID_STYLE)
        text = label.text()
        label.setText(f"{text}\n{problem.message}" if text else problem.message)
        label.show()
        first = first or widget
    if unplaced:
        fallback.setText("\n".join(unplaced))
        fallback.show()
    if first is not None:
        first.setFocus()


def clear_problems(root: QWidget, fallback: QLabel) -> None:
    """Remove the marks and messages :func:`show_problems` left in ``root``."""
    for widget in root.findChildren(QWidget):
        if widget.property("invalid"):
            widget.setProperty("invalid", False)
            widget.setStyleSheet("")
    for label in root.findChildren(QLabel):
        if label.objectName().endswith("_error"):
            label.clear()
            label.hide()
    fallback.clear()
    fallback.hide()


def fill_table(table: QTableWidget, rows: list[tuple[uuid.UUID, list[str]]]) -> None:
    """Replace the rows of a read-only list; each row's id is kept in column 0."""
    table.setSortingEnabled(False)
    table.setRowCount(len(rows))
    for r, (row_id, values) in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            if c == 0:
                item.setData(ID_ROLE, row_id)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)


def select_id(table: QTableWidget, row_id: uuid.UUID | None) -> None:
    """Select the row whose id is ``row_id`` (none if it is None or gone)."""
    table.clearSelection()
    for r in range(table.rowCount()):
        item = table.item(r, 0)
        if item is not None and item.data(ID_ROLE) == row_id:
            table.selectRow(r)
            return


def selected_id(table: QTableWidget) -> uuid.UUID | None:
    rows = table.selectionModel().selectedRows()
    if not rows:
        return None
    item = table.item(rows[0].row(), 0)
    return item.data(ID_ROLE) if item is not None else None


def confirm_discard(parent: QWidget, what: str) -> bool:
    """Ask whether the unsaved changes to ``what`` may be dropped; True if so."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("AdminWindow", "Unsaved changes"),
        QCoreApplication.translate(
            "AdminWindow",
            "The changes to {what} are not saved. Discard them?",
        ).format(what=what),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard


class LengthLimit(QStyledItemDelegate):
    """Edits a table cell's text no longer than ``limit`` (its database column)."""

    def __init__(self, limit: int, parent: QObject) -> None:
        super().__init__(parent)
        self.limit = limit

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setMaxLength(self.limit)
        return editor

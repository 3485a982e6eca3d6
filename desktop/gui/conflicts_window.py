"""The Conflicts window: what two people changed differently, and keeping a side."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from desktop.core.session import Session
from desktop.core.sync.conflicts import KIND_LABELS, ConflictService, ConflictView, Side
from desktop.gui.forms.ui_conflicts_window import Ui_ConflictsWindow
from desktop.gui.operations import Operations
from desktop.gui.timefmt import local_text

log = logging.getLogger(__name__)

CONFLICTS = "conflicts"
"""The kind of change :class:`Operations` announces when a conflict is resolved."""

COLUMNS = (
    "Record",
    "Field",
    "Mine",
    "Mine: who, when",
    "Theirs",
    "Theirs: who, when",
    "Kind",
)


class ConflictsWindow(QWidget):
    """Lists open conflicts; Keep mine / Keep theirs resolves the selected one.

    Keeping a side goes through :class:`Operations` like every other change, so a
    failure is reported the usual way and the list stays as it was.

    Signals:
        resolved(str): the conflict with this id was resolved.
    """

    resolved = Signal(str)

    def __init__(
        self, session: Session, operations: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ConflictsWindow()
        self.ui.setupUi(self)
        self.service = ConflictService(session)
        self.operations = operations
        self.conflicts: list[ConflictView] = []
        table = self.ui.conflict_table
        table.setColumnCount(len(COLUMNS))
        table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        table.itemSelectionChanged.connect(self._update_buttons)
        self.ui.keep_mine_button.clicked.connect(lambda: self.keep(Side.MINE))
        self.ui.keep_theirs_button.clicked.connect(lambda: self.keep(Side.THEIRS))
        self.ui.refresh_button.clicked.connect(self.refresh)
        self.ui.close_button.clicked.connect(self.close)
        operations.changed.connect(self._on_changed)
        self.refresh()

    def refresh(self) -> None:
        """Reload the open conflicts from the database."""
        outcome = self.operations.run("", self.service.open_conflicts, self)
        if not outcome.ok or outcome.value is None:
            return
        self.conflicts = outcome.value
        table = self.ui.conflict_table
        table.setRowCount(len(self.conflicts))
        for row, conflict in enumerate(self.conflicts):
            cells = (
                conflict.what,
                conflict.field,
                _text(conflict.mine),
                _who(conflict.mine_by, conflict),
                _text(conflict.theirs),
                _who(conflict.theirs_by, conflict, theirs=True),
                self.tr(KIND_LABELS.get(conflict.kind, conflict.kind)),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (2, 4):
                    kept = (column == 2) == (conflict.current is Side.MINE)
                    font = item.font()
                    font.setBold(kept)
                    item.setFont(font)
                    if kept:
                        item.setToolTip(self.tr("The record holds this value now."))
                table.setItem(row, column, item)
        count = len(self.conflicts)
        self.ui.status_label.setText(
            self.tr("No open conflicts.")
            if not count
            else self.tr(
                "%n open conflict(s). The value in bold is the one kept now.", "", count
            )
        )
        self._update_buttons()

    def selected(self) -> ConflictView | None:
        rows = {i.row() for i in self.ui.conflict_table.selectedItems()}
        if len(rows) != 1:
            return None
        return self.conflicts[rows.pop()]

    def keep(self, side: Side) -> None:
        """Keep ``side`` of the selected conflict."""
        conflict = self.selected()
        if conflict is None:
            return
        outcome = self.operations.run(
            CONFLICTS, lambda: self.service.keep(conflict.id, side), self
        )
        if outcome.ok:
            log.info("conflict %s: kept %s", conflict.id, side.value)
            self.resolved.emit(conflict.id)

    def _on_changed(self, kind: str) -> None:
        if kind in (CONFLICTS, "sync"):
            self.refresh()

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.ui.keep_mine_button.setEnabled(chosen)
        self.ui.keep_theirs_button.setEnabled(chosen)


def _text(value: Any) -> str:
    if value is None:
        return "(empty)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _who(who: str, conflict: ConflictView, theirs: bool = False) -> str:
    when = conflict.theirs_at if theirs else conflict.mine_at
    stamp = local_text(when) if when is not None else ""
    return f"{who}, {stamp}" if stamp else who

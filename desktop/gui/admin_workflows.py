"""The Workflows tab of the administration window: stages, transitions, types."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QListWidgetItem,
    QTableWidgetItem,
    QWidget,
)

from desktop.core.admin import AdminService, StageDraft, WorkflowDraft
from desktop.core.models import (
    ActivityType,
    Outcome,
    Stage,
    StageActivityType,
    Transition,
    Workflow,
)
from desktop.gui.admin_fields import (
    LengthLimit,
    clear_problems,
    confirm_discard,
    fill_table,
    select_id,
    selected_id,
)
from desktop.gui.forms.ui_admin_window import Ui_AdminWindow

log = logging.getLogger(__name__)

KEY_ROLE = Qt.ItemDataRole.UserRole
CODE, NAME, INITIAL, OUTCOME = range(4)

Runner = Callable[[Callable[[], Any], QWidget, QLabel], Any]
"""Runs a change and shows its problems beside the fields of a form."""


@dataclass
class StageRow:
    """One line of the stage table; ``key`` follows it through edits and moves."""

    key: int
    code: str
    name: str
    initial: bool
    outcome: Outcome


def _checked(value: bool) -> Qt.CheckState:
    return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked


class WorkflowEditor(QObject):
    """Edits the workflows shown on the window's Workflows tab.

    Stage codes and names can change while the form is open, so transitions and
    allowed activity types are kept against a per-row key until the workflow is
    saved, when they become the code pairs :class:`WorkflowDraft` expects.
    """

    def __init__(
        self,
        ui: Ui_AdminWindow,
        service: AdminService,
        run: Runner,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.service = service
        self._run = run
        self._workflow_id: uuid.UUID | None = None
        self._next_key = 0
        self._stage_types: dict[int, set[uuid.UUID]] = {}
        self._transitions: set[tuple[int, int]] = set()
        self._types: list[ActivityType] = []
        self._shown: WorkflowDraft | None = None
        self._saved_keys: set[int] = set()
        """Rows of stages already in the database: their code is fixed."""
        """The workflow as last loaded or saved, to notice unsaved edits."""
        ui.workflow_table.itemSelectionChanged.connect(self._workflow_selected)
        ui.new_workflow_button.clicked.connect(self.new_workflow)
        ui.save_workflow_button.clicked.connect(self.save)
        ui.add_stage_button.clicked.connect(self.add_stage)
        ui.remove_stage_button.clicked.connect(self.remove_stage)
        ui.stage_up_button.clicked.connect(lambda: self.move_stage(-1))
        ui.stage_down_button.clicked.connect(lambda: self.move_stage(1))
        ui.stage_table.itemChanged.connect(self._stage_item_changed)
        ui.stage_table.itemSelectionChanged.connect(self._show_stage_types)
        ui.transition_table.itemChanged.connect(self._transition_changed)
        ui.stage_types_list.itemChanged.connect(self._stage_type_changed)
        for column, field in ((CODE, Stage.code), (NAME, Stage.name)):
            ui.stage_table.setItemDelegateForColumn(
                column, LengthLimit(int(field.max_length), self)
            )
        ui.stage_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    # -- lists ---------------------------------------------------------------------

    def reload(self) -> None:
        """Read the workflows and activity types; show the active workflow."""
        self.reload_types()
        self._fill_workflows()
        active = Workflow.get_or_none(Workflow.active == True)  # noqa: E712
        first = active or Workflow.select().order_by(Workflow.name).first()
        if first is None:
            self.new_workflow()
        else:
            select_id(self.ui.workflow_table, first.id)

    def reload_types(self) -> None:
        """Read the activity types again (after one was added or changed)."""
        order = (ActivityType.sort_order, ActivityType.code)
        self._types = list(ActivityType.select().order_by(*order))
        self._show_stage_types()

    def _fill_workflows(self) -> None:
        yes, no = self.tr("Yes"), self.tr("No")
        fill_table(
            self.ui.workflow_table,
            [
                (w.id, [w.name, yes if w.active else no, yes if w.show_log else no])
                for w in Workflow.select().order_by(Workflow.name)
            ],
        )

    def may_leave(self) -> bool:
        """True if the form has no unsaved edits or the user agrees to drop them."""
        if self._shown is None or self.draft() == self._shown:
            return True
        name = self.ui.workflow_name.text().strip() or self.tr("the new workflow")
        return confirm_discard(self.ui.workflow_editor, name)

    def _workflow_selected(self) -> None:
        table = self.ui.workflow_table
        workflow_id = selected_id(table)
        if workflow_id is None or workflow_id == self._workflow_id:
            return
        if not self.may_leave():
            with QSignalBlocker(table):
                select_id(table, self._workflow_id)
            return
        self._load(workflow_id)

    # -- the form ------------------------------------------------------------------

    def new_workflow(self) -> None:
        """Empty the form for a new, inactive workflow with its log shown."""
        if not self.may_leave():
            return
        with QSignalBlocker(self.ui.workflow_table):
            self.ui.workflow_table.clearSelection()
        self._workflow_id = None
        self._saved_keys = set()
        self._stage_types = {}
        self._transitions = set()
        self._show(self.tr("New workflow"), "", False, True, [])
        self._rebuild_transitions()
        self._show_stage_types()
        self._shown = self.draft()

    def _load(self, workflow_id: uuid.UUID) -> None:
        workflow = Workflow.get_or_none(Workflow.id == workflow_id)
        if workflow is None:
            return
        stages = list(
            Stage.select()
            .where(Stage.workflow == workflow_id)
            .order_by(Stage.sort_order, Stage.code)
        )
        keys: dict[uuid.UUID, int] = {}
        rows = []
        for stage in stages:
            key = self._new_key()
            keys[stage.id] = key
            rows.append(
                StageRow(
                    key,
                    stage.code,
                    stage.name,
                    stage.is_initial,
                    Outcome(stage.outcome),
                )
            )
        self._stage_types = {key: set() for key in keys.values()}
        self._saved_keys = set(keys.values())
        for allowed in StageActivityType.select().where(
            StageActivityType.stage.in_(list(keys))
        ):
            self._stage_types[keys[allowed.stage_id]].add(allowed.activity_type_id)
        self._transitions = {
            (keys[t.from_stage_id], keys[t.to_stage_id])
            for t in Transition.select().where(Transition.workflow == workflow_id)
            if t.from_stage_id in keys and t.to_stage_id in keys
        }
        self._workflow_id = workflow.id
        title = self.tr("Workflow {name}").format(name=workflow.name)
        self._show(title, workflow.name, workflow.active, workflow.show_log, rows)
        self._rebuild_transitions()
        if rows:
            self.ui.stage_table.selectRow(0)
        self._show_stage_types()
        self._shown = self.draft()

    def _show(
        self, title: str, name: str, active: bool, show_log: bool, rows: list[StageRow]
    ) -> None:
        ui = self.ui
        clear_problems(ui.workflow_editor, ui.workflow_problems)
        ui.workflow_editor.setTitle(title)
        ui.workflow_name.setText(name)
        ui.workflow_active.setChecked(active)
        ui.show_log.setChecked(show_log)
        self._fill_stages(rows)

    def _new_key(self) -> int:
        self._next_key += 1
        return self._next_key

    # -- stages --------------------------------------------------------------------

    def _fill_stages(self, rows: list[StageRow]) -> None:
        table = self.ui.stage_table
        with QSignalBlocker(table):
            table.setRowCount(len(rows))
            for r, row in enumerate(rows):
                code = QTableWidgetItem(row.code)
                code.setData(KEY_ROLE, row.key)
                if row.key in self._saved_keys:
                    # The service matches stages by code: a new code would make a
                    # new stage and strand the contacts in the old one.
                    code.setFlags(code.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    code.setToolTip(
                        self.tr(
                            "Contacts refer to a saved stage by its code, so it "
                            "cannot change. Change the name instead."
                        )
                    )
                table.setItem(r, CODE, code)
                table.setItem(r, NAME, QTableWidgetItem(row.name))
                initial = QTableWidgetItem()
                initial.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsUserCheckable
                    | Qt.ItemFlag.ItemIsSelectable
                )
                initial.setCheckState(_checked(row.initial))
                table.setItem(r, INITIAL, initial)
                table.setCellWidget(r, OUTCOME, self._outcome_combo(row.outcome))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)

    def _outcome_combo(self, outcome: Outcome) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("In progress"), Outcome.NONE.value)
        combo.addItem(self.tr("Won"), Outcome.WON.value)
        combo.addItem(self.tr("Lost"), Outcome.LOST.value)
        combo.setCurrentIndex(max(combo.findData(outcome.value), 0))
        return combo

    def stage_rows(self) -> list[StageRow]:
        """The stages as the table shows them, top to bottom."""
        table = self.ui.stage_table
        rows = []
        for r in range(table.rowCount()):
            code, name, initial = (table.item(r, c) for c in (CODE, NAME, INITIAL))
            combo = table.cellWidget(r, OUTCOME)
            outcome = (
                Outcome(combo.currentData())
                if isinstance(combo, QComboBox)
                else Outcome.NONE
            )
            rows.append(
                StageRow(
                    int(code.data(KEY_ROLE)) if code else 0,
                    code.text().strip() if code else "",
                    name.text().strip() if name else "",
                    bool(initial and initial.checkState() == Qt.CheckState.Checked),
                    outcome,
                )
            )
        return rows

    def _current_row(self) -> int:
        rows = self.ui.stage_table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _current_key(self) -> int | None:
        row = self._current_row()
        if row < 0:
            return None
        item = self.ui.stage_table.item(row, CODE)
        return int(item.data(KEY_ROLE)) if item is not None else None

    def add_stage(self) -> None:
        """Add an empty stage at the end and start typing its code."""
        rows = self.stage_rows()
        key = self._new_key()
        rows.append(StageRow(key, "", "", not rows, Outcome.NONE))
        self._stage_types[key] = set()
        self._fill_stages(rows)
        self._rebuild_transitions()
        table = self.ui.stage_table
        table.selectRow(len(rows) - 1)
        table.setFocus()
        code = table.item(len(rows) - 1, CODE)
        if code is not None:
            table.editItem(code)

    def remove_stage(self) -> None:
        """Remove the selected stage with its transitions."""
        row = self._current_row()
        if row < 0:
            return
        rows = self.stage_rows()
        key = rows.pop(row).key
        self._stage_types.pop(key, None)
        self._transitions = {t for t in self._transitions if key not in t}
        self._fill_stages(rows)
        self._rebuild_transitions()
        if rows:
            self.ui.stage_table.selectRow(min(row, len(rows) - 1))
        self._show_stage_types()

    def move_stage(self, delta: int) -> None:
        """Move the selected stage up (-1) or down (+1) in the stage order."""
        row = self._current_row()
        rows = self.stage_rows()
        target = row + delta
        if row < 0 or not 0 <= target < len(rows):
            return
        rows[row], rows[target] = rows[target], rows[row]
        self._fill_stages(rows)
        self._rebuild_transitions()
        self.ui.stage_table.selectRow(target)

    def _stage_item_changed(self, item: QTableWidgetItem) -> None:
        table = self.ui.stage_table
        if item.column() == INITIAL and item.checkState() == Qt.CheckState.Checked:
            # One initial stage: ticking one clears the others.
            with QSignalBlocker(table):
                for r in range(table.rowCount()):
                    other = table.item(r, INITIAL)
                    if other is not None and r != item.row():
                        other.setCheckState(Qt.CheckState.Unchecked)
        if item.column() in (CODE, NAME):
            self._rebuild_transitions()
            self._show_stage_types()

    # -- transitions ---------------------------------------------------------------

    def _rebuild_transitions(self) -> None:
        rows = self.stage_rows()
        labels = [row.name or row.code or "?" for row in rows]
        grid = self.ui.transition_table
        with QSignalBlocker(grid):
            grid.clear()
            grid.setRowCount(len(rows))
            grid.setColumnCount(len(rows))
            grid.setVerticalHeaderLabels(labels)
            grid.setHorizontalHeaderLabels(labels)
            for r, source in enumerate(rows):
                for c, target in enumerate(rows):
                    cell = QTableWidgetItem()
                    if r == c:
                        cell.setFlags(Qt.ItemFlag.NoItemFlags)
                    else:
                        cell.setFlags(
                            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                        )
                        pair = (source.key, target.key)
                        cell.setCheckState(_checked(pair in self._transitions))
                        cell.setData(KEY_ROLE, pair)
                    grid.setItem(r, c, cell)
        grid.resizeColumnsToContents()

    def _transition_changed(self, cell: QTableWidgetItem) -> None:
        pair = cell.data(KEY_ROLE)
        if not pair:
            return
        pair = (int(pair[0]), int(pair[1]))
        if cell.checkState() == Qt.CheckState.Checked:
            self._transitions.add(pair)
        else:
            self._transitions.discard(pair)

    # -- allowed activity types ----------------------------------------------------

    def _show_stage_types(self) -> None:
        ui = self.ui
        key = self._current_key()
        listing = ui.stage_types_list
        with QSignalBlocker(listing):
            listing.clear()
            if key is None:
                ui.stage_types_label.setText(self.tr("Select a stage above."))
                return
            row = next(r for r in self.stage_rows() if r.key == key)
            ui.stage_types_label.setText(
                self.tr("Allowed in {stage}:").format(
                    stage=row.name or row.code or self.tr("the new stage")
                )
            )
            allowed = self._stage_types.setdefault(key, set())
            for kind in self._types:
                text = f"{kind.description} ({kind.code})"
                if not kind.active:
                    text = self.tr("{type} – inactive").format(type=text)
                item = QListWidgetItem(text, listing)
                item.setData(KEY_ROLE, kind.id)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                )
                item.setCheckState(_checked(kind.id in allowed))

    def _stage_type_changed(self, item: QListWidgetItem) -> None:
        key = self._current_key()
        if key is None:
            return
        allowed = self._stage_types.setdefault(key, set())
        type_id = item.data(KEY_ROLE)
        if item.checkState() == Qt.CheckState.Checked:
            allowed.add(type_id)
        else:
            allowed.discard(type_id)

    # -- saving --------------------------------------------------------------------

    def draft(self) -> WorkflowDraft:
        """The workflow as the form shows it."""
        rows = self.stage_rows()
        codes = {row.key: row.code for row in rows}
        return WorkflowDraft(
            name=self.ui.workflow_name.text().strip(),
            show_log=self.ui.show_log.isChecked(),
            active=self.ui.workflow_active.isChecked(),
            stages=[
                StageDraft(
                    code=row.code,
                    name=row.name or row.code,
                    is_initial=row.initial,
                    outcome=row.outcome,
                    allowed_type_ids=set(self._stage_types.get(row.key, set())),
                )
                for row in rows
            ],
            transitions={
                (codes[a], codes[b])
                for a, b in self._transitions
                if a in codes and b in codes
            },
            id=self._workflow_id,
        )

    def save(self) -> None:
        """Save the workflow in the form; on a problem, mark it and keep the form."""
        draft = self.draft()
        ui = self.ui
        saved = self._run(
            lambda: self.service.save_workflow(draft),
            ui.workflow_editor,
            ui.workflow_problems,
        )
        if saved is None:
            return
        log.info("workflow %s saved", saved.name)
        self._fill_workflows()
        # Reload the form from the database, as saved, and select its row.
        self._shown = None
        self._workflow_id = None
        self._load(saved.id)
        with QSignalBlocker(ui.workflow_table):
            select_id(ui.workflow_table, saved.id)

"""My activities: the signed-in user's tasks, overdue ones first to the eye."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QObject,
    Qt,
)
from PySide6.QtGui import QBrush, QCloseEvent, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QMessageBox, QWidget

from desktop.core.models import TaskStatus
from desktop.core.session import Session
from desktop.core.tasks import TaskRow, TaskService, tasks_for
from desktop.gui import layouts
from desktop.gui.forms.ui_my_activities import Ui_MyActivities
from desktop.gui.operations import ADMIN, TASKS, Operations
from desktop.gui.settings import Settings
from desktop.gui.table_model import AnyIndex, ListTableModel
from desktop.gui.timefmt import local_text, to_qdatetime

log = logging.getLogger(__name__)


COLUMN_KEYS = ("when", "due", "contact", "company", "type", "description", "status")
OVERDUE_COLOR = QColor("#c62828")

STATUS_CHOICES: tuple[tuple[str, tuple[TaskStatus, ...] | None], ...] = (
    ("open", (TaskStatus.OPEN,)),
    ("done", (TaskStatus.DONE,)),
    ("cancelled", (TaskStatus.CANCELLED,)),
    ("all", None),
)


def when_of(task: TaskRow, now: datetime) -> str:
    """``"overdue"``, ``"today"``, ``"upcoming"`` or ``""`` (done, no due date)."""
    if task.status != TaskStatus.OPEN.value or task.due is None:
        return ""
    if task.is_overdue(now):
        return "overdue"
    if to_qdatetime(task.due).date() == to_qdatetime(now).date():
        return "today"
    return "upcoming"


class TaskTableModel(ListTableModel):
    columns = COLUMN_KEYS

    """Tasks in due order; overdue ones red and bold, today's bold."""

    def __init__(
        self, now: Callable[[], datetime], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.tasks: list[TaskRow] = []
        self._now = now
        self._titles = {
            "when": self.tr("When"),
            "due": self.tr("Due"),
            "contact": self.tr("Contact"),
            "company": self.tr("Company"),
            "type": self.tr("Activity"),
            "description": self.tr("Description"),
            "status": self.tr("Status"),
        }
        self._whens = {
            "overdue": self.tr("Overdue"),
            "today": self.tr("Today"),
            "upcoming": self.tr("Upcoming"),
            "": "",
        }
        self._statuses = {
            TaskStatus.OPEN.value: self.tr("Open"),
            TaskStatus.DONE.value: self.tr("Done"),
            TaskStatus.CANCELLED.value: self.tr("Cancelled"),
        }

    def set_tasks(self, tasks: list[TaskRow]) -> None:
        self.beginResetModel()
        self.tasks = tasks
        self.endResetModel()

    def row_total(self) -> int:
        return len(self.tasks)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        task = self.tasks[index.row()]
        when = when_of(task, self._now())
        if role == Qt.ItemDataRole.ForegroundRole and when == "overdue":
            return QBrush(OVERDUE_COLOR)
        if role == Qt.ItemDataRole.FontRole and when in ("overdue", "today"):
            font = QFont()
            font.setBold(True)
            return font
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        key = COLUMN_KEYS[index.column()]
        values = {
            "when": self._whens[when],
            "due": local_text(task.due),
            "contact": task.contact_name,
            "company": task.company,
            "type": task.type_name,
            "description": task.description.split("\n")[0],
            "status": self._statuses.get(task.status, task.status),
        }
        return values[key]


class MyActivities(QWidget):
    """The signed-in user's tasks: filter by status, open the contact, mark done.

    ``open_contact(contact_id, plan_next)`` opens a contact window; with
    ``plan_next`` its pending box is made ready for the next activity.
    """

    def __init__(
        self,
        session: Session,
        operations: Operations,
        open_contact: Callable[[uuid.UUID, bool], object],
        settings: Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ui = Ui_MyActivities()
        self.ui.setupUi(self)
        self.session = session
        self.operations = operations
        self.open_contact = open_contact
        self.settings = settings
        self.model = TaskTableModel(session.now, self)
        table = self.ui.task_table
        table.setModel(self.model)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(
            COLUMN_KEYS.index("description"), QHeaderView.ResizeMode.Stretch
        )
        labels = {
            "open": self.tr("Open"),
            "done": self.tr("Done"),
            "cancelled": self.tr("Cancelled"),
            "all": self.tr("All"),
        }
        for key, _statuses in STATUS_CHOICES:
            self.ui.status_filter.addItem(labels[key], key)
        self.ui.status_filter.currentIndexChanged.connect(self.refresh)
        self.ui.open_contact_button.clicked.connect(self.open_selected)
        self.ui.mark_done_button.clicked.connect(self.mark_done)
        table.activated.connect(lambda _index: self.open_selected())
        table.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_buttons()
        )
        operations.changed.connect(self._data_changed)
        layouts.restore(settings, "my_activities", self, {"header": header})
        self.refresh()

    def refresh(self) -> None:
        """Read the tasks again with the chosen status filter."""
        key = self.ui.status_filter.currentData()
        statuses = dict(STATUS_CHOICES).get(key, (TaskStatus.OPEN,))
        selected = self.selected_task()
        tasks = tasks_for(self.session.store, self.session.user.id, statuses)
        self.model.set_tasks(tasks)
        now = self.session.now()
        overdue = sum(1 for t in tasks if when_of(t, now) == "overdue")
        today = sum(1 for t in tasks if when_of(t, now) == "today")
        self.ui.task_summary.setText(
            self.tr("{overdue} overdue, {today} due today, {count} in all").format(
                overdue=overdue, today=today, count=len(tasks)
            )
        )
        if selected is not None:
            for row, task in enumerate(tasks):
                if task.id == selected.id:
                    self.ui.task_table.selectRow(row)
        self.ui.task_table.resizeColumnsToContents()
        self._update_buttons()

    def _data_changed(self, kind: str) -> None:
        if kind != ADMIN:
            self.refresh()

    def selected_task(self) -> TaskRow | None:
        index = self.ui.task_table.selectionModel().currentIndex()
        if not index.isValid() or index.row() >= len(self.model.tasks):
            return None
        return self.model.tasks[index.row()]

    def _update_buttons(self) -> None:
        task = self.selected_task()
        self.ui.open_contact_button.setEnabled(task is not None)
        self.ui.mark_done_button.setEnabled(
            task is not None and task.status == TaskStatus.OPEN.value
        )

    def open_selected(self) -> None:
        task = self.selected_task()
        if task is not None:
            self.open_contact(task.contact_id, False)

    def mark_done(self) -> None:
        """Complete the selected task, then offer to plan the next activity."""
        task = self.selected_task()
        if task is None:
            return
        service = TaskService(self.session)
        outcome = self.operations.run(TASKS, lambda: service.complete(task.id), self)
        if not outcome.ok:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Activity done"),
            self.tr(
                "“{task}” for {contact} is done and recorded on the contact.\n\n"
                "Plan the next activity now?"
            ).format(
                task=task.type_name or task.description, contact=task.contact_name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("plan_next_prompt")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(
            lambda _result: self._plan_next(
                box.standardButton(box.clickedButton()), task.contact_id
            )
        )
        box.open()

    def _plan_next(
        self, button: QMessageBox.StandardButton, contact_id: uuid.UUID
    ) -> None:
        if button == QMessageBox.StandardButton.Yes:
            self.open_contact(contact_id, True)

    def closeEvent(self, event: QCloseEvent) -> None:
        header = self.ui.task_table.horizontalHeader()
        layouts.save(self.settings, "my_activities", self, {"header": header})
        super().closeEvent(event)

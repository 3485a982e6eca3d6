"""Tasks ("My activities"): listing, completing, and the reminders they raise."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta, tzinfo
from enum import StrEnum
from typing import Any, NamedTuple

import peewee

from desktop.core.db import Store
from desktop.core.errors import ConcurrentEditError, NotFoundError, ValidationError
from desktop.core.models import ActivityEntry, ActivityType, Contact, Task, TaskStatus
from desktop.core.rows import Statement, converted_rows
from desktop.core.session import Session

log = logging.getLogger(__name__)


class TaskRow(NamedTuple):
    """A task as lists show it: an immutable row, cheap to make by the hundred."""

    id: uuid.UUID
    version: int
    contact_id: uuid.UUID
    contact_name: str
    company: str
    type_id: uuid.UUID | None
    type_name: str
    description: str
    due: datetime | None
    reminder_start: datetime | None
    reminder_end: datetime | None
    status: str
    completed_at: datetime | None
    snoozed_until: datetime | None

    def is_overdue(self, now: datetime) -> bool:
        return (
            self.status == TaskStatus.OPEN.value
            and self.due is not None
            and (self.due < now)
        )


@dataclass(frozen=True)
class Completion:
    """What completing a task produced: the done entry on the contact."""

    task_id: uuid.UUID
    contact_id: uuid.UUID
    entry_id: uuid.UUID


_TASK_COLUMNS = (
    Task.id,
    Task.version,
    Task.contact,
    Task.activity_type,
    Task.description,
    Task.due,
    Task.reminder_start,
    Task.reminder_end,
    Task.status,
    Task.completed_at,
    Task.snoozed_until,
    Contact.first_name,
    Contact.last_name,
    Contact.company,
    ActivityType.description.alias("type_name"),
)
"""What task lists read, in the order :func:`_as_task_rows` unpacks."""


def _task_rows(query: peewee.ModelSelect[Task]) -> list[TaskRow]:
    """Rows of :func:`_task_query`."""
    return _as_task_rows(converted_rows(query, _TASK_COLUMNS))


def _as_task_rows(found: list[tuple[Any, ...]]) -> list[TaskRow]:
    rows = []
    for (
        task_id,
        version,
        contact_id,
        type_id,
        description,
        due,
        reminder_start,
        reminder_end,
        status,
        completed_at,
        snoozed_until,
        first_name,
        last_name,
        company,
        type_name,
    ) in found:
        rows.append(
            TaskRow(
                id=task_id,
                version=version,
                contact_id=contact_id,
                contact_name=f"{first_name} {last_name}".strip() or company,
                company=company,
                type_id=type_id,
                type_name=type_name or "",
                description=description,
                due=due,
                reminder_start=reminder_start,
                reminder_end=reminder_end,
                status=status,
                completed_at=completed_at,
                snoozed_until=snoozed_until,
            )
        )
    return rows


def _task_query() -> peewee.ModelSelect[Task]:
    return (
        Task.select(*_TASK_COLUMNS)
        .join(Contact, on=Task.contact == Contact.id)
        .switch(Task)
        .join(
            ActivityType,
            peewee.JOIN.LEFT_OUTER,
            on=Task.activity_type == ActivityType.id,
        )
    )


def tasks_for(
    store: Store, user_id: uuid.UUID, statuses: Iterable[TaskStatus] | None = None
) -> list[TaskRow]:
    """A user's tasks, by due date (those without one last)."""
    query = _task_query().where((Task.assignee == user_id) & Task.deleted_at.is_null())
    if statuses is not None:
        query = query.where(Task.status.in_([s.value for s in statuses]))
    query = query.order_by(Task.due.is_null(), Task.due, Task.id)
    return _task_rows(query)


def _reminder_condition(user_id: uuid.UUID, moment: datetime) -> peewee.Expression:
    """Open tasks of ``user_id`` whose reminder window contains ``moment``.

    Snoozed tasks come back when the snooze runs out; dismissed ones never do.
    """
    return (
        (Task.assignee == user_id)
        & (Task.status == TaskStatus.OPEN.value)
        & (Task.reminder_end >= moment)
        & (Task.reminder_start <= moment)
        & Task.dismissed_at.is_null()
        & (Task.snoozed_until.is_null() | (Task.snoozed_until <= moment))
        & Task.deleted_at.is_null()
    )


def reminders_due_query(
    user_id: uuid.UUID, moment: datetime
) -> peewee.ModelSelect[Task]:
    """The query :func:`reminders_due` runs, joins included, for query plans."""
    return (
        _task_query()
        .where(_reminder_condition(user_id, moment))
        .order_by(Task.reminder_start, Task.id)
    )


_REMINDERS_DUE = Statement(reminders_due_query, _TASK_COLUMNS, arity=2)


def reminders_due(store: Store, user_id: uuid.UUID, moment: datetime) -> list[TaskRow]:
    """Open tasks of ``user_id`` whose reminder window contains ``moment``.

    Snoozed tasks come back when the snooze runs out; dismissed ones never do. The
    index on (assignee, status, reminder_end) serves the query, which every copy
    runs every half minute: its SQL is built once.
    """
    return _as_task_rows(_REMINDERS_DUE.rows(store.db, user_id, moment))


def reminder_query_sql(
    store: Store, user_id: uuid.UUID, moment: datetime
) -> tuple[str, list]:
    """The SQL and parameters of :func:`reminders_due`, for query-plan checks."""
    query = Task.select(Task.id).where(_reminder_condition(user_id, moment))
    sql, params = query.sql()
    return sql, list(params)


class SnoozeChoice(StrEnum):
    """The snooze lengths the Reminders window offers."""

    FIVE_MINUTES = "5m"
    ONE_HOUR = "1h"
    TOMORROW_MORNING = "tomorrow"


MORNING = time(9, 0)
"""Local time of day that "tomorrow morning" means."""


def snooze_until(choice: SnoozeChoice, now: datetime, zone: tzinfo) -> datetime:
    """The UTC moment a reminder snoozed at ``now`` with ``choice`` comes back.

    "Tomorrow morning" is 09:00 on the next calendar day in ``zone``, the user's
    local time zone, so it stays 09:00 on the wall across a daylight-saving change.
    """
    if choice is SnoozeChoice.FIVE_MINUTES:
        return now + timedelta(minutes=5)
    if choice is SnoozeChoice.ONE_HOUR:
        return now + timedelta(hours=1)
    tomorrow = now.astimezone(zone).date() + timedelta(days=1)
    return datetime.combine(tomorrow, MORNING, tzinfo=zone).astimezone(UTC)


class TaskService:
    """Changes to tasks made by the signed-in user."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def _get_open(self, task_id: uuid.UUID) -> Task:
        task = Task.get_or_none((Task.id == task_id) & Task.deleted_at.is_null())
        if task is None:
            raise NotFoundError("This task no longer exists.")
        if task.status != TaskStatus.OPEN.value:
            raise ValidationError.single(
                "status",
                f"This task is already {task.status} (by {task.updated_by}); "
                "refresh the list.",
            )
        return task

    def _update(self, task: Task, **values: object) -> None:
        now = self.session.now()
        changed = (
            Task.update(
                **values,
                **self.session.touched(Task, now),
            )
            .where((Task.id == task.id) & (Task.version == task.version))
            .execute()
        )
        if not changed:
            fresh = Task.get_by_id(task.id)
            raise ConcurrentEditError("This task", fresh.updated_by, fresh.updated_at)

    def complete(self, task_id: uuid.UUID, note: str = "") -> Completion:
        """Mark the task done and record it as an activity done on its contact."""
        now = self.session.now()

        def complete() -> Completion:
            task = self._get_open(task_id)
            self._update(task, status=TaskStatus.DONE.value, completed_at=now)
            description = task.description
            if note.strip():
                description = f"{description}\n{note.strip()}".strip()
            entry = ActivityEntry.create(
                # Derived from the task, so that completing the same task on two
                # offline copies yields one done entry once they sync.
                id=uuid.uuid5(task.id, "completion"),
                contact=task.contact_id,
                done_type=task.activity_type_id,
                done_date=now,
                done_operator=self.session.user.id,
                done_description=description,
                **self.session.new_row_fields(now),
            )
            return Completion(task.id, task.contact_id, entry.id)

        completion = self.session.store.transaction(complete)
        log.info("task %s done", task_id)
        return completion

    def cancel(self, task_id: uuid.UUID) -> None:
        self._change(task_id, status=TaskStatus.CANCELLED.value)

    def snooze(self, task_id: uuid.UUID, until: datetime) -> None:
        """Hide the task's reminder until ``until``; stored, so a restart keeps it."""
        if until <= self.session.now():
            raise ValidationError.single(
                "snooze_button", "Snooze time is in the past: choose a later time."
            )
        self._change(task_id, snoozed_until=until)

    def dismiss(self, task_id: uuid.UUID) -> None:
        """Stop the task's reminder for good; the task itself stays open."""
        self._change(task_id, dismissed_at=self.session.now())

    def _change(self, task_id: uuid.UUID, **values: object) -> None:
        """Write ``values`` into the open task, in one transaction."""
        self.session.store.transaction(
            lambda: self._update(self._get_open(task_id), **values)
        )

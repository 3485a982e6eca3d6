"""Rows read straight from the driver come back as peewee itself would give them."""

from __future__ import annotations

from datetime import timedelta

from desktop.core.models import ActivityEntry, ActivityType, Contact, Task
from desktop.core.rows import converted_rows
from desktop.core.tasks import tasks_for
from tests.core.helpers import add_operator, new_contact
from tests.core.test_tasks import plan_call


def test_entries_and_tasks_read_as_peewee_converts_them(session, clock):
    bruno = add_operator(session, "bruno")
    plan_call(session, new_contact(session), bruno.id, clock, start_in=timedelta(0))
    plan_call(
        session, new_contact(session, "Bianchi"), bruno.id, clock, start_in=timedelta(1)
    )
    entry_columns = (
        ActivityEntry.id,
        ActivityEntry.contact,
        ActivityEntry.created_at,
        ActivityEntry.done_date,
        ActivityEntry.pending_due_date,
        ActivityEntry.pending_description,
        ActivityEntry.create_task,
        ActivityEntry.version,
        ActivityEntry.deleted_at,
    )
    entries = ActivityEntry.select(*entry_columns).order_by(ActivityEntry.id)
    task_columns = (
        Task.id,
        Task.due,
        Task.status,
        Contact.last_name,
        ActivityType.description.alias("type_name"),
    )
    tasks = (
        Task.select(*task_columns)
        .join(Contact, on=Task.contact == Contact.id)
        .switch(Task)
        .join(ActivityType, on=Task.activity_type == ActivityType.id)
        .order_by(Task.id)
    )

    for query, columns in ((entries, entry_columns), (tasks, task_columns)):
        expected = list(query.tuples())
        assert len(expected) == 2
        assert converted_rows(query, columns) == expected

    first, _ = converted_rows(entries, entry_columns)
    assert first[6] is True  # a flag, not 1
    assert first[2].tzinfo is not None
    assert first[-1] is None
    assert {t.contact_name for t in tasks_for(session.store, bruno.id)} == {
        "Rossi",
        "Bianchi",
    }

"""Rows read straight from the driver come back as peewee itself would give them."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop.core.models import ActivityEntry, ActivityType, Contact, Task
from desktop.core.rows import Statement, converted_rows
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


def test_a_statement_built_once_reads_what_its_query_reads(session, clock):
    bruno = add_operator(session, "bruno")
    carla = add_operator(session, "carla")
    for who, name, start_in in (
        (bruno, "Rossi", timedelta(0)),
        (bruno, "Bianchi", timedelta(hours=5)),
        (carla, "Verdi", timedelta(0)),
    ):
        plan_call(session, new_contact(session, name), who.id, clock, start_in=start_in)
    columns = (Task.id, Task.due, Task.status, Contact.last_name)

    def build(assignee, moment):
        return (
            Task.select(*columns)
            .join(Contact, on=Task.contact == Contact.id)
            .where(
                (Task.assignee == assignee)
                & (Task.reminder_start <= moment)
                & (Task.status == "open")
            )
            .order_by(Task.id)
        )

    statement = Statement(build, columns, arity=2)
    database = session.store.db
    later = clock.now() + timedelta(hours=6)

    for who, moment, names in (
        (bruno, clock.now(), ["Rossi"]),
        (bruno, later, ["Bianchi", "Rossi"]),
        (carla, later, ["Verdi"]),
    ):
        rows = statement.rows(database, who.id, moment)
        assert rows == converted_rows(build(who.id, moment), columns)
        assert sorted(row[3] for row in rows) == names


def test_a_statement_asks_for_all_its_arguments(session):
    statement = Statement(
        lambda contact: Task.select(Task.id).where(Task.contact == contact),
        (Task.id,),
        arity=1,
    )

    with pytest.raises(TypeError, match="expected 1 arguments"):
        statement.rows(session.store.db)
    with pytest.raises(ValueError, match="cannot be None"):
        statement.rows(session.store.db, None)


def test_a_matching_statement_reads_the_rows_equal_to_its_argument(session, clock):
    bruno = add_operator(session, "bruno")
    plan_call(session, new_contact(session), bruno.id, clock, start_in=timedelta(0))
    plan_call(
        session,
        new_contact(session, "Bianchi"),
        bruno.id,
        clock,
        start_in=timedelta(hours=3),
    )
    columns = (Task.id, Task.status)
    open_ones = Statement.matching(columns, Task.assignee, Task.status == "open")
    every = Statement.matching(columns, Task.assignee)

    first = Task.select(Task.id).order_by(Task.id).first()
    Task.update(status="done").where(Task.id == first.id).execute()

    assert len(every.rows(session.store.db, bruno.id)) == 2
    assert [status for _, status in open_ones.rows(session.store.db, bruno.id)] == [
        "open"
    ]
    assert open_ones.rows(session.store.db, session.user.id) == []

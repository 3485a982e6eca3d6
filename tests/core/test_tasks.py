"""My activities: tasks made by entries, completing them, and the reminder query."""

from datetime import timedelta

import pytest

from desktop.core.contacts import ContactService, EntryDraft
from desktop.core.db import Backend
from desktop.core.errors import ValidationError
from desktop.core.models import ActivityEntry, TaskStatus
from desktop.core.tasks import TaskService, reminder_query_sql, reminders_due, tasks_for
from desktop.core.workflow import load_rules
from tests.core.helpers import add_operator, new_contact, type_id


def plan_call(
    session, contact, operator_id, clock, *, start_in, length=timedelta(hours=2)
):
    rules = load_rules(session.store)
    start = clock.now() + start_in
    contact.entries.insert(
        0,
        EntryDraft(
            done_type_id=type_id(rules, "EMAIL"),
            pending_type_id=type_id(rules, "INTRO_CALL"),
            pending_description="Introduce the new catalogue",
            pending_due_date=start + length,
            pending_operator_id=operator_id,
            reminder_start=start,
            reminder_end=start + length,
            create_task=True,
        ),
    )
    return ContactService(session).save(contact)


def test_a_task_appears_in_its_operators_list_only(session, clock):
    bruno = add_operator(session, "bruno")
    plan_call(
        session, new_contact(session), bruno.id, clock, start_in=timedelta(hours=1)
    )
    (task,) = tasks_for(session.store, bruno.id)
    assert (task.contact_name, task.type_name) == ("Rossi", "Introductory call")
    assert tasks_for(session.store, session.user.id) == []


def test_completing_a_task_records_a_done_entry(session, clock):
    contact = plan_call(
        session, new_contact(session), session.user.id, clock, start_in=timedelta(0)
    )
    (task,) = tasks_for(session.store, session.user.id, [TaskStatus.OPEN])
    clock.advance(timedelta(hours=1))
    done = TaskService(session).complete(task.id, note="Spoke with Maria")
    (row,) = tasks_for(session.store, session.user.id)
    assert (row.status, row.completed_at) == ("done", clock.now())
    entry = ActivityEntry.get_by_id(done.entry_id)
    assert entry.contact_id == contact.id
    assert entry.done_type_id == task.type_id
    assert entry.done_date == clock.now()
    assert entry.done_operator_id == session.user.id
    assert entry.done_description == "Introduce the new catalogue\nSpoke with Maria"
    with pytest.raises(ValidationError, match="already done"):
        TaskService(session).complete(task.id)
    assert (
        ActivityEntry.select().where(ActivityEntry.contact == contact.id).count() == 2
    )


def test_reminders_are_due_inside_their_window_only(session, clock):
    plan_call(
        session,
        new_contact(session),
        session.user.id,
        clock,
        start_in=timedelta(hours=1),
    )
    user = session.user.id
    store = session.store
    assert reminders_due(store, user, clock.now()) == []
    assert len(reminders_due(store, user, clock.now() + timedelta(hours=1))) == 1
    assert len(reminders_due(store, user, clock.now() + timedelta(hours=3))) == 1
    assert reminders_due(store, user, clock.now() + timedelta(hours=3, seconds=1)) == []


def test_snooze_and_dismiss_are_stored_per_task(session, clock):
    plan_call(
        session, new_contact(session), session.user.id, clock, start_in=timedelta(0)
    )
    (task,) = reminders_due(session.store, session.user.id, clock.now())
    service = TaskService(session)
    service.snooze(task.id, clock.now() + timedelta(minutes=5))
    assert reminders_due(session.store, session.user.id, clock.now()) == []
    assert (
        len(
            reminders_due(
                session.store, session.user.id, clock.now() + timedelta(minutes=5)
            )
        )
        == 1
    )
    with pytest.raises(ValidationError, match="in the past"):
        service.snooze(task.id, clock.now() - timedelta(minutes=1))
    service.dismiss(task.id)
    later = clock.now() + timedelta(minutes=30)
    assert reminders_due(session.store, session.user.id, later) == []
    (still_open,) = tasks_for(session.store, session.user.id, [TaskStatus.OPEN])
    assert still_open.id == task.id


def test_the_reminder_query_uses_the_task_index(session, clock):
    store = session.store
    sql, params = reminder_query_sql(store, session.user.id, clock.now())
    if store.backend is Backend.SQLITE:
        plan = " ".join(
            str(r[-1])
            for r in store.db.execute_sql("EXPLAIN QUERY PLAN " + sql, params)
        )
        assert "task_reminder_due" in plan
    elif store.backend is Backend.POSTGRESQL:
        with store.db.atomic():
            store.db.execute_sql("SET LOCAL enable_seqscan = off")
            plan = " ".join(
                r[0] for r in store.db.execute_sql("EXPLAIN " + sql, params)
            )
        # On a nearly empty table the planner may take either index that starts
        # with the assignee; at scale the benchmark shows which one it prefers.
        assert "Seq Scan" not in plan
        assert "task_" in plan
    else:
        rows = store.db.execute_sql("EXPLAIN " + sql, params).fetchall()
        keys = " ".join(str(r[4]) for r in rows)  # possible_keys
        assert "task_reminder_due" in keys

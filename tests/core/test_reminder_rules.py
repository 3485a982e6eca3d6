"""Which tasks are due for a reminder, and what snooze and dismiss store."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from desktop.core.admin import AdminService
from desktop.core.db import Backend
from desktop.core.errors import ValidationError
from desktop.core.models import ActivityType, Contact, Task, User
from desktop.core.session import Session
from desktop.core.tasks import (
    SnoozeChoice,
    TaskService,
    reminder_query_sql,
    reminders_due,
    snooze_until,
)

ROME = ZoneInfo("Europe/Rome")


def add_operator(session: Session, username: str, full_name: str) -> User:
    """A second user, as an administrator adds one."""
    return AdminService(session).save_user(username, full_name, password="operator-pw")


def add_task(
    session: Session,
    assignee: User,
    *,
    start: datetime | None,
    end: datetime | None,
    due: datetime | None = None,
    last_name: str = "Rossi",
    description: str = "Call back about the offer",
    type_code: str = "CALL",
) -> uuid.UUID:
    """A contact with one open task for ``assignee`` and its reminder window."""
    now = session.now()
    contact = Contact.create(
        code=f"C{uuid.uuid4().hex[:8]}",
        first_name="Mario",
        last_name=last_name,
        company="Rossi Srl",
        **session.new_row_fields(now),
    )
    task = Task.create(
        assignee=assignee.id,
        contact=contact.id,
        activity_type=ActivityType.get(ActivityType.code == type_code).id,
        description=description,
        due=due if due is not None else end,
        reminder_start=start,
        reminder_end=end,
        **session.new_row_fields(now),
    )
    return task.id


def due_ids(session: Session, moment: datetime | None = None) -> list[uuid.UUID]:
    moment = moment or session.now()
    return [row.id for row in reminders_due(session.store, session.user.id, moment)]


def test_reminder_is_due_only_inside_its_window(session, clock):
    start = clock.now() + timedelta(hours=1)
    task = add_task(session, session.user, start=start, end=start + timedelta(hours=2))

    assert due_ids(session) == []
    assert due_ids(session, start - timedelta(seconds=1)) == []
    assert due_ids(session, start) == [task]
    assert due_ids(session, start + timedelta(hours=2)) == [task]
    assert due_ids(session, start + timedelta(hours=2, seconds=1)) == []


def test_due_reminder_shows_contact_type_and_due_date(session, clock):
    start = clock.now() - timedelta(minutes=10)
    due = clock.now() - timedelta(minutes=5)
    add_task(
        session, session.user, start=start, end=start + timedelta(hours=4), due=due
    )

    (row,) = reminders_due(session.store, session.user.id, clock.now())

    assert row.contact_name == "Mario Rossi"
    assert row.type_name == "Follow-up call"
    assert row.due == due
    assert row.due.tzinfo is not None
    assert row.is_overdue(clock.now())


def test_snoozed_reminder_returns_when_the_snooze_runs_out(session, clock):
    task = add_task(
        session, session.user, start=clock.now(), end=clock.now() + timedelta(hours=8)
    )
    until = snooze_until(SnoozeChoice.ONE_HOUR, clock.now(), ROME)

    TaskService(session).snooze(task, until)

    assert due_ids(session) == []
    assert due_ids(session, until - timedelta(seconds=1)) == []
    assert due_ids(session, until) == [task]
    assert Task.get_by_id(task).snoozed_until == until


def test_dismissed_reminder_never_returns_but_the_task_stays_open(session, clock):
    task = add_task(
        session, session.user, start=clock.now(), end=clock.now() + timedelta(days=2)
    )

    TaskService(session).dismiss(task)

    assert due_ids(session) == []
    assert due_ids(session, clock.now() + timedelta(days=1)) == []
    assert Task.get_by_id(task).status == "open"


def test_done_and_cancelled_tasks_raise_no_reminder(session, clock):
    window = {"start": clock.now(), "end": clock.now() + timedelta(hours=1)}
    done = add_task(session, session.user, **window)
    cancelled = add_task(session, session.user, **window)
    still_open = add_task(session, session.user, **window)

    TaskService(session).complete(done)
    TaskService(session).cancel(cancelled)

    assert due_ids(session) == [still_open]


def test_only_the_tasks_operator_is_reminded(session, clock):
    bruno = add_operator(session, "bruno", "Bruno Bianchi")
    window = {"start": clock.now(), "end": clock.now() + timedelta(hours=1)}
    mine = add_task(session, session.user, **window)
    add_task(session, bruno, **window)

    assert due_ids(session) == [mine]


def test_tasks_without_reminder_window_are_never_due(session, clock):
    add_task(session, session.user, start=None, end=None, due=clock.now())

    assert due_ids(session) == []


def test_snooze_into_the_past_is_refused_on_the_snooze_button(session, clock):
    task = add_task(
        session, session.user, start=clock.now(), end=clock.now() + timedelta(hours=1)
    )

    with pytest.raises(ValidationError) as refused:
        TaskService(session).snooze(task, clock.now() - timedelta(minutes=1))

    assert refused.value.problems[0].field == "snooze_button"
    assert Task.get_by_id(task).snoozed_until is None


@pytest.mark.parametrize(
    ("choice", "expected"),
    [
        (SnoozeChoice.FIVE_MINUTES, datetime(2026, 3, 28, 19, 5, tzinfo=UTC)),
        (SnoozeChoice.ONE_HOUR, datetime(2026, 3, 28, 20, 0, tzinfo=UTC)),
        # Saturday 20:00 in Rome (CET, UTC+1); Sunday 09:00 is already CEST (UTC+2).
        (SnoozeChoice.TOMORROW_MORNING, datetime(2026, 3, 29, 7, 0, tzinfo=UTC)),
    ],
)
def test_snooze_lengths_across_the_march_change(choice, expected):
    assert snooze_until(choice, datetime(2026, 3, 28, 19, 0, tzinfo=UTC), ROME) == (
        expected
    )


def test_tomorrow_morning_across_the_october_change():
    # Saturday 20:00 CEST (UTC+2); Sunday 09:00 is back on CET (UTC+1).
    evening = datetime(2026, 10, 24, 18, 0, tzinfo=UTC)

    until = snooze_until(SnoozeChoice.TOMORROW_MORNING, evening, ROME)

    assert until == datetime(2026, 10, 25, 8, 0, tzinfo=UTC)
    assert until.astimezone(ROME).hour == 9


def test_tomorrow_morning_just_after_midnight_is_the_next_calendar_day():
    # 00:30 on Tuesday in Rome is 23:30 UTC on Monday.
    night = datetime(2026, 3, 2, 23, 30, tzinfo=UTC)

    until = snooze_until(SnoozeChoice.TOMORROW_MORNING, night, ROME)

    assert until.astimezone(ROME) == datetime(2026, 3, 4, 9, 0, tzinfo=ROME)


def test_reminder_query_uses_an_index_on_sqlite(sqlite_url, clock):
    from desktop.core.bootstrap import open_store

    store = open_store(sqlite_url, clock)
    try:
        assert store.backend is Backend.SQLITE
        sql, params = reminder_query_sql(store, uuid.uuid4(), clock.now())
        plan = " ".join(
            str(row[-1])
            for row in store.db.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params)
        )
        # One user's open tasks are found through an index on the assignee, never
        # by reading the whole table.
        assert "SCAN" not in plan
        assert "INDEX" in plan
        assert "assignee_id=? AND status=?" in plan
    finally:
        store.close()

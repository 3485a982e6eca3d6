"""Demo data: what ``contatti demo`` adds is consistent with the workflow rules."""

from __future__ import annotations

import bisect
import itertools
import uuid
from collections import defaultdict
from datetime import timedelta

import peewee
import pytest

from desktop.core.bootstrap import open_store, sign_in
from desktop.core.clock import ManualClock
from desktop.core.contacts import ContactService, EntryDraft
from desktop.core.demo import (
    DEMO_PASSWORD,
    _write,
    generate_demo,
    run_demo_command,
)
from desktop.core.demo_history import LARGE_ENTRIES, LARGE_LOG_ROWS
from desktop.core.ids import new_id
from desktop.core.migrations import is_append_only_violation
from desktop.core.models import (
    ActivityEntry,
    Contact,
    Stage,
    StageLog,
    Task,
    TaskStatus,
    User,
)
from desktop.core.search import contact_search
from desktop.core.tasks import reminders_due
from desktop.core.workflow import load_rules


def _log_by_contact(store):
    rows = defaultdict(list)
    query = StageLog.select().order_by(StageLog.changed_at, StageLog.id)
    for row in query:
        rows[row.contact_id].append(row)
    return rows


def test_demo_adds_the_counts_it_reports(store, clock):
    result = generate_demo(store, clock, 40, seed=3)

    assert Contact.select().count() == result.contacts == 40
    assert ActivityEntry.select().count() == result.entries
    assert Task.select().count() == result.tasks
    assert StageLog.select().count() == result.log_rows
    # About 10 entries, 3 tasks and 4 log rows a contact.
    assert 6 * 40 <= result.entries <= 14 * 40
    assert 1.5 * 40 <= result.tasks <= 4.5 * 40
    assert 2.5 * 40 <= result.log_rows <= 5.5 * 40
    statuses = {t.status for t in Task.select()}
    assert {TaskStatus.OPEN.value, TaskStatus.DONE.value} <= statuses
    assert User.select().where(User.active == True).count() == 50  # noqa: E712


def test_bulk_writes_keep_tabs_line_breaks_and_backslashes(store, clock):
    """What would end a field or a row in a bulk write arrives as it was written."""
    generate_demo(store, clock, 1, seed=3)
    fields = Contact._meta.sorted_fields
    copied = dict(zip(fields, Contact.select(*fields).tuples().get(), strict=True))
    copied[Contact.id] = new_id()
    copied[Contact.code] = "C999999"
    copied[Contact.company] = "Tab\there, line\nbreak\r\nand \\N backslash \\"
    with store.atomic():
        _write(
            store,
            Contact,
            [f.name for f in fields],
            [tuple(f.db_value(value) for f, value in copied.items())],
        )

    assert Contact.get_by_id(copied[Contact.id]).company == copied[Contact.company]


def test_each_contact_is_in_the_stage_its_log_ends_with(store, clock):
    generate_demo(store, clock, 30, seed=5)
    rules = load_rules(store)
    logs = _log_by_contact(store)

    for contact in Contact.select():
        rows = logs[contact.id]
        assert rows[0].from_stage_id is None
        assert rows[0].to_stage_id == rules.initial_stage().id
        assert contact.stage_id == rows[-1].to_stage_id
        for before, after in itertools.pairwise(rows):
            assert after.from_stage_id == before.to_stage_id
            assert rules.allows_transition(before.to_stage_id, after.to_stage_id)


def test_entry_types_are_allowed_in_the_stage_of_their_day(store, clock):
    generate_demo(store, clock, 30, seed=7)
    rules = load_rules(store)
    logs = _log_by_contact(store)

    for entry in ActivityEntry.select():
        rows = logs[entry.contact_id]
        times = [r.changed_at for r in rows]
        stage = rows[bisect.bisect_right(times, entry.done_date) - 1].to_stage_id
        assert rules.allows_type(stage, entry.done_type_id)
        assert entry.done_operator_id is not None
        if entry.pending_type_id is not None:
            assert rules.allows_type(stage, entry.pending_type_id)
            assert entry.pending_due_date >= entry.pending_date
            assert entry.pending_operator_id is not None


def test_tasks_belong_to_active_users_and_their_entries(store, clock):
    result = generate_demo(store, clock, 40, seed=11)
    active = {u.id for u in User.select().where(User.active == True)}  # noqa: E712
    inactive = {u.id for u in User.select().where(User.active == False)}  # noqa: E712
    assert inactive, "the demo has former users, to prove they get no tasks"

    for task in Task.select():
        assert task.assignee_id in active
        entry = ActivityEntry.get_by_id(task.entry_id)
        assert entry.create_task
        assert entry.pending_operator_id == task.assignee_id
        assert task.activity_type_id == entry.pending_type_id
    now = clock.now()
    open_tasks = Task.select().where(Task.status == TaskStatus.OPEN.value)
    assert open_tasks.count() == result.open_tasks > 0
    assert any(t.due < now for t in open_tasks), "some open tasks are overdue"
    due_now = [row for user in active for row in reminders_due(store, user, now)]
    assert due_now, "some reminder windows are open now"


def test_stage_log_still_refuses_changes_after_the_demo(store, clock):
    generate_demo(store, clock, 5, seed=1)
    row = StageLog.select().first()

    with pytest.raises(peewee.DatabaseError) as refused, store.atomic():
        StageLog.update(changed_at=clock.now()).where(StageLog.id == row.id).execute()
    assert is_append_only_violation(refused.value)


def test_the_app_opens_and_saves_a_large_demo_contact(store, clock, session):
    result = generate_demo(store, clock, 3, seed=2, large_contacts=1)
    contact_id = uuid.UUID(result.large_contact_ids[0])
    service = ContactService(session)

    draft = service.load(contact_id)
    assert len(draft.entries) == LARGE_ENTRIES
    assert len(service.log(contact_id)) == LARGE_LOG_ROWS
    rules = load_rules(store)
    allowed = rules.types_for(draft.stage_id)
    draft.entries.insert(
        0, EntryDraft(done_type_id=allowed[0].id, done_description="Called back")
    )
    clock.advance(timedelta(minutes=5))
    saved = service.save(draft)
    assert len(saved.entries) == LARGE_ENTRIES + 1


def test_same_seed_gives_the_same_data(tmp_path):
    def contacts_of(name: str) -> list[tuple]:
        clock = ManualClock()
        store = open_store(f"sqlite:///{(tmp_path / name).as_posix()}", clock)
        generate_demo(store, clock, 15, seed=42)
        # Ids of the seeded workflow differ per database: compare stage codes.
        rows = list(
            Contact.select(
                Contact.id, Contact.code, Contact.last_name, Contact.email, Stage.code
            )
            .join(Stage)
            .order_by(Contact.code)
            .tuples()
        )
        entries = ActivityEntry.select().count()
        store.close()
        return [*rows, entries]

    first = contacts_of("one.db")
    assert first == contacts_of("two.db")


def test_a_second_run_adds_more_without_clashes(sqlite_url, clock):
    store = open_store(sqlite_url, clock)
    generate_demo(store, clock, 10, seed=1)
    generate_demo(store, clock, 10, seed=1)

    assert Contact.select().count() == 20
    assert User.select().count() == 52
    codes = [c.code for c in Contact.select().order_by(Contact.code)]
    assert codes[0] == "C000001"
    assert codes[-1] == "C000020"
    store.close()


def test_demo_users_sign_in_on_a_server(store, clock):
    if not store.url.is_server:
        pytest.skip("local files sign in with the computer's account")
    generate_demo(store, clock, 2, seed=1)
    session = sign_in(store, clock, "giulia.ferri", DEMO_PASSWORD)
    assert session.user.is_admin, "an empty server gets an administrator"
    assert session.user.full_name == "Giulia Ferri"


def test_demo_command_needs_an_explicit_database(capsys):
    assert run_demo_command(None, 10, 1) == 2
    assert "--database" in capsys.readouterr().err


def test_demo_command_prints_what_it_added(sqlite_url, capsys):
    assert run_demo_command(sqlite_url, 4, 1) == 0
    out = capsys.readouterr().out
    assert "Added 4 contacts" in out
    assert DEMO_PASSWORD in out


def _found(store, text):
    return {c.code for c in Contact.select().where(contact_search(store.db, text))}


def _schema_indexes(store):
    return set(
        store.db.execute_sql(
            "SELECT name, sql FROM sqlite_master WHERE type IN ('index', 'trigger')"
        ).fetchall()
    )


def test_a_first_and_a_second_demo_load_keep_indexes_and_search(sqlite_url, clock):
    store = open_store(sqlite_url, clock)
    schema = _schema_indexes(store)
    # The first load rebuilds the table indexes after its rows are in; the second
    # (smaller than what is there) keeps them and drops only the search trigger.
    generate_demo(store, clock, 30, seed=1)
    assert _schema_indexes(store) == schema
    generate_demo(store, clock, 5, seed=2)
    assert _schema_indexes(store) == schema

    newest = Contact.select().order_by(Contact.code.desc()).get()
    assert newest.code == "C000035"
    assert _found(store, newest.last_name) >= {newest.code}
    assert _found(store, newest.email[:6]) >= {newest.code}
    every = {c.code for c in Contact.select()}
    assert {code for c in Contact.select() for code in _found(store, c.email)} == every
    store.close()

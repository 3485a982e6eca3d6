"""The merge rules: tasks stay finished, log rows all survive, deletes, clocks."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from desktop.core.models import ActivityEntry, Task
from desktop.core.sync.engine import SyncCancelled, SyncEngine
from desktop.core.sync.server import ServerFeed
from desktop.core.sync.tables import CONFLICT, CONTACT, STAGE_LOG
from tests.sync.conftest import Laptop, Server, latest_move


def sync_all(*laptops: Laptop) -> None:
    for _ in range(2):
        for laptop in laptops:
            laptop.sync()


def converged(server: Server, *copies: Laptop) -> bool:
    expected = server.rows()
    return all(c.rows() == expected for c in copies)


def contact_with_task(laptop: Laptop) -> tuple:
    contact_id = laptop.new_contact(last_name="Verdi")
    laptop.add_entry(
        contact_id,
        done_type_id=laptop.type_id("EMAIL"),
        pending_type_id=laptop.type_id("INTRO_CALL"),
        pending_description="Call back",
        pending_operator_id=laptop.user_id("anna"),
        create_task=True,
    )
    with laptop.bound():
        task_id = Task.get(Task.contact == contact_id).id
    return contact_id, task_id


def test_completing_one_task_on_two_laptops_yields_one_done_entry(server, laptops):
    a, b = laptops("a"), laptops("b")
    a.sync()
    contact_id, task_id = contact_with_task(a)
    sync_all(a, b)
    a.complete(task_id, "spoke to her")
    b.clock.advance(timedelta(minutes=3))
    b.complete(task_id, "left a message")
    sync_all(a, b)
    with server.bound():
        done = ActivityEntry.select().where(
            (ActivityEntry.contact == contact_id)
            & (ActivityEntry.done_description.contains("Call back"))
        )
        assert done.count() == 1
        assert Task.get_by_id(task_id).status == "done"
    assert converged(server, a, b)


def test_a_finished_task_stays_finished_over_a_later_edit(server, laptops):
    a, b = laptops("a"), laptops("b")
    a.sync()
    _contact_id, task_id = contact_with_task(a)
    sync_all(a, b)
    a.complete(task_id)
    b.clock.advance(timedelta(hours=1))
    with b.bound():  # b still sees the task open and edits it, an hour later
        Task.update(description="call after lunch", version=Task.version + 1).where(
            Task.id == task_id
        ).execute()
    sync_all(a, b)
    with server.bound():
        task = Task.get_by_id(task_id)
    assert (task.status, task.description) == ("done", "call after lunch")
    assert converged(server, a, b)


def test_done_on_one_laptop_and_cancelled_on_another_is_a_recorded_conflict(
    server, laptops
):
    a, b = laptops("a"), laptops("b")
    a.sync()
    _contact_id, task_id = contact_with_task(a)
    sync_all(a, b)
    a.complete(task_id)
    b.clock.advance(timedelta(minutes=2))
    with b.bound():
        from desktop.core.tasks import TaskService

        TaskService(b.session()).cancel(task_id)
    sync_all(a, b)
    with server.bound():
        assert Task.get_by_id(task_id).status == "cancelled"
    [conflict] = [c for c in server.rows()[CONFLICT].values() if c["kind"] == "field"]
    assert (
        json.loads(conflict["winner_value"]),
        json.loads(conflict["loser_value"]),
    ) == (
        "cancelled",
        "done",
    )
    assert converged(server, a, b)


def test_an_edit_that_would_reopen_a_finished_task_loses_with_a_trace():
    from desktop.core.sync.merge import FieldMerge, decide

    result = decide(
        FieldMerge("task", "status", "done", "1", "open", "9", True, "done")
    )
    assert (result.take_incoming, result.conflict, result.kind) == (False, True, "task")
    result = decide(
        FieldMerge("task", "status", "open", "9", "done", "1", True, "open")
    )
    assert (result.take_incoming, result.conflict) == (True, False)


def test_two_offline_moves_are_both_logged_and_flagged(server, laptops):
    a, b = laptops("a"), laptops("b")
    a.sync()
    contact_id = a.new_contact(last_name="Neri")
    sync_all(a, b)
    a.move(contact_id, "QUALIFICATION")
    b.clock.advance(timedelta(minutes=5))
    b.move(contact_id, "LOST")
    sync_all(a, b)
    rows = server.rows()
    moves = [r for r in rows[STAGE_LOG].values() if r["contact_id"] == contact_id.hex]
    assert len(moves) == 3  # the first stage, then one move from each laptop
    latest = latest_move(server, contact_id)
    assert rows[CONTACT][contact_id.hex]["stage_id"] == latest["to_stage_id"]
    assert [c["kind"] for c in rows[CONFLICT].values()] == ["stage"]
    assert converged(server, a, b)


def test_a_delete_and_a_concurrent_edit_keep_the_tombstone_and_the_edit(
    server, laptops
):
    a, b = laptops("a"), laptops("b")
    a.sync()
    contact_id = a.new_contact(last_name="Gialli")
    sync_all(a, b)
    with a.bound():
        from desktop.core.contacts import ContactService

        service = ContactService(a.session())
        service.delete(contact_id, service.load(contact_id).version or 0)
    b.edit_contact(contact_id, notes="met at the fair")
    sync_all(a, b)
    row = server.rows()[CONTACT][contact_id.hex]
    assert row["deleted_at"] is not None
    assert row["notes"] == "met at the fair"
    assert converged(server, a, b)


def test_a_clock_a_day_ahead_is_clamped_and_cannot_win_every_conflict(server, laptops):
    a, b = laptops("a"), laptops("b")
    a.sync()
    contact_id = a.new_contact(last_name="Blu")
    sync_all(a, b)
    a.clock.advance(timedelta(days=1))  # a's clock is wrong
    a.edit_contact(contact_id, company="from the fast clock")
    report = a.sync()
    assert report.clamped == 1
    server.clock.advance(timedelta(minutes=30))
    b.clock.advance(timedelta(minutes=30))
    b.edit_contact(contact_id, phone="555")  # b has not seen a's edit yet
    b.sync()
    b.edit_contact(contact_id, company="from the right clock")
    sync_all(a, b)
    assert server.rows()[CONTACT][contact_id.hex]["company"] == "from the right clock"
    assert converged(server, a, b)


def test_a_laptop_away_past_the_retention_downloads_again_and_keeps_its_work(
    server, laptops
):
    a, b = laptops("a"), laptops("b")
    a.sync()
    b.sync()
    kept = b.new_contact(last_name="Offline", company="typed on the train")
    for n in range(3):
        a.new_contact(last_name=f"Office {n}")
        a.sync()
    server.clock.advance(timedelta(days=60))
    feed = ServerFeed(server.store.db, server.clock.now)
    assert feed.trim(server.clock.now() - timedelta(days=30)) > 0
    report = b.sync()
    assert report.redownloaded
    assert server.rows()[CONTACT][kept.hex]["company"] == "typed on the train"
    a.sync()
    assert converged(server, a, b)


def test_a_cancelled_download_resumes_where_it_stopped(server, laptops, tmp_path):
    a = laptops("a", page_size=3)
    calls = []

    def cancel_after_two_pages() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(SyncCancelled):
        a.engine.sync(cancelled=cancel_after_two_pages)
    state = a.engine.state()
    assert not state.downloaded
    assert (state.snapshot_table, state.snapshot_after) != (0, "")
    progress = []
    a.engine.sync(progress=lambda done, total: progress.append((done, total)))
    assert progress[-1][0] == progress[-1][1]
    assert converged(server, a)
    assert isinstance(a.engine, SyncEngine)


def test_syncing_trims_the_feed_past_the_retention(server, laptops):
    a, b = laptops("a"), laptops("b")
    a.sync()
    b.sync()
    a.new_contact(last_name="Early")
    a.sync()
    server.clock.advance(timedelta(days=100))
    a.sync()  # any sync trims what is older than the retention
    report = b.sync()
    assert report.redownloaded
    assert converged(server, a, b)


def test_by_default_clocks_are_clamped_to_the_database_servers_time(server, laptops):
    from datetime import UTC, datetime

    from desktop.core.db import DatabaseUrl

    laptop = laptops("a")
    laptop.sync()
    real_clock = SyncEngine(
        laptop.store.db, DatabaseUrl.parse(server.url), laptop.clock, "anna"
    )
    laptop.clock.set(datetime.now(UTC) + timedelta(days=1))
    laptop.new_contact(last_name="Tomorrow")
    report = real_clock.push()
    real_clock.disconnect()
    assert report.pushed > 0
    assert report.clamped == report.pushed

"""A deadlock on the server: the transaction rolled back runs again, once.

On MariaDB an office save locks its contact row before its capture trigger takes the
change counter, while a push takes the counter first and then the rows. Two
connections are driven step by step into that cycle; InnoDB rolls back the side
with less work done, and the retry policy runs that side again.
"""

from __future__ import annotations

import logging
import threading
from collections import Counter

import pytest

from desktop.core.errors import ConcurrentEditError
from desktop.core.sync.tables import CONFLICT, CONTACT
from tests.sync.conftest import Laptop, Server
from tests.sync.test_interleaving import (
    WAIT,
    OfficeSave,
    Pusher,
    feed_numbers,
    until,
)

pytestmark = pytest.mark.parametrize("server", ["mysql"], indirect=True)


class CountingGate:
    """Stops a push the first time it reaches ``step``; counts how often it did."""

    def __init__(self, step: str) -> None:
        self.step = step
        self.times = 0
        self.reached = threading.Event()
        self.release = threading.Event()

    def __call__(self, step: str) -> None:
        if step != self.step:
            return
        self.times += 1
        self.reached.set()
        assert self.release.wait(WAIT), "the test never released the push"


def waiting_for_the_counter(server: Server) -> bool:
    """Whether a session of this test's database is at the counter update.

    Only a capture trigger runs that statement on its own connection. While the push
    holds the counter lock it cannot finish, so a session seen there holds its row
    lock and waits. (The processlist is read live; InnoDB's lock tables are a cache
    that polling keeps from refreshing.)
    """
    sql = (
        "SELECT COUNT(*) FROM information_schema.processlist WHERE db = DATABASE() "
        "AND id <> CONNECTION_ID() AND info LIKE 'UPDATE sync_counter%%'"
    )
    return int(server.store.db.execute_sql(sql).fetchone()[0]) == 1


def retries(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "desktop.core.db"]


def assert_each_operation_applied_once(server: Server, laptop: Laptop) -> None:
    db = server.store.db
    applied = [r[0] for r in db.execute_sql("SELECT op_id FROM sync_applied_op")]
    assert not [op for op, n in Counter(applied).items() if n > 1]
    changes = db.execute_sql(
        "SELECT op_id, table_name, row_id, kind FROM sync_change WHERE op_id <> ''"
    ).fetchall()
    assert not [c for c, n in Counter(tuple(c) for c in changes).items() if n > 1]
    numbers = feed_numbers(server)
    assert numbers == list(range(numbers[0], numbers[0] + len(numbers)))
    assert laptop.engine.state().pending == 0


def test_a_push_rolled_back_to_break_a_deadlock_runs_again_and_applies_once(
    server, laptops, caplog
):
    caplog.set_level(logging.WARNING, logger="desktop.core.db")
    a = laptops("a")
    a.sync()
    contact_id = a.new_contact(last_name="Conti", company="Old")
    a.sync()
    a.edit_contact(contact_id, company="from the laptop")
    gate = CountingGate("push:locked")
    a.engine.hook = gate
    push = Pusher(a)

    push.start()  # 1. the push holds the counter
    assert gate.reached.wait(WAIT)
    office = OfficeSave(server, contact_id, phone="from the office")
    office.start()  # 2. the office save locks the row, then waits for the counter
    until(lambda: waiting_for_the_counter(server), "the office save waits")
    gate.release.set()  # 3. the push asks for the row: each waits for the other
    push.join(WAIT)
    office.join(WAIT)

    assert not push.is_alive()
    assert not office.is_alive()
    assert push.error is None
    assert office.error is None
    assert gate.times == 2  # InnoDB rolled the push back, and it ran again
    [retry] = retries(caplog)
    assert "deadlock (1213)" in retry
    a.engine.hook = lambda step: None
    a.sync()
    rows = server.rows()
    contact = rows[CONTACT][contact_id.hex]
    assert (contact["company"], contact["phone"]) == (
        "from the laptop",
        "from the office",
    )
    assert rows[CONFLICT] == {}
    assert_each_operation_applied_once(server, a)
    assert a.rows() == rows


def test_an_office_save_rolled_back_to_break_a_deadlock_runs_again(
    server, laptops, caplog
):
    """The push has done more work, so the office save is rolled back and retried.

    Run again, it finds the contact changed by the push meanwhile: the save ends
    with the usual message about someone else's change, and nothing of it is half
    written.
    """
    caplog.set_level(logging.WARNING, logger="desktop.core.db")
    a = laptops("a")
    a.sync()
    first = a.new_contact(last_name="Primo")
    second = a.new_contact(last_name="Secondo", phone="1")
    a.sync()
    a.edit_contact(first, company="from the laptop")
    a.edit_contact(second, company="from the laptop too")
    gate = CountingGate("push:op_applied")
    a.engine.hook = gate
    push = Pusher(a)

    push.start()  # 1. the push holds the counter and has changed the first contact
    assert gate.reached.wait(WAIT)
    office = OfficeSave(server, second, phone="from the office")
    office.start()  # 2. the office save locks the second, then waits for the counter
    until(lambda: waiting_for_the_counter(server), "the office save waits")
    gate.release.set()  # 3. the push asks for the second contact: a cycle
    push.join(WAIT)
    office.join(WAIT)

    assert not push.is_alive()
    assert not office.is_alive()
    assert push.error is None
    assert isinstance(office.error, ConcurrentEditError)
    assert gate.times == 2  # the push ran once: one stop per operation applied
    [retry] = retries(caplog)
    assert "deadlock (1213)" in retry
    a.engine.hook = lambda step: None
    a.sync()
    rows = server.rows()
    assert rows[CONTACT][first.hex]["company"] == "from the laptop"
    assert rows[CONTACT][second.hex]["company"] == "from the laptop too"
    assert rows[CONTACT][second.hex]["phone"] == "1"
    assert_each_operation_applied_once(server, a)
    assert a.rows() == rows

"""Two pushes on the same contact, interleaved step by step, with a puller between.

Each push runs in its own thread on its own server connection and stops at a named
step until the test lets it go on, as PostgreSQL's isolation tests drive sessions.
The change numbers are taken under a lock held to commit: the second push waits
for the first to commit, so no change can take its number first and commit last,
and a puller never steps over a change.
"""

from __future__ import annotations

import threading
import time

import pytest

from desktop.core.errors import ConcurrentEditError
from desktop.core.sync.tables import CONFLICT, CONTACT
from tests.sync.conftest import MODELS, Laptop, Server, differences

WAIT = 30.0


class Gate:
    """Stops a push at ``step`` until released; tells when it got there."""

    def __init__(self, step: str) -> None:
        self.step = step
        self.reached = threading.Event()
        self.release = threading.Event()
        self.locked = threading.Event()

    def __call__(self, step: str) -> None:
        if step == "push:locked":
            self.locked.set()
        if step == self.step:
            self.reached.set()
            assert self.release.wait(WAIT), "the test never released the push"


class Pusher(threading.Thread):
    def __init__(self, laptop: Laptop) -> None:
        super().__init__(daemon=True)
        self.laptop = laptop
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.laptop.engine.push()
        except BaseException as exc:
            self.error = exc
        finally:
            self.laptop.engine.disconnect()
            self.laptop.store.db.close()


def waiting_for_lock(server: Server) -> int:
    """How many server sessions wait for a row lock right now."""
    if server.store.backend.value == "postgresql":
        sql = (
            "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
            "AND datname = current_database()"
        )
    else:
        # MariaDB lists a statement waiting for a row lock as still running; the
        # sessions of this test are otherwise idle between steps.
        sql = (
            "SELECT COUNT(*) FROM information_schema.processlist WHERE db = DATABASE() "
            "AND id <> CONNECTION_ID() AND info IS NOT NULL"
        )
    return int(server.store.db.execute_sql(sql).fetchone()[0])


def until(condition, what: str) -> None:
    deadline = time.monotonic() + WAIT
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting until {what}"
        threading.Event().wait(0.02)


def feed_numbers(server: Server) -> list[int]:
    rows = server.store.db.execute_sql("SELECT seq FROM sync_change ORDER BY seq")
    return [int(r[0]) for r in rows.fetchall()]


@pytest.mark.parametrize(
    "pause_at", ["push:locked", "push:op_applied", "push:before_commit"]
)
@pytest.mark.parametrize("same_field", [True, False])
def test_two_pushes_interleaved_with_a_puller_between(
    server, laptops, pause_at, same_field
):
    a, b, puller = laptops("a"), laptops("b"), laptops("puller")
    a.sync()
    contact_id = a.new_contact(last_name="Conti", company="Old")
    for laptop in (a, b, puller):
        laptop.sync()
    a.edit_contact(contact_id, company="A's company")
    b.clock.advance(__import__("datetime").timedelta(seconds=30))
    b.edit_contact(
        contact_id, **({"company": "B's company"} if same_field else {"phone": "B"})
    )

    first, second = Gate(pause_at), Gate(pause_at)
    a.engine.hook, b.engine.hook = first, second
    push_a, push_b = Pusher(a), Pusher(b)
    start = server.rows()

    push_a.start()
    assert first.reached.wait(WAIT)
    push_b.start()
    until(lambda: waiting_for_lock(server) >= 1, "b waits for a's lock")
    assert not second.locked.is_set()

    puller.engine.pull()  # between: sees neither push, and skips nothing
    assert differences(start, puller.rows()) == []

    first.release.set()
    assert second.reached.wait(WAIT)
    push_a.join(WAIT)
    puller.engine.pull()  # a has committed, b holds the lock
    assert puller.rows()[CONTACT][contact_id.hex]["company"] == "A's company"

    second.release.set()
    push_b.join(WAIT)
    assert push_a.error is None
    assert push_b.error is None
    puller.engine.pull()
    for laptop in (a, b):
        laptop.engine.hook = lambda step: None
        laptop.sync()

    numbers = feed_numbers(server)
    assert numbers == list(range(numbers[0], numbers[0] + len(numbers)))
    rows = server.rows()
    assert puller.engine.state().last_seq == numbers[-1]
    for laptop in (a, b, puller):
        assert differences(rows, laptop.rows()) == []
    contact = rows[CONTACT][contact_id.hex]
    if same_field:
        assert contact["company"] == "B's company"
        assert len(rows[CONFLICT]) == 1
    else:
        assert (contact["company"], contact["phone"]) == ("A's company", "B")
        assert rows[CONFLICT] == {}


class OfficeSave(threading.Thread):
    """A colleague saving the same contact at an office desktop, meanwhile."""

    def __init__(self, server: Server, contact_id, **values) -> None:
        super().__init__(daemon=True)
        self.server, self.contact_id, self.values = server, contact_id, values
        self.error: BaseException | None = None

    def run(self) -> None:
        from desktop.core.bootstrap import open_store
        from desktop.core.contacts import ContactService
        from desktop.core.session import Session

        store = open_store(self.server.url, self.server.clock)
        try:
            with store.db.bind_ctx(MODELS):
                session = Session(store, self.server.clock, self.server.session.user)
                service = ContactService(session)
                draft = service.load(self.contact_id)
                for name, value in self.values.items():
                    setattr(draft, name, value)
                service.save(draft)
        except BaseException as exc:
            self.error = exc
        finally:
            store.close()


def test_a_push_and_an_office_save_of_one_contact_at_the_same_moment(server, laptops):
    a = laptops("a")
    a.sync()
    contact_id = a.new_contact(last_name="Conti", company="Old")
    a.sync()
    a.edit_contact(contact_id, company="from the laptop")
    gate = Gate("push:locked")
    a.engine.hook = gate
    push = Pusher(a)
    push.start()
    assert gate.reached.wait(WAIT)
    office = OfficeSave(server, contact_id, phone="from the office")
    office.start()
    until(lambda: waiting_for_lock(server) >= 1, "the office save waits for the push")
    gate.release.set()
    push.join(WAIT)
    office.join(WAIT)
    if server.store.backend.value == "mysql":
        # MariaDB has no statement triggers: the office save may lock the row
        # before the counter, the reverse of the push. InnoDB then rolls one of the
        # two back as a deadlock and it runs again (see test_deadlocks); or the
        # office save came second and met the new version.
        assert push.error is None
        assert office.error is None or isinstance(office.error, ConcurrentEditError)
    else:
        # The office save waited for the push, then found the contact changed:
        # the usual "changed by someone else" message, not a database failure.
        assert push.error is None
        assert isinstance(office.error, ConcurrentEditError)
    again = OfficeSave(server, contact_id, phone="from the office")
    again.run()
    assert again.error is None
    a.engine.hook = lambda step: None
    a.sync()
    contact = server.rows()[CONTACT][contact_id.hex]
    assert (contact["company"], contact["phone"]) == (
        "from the laptop",
        "from the office",
    )
    assert differences(server.rows(), a.rows()) == []

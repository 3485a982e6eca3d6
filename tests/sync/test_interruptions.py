"""A sync cut off at each of its steps in turn, then retried: nothing lost or doubled.

Every named step of the engine is a failure point, as SQLite enumerates its I/O
failures: the laptop crashes there (an exception escapes, its transaction rolls
back), then syncs again.
"""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import pytest

from desktop.core.contacts import ContactService
from desktop.core.sync.engine import STEPS
from desktop.core.sync.server import ServerFeed
from desktop.core.sync.tables import CONTACT
from tests.sync.conftest import Laptop, Server, differences


class Crash(Exception):
    """The laptop lost power or the network at a step."""


class FailOnce:
    def __init__(self, step: str) -> None:
        self.step = step
        self.fired = False

    def __call__(self, step: str) -> None:
        if step == self.step and not self.fired:
            self.fired = True
            raise Crash(step)


def applied_ops(server: Server) -> Counter:
    rows = server.store.db.execute_sql("SELECT op_id FROM sync_applied_op").fetchall()
    return Counter(r[0] for r in rows)


def changes_per_op(server: Server) -> Counter:
    rows = server.store.db.execute_sql(
        "SELECT op_id, table_name, row_id, kind FROM sync_change"
    ).fetchall()
    return Counter(
        tuple(r) for r in rows if r[3] != "insert" or r[1] != "sync_conflict"
    )


@pytest.mark.parametrize("step", STEPS)
def test_a_sync_interrupted_at_each_step_then_retried(server, laptops, step):
    office = laptops("office")
    office.sync()
    for n in range(3):
        office.new_contact(last_name=f"Known {n}")
    office.sync()

    traveller: Laptop = laptops("traveller", page_size=2)
    traveller.sync()
    hook = FailOnce(step)
    traveller.engine.hook = hook
    made = traveller.new_contact(last_name="Typed offline", company="Train")
    traveller.add_entry(
        made, done_type_id=traveller.type_id("EMAIL"), done_description="sent"
    )
    traveller.edit_contact(made, phone="0123")
    office.new_contact(last_name="Made meanwhile")
    office.sync()
    if step.startswith("download"):
        # Away past the retention: the next sync downloads everything again,
        # and that download is what gets interrupted.
        server.clock.advance(timedelta(days=60))
        ServerFeed(server.store.db, server.clock.now).trim(server.clock.now())
    sent = [op.op_id for op in traveller.engine.local.pending_ops(1000)]

    with pytest.raises(Crash):
        traveller.sync()
    assert hook.fired
    traveller.sync()
    traveller.sync()
    office.sync()

    assert traveller.engine.state().pending == 0
    applied = applied_ops(server)
    assert all(applied[op_id] == 1 for op_id in sent)
    assert max(changes_per_op(server).values()) == 1
    rows = server.rows()
    assert rows[CONTACT][made.hex]["phone"] == "0123"
    assert (
        len([r for r in rows[CONTACT].values() if r["last_name"] == "Typed offline"])
        == 1
    )
    assert differences(rows, traveller.rows()) == []
    assert differences(rows, office.rows()) == []


def test_an_office_edit_arrives_after_a_push_whose_answer_was_lost(server, laptops):
    """The laptop's push reached the server, but the laptop lost power before it
    cleared its outbox. A colleague then edits that contact at the office, and the
    laptop pulls before it pushes again: the pull leaves alone the columns its
    unsent (in truth already applied) operation holds, so the push that follows
    must still bring the colleague's edit."""
    traveller: Laptop = laptops("traveller")
    traveller.sync()
    made = traveller.new_contact(last_name="Typed offline")
    traveller.engine.hook = FailOnce("push:committed")
    with pytest.raises(Crash):
        traveller.sync()
    with server.bound():
        service = ContactService(server.session)
        draft = service.load(made)
        draft.phone = "0123"
        service.save(draft)

    traveller.engine.pull()
    traveller.sync()

    assert traveller.engine.state().pending == 0
    rows = server.rows()
    assert rows[CONTACT][made.hex]["phone"] == "0123"
    assert differences(rows, traveller.rows()) == []

"""Concurrent stage moves: the later one in real time sets the stage, on every copy.

Moves are ordered by the stamp the server keeps for each log row, which it clamped
when the row arrived; a laptop whose clock runs a day ahead therefore wins no more
than the clamp allows.
"""

from __future__ import annotations

import json
import uuid
from datetime import timedelta

from desktop.core.contacts import ContactService
from desktop.core.sync.apply import Move, move_stamp_kept
from desktop.core.sync.hlc import SERVER_NODE, Stamp
from desktop.core.sync.tables import CONFLICT, CONTACT, STAGE_LOG
from desktop.core.workflow import load_rules
from tests.sync.conftest import Laptop, Server, latest_move

HALF_HOUR = timedelta(minutes=30)


def sync_all(*laptops: Laptop) -> None:
    for _ in range(2):
        for laptop in laptops:
            laptop.sync()


def stage_id(server: Server, code: str) -> str:
    with server.bound():
        rules = load_rules(server.store)
    return next(s.id.hex for s in rules.stages.values() if s.code == code)


def time_passes(server: Server, *laptops: Laptop, by: timedelta = HALF_HOUR) -> None:
    server.clock.advance(by)
    for laptop in laptops:
        laptop.clock.advance(by)


def office_move(server: Server, contact_id: uuid.UUID, code: str) -> None:
    """A colleague moves the contact at a desktop connected to the server."""
    with server.bound():
        service = ContactService(server.session)
        draft = service.load(contact_id)
        draft.new_stage_id = uuid.UUID(stage_id(server, code))
        service.save(draft)


def moves_of(rows: dict, contact_id: uuid.UUID) -> list[str]:
    return sorted(
        r["to_stage_id"]
        for r in rows[STAGE_LOG].values()
        if r["contact_id"] == contact_id.hex
    )


def test_a_laptop_a_day_ahead_loses_to_a_later_offline_move(server, laptops):
    ahead, right = laptops("ahead"), laptops("right", username="bruno")
    ahead.sync()
    contact_id = ahead.new_contact(last_name="Neri")
    sync_all(ahead, right)

    ahead.clock.advance(timedelta(days=1))  # its clock is wrong by a day
    ahead.move(contact_id, "QUALIFICATION")
    assert ahead.sync().clamped > 0
    time_passes(server, ahead, right)
    right.move(contact_id, "LOST")  # offline: it has not seen the other move
    sync_all(right, ahead)

    rows = server.rows()
    lost, qualification = stage_id(server, "LOST"), stage_id(server, "QUALIFICATION")
    assert rows[CONTACT][contact_id.hex]["stage_id"] == lost
    assert latest_move(server, contact_id)["to_stage_id"] == lost
    assert moves_of(rows, contact_id) == sorted(
        [stage_id(server, "LEAD"), qualification, lost]
    )
    [conflict] = rows[CONFLICT].values()
    assert (conflict["kind"], conflict["field_name"]) == ("stage", "stage_id")
    assert json.loads(conflict["winner_value"]) == lost
    assert json.loads(conflict["loser_value"]) == qualification
    assert (conflict["winner_by"], conflict["loser_by"]) == ("bruno", "anna")
    for laptop in (ahead, right):
        assert laptop.rows() == rows


def test_an_office_move_later_in_real_time_stays_the_current_stage(server, laptops):
    ahead, right = laptops("ahead"), laptops("right", username="bruno")
    ahead.sync()
    contact_id = ahead.new_contact(last_name="Gialli")
    sync_all(ahead, right)

    ahead.clock.advance(timedelta(days=1))
    ahead.move(contact_id, "QUALIFICATION")
    ahead.sync()
    time_passes(server, ahead, right, by=timedelta(minutes=10))
    right.move(contact_id, "LOST")  # offline, before the office's move
    time_passes(server, ahead, right, by=timedelta(minutes=20))
    office_move(server, contact_id, "OPPORTUNITY")  # it saw the first move
    time_passes(server, ahead, right)
    sync_all(right, ahead)

    rows = server.rows()
    opportunity, lost = stage_id(server, "OPPORTUNITY"), stage_id(server, "LOST")
    assert rows[CONTACT][contact_id.hex]["stage_id"] == opportunity
    assert latest_move(server, contact_id)["to_stage_id"] == opportunity
    assert len(moves_of(rows, contact_id)) == 4
    [conflict] = rows[CONFLICT].values()
    assert conflict["kind"] == "stage"
    assert json.loads(conflict["winner_value"]) == opportunity
    assert json.loads(conflict["loser_value"]) == lost
    assert (conflict["winner_by"], conflict["loser_by"]) == ("anna", "bruno")
    for laptop in (ahead, right):
        assert laptop.rows() == rows


def test_a_log_row_older_than_the_clocks_is_ordered_by_its_own_time(server, laptops):
    """A row written before the server kept clocks still takes part in the order."""
    a, b = laptops("a"), laptops("b")
    a.sync()
    contact_id = a.new_contact(last_name="Blu")
    sync_all(a, b)
    time_passes(server, a, b, by=timedelta(minutes=10))
    b.move(contact_id, "LOST")  # offline, before the office's move
    time_passes(server, a, b, by=timedelta(minutes=20))
    office_move(server, contact_id, "QUALIFICATION")
    server.store.db.execute_sql(
        "DELETE FROM sync_row_clock WHERE table_name = %s", (STAGE_LOG,)
    )
    sync_all(b, a)

    rows = server.rows()
    qualification = stage_id(server, "QUALIFICATION")
    assert rows[CONTACT][contact_id.hex]["stage_id"] == qualification
    [conflict] = rows[CONFLICT].values()
    assert json.loads(conflict["winner_value"]) == qualification
    assert json.loads(conflict["loser_value"]) == stage_id(server, "LOST")
    for laptop in (a, b):
        assert laptop.rows() == rows


def test_two_moves_of_a_laptop_a_day_ahead_stay_in_the_order_made(server, laptops):
    """The clamp brings both stamps to one time; the second move still comes last."""
    ahead = laptops("ahead")
    ahead.sync()
    contacts = [ahead.new_contact(last_name=f"Viola {n}") for n in range(4)]
    ahead.sync()
    ahead.clock.advance(timedelta(days=1))
    for contact_id in contacts:
        ahead.move(contact_id, "QUALIFICATION")
    ahead.clock.advance(timedelta(minutes=2))
    for contact_id in contacts:
        ahead.move(contact_id, "OPPORTUNITY")
    ahead.sync()

    rows = server.rows()
    opportunity = stage_id(server, "OPPORTUNITY")
    for contact_id in contacts:
        assert rows[CONTACT][contact_id.hex]["stage_id"] == opportunity
        assert latest_move(server, contact_id)["to_stage_id"] == opportunity
    assert rows[CONFLICT] == {}
    ahead.sync()
    assert ahead.rows() == server.rows()


def test_an_office_move_within_the_clamp_margin_comes_after_the_move_it_saw(
    server, laptops
):
    ahead = laptops("ahead")
    ahead.sync()
    contact_id = ahead.new_contact(last_name="Rosa")
    ahead.sync()
    ahead.clock.advance(timedelta(days=1))
    ahead.move(contact_id, "QUALIFICATION")
    ahead.sync()  # kept with a stamp five minutes ahead of the server's time
    time_passes(server, ahead, by=timedelta(minutes=1))
    office_move(server, contact_id, "OPPORTUNITY")

    opportunity = stage_id(server, "OPPORTUNITY")
    assert latest_move(server, contact_id)["to_stage_id"] == opportunity
    ahead.sync()
    ahead.move(contact_id, "WON")  # seen on the laptop, then moved on
    ahead.sync()
    rows = server.rows()
    assert rows[CONTACT][contact_id.hex]["stage_id"] == stage_id(server, "WON")
    assert rows[CONFLICT] == {}
    assert ahead.rows() == rows


def test_a_copys_move_comes_after_every_move_it_made_before():
    """The server kept a laptop's move just after an office move the laptop's clock
    was behind. The laptop, not having heard of that stamp yet, makes its next move
    with a smaller one; it saw its own move, so the next must still come after."""
    wall = 1_772_442_000_000
    office = Move("o", "won", None, "bruno", Stamp(wall, 70, SERVER_NODE).encode())
    earlier = Move("e", "lost", None, "anna", Stamp(wall, 71, "laptop").encode())
    own = Stamp(wall, 15, "laptop").encode()

    kept = move_stamp_kept(own, own, {"from_stage_id": "lead"}, [office, earlier])

    assert kept > earlier.stamp
    assert Stamp.decode(kept).node == "laptop"

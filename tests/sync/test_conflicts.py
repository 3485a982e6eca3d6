"""Reviewing a conflict on a laptop and keeping either side."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop.core.models import Contact
from desktop.core.sync.conflicts import ConflictService, Side
from desktop.core.sync.tables import CONFLICT, CONTACT
from tests.sync.conftest import Laptop, differences


def two_edits_of_one_field(server, laptops) -> tuple[Laptop, Laptop, object]:
    a, b = laptops("a"), laptops("b", username="bruno")
    a.sync()
    contact_id = a.new_contact(last_name="Rossi", company="Acme")
    a.sync()
    b.sync()
    a.edit_contact(contact_id, company="Acme (Anna)")
    b.clock.advance(timedelta(minutes=1))
    b.edit_contact(contact_id, company="Acme (Bruno)")
    for laptop in (a, b, a, b):
        laptop.sync()
    return a, b, contact_id


@pytest.mark.parametrize(
    ("side", "expected"), [(Side.MINE, "Acme (Anna)"), (Side.THEIRS, "Acme (Bruno)")]
)
def test_the_losing_author_keeps_either_side_and_it_syncs(
    server, laptops, side, expected
):
    a, b, contact_id = two_edits_of_one_field(server, laptops)
    with a.bound():
        service = ConflictService(a.session())
        [view] = service.open_conflicts()
        assert (view.mine, view.mine_by) == ("Acme (Anna)", "anna")
        assert (view.theirs, view.theirs_by) == ("Acme (Bruno)", "bruno")
        assert view.current is Side.THEIRS
        assert view.what.startswith("Contact ")
        assert view.field == "Company"
        service.keep(view.id, side)
        assert service.open_conflicts() == []
        assert Contact.get_by_id(contact_id).company == expected
    for laptop in (a, b, a, b):
        laptop.sync()
    rows = server.rows()
    assert rows[CONTACT][contact_id.hex]["company"] == expected
    [conflict] = rows[CONFLICT].values()
    assert (conflict["resolved_by"], conflict["resolution"]) == ("anna", side.value)
    assert len(rows[CONFLICT]) == 1  # keeping a side raises no new conflict
    assert differences(rows, b.rows()) == []


def test_the_winning_author_sees_the_kept_value_as_mine(server, laptops):
    _a, b, _contact_id = two_edits_of_one_field(server, laptops)
    with b.bound():
        [view] = ConflictService(b.session()).open_conflicts()
    assert (view.mine, view.theirs, view.current) == (
        "Acme (Bruno)",
        "Acme (Anna)",
        Side.MINE,
    )

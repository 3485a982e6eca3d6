"""A laptop downloads the server, works offline and syncs; two laptops merge."""

from __future__ import annotations

import json

from desktop.core.sync.tables import CONFLICT, CONTACT
from tests.sync.conftest import Laptop, Server


def converged(server: Server, *copies: Laptop) -> bool:
    expected = server.rows()
    return all(c.rows() == expected for c in copies)


def test_first_sync_downloads_everything_the_server_has(server, laptops):
    laptop = laptops("a")
    report = laptop.sync()
    assert report.downloaded_rows > 0
    assert converged(server, laptop)
    assert laptop.engine.state().downloaded


def test_a_contact_made_offline_reaches_the_server_and_the_other_laptop(
    server, laptops
):
    a, b = laptops("a"), laptops("b")
    a.sync()
    b.sync()
    contact_id = a.new_contact(last_name="Rossi", company="Acme")
    assert a.engine.state().pending > 0
    a.sync()
    assert a.engine.state().pending == 0
    b.sync()
    assert contact_id.hex in server.rows()[CONTACT]
    assert converged(server, a, b)


def test_edits_to_different_fields_both_survive(server, laptops):
    a, b = laptops("a"), laptops("b")
    a.sync()
    contact_id = a.new_contact(last_name="Rossi", company="Acme")
    a.sync()
    b.sync()
    a.edit_contact(contact_id, first_name="Mario")
    b.edit_contact(contact_id, company="Acme Srl")
    for laptop in (a, b, a, b):
        laptop.sync()
    row = server.rows()[CONTACT][contact_id.hex]
    assert (row["first_name"], row["company"]) == ("Mario", "Acme Srl")
    assert server.rows()[CONFLICT] == {}
    assert converged(server, a, b)


def test_the_same_field_changed_twice_keeps_the_later_and_records_the_other(
    server, laptops
):
    a, b = laptops("a"), laptops("b")
    a.sync()
    contact_id = a.new_contact(last_name="Rossi", company="Acme")
    a.sync()
    b.sync()
    a.edit_contact(contact_id, company="Acme A")
    b.clock.advance(__import__("datetime").timedelta(minutes=1))
    b.edit_contact(contact_id, company="Acme B")
    for laptop in (a, b, a, b):
        laptop.sync()
    rows = server.rows()
    assert rows[CONTACT][contact_id.hex]["company"] == "Acme B"
    [conflict] = rows[CONFLICT].values()
    assert json.loads(conflict["loser_value"]) == "Acme A"
    assert json.loads(conflict["winner_value"]) == "Acme B"
    assert converged(server, a, b)

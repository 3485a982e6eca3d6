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


def office_edit(server: Server, contact_id, **values) -> None:
    """A colleague at an office desktop, connected straight to the server."""
    from desktop.core.contacts import ContactService

    with server.bound():
        service = ContactService(server.session)
        draft = service.load(contact_id)
        for name, value in values.items():
            setattr(draft, name, value)
        service.save(draft)


def test_what_office_desktops_write_reaches_the_laptops(server, laptops):
    a = laptops("a")
    a.sync()
    contact_id = a.new_contact(last_name="Rossi", company="Acme")
    a.sync()
    office_edit(server, contact_id, first_name="Maria", notes="called from the office")
    a.sync()
    with a.bound():
        from desktop.core.models import Contact

        contact = Contact.get_by_id(contact_id)
    assert (contact.first_name, contact.notes) == ("Maria", "called from the office")
    assert converged(server, a)


def test_an_office_edit_and_an_offline_edit_of_one_field_leave_a_conflict(
    server, laptops
):
    a = laptops("a")
    a.sync()
    contact_id = a.new_contact(last_name="Rossi", company="Acme")
    a.sync()
    a.edit_contact(contact_id, company="Acme (laptop)")
    server.clock.advance(__import__("datetime").timedelta(minutes=10))
    office_edit(server, contact_id, company="Acme (office)", phone="02 123")
    a.sync()
    a.sync()
    rows = server.rows()
    assert rows[CONTACT][contact_id.hex]["company"] == "Acme (office)"
    assert rows[CONTACT][contact_id.hex]["phone"] == "02 123"
    [conflict] = rows[CONFLICT].values()
    assert json.loads(conflict["loser_value"]) == "Acme (laptop)"
    assert conflict["winner_by"] == "anna"
    assert converged(server, a)


def test_signing_in_to_an_offline_copy_uses_the_server_password(server, laptops):
    import pytest

    from desktop.core.errors import AuthenticationError
    from desktop.core.sync.copy import sign_in_offline

    laptop = laptops("a", username="bruno")
    with (
        laptop.bound(),
        pytest.raises(AuthenticationError, match="not been downloaded"),
    ):
        sign_in_offline(laptop.store, laptop.clock, "bruno", "secret-pw")
    laptop.sync()
    with laptop.bound():
        session = sign_in_offline(laptop.store, laptop.clock, "bruno", "secret-pw")
        assert session.user.full_name == "Bruno Bianchi"
        with pytest.raises(AuthenticationError):
            sign_in_offline(laptop.store, laptop.clock, "bruno", "wrong")


def test_an_offline_copy_has_its_own_file_per_server():
    from desktop.core.db import DatabaseUrl
    from desktop.core.sync.copy import offline_copy_url

    one = offline_copy_url(DatabaseUrl.parse("postgresql://anna:pw@db1:5432/crm"))
    same = offline_copy_url(DatabaseUrl.parse("postgresql://anna:other@db1:5432/crm"))
    other = offline_copy_url(DatabaseUrl.parse("postgresql://anna@db2:5432/crm"))
    assert one == same != other
    assert one.startswith("sqlite:///")
    assert "pw" not in one


def test_a_server_with_another_schema_version_is_refused_with_advice(server, laptops):
    import pytest

    from desktop.core.sync.engine import SyncError

    laptop = laptops("a")
    server.store.db.execute_sql("UPDATE contatti_schema SET version = 1 WHERE id = 1")
    with pytest.raises(SyncError, match=r"schema version 1.*office desktop"):
        laptop.sync()

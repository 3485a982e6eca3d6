"""Searching contacts: the same answers with and without the search index."""

import pytest

from desktop.core.db import Backend
from desktop.core.models import Contact
from desktop.core.search import contact_search, has_search_index
from tests.core.helpers import new_contact


@pytest.fixture
def people(session):
    new_contact(
        session,
        "Rossi",
        first_name="Maria",
        company="Acme Srl",
        email="maria.rossi@acme.it",
        phone="+39 02 555 0101",
    )
    new_contact(
        session,
        "Bianchi",
        first_name="Luca",
        company="Vetreria Rossetti",
        email="luca@vetreria.it",
        phone="+39 06 555 0202",
    )
    new_contact(
        session,
        "García",
        first_name="Lucía",
        company="Olivos SL",
        email="lucia@olivos.es",
        phone="+34 91 555 0303",
    )
    return session


def found(session, text):
    condition = contact_search(session.store.db, text)
    query = Contact.select(Contact.last_name).order_by(Contact.last_name)
    if condition is not None:
        query = query.where(condition)
    return [c.last_name for c in query]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", ["Bianchi", "García", "Rossi"]),
        ("ross", ["Bianchi", "Rossi"]),  # name and company
        ("ROSS", ["Bianchi", "Rossi"]),  # case is ignored
        ("acme", ["Rossi"]),
        ("vetreria.it", ["Bianchi"]),  # e-mail
        ("555 0202", ["Bianchi"]),  # phone digits, two words both required
        ("+39 555", ["Bianchi", "Rossi"]),
        ("lu", ["Bianchi", "García"]),  # short terms still work
        ("luca rossetti", ["Bianchi"]),
        ("olivos", ["García"]),
        ("100%", []),  # LIKE wildcards are taken literally
        ('"quoted', []),
    ],
)
def test_search_finds_words_anywhere(people, text, expected):
    assert found(people, text) == expected


def test_updates_keep_the_index_in_step(people):
    contact = Contact.get(Contact.last_name == "Rossi")
    Contact.update(company="Nuova Ditta").where(Contact.id == contact.id).execute()
    assert found(people, "srl") == []  # the old company is gone from the index
    assert found(people, "nuova") == ["Rossi"]


def test_sqlite_and_postgresql_have_the_index(session):
    expected = session.store.backend in (Backend.SQLITE, Backend.POSTGRESQL)
    assert has_search_index(session.store.db) is expected

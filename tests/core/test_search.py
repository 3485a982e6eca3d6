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


def test_postgresql_reads_the_contacts_once_through_the_trigram_index(people):
    """The condition is the index's own expression on the row being listed.

    With sequential scans ruled out the planner must use an index, and it can only
    use the trigram index if the condition's text is the indexed expression. The
    contacts are read once: a second reading of the table (a subquery) let the
    planner prefer a parallel scan of every contact on a large database.
    """
    db = people.store.db
    if people.store.backend is not Backend.POSTGRESQL:
        pytest.skip("the trigram index is PostgreSQL's")
    query = Contact.select(Contact.id).where(contact_search(db, "rossetti"))
    sql, params = query.sql()
    with db.atomic():
        db.execute_sql("SET LOCAL enable_seqscan = off")
        plan = [r[0] for r in db.execute_sql(f"EXPLAIN {sql}", params)]
    assert any("contact_search_trgm" in line for line in plan)
    assert sum(" on contact " in f"{line} " for line in plan) == 1, plan

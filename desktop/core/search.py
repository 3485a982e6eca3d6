"""Finding contacts by name, company, e-mail or phone, through an index where possible.

SQLite keeps an FTS5 table with the trigram tokenizer in step with ``contact`` through
triggers; PostgreSQL has a trigram (pg_trgm) GIN index on the searched text. Both answer
"contains" searches of three characters or more without reading every contact. Shorter
terms, and MariaDB (which has no substring index), fall back to LIKE over the columns.
"""

from __future__ import annotations

import logging

import peewee

from desktop.core.db import Backend, Store
from desktop.core.models import Contact

log = logging.getLogger(__name__)

SEARCHED_COLUMNS = ("first_name", "last_name", "company", "email", "phone")
FTS_TABLE = "contact_search"
TRGM_INDEX = "contact_search_trgm"
SEARCH_INSERT_TRIGGER = "contact_search_ai"
"""The SQLite trigger that indexes each inserted contact."""
MIN_INDEXED_TERM = 3
"""Trigram indexes cannot answer terms shorter than three characters."""


def _pg_search_text() -> str:
    # "||" rather than concat_ws(): an index expression must be immutable, and the
    # searched columns are NOT NULL.
    return "lower(" + " || ' ' || ".join(SEARCHED_COLUMNS) + ")"


def create_search_index(store: Store) -> None:
    """Add the search index of this backend (a migration step)."""
    if store.backend is Backend.SQLITE:
        columns = ", ".join(SEARCHED_COLUMNS)
        new = ", ".join(f"new.{c}" for c in SEARCHED_COLUMNS)
        old = ", ".join(f"old.{c}" for c in SEARCHED_COLUMNS)
        try:
            with store.db.atomic():
                store.db.execute_sql(
                    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5({columns}, "
                    "content='contact', content_rowid='rowid', tokenize='trigram')"
                )
        except peewee.OperationalError as exc:
            # SQLite before 3.34 has no trigram tokenizer; searches then scan.
            log.warning("no trigram search index on this SQLite: %s", exc)
            return
        delete = (
            f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {columns}) "
            f"VALUES ('delete', old.rowid, {old});"
        )
        insert = f"INSERT INTO {FTS_TABLE}(rowid, {columns}) VALUES (new.rowid, {new});"
        for statement in (
            f"CREATE TRIGGER {SEARCH_INSERT_TRIGGER} AFTER INSERT ON contact "
            f"BEGIN {insert} END",
            f"CREATE TRIGGER contact_search_ad AFTER DELETE ON contact "
            f"BEGIN {delete} END",
            f"CREATE TRIGGER contact_search_au AFTER UPDATE OF {columns} ON contact "
            f"BEGIN {delete} {insert} END",
            f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')",
        ):
            store.db.execute_sql(statement)
        return
    if store.backend is Backend.POSTGRESQL:
        try:
            with store.db.atomic():
                # pg_trgm is a trusted extension: the database's owner may add it.
                store.db.execute_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        except peewee.DatabaseError as exc:
            log.warning("pg_trgm is not available, searches will scan: %s", exc)
            return
        store.db.execute_sql(
            f"CREATE INDEX {TRGM_INDEX} ON contact "
            f"USING gin (({_pg_search_text()}) gin_trgm_ops)"
        )
    # MariaDB: its FULLTEXT indexes match whole words or prefixes, not the substrings
    # a search box promises, so searches there scan the contacts.


def index_contacts_added_after(store: Store, last_rowid: int) -> None:
    """Add the contacts after row ``last_rowid`` to the SQLite search index at once.

    For bulk loads that drop the insert trigger first: one statement over the new
    rows is several times faster than the trigger's one insert per contact.
    """
    columns = ", ".join(SEARCHED_COLUMNS)
    store.db.execute_sql(
        f"INSERT INTO {FTS_TABLE}(rowid, {columns}) "
        f"SELECT rowid, {columns} FROM contact WHERE rowid > ?",
        (last_rowid,),
    )


def has_search_index(database: peewee.Database) -> bool:
    """True if ``database`` has the index that :func:`contact_search` uses.

    Asked once per database object, then remembered on it.
    """
    cached = getattr(database, "_contatti_search_index", None)
    if cached is None:
        if isinstance(database, peewee.SqliteDatabase):
            cached = database.table_exists(FTS_TABLE)
        elif isinstance(database, peewee.PostgresqlDatabase):
            cached = bool(
                database.execute_sql(
                    "SELECT 1 FROM pg_indexes WHERE indexname = %s", (TRGM_INDEX,)
                ).fetchone()
            )
        else:
            cached = False
        database._contatti_search_index = cached  # type: ignore[attr-defined]
    return bool(cached)


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def contact_search(database: peewee.Database, text: str) -> peewee.Expression | None:
    """A condition on ``Contact``: every word of ``text`` in some searched column.

    Case is ignored. Returns None for an empty search.
    """
    terms = text.split()
    if not terms:
        return None
    indexed = has_search_index(database)
    condition: peewee.Expression | None = None
    for term in terms:
        if indexed and len(term) >= MIN_INDEXED_TERM:
            match = _indexed_match(database, term)
        else:
            match = _scan_match(term)
        condition = match if condition is None else condition & match
    return condition


def _indexed_match(database: peewee.Database, term: str) -> peewee.Expression:
    if isinstance(database, peewee.SqliteDatabase):
        # A quoted FTS5 string is a phrase: with the trigram tokenizer it matches
        # the term anywhere inside any column.
        phrase = '"' + term.replace('"', '""') + '"'
        ids = peewee.SQL(
            f"(SELECT id FROM contact WHERE rowid IN (SELECT rowid FROM {FTS_TABLE} "
            f"WHERE {FTS_TABLE} MATCH {database.param}))",
            [phrase],
        )
        return Contact.id.in_(ids)
    # The searched text of the contact row itself, written as the trigram index's
    # expression (literals, not parameters) so that the planner uses the index
    # there; asked as ``id IN (SELECT ...)`` it planned a parallel scan of the whole
    # table instead, several times slower.
    pattern = "%" + _escape_like(term.lower()) + "%"
    return peewee.Expression(_pg_searched_text(), peewee.OP.LIKE, pattern)


def _pg_searched_text() -> peewee.Node:
    parts: list[peewee.Node] = []
    for name in SEARCHED_COLUMNS:
        if parts:
            parts.append(peewee.SQL("' '"))
        parts.append(getattr(Contact, name))
    return peewee.fn.lower(peewee.NodeList(parts, glue=" || "))


def _scan_match(term: str) -> peewee.Expression:
    matches = [getattr(Contact, name).contains(term) for name in SEARCHED_COLUMNS]
    condition = matches[0]
    for match in matches[1:]:
        condition = condition | match
    return condition

"""Realistic demo data: contacts with their activities, tasks and stage history.

``contatti demo`` and the benchmarks use :func:`generate_demo`; the rows themselves
are made in :mod:`desktop.core.demo_history`.
"""

from __future__ import annotations

import io
import logging
import random
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from datetime import datetime
from typing import Any

import peewee

from desktop.core import demo_vocabulary as words
from desktop.core.clock import Clock, SystemClock
from desktop.core.db import Backend, Store
from desktop.core.demo_history import (
    CONTACT_COLUMNS,
    ENTRY_COLUMNS,
    LOG_COLUMNS,
    TASK_COLUMNS,
    DemoResult,
    HistoryGenerator,
    Operator,
    Rows,
    ascii_slug,
)
from desktop.core.errors import ContattiError
from desktop.core.models import ActivityEntry, Contact, Role, StageLog, Task, User
from desktop.core.search import SEARCH_INSERT_TRIGGER, index_contacts_added_after
from desktop.core.sync.server import ServerFeed
from desktop.core.users import hash_password
from desktop.core.workflow import load_rules

log = logging.getLogger(__name__)

DEMO_PASSWORD = "demo"
"""Password of every demo user, so that they can sign in on a server database."""

CHUNK_CONTACTS = 2000
"""Contacts generated, then written, at a time: bounds the memory the rows take."""


def staff_username(number: int) -> str:
    """The user name of demo operator ``number`` (0 is the first)."""
    first, last = words.STAFF[number % len(words.STAFF)].split()
    suffix = "" if number < len(words.STAFF) else str(number // len(words.STAFF) + 1)
    return f"{ascii_slug(first)}.{ascii_slug(last)}{suffix}"


def _ensure_operators(store: Store, now: datetime, count: int) -> list[Operator]:
    """The demo users: ``count`` active operators and two former, inactive ones.

    Users that exist already (from an earlier run) are reused, not added again. A
    database with no administrator gets the first operator as its administrator, so
    that a server filled with demo data can still be administered.
    """
    wanted = [
        (staff_username(n), words.STAFF[n % len(words.STAFF)], True)
        for n in range(count)
    ]
    wanted += [
        ("former.ruggeri", "Carla Ruggeri", False),
        ("former.donati", "Ugo Donati", False),
    ]
    existing = {
        u.username: u
        for u in User.select().where(User.username.in_([w[0] for w in wanted]))
    }
    # One hash serves every demo user: hashing is deliberately slow (scrypt).
    password_hash = hash_password(DEMO_PASSWORD)
    stamp = {
        "created_at": now,
        "created_by": "demo",
        "updated_at": now,
        "updated_by": "demo",
        "version": 1,
    }
    new_rows = [
        {
            "username": name,
            "full_name": full,
            "email": f"{name}@contatti.example",
            "role": Role.OPERATOR.value,
            "active": active,
            "password_hash": password_hash,
            **stamp,
        }
        for name, full, active in wanted
        if name not in existing
    ]
    has_admin = (
        User.select()
        .where((User.role == Role.ADMINISTRATOR.value) & (User.active == True))  # noqa: E712
        .exists()
    )
    if new_rows and not has_admin and new_rows[0]["active"]:
        new_rows[0]["role"] = Role.ADMINISTRATOR.value
    if new_rows:
        User.insert_many(new_rows).execute()
    users = {
        u.username: u
        for u in User.select().where(User.username.in_([w[0] for w in wanted]))
    }
    return [Operator(users[n].id.hex, n, users[n].active) for n, _, _ in wanted]


def _column_names(model: type[peewee.Model], names: Sequence[str]) -> list[str]:
    return [model._meta.fields[n].column_name for n in names]


def _write(
    store: Store,
    model: type[peewee.Model],
    names: Sequence[str],
    rows: list[tuple[Any, ...]],
) -> None:
    """Insert ``rows`` (values in ``names`` order, ready for the driver) in bulk.

    The driver's own bulk path is used: ``executemany`` on SQLite (one prepared
    statement) and MariaDB (PyMySQL folds it into multi-row INSERTs), COPY on
    PostgreSQL. Peewee's ``insert_many`` converts and quotes every value in Python
    first: it took five times the CPU time for the same rows (5,000 contacts on
    SQLite: 4.9 s against 1.0 s).
    """
    if not rows:
        return
    table = model._meta.table_name
    columns = _column_names(model, names)
    cursor = store.db.cursor()
    if store.backend is Backend.POSTGRESQL:
        quoted = ", ".join(f'"{c}"' for c in columns)
        text = io.StringIO()
        text.writelines(copy_line(row) for row in rows)
        text.seek(0)
        cursor.copy_expert(f'COPY "{table}" ({quoted}) FROM STDIN', text)
        return
    q = "`" if store.backend is Backend.MYSQL else '"'
    marks = ", ".join([store.db.param] * len(columns))
    sql = (
        f"INSERT INTO {q}{table}{q} ({', '.join(q + c + q for c in columns)}) "
        f"VALUES ({marks})"
    )
    for start in range(0, len(rows), 5000):
        cursor.executemany(sql, rows[start : start + 5000])


_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def copy_line(row: tuple[Any, ...]) -> str:
    """``row`` as a line of PostgreSQL's COPY text format: tab-separated, NULL as
    ``\\N``, and backslash, tab and line breaks escaped inside values."""
    return (
        "\t".join(
            "\\N" if value is None else str(value).translate(_COPY_ESCAPES)
            for value in row
        )
        + "\n"
    )


def _codes(store: Store, count: int) -> Iterator[str]:
    """``count`` free contact codes C000001, C000002... after those in use."""
    cursor = store.db.execute_sql(f"SELECT code FROM {Contact._meta.table_name}")
    taken = {code for (code,) in cursor.fetchall()}
    number = len(taken)
    produced = 0
    while produced < count:
        number += 1
        code = f"C{number:06d}"
        if code not in taken:
            produced += 1
            yield code


def _bulk_write(store: Store, clock: Clock) -> AbstractContextManager[None]:
    """On a server, write without a feed row per row; see ``ServerFeed.uncaptured``."""
    if store.backend is Backend.SQLITE:
        return nullcontext()
    return ServerFeed(store.db, clock.now).uncaptured()


_FILLED_MODELS = (Contact, StageLog, ActivityEntry, Task)


@contextmanager
def _sqlite_indexes_built_after(store: Store, rebuild_tables: bool) -> Iterator[None]:
    """On SQLite, build the indexes once the rows are in, not row by row.

    The contact search index always is: its insert trigger is dropped and the new
    contacts are indexed in one statement afterwards. With ``rebuild_tables`` the
    tables' own secondary indexes are dropped too and created again from the
    schema's own SQL; that pays when the load at least doubles the tables, as a
    fresh index is built sorted instead of by a million scattered inserts. Both
    happen inside the caller's transaction, so an error restores the schema too.
    """
    if store.backend is not Backend.SQLITE:
        yield
        return
    db = store.db
    tables = [m._meta.table_name for m in _FILLED_MODELS]
    indexes: list[tuple[str, str]] = []
    if rebuild_tables:
        marks = ", ".join("?" * len(tables))
        indexes = db.execute_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
            f"AND sql IS NOT NULL AND tbl_name IN ({marks}) ORDER BY name",
            tables,
        ).fetchall()
    row = db.execute_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
        (SEARCH_INSERT_TRIGGER,),
    ).fetchone()
    trigger_sql = row[0] if row else None
    last_rowid = db.execute_sql(
        "SELECT coalesce(max(rowid), 0) FROM contact"
    ).fetchone()[0]
    for name, _ in indexes:
        db.execute_sql(f'DROP INDEX "{name}"')
    if trigger_sql:
        db.execute_sql(f'DROP TRIGGER "{SEARCH_INSERT_TRIGGER}"')
    yield
    for _, sql in indexes:
        db.execute_sql(sql)
    if trigger_sql:
        db.execute_sql(trigger_sql)
        index_contacts_added_after(store, last_rowid)


def _fill(
    store: Store,
    generator: HistoryGenerator,
    codes: Iterator[str],
    contacts: int,
    large_contacts: int,
) -> None:
    """Generate and write ``contacts`` contacts and their history, chunk by chunk."""
    done = 0
    while done < contacts:
        out: Rows = {"contacts": [], "log": [], "entries": [], "tasks": []}
        for _ in range(min(CHUNK_CONTACTS, contacts - done)):
            large = done < large_contacts
            contact_id = generator.contact(next(codes), large, out)
            if large:
                generator.result.large_contact_ids.append(contact_id)
            done += 1
        _write(store, Contact, CONTACT_COLUMNS, out["contacts"])
        _write(store, StageLog, LOG_COLUMNS, out["log"])
        _write(store, ActivityEntry, ENTRY_COLUMNS, out["entries"])
        _write(store, Task, TASK_COLUMNS, out["tasks"])
        log.debug("demo: %d of %d contacts written", done, contacts)


def generate_demo(
    store: Store,
    clock: Clock,
    contacts: int,
    seed: int = 1,
    *,
    operators: int = 50,
    large_contacts: int = 0,
) -> DemoResult:
    """Add ``contacts`` demo contacts, their history and ``operators`` users.

    The first ``large_contacts`` contacts get ``LARGE_ENTRIES`` entries and
    ``LARGE_LOG_ROWS`` stage log rows (what the benchmarks open). The same seed on
    the same database content gives the same data, relative to the clock's now.
    Everything is added in one transaction: an error leaves the database as it was.
    On a server the rows are not recorded one by one in the sync feed; offline
    copies download the tables again instead (see ``ServerFeed.uncaptured``).
    """
    if contacts < 0:
        raise ValueError("contacts must be zero or more")
    started = time.perf_counter()
    now = clock.now()
    cache_size = None
    if store.backend is Backend.SQLITE:
        # A larger page cache for this connection keeps the index inserts in memory.
        cache_size = store.db.execute_sql("PRAGMA cache_size").fetchone()[0]
        store.db.execute_sql("PRAGMA cache_size = -262144")
    try:
        with store.atomic(), _bulk_write(store, clock):
            already = Contact.select().count()
            rng = random.Random(f"contatti-demo:{seed}:{already}")
            people = _ensure_operators(store, now, operators)
            generator = HistoryGenerator(load_rules(store), rng, now, people)
            with _sqlite_indexes_built_after(store, contacts >= already):
                _fill(
                    store, generator, _codes(store, contacts), contacts, large_contacts
                )
    finally:
        if cache_size is not None:
            store.db.execute_sql(f"PRAGMA cache_size = {int(cache_size)}")
    if store.backend is not Backend.SQLITE:
        # Fresh statistics, so that the planner sees the new sizes at once.
        store.db.execute_sql(
            "ANALYZE"
            if store.backend is Backend.POSTGRESQL
            else "ANALYZE TABLE contact, activity_entry, task, stage_log"
        )
    result = generator.result
    result.contacts = contacts
    result.users = len(people)
    result.seconds = time.perf_counter() - started
    log.info("%s", result.summary())
    return result


def run_demo_command(url: str | None, contacts: int, seed: int) -> int:
    """``contatti demo``: add demo data to the database at ``url``; the exit code."""
    from desktop.core.bootstrap import open_store

    if not url:
        print(
            "Give the database to fill with --database URL (for example "
            "sqlite:///demo.db); demo data is never added to the default one.",
            file=sys.stderr,
        )
        return 2
    if contacts <= 0:
        print("--contacts must be a positive number, such as 1000.", file=sys.stderr)
        return 2
    try:
        store = open_store(url, SystemClock())
    except (ContattiError, ValueError) as exc:
        print(exc, file=sys.stderr)
        return 1
    try:
        result = generate_demo(store, SystemClock(), contacts, seed)
    except peewee.DatabaseError as exc:
        print(f"Adding demo data failed, nothing was added: {exc}", file=sys.stderr)
        return 1
    finally:
        store.close()
    print(f"{store.url.display}: {result.summary()}")
    print(
        f"Demo users ({staff_username(0)}, {staff_username(1)}, ...) sign in with "
        f"the password {DEMO_PASSWORD!r}."
    )
    return 0

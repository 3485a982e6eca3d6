"""Versioned schema migrations, run at start inside a transaction.

Each migration is a function that brings the schema from version ``n - 1`` to ``n``.
A database whose version is higher than the last one known here was written by a newer
Contatti: opening it is refused before anything is changed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import peewee

from desktop import __version__
from desktop.core.clock import Clock
from desktop.core.db import Backend, Store
from desktop.core.errors import SchemaTooNewError
from desktop.core.models import ALL_MODELS, REMINDER_INDEX, SchemaInfo, StageLog, Task
from desktop.core.search import create_search_index

log = logging.getLogger(__name__)

APPEND_ONLY_MESSAGE = "stage_log is append-only: its rows cannot be changed or deleted"


def _append_only_triggers(store: Store, table: str) -> list[str]:
    """SQL that makes the database itself refuse UPDATE and DELETE on ``table``."""
    if store.backend is Backend.SQLITE:
        return [
            f"CREATE TRIGGER {table}_no_{op.lower()} BEFORE {op} ON {table} "
            f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY_MESSAGE}'); END"
            for op in ("UPDATE", "DELETE")
        ]
    if store.backend is Backend.POSTGRESQL:
        return [
            f"""CREATE FUNCTION {table}_refuse_change() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION '{APPEND_ONLY_MESSAGE}'
                        USING ERRCODE = 'insufficient_privilege';
                END $$""",
            f"CREATE TRIGGER {table}_no_change BEFORE UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {table}_refuse_change()",
            f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION {table}_refuse_change()",
        ]
    return [
        f"CREATE TRIGGER {table}_no_{op.lower()} BEFORE {op} ON {table} FOR EACH ROW "
        f"SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '{APPEND_ONLY_MESSAGE}'"
        for op in ("UPDATE", "DELETE")
    ]


def _v1_initial(store: Store) -> None:
    store.db.create_tables([m for m in ALL_MODELS if m is not SchemaInfo], safe=False)
    for statement in _append_only_triggers(store, StageLog._meta.table_name):
        store.db.execute_sql(statement)


def _v2_sync_tables(store: Store) -> None:
    from desktop.core.sync.schema import create_sync_tables

    create_sync_tables(store)


def _v3_contact_search(store: Store) -> None:
    create_search_index(store)


def _v4_reminder_index(store: Store) -> None:
    """Replace the first reminder index by one covering the whole reminder query."""
    on_table = " ON task" if store.backend is Backend.MYSQL else ""
    store.db.execute_sql(
        f"DROP INDEX IF EXISTS task_assignee_id_status_reminder_end{on_table}"
    )
    columns = ", ".join(field.column_name for field in _reminder_index_fields())
    store.db.execute_sql(
        f"CREATE INDEX IF NOT EXISTS {REMINDER_INDEX} ON task ({columns})"
    )


def _reminder_index_fields() -> list[peewee.Field]:
    for index in Task._meta.fields_to_index():
        if index._name == REMINDER_INDEX:
            return list(index._expressions)
    raise LookupError(REMINDER_INDEX)


def _v5_capture_triggers(store: Store) -> None:
    """No table changes: servers get the current sync capture triggers.

    Those order an office stage move after the latest move the server already
    kept for the contact. :func:`migrate` rebuilds the capture triggers after
    every step, so this step only has to exist for servers at version 4.
    """


MIGRATIONS: list[Callable[[Store], None]] = [
    _v1_initial,
    _v2_sync_tables,
    _v3_contact_search,
    _v4_reminder_index,
    _v5_capture_triggers,
]
LATEST = len(MIGRATIONS)


def current_version(store: Store) -> int:
    """The schema version of the database, 0 for an empty one."""
    if not store.db.table_exists(SchemaInfo._meta.table_name):
        return 0
    row = SchemaInfo.get_or_none(SchemaInfo.id == 1)
    return row.version if row else 0


def migrate(store: Store, clock: Clock) -> int:
    """Bring the schema to the latest version; return the version found before.

    Raises :class:`SchemaTooNewError` without touching anything if the database is
    newer than this program.

    On MariaDB/MySQL every DDL statement commits on its own, so a migration that
    fails half-way there cannot be rolled back as it is on SQLite and PostgreSQL;
    each migration is therefore kept to statements that can simply be run again
    after ``safe`` checks when that matters.
    """
    found = current_version(store)
    if found > LATEST:
        raise SchemaTooNewError(found, LATEST)
    if found == LATEST:
        return found
    with store.db.atomic():
        if found == 0:
            store.db.create_tables([SchemaInfo], safe=True)
        for number in range(found + 1, LATEST + 1):
            log.info("migrating %s to schema version %d", store.url.display, number)
            MIGRATIONS[number - 1](store)
        _reinstall_capture_triggers(store)
        now = clock.now()
        updated = (
            SchemaInfo.update(version=LATEST, app_version=__version__, migrated_at=now)
            .where(SchemaInfo.id == 1)
            .execute()
        )
        if not updated:
            SchemaInfo.insert(
                id=1, version=LATEST, app_version=__version__, migrated_at=now
            ).execute()
    return found


def _reinstall_capture_triggers(store: Store) -> None:
    """Rebuild the sync capture triggers after migrating a server that has them.

    MariaDB's triggers name every column of their table, so a column a migration
    adds to a synced table would otherwise never reach the feed. PostgreSQL's take
    the whole row; they are rebuilt as well, so that a server always runs the
    triggers of the version that migrated it.
    """
    if not store.url.is_server or not store.db.table_exists("sync_counter"):
        return
    from desktop.core.sync.capture import install_capture_triggers

    log.info("reinstalling the sync capture triggers of %s", store.url.display)
    install_capture_triggers(store)


def is_append_only_violation(exc: peewee.DatabaseError) -> bool:
    """True if ``exc`` is the database refusing a change to the stage log."""
    return "append-only" in str(exc)

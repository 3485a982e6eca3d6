"""Creating the sync tables, and the triggers that fill a laptop's outbox."""

from __future__ import annotations

import peewee

from desktop.core.db import Backend, Store
from desktop.core.sync.capture import install_capture_triggers
from desktop.core.sync.models import LOCAL_TABLES, SERVER_TABLES, SyncConflict
from desktop.core.sync.tables import SPECS, TableSpec


def create_sync_tables(store: Store) -> None:
    """Schema migration: the conflict table everywhere, the feed or the outbox.

    A server gets the change feed and its counter row; a SQLite file gets the outbox
    tables, which stay empty unless the file is made an offline copy.
    """
    extra = LOCAL_TABLES if store.backend is Backend.SQLITE else SERVER_TABLES
    models: list[type[peewee.Model]] = [SyncConflict, *extra]
    with store.db.bind_ctx(models):
        store.db.create_tables(models, safe=True)
    if store.backend is not Backend.SQLITE:
        store.db.execute_sql(
            "INSERT INTO sync_counter (id, value, horizon) VALUES (1, 0, 0)"
        )
        install_capture_triggers(store)


def _physical_millis(expression: str) -> str:
    """SQLite SQL turning a stored UTC time into milliseconds since the epoch."""
    return f"CAST(round((julianday({expression}) - 2440587.5) * 86400000.0) AS INTEGER)"


def _json_row(spec: TableSpec, alias: str) -> str:
    pairs = ", ".join(f"'{c}', {alias}.\"{c}\"" for c in spec.columns)
    return f"json_object({pairs})"


def _trigger_sql(spec: TableSpec, event: str) -> str:
    table = spec.name
    if event == "DELETE":
        physical = "0"
        new_values, old_values, row = "NULL", _json_row(spec, "OLD"), "OLD.id"
    else:
        physical = _physical_millis("NEW.updated_at")
        new_values, row = _json_row(spec, "NEW"), "NEW.id"
        old_values = _json_row(spec, "OLD") if event == "UPDATE" else "NULL"
    kind = event.lower()
    return f"""
        CREATE TRIGGER sync_{table}_{kind} AFTER {event} ON "{table}"
        WHEN (SELECT applying FROM sync_local_state WHERE id = 1) = 0
        BEGIN
            UPDATE sync_local_state SET
                hlc_counter = CASE WHEN {physical} > hlc_wall THEN 0
                                   ELSE hlc_counter + 1 END,
                hlc_wall = MAX(hlc_wall, {physical})
            WHERE id = 1;
            INSERT INTO sync_outbox
                (op_id, table_name, row_id, kind, new_values, old_values, stamp)
            SELECT lower(hex(randomblob(16))), '{table}', {row}, '{kind}',
                   {new_values}, {old_values},
                   printf('%015d-%06d-%s', hlc_wall, hlc_counter, node_id)
            FROM sync_local_state WHERE id = 1;
        END"""


def install_outbox_triggers(db: peewee.Database) -> None:
    """(Re)create the triggers that record every local write in the outbox.

    They are rebuilt each time a copy is opened, so that columns added by a later
    schema migration are recorded too. Writes made while ``applying`` is set (the
    engine applying the server's changes) are not recorded.
    """
    with db.atomic():
        for spec in SPECS.values():
            for event in ("INSERT", "UPDATE", "DELETE"):
                db.execute_sql(
                    f"DROP TRIGGER IF EXISTS sync_{spec.name}_{event.lower()}"
                )
                db.execute_sql(_trigger_sql(spec, event))

"""Triggers on the server that put direct writes (office desktops) into the feed.

Desktops connected straight to the server write rows with the ordinary services.
These triggers number each such write under the same counter lock as a push, record
the changed columns in the feed and stamp their field clocks, so laptops pull them
and the field-by-field merge knows how recent they are. Writes made by a push set a
session flag first and are recorded by the merge itself instead.

A stage move written directly is stamped after the contact's latest logged move when
its own time is not later already: the save checked the contact's version, so its
author saw the stage that move set, and a pushed move can be stamped up to the
clamp's margin ahead of the server's clock.
"""

from __future__ import annotations

from desktop.core.db import Backend, Store
from desktop.core.sync.hlc import MAX_AHEAD
from desktop.core.sync.tables import SPECS, STAGE_LOG, TableSpec

AHEAD_MS = int(MAX_AHEAD.total_seconds() * 1000)

POSTGRESQL_FUNCTION = f"""
CREATE OR REPLACE FUNCTION sync_capture() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    n bigint;
    rec jsonb;
    changed jsonb;
    clocks jsonb;
    rid text;
    kind text;
    stamp text;
    now_ms bigint := floor(extract(epoch FROM clock_timestamp()) * 1000);
    wall bigint;
    latest text;
BEGIN
    IF coalesce(current_setting('contatti.sync_applying', true), '') = 'on' THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'DELETE' THEN
        rid := replace(OLD.id::text, '-', '');
        kind := 'delete';
        changed := '{{}}'::jsonb;
        wall := now_ms;
    ELSE
        rec := to_jsonb(NEW);
        rid := replace(NEW.id::text, '-', '');
        wall := LEAST(floor(extract(epoch FROM NEW.updated_at) * 1000),
                      now_ms + {AHEAD_MS});
        IF TG_OP = 'INSERT' THEN
            kind := 'insert';
            changed := rec;
        ELSE
            kind := 'update';
            SELECT coalesce(jsonb_object_agg(e.key, e.value), '{{}}'::jsonb)
              INTO changed
              FROM jsonb_each(rec) AS e
             WHERE (to_jsonb(OLD) -> e.key) IS DISTINCT FROM e.value;
            IF changed = '{{}}'::jsonb THEN
                RETURN NULL;
            END IF;
        END IF;
    END IF;
    UPDATE sync_counter SET value = value + 1 WHERE id = 1 RETURNING value INTO n;
    stamp := lpad(wall::text, 15, '0') || '-' || lpad(mod(n, 1000000)::text, 6, '0')
             || '-server';
    IF TG_TABLE_NAME = '{STAGE_LOG}' AND kind = 'insert' THEN
        SELECT max((c.clocks::jsonb #>> '{{to_stage_id,0}}') COLLATE "C") INTO latest
          FROM {STAGE_LOG} AS l
          JOIN sync_row_clock AS c
            ON c.table_name = '{STAGE_LOG}' AND c.row_id = replace(l.id::text, '-', '')
         WHERE l.contact_id = NEW.contact_id AND l.id <> NEW.id;
        IF latest >= stamp COLLATE "C" THEN
            stamp := CASE WHEN split_part(latest, '-', 2)::int < 999999
                THEN left(latest, 15) || '-'
                     || lpad((split_part(latest, '-', 2)::int + 1)::text, 6, '0')
                ELSE lpad((left(latest, 15)::bigint + 1)::text, 15, '0') || '-000000'
                END || '-server';
        END IF;
    END IF;
    INSERT INTO sync_change
        (seq, table_name, row_id, kind, fields, stamp, op_id, node, created_at)
    VALUES (n, TG_TABLE_NAME, rid, kind, changed::text, stamp, '', 'server',
            now() AT TIME ZONE 'UTC');
    IF kind <> 'delete' THEN
        SELECT jsonb_object_agg(k, jsonb_build_array(stamp, rec -> 'updated_by',
                                                     rec -> 'updated_at'))
          INTO clocks
          FROM jsonb_object_keys(changed) AS k;
        INSERT INTO sync_row_clock (table_name, row_id, clocks)
        VALUES (TG_TABLE_NAME, rid, clocks::text)
        ON CONFLICT (table_name, row_id) DO UPDATE
            SET clocks = (sync_row_clock.clocks::jsonb || EXCLUDED.clocks::jsonb)::text;
    END IF;
    RETURN NULL;
END $$
"""


POSTGRESQL_LOCK_FUNCTION = """
CREATE OR REPLACE FUNCTION sync_capture_lock() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF coalesce(current_setting('contatti.sync_applying', true), '') <> 'on' THEN
        PERFORM 1 FROM sync_counter WHERE id = 1 FOR UPDATE;
    END IF;
    RETURN NULL;
END $$
"""
"""Takes the counter lock before a direct write locks any row, as a push does.

With both taking the counter first, a push and an office save touching the same
contact wait for each other instead of deadlocking.
"""


def _postgresql(spec: TableSpec) -> list[str]:
    return [
        f'DROP TRIGGER IF EXISTS sync_capture_lock ON "{spec.name}"',
        "CREATE TRIGGER sync_capture_lock BEFORE INSERT OR UPDATE OR DELETE "
        f'ON "{spec.name}" FOR EACH STATEMENT EXECUTE FUNCTION sync_capture_lock()',
        f'DROP TRIGGER IF EXISTS sync_capture ON "{spec.name}"',
        "CREATE TRIGGER sync_capture AFTER INSERT OR UPDATE OR DELETE "
        f'ON "{spec.name}" FOR EACH ROW EXECUTE FUNCTION sync_capture()',
    ]


def _mysql_after_latest_move(spec: TableSpec, event: str) -> str:
    """For a direct stage move: a stamp after the contact's latest logged move."""
    if spec.name != STAGE_LOG or event != "INSERT":
        return ""
    counter = "CAST(SUBSTRING(latest, 17, 6) AS UNSIGNED)"
    wall = "CAST(LEFT(latest, 15) AS UNSIGNED)"
    return f"""
                    SELECT MAX(JSON_UNQUOTE(JSON_EXTRACT(c.clocks, '$.to_stage_id[0]')))
                      INTO latest
                      FROM {STAGE_LOG} AS l
                      JOIN sync_row_clock AS c
                        ON c.table_name = '{STAGE_LOG}' AND c.row_id = l.id
                     WHERE l.contact_id = NEW.contact_id AND l.id <> NEW.id;
                    IF latest >= stamp THEN
                        SET stamp = CONCAT(IF({counter} < 999999,
                            CONCAT(LEFT(latest, 15), '-', LPAD({counter} + 1, 6, '0')),
                            CONCAT(LPAD({wall} + 1, 15, '0'), '-000000')), '-server');
                    END IF;"""


def _mysql_body(spec: TableSpec, event: str, name: str) -> str:
    row = "OLD" if event == "DELETE" else "NEW"
    epoch = "'1970-01-01 00:00:00'"
    now_ms = f"TIMESTAMPDIFF(MICROSECOND, {epoch}, UTC_TIMESTAMP(6)) DIV 1000"
    if event == "DELETE":
        collect = "SET changed = JSON_OBJECT();"
        wall = now_ms
        stamp_clocks = ""
    else:
        wall = (
            f"LEAST(TIMESTAMPDIFF(MICROSECOND, {epoch}, NEW.updated_at) DIV 1000, "
            f"{now_ms} + {AHEAD_MS})"
        )
        if event == "INSERT":
            collect = (
                "SET changed = JSON_OBJECT("
                + ", ".join(f"'{c}', NEW.`{c}`" for c in spec.columns)
                + ");"
            )
            marks = " ".join(
                f"SET clocks = JSON_SET(clocks, '$.{c}', "
                "JSON_ARRAY(stamp, NEW.updated_by, NEW.updated_at));"
                for c in spec.columns
            )
        else:
            collect = "SET changed = JSON_OBJECT(); " + " ".join(
                f"IF NOT (OLD.`{c}` <=> NEW.`{c}`) THEN "
                f"SET changed = JSON_SET(changed, '$.{c}', NEW.`{c}`); END IF;"
                for c in spec.columns
            )
            marks = " ".join(
                f"IF NOT (OLD.`{c}` <=> NEW.`{c}`) THEN "
                f"SET clocks = JSON_SET(clocks, '$.{c}', "
                "JSON_ARRAY(stamp, NEW.updated_by, NEW.updated_at)); END IF;"
                for c in spec.columns
            )
        stamp_clocks = (
            f"SET clocks = JSON_OBJECT(); {marks} "
            "INSERT INTO sync_row_clock (table_name, row_id, clocks) "
            f"VALUES ('{spec.name}', NEW.id, clocks) "
            "ON DUPLICATE KEY UPDATE clocks = JSON_MERGE_PATCH(clocks, VALUES(clocks));"
        )
    after = _mysql_after_latest_move(spec, event)
    return f"""
        CREATE TRIGGER {name} AFTER {event} ON `{spec.name}`
        FOR EACH ROW BEGIN
            DECLARE n BIGINT;
            DECLARE changed JSON;
            DECLARE clocks JSON;
            DECLARE stamp VARCHAR(48);
            DECLARE latest VARCHAR(48);
            IF @contatti_sync_applying IS NULL THEN
                {collect}
                IF '{event}' <> 'UPDATE' OR JSON_LENGTH(changed) > 0 THEN
                    UPDATE sync_counter SET value = value + 1 WHERE id = 1;
                    SELECT value INTO n FROM sync_counter WHERE id = 1;
                    SET stamp = CONCAT(LPAD({wall}, 15, '0'), '-',
                                       LPAD(n MOD 1000000, 6, '0'), '-server');{after}
                    INSERT INTO sync_change (seq, table_name, row_id, kind, fields,
                                             stamp, op_id, node, created_at)
                    VALUES (n, '{spec.name}', {row}.id, '{event.lower()}', changed,
                            stamp, '', 'server', UTC_TIMESTAMP(6));
                    {stamp_clocks}
                END IF;
            END IF;
        END"""


def _mysql(spec: TableSpec) -> list[str]:
    # MariaDB has no statement triggers: an office UPDATE locks its row before the
    # trigger takes the counter, the reverse of a push. When both touch the same
    # row at the same moment InnoDB detects the deadlock at once and rolls back the
    # one with less work done; both run in desktop.core.db.run_transaction, which
    # runs the rolled-back one again. An office save run again after the push has
    # changed its contact meets the new version and reports the concurrent edit.
    statements = []
    for event in ("INSERT", "UPDATE", "DELETE"):
        name = f"sync_capture_{spec.name}_{event.lower()}"
        statements.append(f"DROP TRIGGER IF EXISTS {name}")
        statements.append(_mysql_body(spec, event, name))
    return statements


def install_capture_triggers(store: Store) -> None:
    """(Re)create the capture triggers on a server; nothing on a SQLite file.

    Schema migrations call this again after they run (see ``migrate``): MariaDB's
    triggers name every column, so they must follow columns added later
    (PostgreSQL's take the whole row).
    """
    if store.backend is Backend.SQLITE:
        return
    statements: list[str] = []
    if store.backend is Backend.POSTGRESQL:
        statements += [POSTGRESQL_FUNCTION, POSTGRESQL_LOCK_FUNCTION]
        for spec in SPECS.values():
            statements += _postgresql(spec)
    else:
        for spec in SPECS.values():
            statements += _mysql(spec)
    for statement in statements:
        store.db.execute_sql(statement)

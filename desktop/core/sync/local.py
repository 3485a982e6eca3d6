"""The laptop side: its outbox, its pull position, and applying the server's changes."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import peewee

from desktop.core.sync.hlc import Stamp
from desktop.core.sync.messages import Change, Op
from desktop.core.sync.schema import install_outbox_triggers
from desktop.core.sync.tables import (
    CONTACT,
    SPECS,
    STAGE_LOG,
    TABLE_ORDER,
    TableSpec,
    Wire,
    renamed_code,
)

log = logging.getLogger(__name__)

EVERY_COLUMN = "*"
"""Marks a row whose insert is still in the outbox: all its columns are pending."""


@dataclass(frozen=True)
class LocalState:
    """Where a laptop copy stands."""

    node_id: str
    last_seq: int
    downloaded: bool
    snapshot_seq: int | None
    snapshot_table: int
    snapshot_after: str
    last_sync_at: datetime | None
    pending: int


class LocalCopy:
    """A laptop's SQLite copy, driven with plain SQL on its own connection."""

    def __init__(self, db: peewee.Database) -> None:
        self.db = db

    # -- setup -------------------------------------------------------------------

    def prepare(self) -> str:
        """Make the file an offline copy (once) and (re)build its triggers.

        Returns the copy's node id, which tells its operations apart on the server.
        """
        with self.db.atomic():
            row = self.db.execute_sql(
                "SELECT node_id FROM sync_local_state WHERE id = 1"
            ).fetchone()
            if row is None:
                node_id = os.urandom(6).hex()
                self.db.execute_sql(
                    "INSERT INTO sync_local_state (id, node_id, hlc_wall, hlc_counter, "
                    "applying, last_seq, downloaded, snapshot_table, snapshot_after) "
                    "VALUES (1, ?, 0, 0, 0, 0, 0, 0, '')",
                    (node_id,),
                )
            else:
                node_id = row[0]
            # A crash while applying leaves the flag set; clear it before any edit.
            self.db.execute_sql("UPDATE sync_local_state SET applying = 0 WHERE id = 1")
            install_outbox_triggers(self.db)
        return str(node_id)

    def state(self) -> LocalState:
        row = self.db.execute_sql(
            "SELECT node_id, last_seq, downloaded, snapshot_seq, snapshot_table, "
            "snapshot_after, last_sync_at FROM sync_local_state WHERE id = 1"
        ).fetchone()
        pending = self.db.execute_sql("SELECT COUNT(*) FROM sync_outbox").fetchone()[0]
        last = row[6]
        return LocalState(
            row[0],
            int(row[1]),
            bool(row[2]),
            None if row[3] is None else int(row[3]),
            int(row[4]),
            row[5],
            SPECS[CONTACT].fields["updated_at"].python_value(last) if last else None,
            int(pending),
        )

    # -- outbox --------------------------------------------------------------------

    def pending_ops(self, limit: int) -> list[Op]:
        rows = self.db.execute_sql(
            "SELECT op_id, table_name, row_id, kind, new_values, old_values, stamp "
            "FROM sync_outbox ORDER BY seq LIMIT ?",
            (limit,),
        ).fetchall()
        return [Op.from_outbox(*r) for r in rows]

    def clear_ops(self, op_ids: Sequence[str]) -> None:
        """Forget operations the server has confirmed."""
        with self.db.atomic():
            for op_id in op_ids:
                self.db.execute_sql("DELETE FROM sync_outbox WHERE op_id = ?", (op_id,))

    def pending_columns(
        self, keys: Iterable[tuple[str, str]]
    ) -> dict[tuple[str, str], set[str]]:
        """Columns of the given rows that have local changes not yet sent."""
        wanted = set(keys)
        found: dict[tuple[str, str], set[str]] = {}
        rows = self.db.execute_sql(
            "SELECT op_id, table_name, row_id, kind, new_values, old_values, stamp "
            "FROM sync_outbox ORDER BY seq"
        ).fetchall()
        for r in rows:
            if (r[1], r[2]) not in wanted:
                continue
            op = Op.from_outbox(*r)
            columns = found.setdefault((op.table, op.row_id), set())
            if op.kind != "update":
                columns.add(EVERY_COLUMN)
            columns.update(op.new)
        return found

    # -- applying what the server sent -----------------------------------------------

    @contextmanager
    def applying(self) -> Iterator[None]:
        """A local transaction whose writes the outbox triggers do not record."""
        with self.db.atomic():
            self.db.execute_sql("UPDATE sync_local_state SET applying = 1 WHERE id = 1")
            yield
            self.db.execute_sql("UPDATE sync_local_state SET applying = 0 WHERE id = 1")

    def apply_changes(
        self,
        changes: Sequence[Change],
        now: datetime,
        before_commit: Callable[[], None] = lambda: None,
    ) -> None:
        """Apply one page of the feed and move the pull position past it, atomically.

        Columns with local changes still in the outbox are left alone: the server
        merges those when they arrive and sends the result back.
        """
        with self.applying():
            pending = self.pending_columns((c.table, c.row_id) for c in changes)
            for change in changes:
                skip = pending.get((change.table, change.row_id), set())
                self._apply_one(change, skip)
            self._receive(changes)
            self.db.execute_sql(
                "UPDATE sync_local_state SET last_seq = ?, last_sync_at = ? "
                "WHERE id = 1",
                (changes[-1].seq, _local_time(now)),
            )
            before_commit()

    def _apply_one(self, change: Change, skip: set[str]) -> None:
        spec = SPECS[change.table]
        if EVERY_COLUMN in skip:
            return
        if change.kind == "delete":
            if change.table != STAGE_LOG and not skip:
                self.db.execute_sql(
                    f'DELETE FROM "{spec.name}" WHERE id = ?', (change.row_id,)
                )
            return
        values = {c: v for c, v in change.fields.items() if c not in skip}
        self.upsert(spec, change.row_id, values, partial=change.kind == "update")

    def upsert(
        self,
        spec: TableSpec,
        row_id: str,
        values: dict[str, Wire],
        partial: bool,
        unsent: bool = False,
    ) -> None:
        """Write ``values`` into the row, inserting it if it is not here yet.

        ``unsent`` marks values replayed from the outbox: a code clash then renames
        this row, as the server will when the operation reaches it.
        """
        exists = self.db.execute_sql(
            f'SELECT 1 FROM "{spec.name}" WHERE id = ?', (row_id,)
        ).fetchone()
        if spec.name == CONTACT and "code" in values:
            if unsent:
                values = self._own_code(row_id, values)
            else:
                self._free_code(row_id, values["code"])
        params = spec.wire_to_params(values)
        if exists:
            if spec.name == STAGE_LOG or not params:
                return
            sets = ", ".join(f'"{c}" = ?' for c in params)
            self.db.execute_sql(
                f'UPDATE "{spec.name}" SET {sets} WHERE id = ?',
                (*params.values(), row_id),
            )
            return
        if partial:
            log.warning("change for %s %s which this copy lacks", spec.name, row_id)
            return
        columns = ", ".join(f'"{c}"' for c in params)
        marks = ", ".join("?" for _ in params)
        self.db.execute_sql(
            f'INSERT INTO "{spec.name}" ({columns}) VALUES ({marks})',
            tuple(params.values()),
        )

    def _own_code(self, row_id: str, values: dict[str, Wire]) -> dict[str, Wire]:
        clash = self.db.execute_sql(
            "SELECT 1 FROM contact WHERE code = ? AND id <> ?", (values["code"], row_id)
        ).fetchone()
        if clash is None:
            return values
        return {**values, "code": renamed_code(values["code"], row_id)}

    def _free_code(self, row_id: str, code: Wire) -> None:
        """Move a local contact off the code a server contact arrives with.

        A contact not yet sent is renamed as a local edit, which reaches the server
        like any other. A contact the server already has must have been renamed
        there (codes are unique on the server): it steps aside quietly, and the
        feed brings its final code.
        """
        clash = self.db.execute_sql(
            "SELECT id FROM contact WHERE code = ? AND id <> ?", (code, row_id)
        ).fetchone()
        if clash is None:
            return
        other = str(clash[0])
        unsent = self.db.execute_sql(
            "SELECT 1 FROM sync_outbox WHERE table_name = ? AND row_id = ?",
            (CONTACT, other),
        ).fetchone()
        renamed = renamed_code(code, other)
        if unsent is None:
            self.db.execute_sql(
                "UPDATE contact SET code = ? WHERE id = ?", (renamed, other)
            )
            return
        self.db.execute_sql("UPDATE sync_local_state SET applying = 0 WHERE id = 1")
        self.db.execute_sql(
            "UPDATE contact SET code = ?, version = version + 1 WHERE id = ?",
            (renamed, other),
        )
        self.db.execute_sql("UPDATE sync_local_state SET applying = 1 WHERE id = 1")

    def _receive(self, changes: Sequence[Change]) -> None:
        """Move the local clock past every stamp received (the clock's receive rule).

        The next local edit then carries a later stamp than anything this copy has
        seen, even when its wall clock is behind.
        """
        stamps = [Stamp.decode(c.stamp) for c in changes if c.stamp]
        if not stamps:
            return
        remote = max(stamps)
        wall, counter = self.db.execute_sql(
            "SELECT hlc_wall, hlc_counter FROM sync_local_state WHERE id = 1"
        ).fetchone()
        if remote.wall > wall:
            wall, counter = remote.wall, remote.counter + 1
        elif remote.wall == wall:
            counter = max(counter, remote.counter) + 1
        self.db.execute_sql(
            "UPDATE sync_local_state SET hlc_wall = ?, hlc_counter = ? WHERE id = 1",
            (wall, counter),
        )

    def mark_synced(self, now: datetime) -> None:
        """Remember when the copy was last completely in step with the server."""
        with self.db.atomic():
            self.db.execute_sql(
                "UPDATE sync_local_state SET last_sync_at = ? WHERE id = 1",
                (_local_time(now),),
            )

    # -- the first download, and a full one after a long absence -------------------

    def start_download(self, snapshot_seq: int, wipe: bool) -> None:
        """Remember where the download starts; ``wipe`` empties the copy first.

        The outbox is kept: its operations are replayed on the downloaded rows and
        sent as usual, so nothing typed on the laptop is lost.
        """
        with self.applying():
            if wipe:
                self._wipe()
            self.db.execute_sql(
                "UPDATE sync_local_state SET snapshot_seq = ?, snapshot_table = 0, "
                "snapshot_after = '', downloaded = 0, last_seq = 0 WHERE id = 1",
                (snapshot_seq,),
            )

    def _wipe(self) -> None:
        self.db.execute_sql("PRAGMA defer_foreign_keys = ON")
        guards = self.db.execute_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND "
            "tbl_name = ? AND name NOT LIKE 'sync_%'",
            (STAGE_LOG,),
        ).fetchall()
        for name, _sql in guards:
            self.db.execute_sql(f'DROP TRIGGER "{name}"')
        for table in reversed(TABLE_ORDER):
            self.db.execute_sql(f'DELETE FROM "{table}"')
        for _name, sql in guards:
            self.db.execute_sql(sql)

    def apply_snapshot_page(
        self,
        table_index: int,
        rows: Sequence[dict[str, Wire]],
        next_table: int,
        after: str,
        before_commit: Callable[[], None] = lambda: None,
    ) -> None:
        """Store one page of downloaded rows with the position after it, atomically."""
        with self.applying():
            spec = SPECS[TABLE_ORDER[table_index]]
            for row in rows:
                self.upsert(spec, str(row["id"]), row, partial=False)
            self.db.execute_sql(
                "UPDATE sync_local_state SET snapshot_table = ?, snapshot_after = ? "
                "WHERE id = 1",
                (next_table, after),
            )
            before_commit()

    def finish_download(self) -> None:
        """Replay unsent local operations over the downloaded rows, then pull on."""
        with self.applying():
            snapshot = self.db.execute_sql(
                "SELECT snapshot_seq FROM sync_local_state WHERE id = 1"
            ).fetchone()[0]
            for op in self.pending_ops(limit=1_000_000):
                self._replay(op)
            self.db.execute_sql(
                "UPDATE sync_local_state SET downloaded = 1, last_seq = ?, "
                "snapshot_seq = NULL WHERE id = 1",
                (snapshot,),
            )

    def _replay(self, op: Op) -> None:
        spec = SPECS[op.table]
        if op.kind == "delete":
            if op.table != STAGE_LOG:
                self.db.execute_sql(
                    f'DELETE FROM "{spec.name}" WHERE id = ?', (op.row_id,)
                )
            return
        self.upsert(spec, op.row_id, op.new, partial=op.kind == "update", unsent=True)


def _local_time(moment: datetime) -> Any:
    return SPECS[CONTACT].fields["updated_at"].db_value(moment)

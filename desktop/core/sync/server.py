"""The server side of sync, run by the laptop over its database connection.

Pushes take the next change numbers under a row lock held until they commit, so the
feed becomes visible strictly in number order and a puller can never step over a
change that commits late.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import peewee

from desktop.core.db import run_transaction
from desktop.core.sync.apply import PushTransaction, naive, row_param
from desktop.core.sync.hlc import clamp
from desktop.core.sync.messages import Change, Op
from desktop.core.sync.tables import SPECS, TABLE_ORDER, Wire, quote

log = logging.getLogger(__name__)

Hook = Callable[[str], None]


@dataclass
class PushOutcome:
    """What one push did on the server."""

    applied: int = 0
    duplicates: int = 0
    conflicts: int = 0
    clamped: int = 0
    changes: int = 0
    op_ids: list[str] = field(default_factory=list)


class ServerFeed:
    """Pushing operations to, and reading changes and rows from, the shared server."""

    def __init__(self, db: peewee.Database, now: Callable[[], datetime]) -> None:
        self.db = db
        self.now = now

    def _q(self, name: str) -> str:
        return quote(self.db, name)

    def _sql(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.db.execute_sql(sql, tuple(params))

    # -- reading -------------------------------------------------------------------

    def position(self) -> tuple[int, int]:
        """The last change number committed, and the horizon of the trimmed feed."""
        value, horizon = self._sql(
            "SELECT value, horizon FROM sync_counter WHERE id = 1"
        ).fetchone()
        return int(value), int(horizon)

    def changes_after(self, seq: int, limit: int) -> list[Change]:
        rows = self._sql(
            "SELECT seq, table_name, row_id, kind, fields, stamp FROM sync_change "
            "WHERE seq > %s ORDER BY seq LIMIT %s",
            (seq, limit),
        ).fetchall()
        return [Change.from_row(tuple(r)) for r in rows]

    def rows_page(
        self, table_index: int, after: str, limit: int
    ) -> list[dict[str, Wire]]:
        """Rows of one table in id order, after the id ``after`` (hex, or empty)."""
        spec = SPECS[TABLE_ORDER[table_index]]
        columns = ", ".join(self._q(c) for c in spec.columns)
        where, params = "", [limit]
        if after:
            where, params = "WHERE id > %s ", [row_param(spec, after), limit]
        rows = self._sql(
            f"SELECT {columns} FROM {self._q(spec.name)} {where}ORDER BY id LIMIT %s",
            params,
        ).fetchall()
        return [spec.row_to_wire(spec.columns, r) for r in rows]

    # -- pushing -------------------------------------------------------------------

    def push(
        self, node: str, username: str, ops: Sequence[Op], hook: Hook
    ) -> PushOutcome:
        """Apply ``ops`` in one transaction; operations seen before are skipped.

        A transaction the server rolled back to break a deadlock is run again from
        the start, with a fresh outcome (see :func:`run_transaction`).
        """

        def attempt() -> PushOutcome:
            outcome = PushOutcome()
            self._mark_applying()
            self._push(node, username, ops, hook, outcome)
            return outcome

        try:
            return run_transaction(self.db, attempt)
        finally:
            self._unmark_applying()

    def _mark_applying(self) -> None:
        """Tell the capture triggers that the merge records this transaction itself."""
        if isinstance(self.db, peewee.PostgresqlDatabase):
            self._sql("SET LOCAL contatti.sync_applying = 'on'")
        else:
            self._sql("SET @contatti_sync_applying = 1")

    def _unmark_applying(self) -> None:
        if isinstance(self.db, peewee.PostgresqlDatabase):
            return  # SET LOCAL ends with the transaction
        try:
            self._sql("SET @contatti_sync_applying = NULL")
        except peewee.DatabaseError:
            log.debug("connection gone; its session flag went with it")

    def _push(
        self,
        node: str,
        username: str,
        ops: Sequence[Op],
        hook: Hook,
        outcome: PushOutcome,
    ) -> None:
        seq = int(
            self._sql(
                "SELECT value FROM sync_counter WHERE id = 1 FOR UPDATE"
            ).fetchone()[0]
        )
        hook("push:locked")
        now = self.now()
        txn = PushTransaction(self, seq, now, node)
        for op in ops:
            outcome.op_ids.append(op.op_id)
            seen = self._sql(
                "SELECT 1 FROM sync_applied_op WHERE op_id = %s", (op.op_id,)
            ).fetchone()
            if seen:
                outcome.duplicates += 1
                txn.resend(op)
                continue
            stamp, clamped = clamp(op.stamp, now)
            outcome.clamped += clamped
            txn.apply(op, stamp)
            self._sql(
                "INSERT INTO sync_applied_op (op_id, node, applied_at) "
                "VALUES (%s, %s, %s)",
                (op.op_id, node, naive(now)),
            )
            outcome.applied += 1
            hook("push:op_applied")
        outcome.conflicts = txn.conflicts
        outcome.changes = txn.seq - seq
        self._sql("UPDATE sync_counter SET value = %s WHERE id = 1", (txn.seq,))
        self._record_node(node, username, now, outcome)
        hook("push:before_commit")

    def _record_node(
        self, node: str, username: str, now: datetime, outcome: PushOutcome
    ) -> None:
        known = self._sql(
            "SELECT 1 FROM sync_node WHERE node_id = %s FOR UPDATE", (node,)
        ).fetchone()
        if known:
            self._sql(
                "UPDATE sync_node SET username = %s, last_push_at = %s, "
                "ops_applied = ops_applied + %s, clamped = clamped + %s "
                "WHERE node_id = %s",
                (username, naive(now), outcome.applied, outcome.clamped, node),
            )
        else:
            self._sql(
                "INSERT INTO sync_node (node_id, username, last_push_at, ops_applied, "
                "clamped) VALUES (%s, %s, %s, %s, %s)",
                (node, username, naive(now), outcome.applied, outcome.clamped),
            )

    # -- bulk writes -----------------------------------------------------------------

    @contextmanager
    def uncaptured(self) -> Iterator[None]:
        """Write rows in bulk without the capture triggers recording each one.

        Enter it inside the transaction that does the writes. On leaving it the
        counter takes one more number and the horizon moves up to it, so the feed
        no longer claims to hold every change: a laptop positioned anywhere before
        downloads the tables again (keeping its unsent work) instead of pulling a
        feed that lacks these rows. Meant for large imports such as demo data,
        where a feed row and a field clock per written row would multiply the time.
        """
        self._mark_applying()
        try:
            yield
            top = int(
                self._sql(
                    "SELECT value FROM sync_counter WHERE id = 1 FOR UPDATE"
                ).fetchone()[0]
            )
            self._sql(
                "UPDATE sync_counter SET value = %s, horizon = %s WHERE id = 1",
                (top + 1, top + 1),
            )
            log.info("bulk write: feed horizon moved to %d", top + 1)
        finally:
            self._unmark_applying()

    # -- keeping the feed short ------------------------------------------------------

    def trim_expired(self, retention: timedelta) -> int:
        """Trim the feed to ``retention`` before the server's time; see :meth:`trim`."""
        return self.trim(self.now() - retention)

    def trim(self, before: datetime) -> int:
        """Drop feed entries older than ``before``; returns the new horizon.

        A laptop whose position is below the horizon can no longer catch up from the
        feed and downloads everything again (keeping its unsent work).
        """
        oldest = self._sql("SELECT MIN(created_at) FROM sync_change").fetchone()[0]
        if oldest is None or oldest >= naive(before):
            return self.position()[1]
        with self.db.atomic():
            self._sql("SELECT value FROM sync_counter WHERE id = 1 FOR UPDATE")
            top = self._sql(
                "SELECT MAX(seq) FROM sync_change WHERE created_at < %s",
                (naive(before),),
            ).fetchone()[0]
            if top is None:
                return self.position()[1]
            self._sql("DELETE FROM sync_change WHERE seq <= %s", (top,))
            self._sql(
                "UPDATE sync_counter SET horizon = %s WHERE id = 1 AND horizon < %s",
                (top, top),
            )
            return int(top)

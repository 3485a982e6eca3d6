"""Applying one push on the server: the field-by-field merge, numbered changes.

Runs inside the push transaction that holds the counter lock, so it reads and writes
rows knowing no other push (and no direct write) can interleave.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import peewee

from desktop.core.ids import new_id
from desktop.core.sync.hlc import Stamp, just_after, server_stamp
from desktop.core.sync.merge import FieldMerge, decide
from desktop.core.sync.messages import Op
from desktop.core.sync.tables import (
    CONFLICT,
    CONTACT,
    NOT_MERGED,
    SPECS,
    STAGE_LOG,
    TableSpec,
    Wire,
    dumps,
    renamed_code,
    to_wire,
)

if TYPE_CHECKING:
    from desktop.core.sync.server import ServerFeed

log = logging.getLogger(__name__)


class PushTransaction:
    """The merge of one push: reads and writes rows, numbers the resulting changes."""

    def __init__(self, feed: ServerFeed, seq: int, now: datetime, node: str) -> None:
        self.feed = feed
        self.seq = seq
        self.now = now
        self.node = node
        self.conflicts = 0
        self._op_id = ""
        self._resent: set[tuple[str, str]] = set()

    def _sql(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.feed._sql(sql, params)

    def _q(self, name: str) -> str:
        return self.feed._q(name)

    # -- feed and bookkeeping ---------------------------------------------------

    def record(
        self, table: str, row_id: str, kind: str, fields: dict[str, Wire], stamp: str
    ) -> None:
        self.seq += 1
        self._sql(
            "INSERT INTO sync_change (seq, table_name, row_id, kind, fields, stamp, "
            "op_id, node, created_at) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)",
            (
                self.seq,
                table,
                row_id,
                kind,
                dumps(fields),
                stamp,
                self._op_id,
                self.node,
                naive(self.now),
            ),
        )

    def read_row(self, spec: TableSpec, row_id: str) -> dict[str, Wire] | None:
        columns = ", ".join(self._q(c) for c in spec.columns)
        row = self._sql(
            f"SELECT {columns} FROM {self._q(spec.name)} WHERE id = %s FOR UPDATE",
            (row_param(spec, row_id),),
        ).fetchone()
        return spec.row_to_wire(spec.columns, row) if row else None

    def read_clocks(self, table: str, row_id: str) -> dict[str, list[Wire]] | None:
        row = self._sql(
            "SELECT clocks FROM sync_row_clock WHERE table_name = %s AND row_id = %s",
            (table, row_id),
        ).fetchone()
        return json.loads(row[0]) if row else None

    def write_clocks(
        self, table: str, row_id: str, clocks: dict[str, list[Wire]], existed: bool
    ) -> None:
        if existed:
            self._sql(
                "UPDATE sync_row_clock SET clocks = %s WHERE table_name = %s AND "
                "row_id = %s",
                (dumps(clocks), table, row_id),
            )
        else:
            self._sql(
                "INSERT INTO sync_row_clock (table_name, row_id, clocks) "
                "VALUES (%s, %s, %s)",
                (table, row_id, dumps(clocks)),
            )

    def insert_row(self, spec: TableSpec, values: dict[str, Wire]) -> None:
        params = spec.wire_to_params(values)
        columns = ", ".join(self._q(c) for c in params)
        marks = ", ".join(["%s"] * len(params))
        self._sql(
            f"INSERT INTO {self._q(spec.name)} ({columns}) VALUES ({marks})",
            list(params.values()),
        )

    def update_row(self, spec: TableSpec, row_id: str, values: dict[str, Wire]) -> None:
        params = spec.wire_to_params(values)
        sets = ", ".join(f"{self._q(c)} = %s" for c in params)
        self._sql(
            f"UPDATE {self._q(spec.name)} SET {sets} WHERE id = %s",
            [*params.values(), row_param(spec, row_id)],
        )

    # -- applying one operation -------------------------------------------------

    def apply(self, op: Op, stamp: str) -> None:
        self._op_id = op.op_id
        spec = SPECS[op.table]
        try:
            with self.feed.db.atomic():
                self._apply(spec, op, stamp)
        except peewee.IntegrityError as exc:
            # The server's constraints refused it (a row deleted meanwhile, a value
            # another row holds): keep the refused values as a conflict for review.
            log.warning("operation %s on %s refused: %s", op.op_id, op.table, exc)
            self.conflict(
                "refused",
                op.table,
                op.row_id,
                op.kind,
                winner=None,
                winner_by="",
                winner_at=None,
                loser=op.new or op.base,
                loser_by=op.author,
                loser_at=op.at,
                stamp=stamp,
            )

    def resend(self, op: Op) -> None:
        """Put the row ``op`` changed back in the feed, as it stands now.

        ``op`` was applied by an earlier push whose answer the laptop never got: it
        lost the connection after the server committed, and the operation stayed in
        its outbox. A pull meanwhile left alone the columns the operation holds,
        counting on the merge's result to come back after the push; but that result
        went into the feed before the changes the pull skipped. The row as it stands
        now gives the laptop what it skipped. Sent once per row and push, with no
        operation id: it applies no operation.
        """
        if (op.table, op.row_id) in self._resent:
            return
        self._resent.add((op.table, op.row_id))
        self._op_id = ""
        spec = SPECS[op.table]
        row = self.read_row(spec, op.row_id)
        if row is not None:
            self.record(spec.name, op.row_id, "update", row, "")
        elif spec.name != STAGE_LOG:
            self.record(spec.name, op.row_id, "delete", {}, "")

    def _apply(self, spec: TableSpec, op: Op, stamp: str) -> None:
        row = self.read_row(spec, op.row_id)
        if op.kind == "delete":
            if row is not None and spec.name != STAGE_LOG:
                self._sql(
                    f"DELETE FROM {self._q(spec.name)} WHERE id = %s",
                    (row_param(spec, op.row_id),),
                )
                self.record(spec.name, op.row_id, "delete", {}, stamp)
            return
        if row is None:
            if op.kind == "update":
                log.warning(
                    "update of %s %s, gone from the server", spec.name, op.row_id
                )
                self.conflict(
                    "gone",
                    spec.name,
                    op.row_id,
                    "",
                    winner=None,
                    winner_by="",
                    winner_at=None,
                    loser=op.new,
                    loser_by=op.author,
                    loser_at=op.at,
                    stamp=stamp,
                )
                return
            self._insert(spec, op, stamp)
            return
        if spec.name == STAGE_LOG:
            return  # the log is append-only: the same row twice is the same row
        self._merge(spec, op, row, stamp)

    def _insert(self, spec: TableSpec, op: Op, stamp: str) -> None:
        values = dict(op.new)
        if spec.name == CONTACT:
            values["code"] = self._free_code(op, values.get("code"), stamp)
        moves: list[Move] = []
        if spec.name == STAGE_LOG:
            moves = self._moves(str(values["contact_id"]))
            stamp = move_stamp_kept(op.stamp, stamp, values, moves)
        self.insert_row(spec, values)
        clocks = {c: [stamp, op.author, op.at] for c in values if c not in NOT_MERGED}
        self.write_clocks(spec.name, op.row_id, clocks, existed=False)
        self.record(spec.name, op.row_id, "insert", values, stamp)
        if spec.name == STAGE_LOG:
            self._after_move(values, moves, stamp)

    def _merge(self, spec: TableSpec, op: Op, row: dict[str, Wire], stamp: str) -> None:
        stored = self.read_clocks(spec.name, op.row_id)
        clocks = dict(stored or {})
        applied: dict[str, Wire] = {}
        for column, new in op.new.items():
            if column in NOT_MERGED or (spec.name == CONTACT and column == "stage_id"):
                continue
            known = clocks.get(column) or [
                "",
                row.get("updated_by"),
                row.get("updated_at"),
            ]
            result = decide(
                FieldMerge(
                    table=spec.name,
                    column=column,
                    current=row.get(column),
                    current_stamp=str(known[0]),
                    incoming=new,
                    incoming_stamp=stamp,
                    base_known=op.base is not None,
                    base=(op.base or {}).get(column),
                )
            )
            if result.take_incoming:
                if spec.name == CONTACT and column == "code":
                    new = self._free_code(op, new, stamp)
                applied[column] = new
                clocks[column] = [stamp, op.author, op.at]
            if result.conflict:
                winner_is_new = result.take_incoming
                self.conflict(
                    result.kind,
                    spec.name,
                    op.row_id,
                    column,
                    winner=new if winner_is_new else row.get(column),
                    winner_by=op.author if winner_is_new else str(known[1] or ""),
                    winner_at=op.at if winner_is_new else known[2],
                    loser=row.get(column) if winner_is_new else new,
                    loser_by=str(known[1] or "") if winner_is_new else op.author,
                    loser_at=known[2] if winner_is_new else op.at,
                    stamp=stamp,
                )
        # The change carries the server's value of every column the operation
        # touched, winners and losers alike, and a new version: the sending copy
        # set those columns locally and must be brought back in line.
        version = int(row.get("version") or 0) + 1
        applied["version"] = version
        self.update_row(spec, op.row_id, applied)
        self.write_clocks(spec.name, op.row_id, clocks, existed=stored is not None)
        sent = {c: row.get(c) for c in op.new if c in spec.fields and c != "id"}
        sent.update(applied)
        self.record(spec.name, op.row_id, "update", sent, stamp)

    # -- contacts: codes and stages ---------------------------------------------

    def _free_code(self, op: Op, code: Wire, stamp: str) -> Wire:
        """``code``, or a renamed one if another contact holds it (with a conflict)."""
        clash = self._sql(
            "SELECT id FROM contact WHERE code = %s AND id <> %s",
            (code, row_param(SPECS[CONTACT], op.row_id)),
        ).fetchone()
        if clash is None:
            return code
        renamed = renamed_code(code, op.row_id)
        self.conflict(
            "code",
            CONTACT,
            op.row_id,
            "code",
            winner=renamed,
            winner_by="sync",
            winner_at=_wire_now(self.now),
            loser=code,
            loser_by=op.author,
            loser_at=op.at,
            stamp=stamp,
        )
        return renamed

    def _moves(self, contact_id: str) -> list[Move]:
        """The contact's log rows, each with the stamp the server ordered it by."""
        spec = SPECS[STAGE_LOG]
        names = ["id", "to_stage_id", "changed_at", "created_by"]
        rows = [
            spec.row_to_wire(names, r)
            for r in self._sql(
                "SELECT id, to_stage_id, changed_at, created_by "
                "FROM stage_log WHERE contact_id = %s",
                (row_param(SPECS[CONTACT], contact_id),),
            ).fetchall()
        ]
        clocks = self._log_clocks([str(r["id"]) for r in rows])
        return [
            Move(
                id=str(r["id"]),
                to_stage=r["to_stage_id"],
                changed_at=r["changed_at"],
                created_by=str(r["created_by"] or ""),
                stamp=move_stamp(clocks.get(str(r["id"])), r["changed_at"]),
            )
            for r in rows
        ]

    def _log_clocks(self, row_ids: list[str]) -> dict[str, dict[str, list[Wire]]]:
        if not row_ids:
            return {}
        marks = ", ".join(["%s"] * len(row_ids))
        rows = self._sql(
            "SELECT row_id, clocks FROM sync_row_clock WHERE table_name = %s "
            f"AND row_id IN ({marks})",
            (STAGE_LOG, *row_ids),
        ).fetchall()
        return {str(row_id): json.loads(clocks) for row_id, clocks in rows}

    def _after_move(
        self, values: dict[str, Wire], before: list[Move], stamp: str
    ) -> None:
        """Set the contact's stage from its log, now holding the move ``values``.

        ``before`` are the contact's moves as read before this one was logged, and
        ``stamp`` the stamp this one was kept with.
        """
        contact_id = str(values["contact_id"])
        incoming = Move(
            id=str(values["id"]),
            to_stage=values["to_stage_id"],
            changed_at=values["changed_at"],
            created_by=str(values["created_by"] or ""),
            stamp=stamp,
        )
        previous = latest(before)
        last = latest([*before, incoming])
        assert last is not None
        if previous is not None and values["from_stage_id"] != previous.to_stage:
            # Two moves made without seeing each other: both stay in the log; the
            # contact is where the later one put it, and the pair is flagged.
            loser = previous if last.id == incoming.id else incoming
            self.conflict(
                "stage",
                CONTACT,
                contact_id,
                "stage_id",
                winner=last.to_stage,
                winner_by=last.created_by,
                winner_at=last.changed_at,
                loser=loser.to_stage,
                loser_by=loser.created_by,
                loser_at=loser.changed_at,
                stamp=stamp,
            )
        spec = SPECS[CONTACT]
        contact = self.read_row(spec, contact_id)
        if contact is None or contact["stage_id"] == last.to_stage:
            return
        values = {
            "stage_id": last.to_stage,
            "version": int(contact["version"] or 0) + 1,
        }
        self.update_row(spec, contact_id, values)
        self.record(CONTACT, contact_id, "update", values, stamp)

    # -- conflicts ---------------------------------------------------------------

    def conflict(
        self,
        kind: str,
        table: str,
        row_id: str,
        column: str,
        *,
        winner: Any,
        winner_by: str,
        winner_at: Wire,
        loser: Any,
        loser_by: str,
        loser_at: Wire,
        stamp: str,
    ) -> None:
        now = _wire_now(self.now)
        values: dict[str, Wire] = {
            "id": new_id().hex,
            "created_at": now,
            "created_by": "sync",
            "updated_at": now,
            "updated_by": "sync",
            "version": 1,
            "kind": kind,
            "table_name": table,
            "row_id": row_id,
            "field_name": column,
            "winner_value": json.dumps(winner),
            "winner_by": winner_by[:64],
            "winner_at": winner_at,
            "loser_value": json.dumps(loser),
            "loser_by": loser_by[:64],
            "loser_at": loser_at,
            "resolved_at": None,
            "resolved_by": "",
            "resolution": "",
        }
        self.insert_row(SPECS[CONFLICT], values)
        self.record(CONFLICT, str(values["id"]), "insert", values, stamp)
        self.conflicts += 1


@dataclass(frozen=True)
class Move:
    """One row of the stage log, as the merge orders it."""

    id: str
    to_stage: Wire
    changed_at: Wire
    created_by: str
    stamp: str


def latest(moves: Sequence[Move]) -> Move | None:
    """The move that sets a contact's stage: the one with the latest kept stamp.

    The server keeps for each log row the stamp it clamped on arrival (a push) or
    took from its own clock (a direct write), so a copy whose clock runs ahead wins
    no more than the clamp allows. Equal stamps are ordered by row id, the same way
    on every run.
    """
    return max(moves, key=lambda m: (m.stamp, m.id)) if moves else None


def move_stamp_kept(
    own: str, clamped: str, values: dict[str, Wire], moves: Sequence[Move]
) -> str:
    """The stamp a pushed move is kept with: ``clamped``, unless that reorders it.

    The clamp brings every stamp beyond its limit down to the same time, so it can
    put a move level with or before a logged move that its own clock (``own``) was
    after, such as two moves of one copy whose clock runs ahead. A move that starts
    from the stage the latest move led to was made after seeing that move, whatever
    the clocks say. And a copy saw every move it made itself, even one the server
    kept with a later stamp than the copy gave it (to follow a move its clock was
    behind) before the copy heard of that stamp. In each case the move is kept just
    after the moves it follows.
    """
    node = Stamp.decode(own).node
    follows = [
        m.stamp for m in moves if m.stamp < own or Stamp.decode(m.stamp).node == node
    ]
    last = latest(moves)
    if last is not None and values.get("from_stage_id") == last.to_stage:
        follows.append(last.stamp)
    if not follows or clamped > max(follows):
        return clamped
    return just_after(max(follows), Stamp.decode(clamped).node)


def move_stamp(clocks: dict[str, list[Wire]] | None, changed_at: Wire) -> str:
    """The stamp a log row is ordered by: the one the server keeps for the row.

    A row the server keeps no clock for (written before it kept clocks, or by a bulk
    write that bypassed the capture) is ordered by a stamp made from its own
    ``changed_at``.
    """
    kept = (clocks or {}).get("to_stage_id")
    if kept:
        return str(kept[0])
    return server_stamp(datetime.fromisoformat(str(changed_at)))


def row_param(spec: TableSpec, row_id: str) -> Any:
    return spec.id_field.db_value(spec.id_field.python_value(row_id))


def naive(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(UTC).replace(tzinfo=None)


def _wire_now(now: datetime) -> Wire:
    return to_wire(SPECS[CONTACT].fields["updated_at"], now)

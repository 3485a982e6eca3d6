"""Reviewing conflicts: what two people changed differently, and keeping one side."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from desktop.core.contacts import HEADER_LABELS
from desktop.core.errors import NotFoundError, ValidationError
from desktop.core.session import Session
from desktop.core.sync.tables import CONFLICT, CONTACT, SPECS, Wire, quote, to_wire

log = logging.getLogger(__name__)

TABLE_LABELS = {
    CONTACT: "Contact",
    "activity_entry": "Activity",
    "task": "Task",
    "stage_log": "Stage log",
}
COLUMN_LABELS = {
    **{f"{k}": v for k, v in HEADER_LABELS.items()},
    "owner_id": "Owner",
    "stage_id": "Stage",
    "status": "Status",
    "description": "Description",
    "due": "Due date",
    "done_description": "Activity description",
    "pending_description": "Pending activity description",
    "pending_due_date": "Due date",
    "deleted_at": "Deleted",
}
KIND_LABELS = {
    "field": "Both changed",
    "task": "Task already finished",
    "stage": "Two stage moves",
    "code": "Same contact code",
    "refused": "Refused by the server",
    "gone": "Record deleted",
}
WRITABLE_KINDS = frozenset({"field", "code"})
"""Kinds whose resolution writes a value back; the others are acknowledged only."""


class Side(StrEnum):
    MINE = "mine"
    THEIRS = "theirs"


@dataclass(frozen=True)
class ConflictView:
    """One open conflict as the Conflicts window lists it.

    "Mine" is the side the signed-in user wrote, if either; otherwise the value the
    record holds now. ``current`` tells which side the record holds.
    """

    id: str
    kind: str
    what: str
    field: str
    mine: Any
    mine_by: str
    mine_at: datetime | None
    theirs: Any
    theirs_by: str
    theirs_at: datetime | None
    current: Side
    writable: bool


class ConflictService:
    """Lists open conflicts and resolves them for the signed-in user."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.db = session.store.db

    def _sql(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        return self.db.execute_sql(sql.replace("?", self.db.param), params)

    def open_conflicts(self) -> list[ConflictView]:
        spec = SPECS[CONFLICT]
        columns = spec.columns
        listing = ", ".join(quote(self.db, c) for c in columns)
        rows = self._sql(
            f"SELECT {listing} FROM sync_conflict WHERE resolved_at IS NULL "
            "ORDER BY created_at DESC, id"
        ).fetchall()
        return [self._view(spec.row_to_wire(columns, r)) for r in rows]

    def count_open(self) -> int:
        return int(
            self._sql(
                "SELECT COUNT(*) FROM sync_conflict WHERE resolved_at IS NULL"
            ).fetchone()[0]
        )

    def _view(self, row: dict[str, Wire]) -> ConflictView:
        me = self.session.username
        winner, loser = _loads(row["winner_value"]), _loads(row["loser_value"])
        time_field = SPECS[CONFLICT].fields["winner_at"]
        winner_at = time_field.python_value(_parse(row["winner_at"]))
        loser_at = time_field.python_value(_parse(row["loser_at"]))
        mine_is_loser = row["loser_by"] == me and row["winner_by"] != me
        table, column = str(row["table_name"]), str(row["field_name"])
        if mine_is_loser:
            side = (
                loser,
                row["loser_by"],
                loser_at,
                winner,
                row["winner_by"],
                winner_at,
            )
        else:
            side = (
                winner,
                row["winner_by"],
                winner_at,
                loser,
                row["loser_by"],
                loser_at,
            )
        return ConflictView(
            id=str(row["id"]),
            kind=str(row["kind"]),
            what=self._describe(table, str(row["row_id"])),
            field=COLUMN_LABELS.get(column, column.replace("_", " ").capitalize()),
            mine=self._display(column, side[0]),
            mine_by=str(side[1] or ""),
            mine_at=side[2],
            theirs=self._display(column, side[3]),
            theirs_by=str(side[4] or ""),
            theirs_at=side[5],
            current=Side.THEIRS if mine_is_loser else Side.MINE,
            writable=row["kind"] in WRITABLE_KINDS,
        )

    def _describe(self, table: str, row_id: str) -> str:
        label = TABLE_LABELS.get(table, table)
        contact_id = row_id
        if table != CONTACT:
            found = None
            if "contact_id" in SPECS.get(table, SPECS[CONTACT]).fields:
                found = self._sql(
                    f"SELECT contact_id FROM {quote(self.db, table)} WHERE id = ?",
                    (_param(table, row_id),),
                ).fetchone()
            if found is None:
                return label
            contact_id = to_wire(SPECS[CONTACT].id_field, found[0])
        contact = self._sql(
            "SELECT code, first_name, last_name, company FROM contact WHERE id = ?",
            (_param(CONTACT, str(contact_id)),),
        ).fetchone()
        if contact is None:
            return label
        code, first, last, company = contact
        name = f"{first} {last}".strip() or company or code
        if table == CONTACT:
            return f"{label} {code} {name}"
        return f"{label} of {code} {name}"

    def _display(self, column: str, value: Any) -> Any:
        if column == "stage_id" and value:
            row = self._sql(
                "SELECT name FROM stage WHERE id = ?", (_param("stage", str(value)),)
            ).fetchone()
            return row[0] if row else value
        return value

    def keep(self, conflict_id: str, side: Side) -> None:
        """Keep one side: write its value back if needed, and close the conflict.

        A kept value is an ordinary edit by the signed-in user, so it syncs like any
        other. Stage moves, finished tasks and refused changes are only
        acknowledged: the log keeps both moves, and a finished task stays finished.
        """
        spec = SPECS[CONFLICT]
        listing = ", ".join(quote(self.db, c) for c in spec.columns)
        found = self._sql(
            f"SELECT {listing} FROM sync_conflict WHERE id = ?",
            (_param(CONFLICT, conflict_id),),
        ).fetchone()
        if found is None:
            raise NotFoundError("This conflict no longer exists.")
        row = spec.row_to_wire(spec.columns, found)
        if row["resolved_at"] is not None:
            raise ValidationError.single(
                "conflict_table",
                f"This conflict was already resolved by {row['resolved_by']}; "
                "refresh the list.",
            )
        view = self._view(row)
        value = view.mine if side is Side.MINE else view.theirs
        # The record holds the winner; choosing the loser writes it back.
        chosen_is_loser = (side is Side.MINE) == (view.current is Side.THEIRS)
        raw = _loads(row["loser_value"] if chosen_is_loser else row["winner_value"])
        now = self.session.now()
        who = self.session.username
        stamp = to_wire(spec.fields["updated_at"], now)
        with self.db.atomic():
            if view.writable and side is not view.current:
                self._write(
                    str(row["table_name"]),
                    str(row["row_id"]),
                    str(row["field_name"]),
                    raw,
                    stamp,
                    who,
                )
            self._sql(
                "UPDATE sync_conflict SET resolved_at = ?, resolved_by = ?, "
                "resolution = ?, updated_at = ?, updated_by = ?, version = version + 1 "
                "WHERE id = ?",
                (
                    spec.fields["resolved_at"].db_value(now),
                    who,
                    side.value,
                    spec.fields["updated_at"].db_value(now),
                    who,
                    _param(CONFLICT, conflict_id),
                ),
            )
        log.info("conflict %s resolved: kept %s (%r)", conflict_id, side.value, value)

    def _write(
        self, table: str, row_id: str, column: str, value: Wire, stamp: Wire, who: str
    ) -> None:
        spec = SPECS[table]
        params = spec.wire_to_params({column: value, "updated_at": stamp})
        changed = self._sql(
            f"UPDATE {quote(self.db, table)} SET {quote(self.db, column)} = ?, "
            "updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ?",
            (params[column], params["updated_at"], who, _param(table, row_id)),
        ).rowcount
        if not changed:
            raise NotFoundError(
                "The record of this conflict no longer exists; close the conflict "
                "with the other button."
            )


def _loads(text: Wire) -> Any:
    return json.loads(text) if isinstance(text, str) else None


def _parse(value: Wire) -> Any:
    return datetime.fromisoformat(value) if isinstance(value, str) else value


def _param(table: str, row_id: str) -> Any:
    field = SPECS[table].id_field
    return field.db_value(field.python_value(row_id))

"""What travels between a laptop and the server: operations up, changes down."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from desktop.core.sync.tables import SPECS, Wire


@dataclass(frozen=True)
class Op:
    """One local write, as recorded by the outbox triggers.

    ``new`` holds the columns it changed with their new values (every column for an
    insert), ``base`` the values those columns had before on this copy: the values
    the user saw when editing. An insert has no base.
    """

    op_id: str
    table: str
    row_id: str
    kind: str
    new: dict[str, Wire]
    base: dict[str, Wire] | None
    stamp: str
    author: str = ""
    at: Wire = None

    @classmethod
    def from_outbox(
        cls,
        op_id: str,
        table: str,
        row_id: str,
        kind: str,
        new_json: str | None,
        old_json: str | None,
        stamp: str,
    ) -> Op:
        spec = SPECS[table]
        new = spec.normalise(json.loads(new_json)) if new_json else {}
        old = spec.normalise(json.loads(old_json)) if old_json else {}
        if kind == "update":
            changed = {c: v for c, v in new.items() if old.get(c) != v}
            base: dict[str, Wire] | None = {c: old.get(c) for c in changed}
        elif kind == "delete":
            changed, base = {}, old
        else:
            changed, base = new, None
        source = new or old
        return cls(
            op_id,
            table,
            row_id,
            kind,
            changed,
            base,
            stamp,
            str(source.get("updated_by") or ""),
            source.get("updated_at"),
        )

    @property
    def is_empty(self) -> bool:
        """An update that changed nothing (a save with the same values)."""
        return self.kind == "update" and not self.new


@dataclass(frozen=True)
class Change:
    """One change applied on the server, numbered in commit order."""

    seq: int
    table: str
    row_id: str
    kind: str
    fields: dict[str, Wire] = field(default_factory=dict)
    stamp: str = ""

    @classmethod
    def from_row(cls, row: tuple[Any, ...]) -> Change:
        seq, table, row_id, kind, fields, stamp = row
        values = SPECS[table].normalise(json.loads(fields))
        return cls(int(seq), table, row_id, kind, values, stamp)

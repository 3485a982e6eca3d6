"""The synced tables, their columns, and values in the form that travels between copies.

A value on the wire is JSON: ids as 32 hex digits, times as naive UTC text with
microseconds, booleans as ``true``/``false``. Every copy turns what its database returns
into that form before comparing, so SQLite, PostgreSQL and MariaDB agree.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property
from typing import Any

import peewee

from desktop.core.models import AUDITED_MODELS, BaseModel
from desktop.core.sync.models import SyncConflict

Wire = Any
"""A JSON-ready value: ``None``, ``bool``, ``int`` or ``str``."""

SYNCED_MODELS: list[type[BaseModel]] = [*AUDITED_MODELS, SyncConflict]
"""In dependency order: a row's parents come in earlier tables."""

NOT_MERGED = frozenset({"id", "version", "created_at", "created_by"})
"""Columns the server sets itself (``version``) or that never change after insert."""

AUDIT_COLUMNS = frozenset({"updated_at", "updated_by"})
"""Columns merged like the others but never reported as a conflict."""


def _python(field: peewee.Field, raw: Any) -> Any:
    """``raw`` as the Python value of ``field``; also reads ISO times with a ``T``.

    PostgreSQL's JSON writes times as ``2026-03-02T09:00:00``, which peewee's own
    parsing does not read.
    """
    if isinstance(field, peewee.DateTimeField) and isinstance(raw, str):
        raw = datetime.fromisoformat(raw)
    return field.python_value(raw)


def to_wire(field: peewee.Field, raw: Any) -> Wire:
    """What the database returned for ``field``, in wire form."""
    value = _python(field, raw)
    if value is None:
        return None
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value.isoformat(sep=" ", timespec="microseconds")
    if isinstance(value, bool):
        return value
    if isinstance(value, int | str):
        return value
    return str(value)


def from_wire(field: peewee.Field, value: Wire) -> Any:
    """A wire value as a query parameter for ``field``."""
    if value is None:
        return None
    return field.db_value(_python(field, value))


def dumps(values: dict[str, Wire]) -> str:
    return json.dumps(values, sort_keys=True, separators=(",", ":"))


@dataclass(frozen=True)
class TableSpec:
    """One synced table: its name, columns and their peewee fields."""

    model: type[BaseModel]

    @property
    def name(self) -> str:
        return str(self.model._meta.table_name)

    @cached_property
    def fields(self) -> dict[str, peewee.Field]:
        return {f.column_name: f for f in self.model._meta.sorted_fields}

    @property
    def columns(self) -> list[str]:
        return list(self.fields)

    @property
    def id_field(self) -> peewee.Field:
        return self.fields["id"]

    def row_to_wire(
        self, columns: Sequence[str], row: Sequence[Any]
    ) -> dict[str, Wire]:
        return {
            c: to_wire(self.fields[c], v) for c, v in zip(columns, row, strict=True)
        }

    def wire_to_params(self, values: dict[str, Wire]) -> dict[str, Any]:
        return {c: from_wire(self.fields[c], v) for c, v in values.items()}

    def normalise(self, values: dict[str, Any]) -> dict[str, Wire]:
        """Values as a trigger or a driver gave them, in wire form."""
        return {
            c: to_wire(self.fields[c], v) for c, v in values.items() if c in self.fields
        }


SPECS: dict[str, TableSpec] = {m._meta.table_name: TableSpec(m) for m in SYNCED_MODELS}
TABLE_ORDER: list[str] = [m._meta.table_name for m in SYNCED_MODELS]

CONTACT = "contact"
TASK = "task"
STAGE_LOG = "stage_log"
CONFLICT = "sync_conflict"
FINISHED_TASK = frozenset({"done", "cancelled"})


def renamed_code(code: Wire, row_id: str) -> str:
    """The code a new contact gets when another contact already holds ``code``.

    Every copy and the server compute the same name, from the random end of the id.
    """
    return f"{code}~{row_id[-6:]}"


def quote(db: peewee.Database, name: str) -> str:
    """``name`` quoted as an identifier for ``db``."""
    if isinstance(db, peewee.MySQLDatabase):
        return f"`{name}`"
    return f'"{name}"'


def placeholders(db: peewee.Database, count: int) -> str:
    return ", ".join([db.param] * count)

"""The merge rules for one field, free of any database: who wins, and what is kept.

* The same value on both sides is no conflict.
* An edit whose author saw the value the server holds (its base) replaces it.
* Otherwise both people changed the field without seeing each other's edit: the
  one with the later clock stamp wins and the other value is kept in a conflict
  record.
* A finished task (done or cancelled) stays finished: an edit that would reopen it
  loses whatever its stamp, and finishing an open task wins whatever its stamp.
* ``updated_at`` and ``updated_by`` follow the same rule but are never conflicts.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.sync.tables import AUDIT_COLUMNS, FINISHED_TASK, TASK, Wire


@dataclass(frozen=True)
class FieldMerge:
    """One column of one row: what the server holds and what arrives.

    ``base_known`` is false for an insert that meets an existing row (two copies
    created the same row): then any difference counts as a conflict.
    """

    table: str
    column: str
    current: Wire
    current_stamp: str
    incoming: Wire
    incoming_stamp: str
    base_known: bool
    base: Wire


@dataclass(frozen=True)
class FieldResult:
    take_incoming: bool
    conflict: bool
    kind: str = "field"


def decide(merge: FieldMerge) -> FieldResult:
    """Apply the rules above to one field."""
    if merge.incoming == merge.current:
        return FieldResult(False, False)
    saw_current = merge.base_known and merge.base == merge.current
    audit = merge.column in AUDIT_COLUMNS
    if merge.table == TASK and merge.column == "status":
        was_finished = merge.current in FINISHED_TASK
        finishes = merge.incoming in FINISHED_TASK
        if was_finished and not finishes:
            return FieldResult(False, True, "task")
        if finishes and not was_finished:
            return FieldResult(True, not saw_current, "task")
    if saw_current:
        # The author saw what the server holds and changed it: a later edit by
        # causality, whatever the clocks say.
        return FieldResult(True, False)
    if merge.incoming_stamp > merge.current_stamp:
        return FieldResult(True, not audit)
    # The server's value is newer. Someone who saw the incoming value and changed it
    # later already decided; anything else is two edits of the same field.
    return FieldResult(False, not audit)

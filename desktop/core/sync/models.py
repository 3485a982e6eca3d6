"""Tables of the offline copies: the server's change feed, a laptop's outbox, conflicts.

Only :class:`SyncConflict` is data that people see; it is synced like a contact. The
others are bookkeeping, read and written with plain SQL by the sync engine so that
one process can talk to a laptop copy and a server at the same time.
"""

from __future__ import annotations

import peewee

from desktop.core.models import BaseModel, UTCDateTimeField


class SyncConflict(BaseModel):
    """Two people changed the same thing differently: both values, who and when.

    ``kind`` is ``field`` (same field edited on two copies), ``task`` (an edit that
    tried to reopen a finished task), ``stage`` (two concurrent stage moves, both kept
    in the log) or ``code`` (two new contacts with the same code; one was renamed).
    ``winner_value`` is what the record holds after the merge, ``loser_value`` the
    value it did not keep; both are JSON texts of the stored value.
    """

    kind = peewee.CharField(max_length=16)
    table_name = peewee.CharField(max_length=64)
    row_id = peewee.CharField(max_length=32)
    field_name = peewee.CharField(max_length=64)
    winner_value = peewee.TextField(null=True)
    winner_by = peewee.CharField(max_length=64, default="")
    winner_at = UTCDateTimeField(null=True)
    loser_value = peewee.TextField(null=True)
    loser_by = peewee.CharField(max_length=64, default="")
    loser_at = UTCDateTimeField(null=True)
    resolved_at = UTCDateTimeField(null=True)
    resolved_by = peewee.CharField(max_length=64, default="")
    resolution = peewee.CharField(max_length=16, default="")

    class Meta:
        table_name = "sync_conflict"
        indexes = ((("resolved_at", "created_at"), False),)


class SyncCounter(peewee.Model):
    """One row on the server: the last change number given out, and the horizon.

    Every push (and every direct write on the server) locks this row to take its
    numbers and holds the lock until it commits, so numbers become visible in order.
    Changes numbered up to ``horizon`` have been dropped from the feed.
    """

    id = peewee.IntegerField(primary_key=True)
    value = peewee.BigIntegerField(default=0)
    horizon = peewee.BigIntegerField(default=0)

    class Meta:
        table_name = "sync_counter"


class SyncChange(peewee.Model):
    """One applied change on the server, as laptops pull it."""

    seq = peewee.BigIntegerField(primary_key=True)
    table_name = peewee.CharField(max_length=64)
    row_id = peewee.CharField(max_length=32)
    kind = peewee.CharField(max_length=8)
    fields = peewee.TextField()
    stamp = peewee.CharField(max_length=48)
    op_id = peewee.CharField(max_length=32, default="")
    node = peewee.CharField(max_length=32, default="")
    created_at = UTCDateTimeField()

    class Meta:
        table_name = "sync_change"
        indexes = ((("created_at",), False),)


class SyncAppliedOp(peewee.Model):
    """Operation ids the server has applied: a resent operation is applied once."""

    op_id = peewee.CharField(max_length=32, primary_key=True)
    node = peewee.CharField(max_length=32)
    applied_at = UTCDateTimeField()

    class Meta:
        table_name = "sync_applied_op"


class SyncRowClock(peewee.Model):
    """Per-field clock stamps and authors of one row, for the field-by-field merge."""

    table_name = peewee.CharField(max_length=64)
    row_id = peewee.CharField(max_length=32)
    clocks = peewee.TextField()

    class Meta:
        table_name = "sync_row_clock"
        primary_key = peewee.CompositeKey("table_name", "row_id")


class SyncNode(peewee.Model):
    """A laptop known to the server, with how often its clock had to be clamped."""

    node_id = peewee.CharField(max_length=32, primary_key=True)
    username = peewee.CharField(max_length=64, default="")
    last_push_at = UTCDateTimeField(null=True)
    ops_applied = peewee.BigIntegerField(default=0)
    clamped = peewee.BigIntegerField(default=0)

    class Meta:
        table_name = "sync_node"


class SyncOutbox(peewee.Model):
    """A laptop's local changes not yet confirmed by the server, in the order made.

    Rows are written by triggers in the same transaction as the change itself.
    """

    seq = peewee.AutoField()
    op_id = peewee.CharField(max_length=32, unique=True)
    table_name = peewee.CharField(max_length=64)
    row_id = peewee.CharField(max_length=32)
    kind = peewee.CharField(max_length=8)
    new_values = peewee.TextField(null=True)
    old_values = peewee.TextField(null=True)
    stamp = peewee.CharField(max_length=48)

    class Meta:
        table_name = "sync_outbox"


class SyncLocalState(peewee.Model):
    """One row on a laptop copy: its node id, clock, pull position and download."""

    id = peewee.IntegerField(primary_key=True)
    node_id = peewee.CharField(max_length=32)
    hlc_wall = peewee.BigIntegerField(default=0)
    hlc_counter = peewee.IntegerField(default=0)
    applying = peewee.IntegerField(default=0)
    last_seq = peewee.BigIntegerField(default=0)
    downloaded = peewee.BooleanField(default=False)
    snapshot_seq = peewee.BigIntegerField(null=True)
    snapshot_table = peewee.IntegerField(default=0)
    snapshot_after = peewee.CharField(max_length=32, default="")
    last_sync_at = UTCDateTimeField(null=True)

    class Meta:
        table_name = "sync_local_state"


SERVER_TABLES: list[type[peewee.Model]] = [
    SyncCounter,
    SyncChange,
    SyncAppliedOp,
    SyncRowClock,
    SyncNode,
]
LOCAL_TABLES: list[type[peewee.Model]] = [SyncOutbox, SyncLocalState]

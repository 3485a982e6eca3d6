"""Peewee models: every table carries client ids, audit stamps and a row version.

Times are stored as naive UTC and handed out as aware UTC datetimes.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

import peewee

from desktop.core.ids import new_id

TEXT_LIMIT = 10_000
"""Longest text accepted in a multi-line field (notes, descriptions)."""


class Role(StrEnum):
    ADMINISTRATOR = "administrator"
    OPERATOR = "operator"


class Outcome(StrEnum):
    """What reaching a stage means: nothing final, won or lost."""

    NONE = ""
    WON = "won"
    LOST = "lost"


class TaskStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


def _uuid_reader() -> Any:
    """How ids stored as 32 hex digits become ``uuid.UUID`` values, fastest first.

    ``uuid.UUID(text)`` strips braces, dashes and the ``urn:`` prefix and checks the
    version on every call; a contact's window reads about a thousand ids, a reminder
    check a few hundred. Built straight from the integer, a UUID costs half as much.
    That relies on the class's two slots, so it is checked once here and the plain
    constructor is used on any Python where it does not hold.
    """
    make = object.__new__
    assign = object.__setattr__
    unknown = uuid.SafeUUID.unknown

    def from_hex(text: str) -> uuid.UUID:
        value = make(uuid.UUID)
        assign(value, "int", int(text, 16))
        assign(value, "is_safe", unknown)
        return value

    sample = "01a23f9d16d17001a21877afae18d725"
    try:
        fast = from_hex(sample)
        usable = fast == uuid.UUID(sample) and str(fast) == str(uuid.UUID(sample))
    except (AttributeError, TypeError):
        usable = False
    return from_hex if usable else uuid.UUID


_uuid_from_hex = _uuid_reader()


class IdField(peewee.UUIDField):
    """A UUID: native on PostgreSQL, 32 hex digits on SQLite and MariaDB."""

    def python_value(self, value: Any) -> Any:
        if value is None or isinstance(value, uuid.UUID):
            return value
        if len(value) == 32 and value.isalnum():
            # Alphanumeric only: ``int`` would also take a sign, spaces or "_".
            return _uuid_from_hex(value)
        return uuid.UUID(value)


class UTCDateTimeField(peewee.DateTimeField):
    """A datetime stored as naive UTC, returned as aware UTC."""

    def db_value(self, value: Any) -> Any:
        if isinstance(value, datetime) and value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return super().db_value(value)

    def python_value(self, value: Any) -> Any:
        if isinstance(value, str):
            # SQLite hands back the text it stored. ``fromisoformat`` reads every
            # form peewee writes ("2026-03-02 09:00:00[.123456]") in a fraction of
            # the time of peewee's ``strptime`` loop over formats; with the offset
            # appended it makes the aware value itself, six times faster than
            # parsing and then replacing the zone. Other text (a date alone, a
            # stored offset) takes the slower path.
            try:
                parsed = datetime.fromisoformat(value + "+00:00")
            except ValueError:
                pass
            else:
                if parsed.tzinfo is not None:
                    return parsed
            try:
                value = datetime.fromisoformat(value)
            except ValueError:
                value = super().python_value(value)
        elif value is not None and not isinstance(value, datetime):
            value = super().python_value(value)
        if isinstance(value, datetime):
            if value.tzinfo is None:
                return value.replace(tzinfo=UTC)
            if value.utcoffset():
                return value.astimezone(UTC)
        return value


class BaseModel(peewee.Model):
    """Columns every table has, ready for copies that edit offline and sync later."""

    id = IdField(primary_key=True, default=new_id)
    created_at = UTCDateTimeField()
    created_by = peewee.CharField(max_length=64)
    updated_at = UTCDateTimeField()
    updated_by = peewee.CharField(max_length=64)
    version = peewee.IntegerField(default=1)

    class Meta:
        legacy_table_names = False


class SoftDeleteMixin(peewee.Model):
    deleted_at = UTCDateTimeField(null=True)


class SchemaInfo(peewee.Model):
    """One row: the schema version of this database and who wrote it."""

    id = peewee.IntegerField(primary_key=True)
    version = peewee.IntegerField()
    app_version = peewee.CharField(max_length=32)
    migrated_at = UTCDateTimeField()

    class Meta:
        table_name = "contatti_schema"


class User(BaseModel):
    username = peewee.CharField(max_length=64, unique=True)
    full_name = peewee.CharField(max_length=120)
    email = peewee.CharField(max_length=254, default="")
    role = peewee.CharField(max_length=16, default=Role.OPERATOR.value)
    active = peewee.BooleanField(default=True)
    password_hash = peewee.CharField(max_length=255, default="")

    @property
    def is_admin(self) -> bool:
        return self.role == Role.ADMINISTRATOR.value

    @property
    def label(self) -> str:
        return self.full_name or self.username


class ActivityType(BaseModel):
    code = peewee.CharField(max_length=32, unique=True)
    description = peewee.CharField(max_length=120)
    active = peewee.BooleanField(default=True)
    sort_order = peewee.IntegerField(default=0)
    default_delay_days = peewee.IntegerField(default=0)
    default_reminder_lead_minutes = peewee.IntegerField(default=0)


class Workflow(BaseModel):
    name = peewee.CharField(max_length=120)
    active = peewee.BooleanField(default=False)
    show_log = peewee.BooleanField(default=True)


class Stage(BaseModel):
    workflow = peewee.ForeignKeyField(Workflow, backref="stages", on_delete="CASCADE")
    code = peewee.CharField(max_length=32)
    name = peewee.CharField(max_length=120)
    sort_order = peewee.IntegerField(default=0)
    is_initial = peewee.BooleanField(default=False)
    outcome = peewee.CharField(max_length=8, default=Outcome.NONE.value)

    if TYPE_CHECKING:
        workflow_id: uuid.UUID

    class Meta:
        indexes = ((("workflow", "code"), True),)


class Transition(BaseModel):
    workflow = peewee.ForeignKeyField(Workflow, on_delete="CASCADE")
    from_stage = peewee.ForeignKeyField(Stage, on_delete="CASCADE")
    to_stage = peewee.ForeignKeyField(Stage, on_delete="CASCADE")

    if TYPE_CHECKING:
        from_stage_id: uuid.UUID
        to_stage_id: uuid.UUID

    class Meta:
        indexes = ((("from_stage", "to_stage"), True),)


class StageActivityType(BaseModel):
    stage = peewee.ForeignKeyField(Stage, backref="allowed_types", on_delete="CASCADE")
    activity_type = peewee.ForeignKeyField(ActivityType, on_delete="CASCADE")

    if TYPE_CHECKING:
        stage_id: uuid.UUID
        activity_type_id: uuid.UUID

    class Meta:
        indexes = ((("stage", "activity_type"), True),)


class Contact(BaseModel, SoftDeleteMixin):
    code = peewee.CharField(max_length=32, unique=True)
    first_name = peewee.CharField(max_length=80, default="")
    last_name = peewee.CharField(max_length=80, default="")
    company = peewee.CharField(max_length=120, default="")
    email = peewee.CharField(max_length=254, default="")
    phone = peewee.CharField(max_length=40, default="")
    mobile = peewee.CharField(max_length=40, default="")
    address = peewee.CharField(max_length=200, default="")
    city = peewee.CharField(max_length=80, default="")
    country = peewee.CharField(max_length=80, default="")
    notes = peewee.TextField(default="")
    owner = peewee.ForeignKeyField(User, null=True, on_delete="RESTRICT")
    stage = peewee.ForeignKeyField(Stage, null=True, on_delete="RESTRICT")

    if TYPE_CHECKING:
        owner_id: uuid.UUID | None
        stage_id: uuid.UUID | None

    class Meta:
        indexes = (
            (("last_name", "first_name"), False),
            (("company",), False),
            (("email",), False),
            (("phone",), False),
            (("updated_at",), False),
        )

    @property
    def display_name(self) -> str:
        name = f"{self.first_name} {self.last_name}".strip()
        return name or self.company or self.code


class ActivityEntry(BaseModel, SoftDeleteMixin):
    """One line of a contact's activities: what was done and what is pending next."""

    contact = peewee.ForeignKeyField(
        Contact, backref="entries", on_delete="RESTRICT", index=False
    )
    done_type = peewee.ForeignKeyField(
        ActivityType, null=True, on_delete="RESTRICT", column_name="done_type_id"
    )
    done_date = UTCDateTimeField(null=True)
    done_operator = peewee.ForeignKeyField(
        User, null=True, on_delete="RESTRICT", column_name="done_operator_id"
    )
    done_description = peewee.TextField(default="")
    pending_date = UTCDateTimeField(null=True)
    pending_type = peewee.ForeignKeyField(
        ActivityType, null=True, on_delete="RESTRICT", column_name="pending_type_id"
    )
    pending_description = peewee.TextField(default="")
    pending_due_date = UTCDateTimeField(null=True)
    pending_operator = peewee.ForeignKeyField(
        User, null=True, on_delete="RESTRICT", column_name="pending_operator_id"
    )
    reminder_start = UTCDateTimeField(null=True)
    reminder_end = UTCDateTimeField(null=True)
    create_task = peewee.BooleanField(default=False)

    if TYPE_CHECKING:
        contact_id: uuid.UUID
        done_type_id: uuid.UUID | None
        done_operator_id: uuid.UUID | None
        pending_type_id: uuid.UUID | None
        pending_operator_id: uuid.UUID | None

    class Meta:
        indexes = ((("contact", "created_at"), False),)


class Task(BaseModel, SoftDeleteMixin):
    """An entry in an operator's "My activities" list."""

    # Indexed by the composite indexes below, which start with the assignee.
    assignee = peewee.ForeignKeyField(User, on_delete="RESTRICT", index=False)
    contact = peewee.ForeignKeyField(Contact, on_delete="RESTRICT")
    activity_type = peewee.ForeignKeyField(
        ActivityType, null=True, on_delete="RESTRICT"
    )
    description = peewee.TextField(default="")
    due = UTCDateTimeField(null=True)
    reminder_start = UTCDateTimeField(null=True)
    reminder_end = UTCDateTimeField(null=True)
    status = peewee.CharField(max_length=12, default=TaskStatus.OPEN.value)
    completed_at = UTCDateTimeField(null=True)
    entry = peewee.ForeignKeyField(
        ActivityEntry, null=True, unique=True, on_delete="RESTRICT"
    )
    snoozed_until = UTCDateTimeField(null=True)
    dismissed_at = UTCDateTimeField(null=True)

    if TYPE_CHECKING:
        assignee_id: uuid.UUID
        contact_id: uuid.UUID
        activity_type_id: uuid.UUID | None
        entry_id: uuid.UUID | None

    class Meta:
        indexes = (
            # The reminder query: one user's open tasks whose window is still open.
            (("assignee", "status", "due"), False),
        )


# The reminder query: one user's open tasks whose window is open now. Every column it
# filters on is in the index, so windows still to come and dismissed or snoozed
# tasks are passed over inside the index, without reading their rows.
REMINDER_INDEX = "task_reminder_due"
Task.add_index(
    Task.index(
        Task.assignee,
        Task.status,
        Task.reminder_end,
        Task.reminder_start,
        Task.dismissed_at,
        Task.snoozed_until,
        Task.deleted_at,
        name=REMINDER_INDEX,
    )
)


class StageLog(BaseModel):
    """Append-only audit trail of stage changes; the database refuses edits."""

    contact = peewee.ForeignKeyField(Contact, on_delete="RESTRICT", index=False)
    from_stage = peewee.ForeignKeyField(Stage, null=True, on_delete="RESTRICT")
    to_stage = peewee.ForeignKeyField(Stage, on_delete="RESTRICT")
    operator = peewee.ForeignKeyField(User, on_delete="RESTRICT")
    changed_at = UTCDateTimeField()

    if TYPE_CHECKING:
        contact_id: uuid.UUID
        from_stage_id: uuid.UUID | None
        to_stage_id: uuid.UUID
        operator_id: uuid.UUID

    class Meta:
        indexes = ((("contact", "changed_at"), False),)


ALL_MODELS: list[type[peewee.Model]] = [
    SchemaInfo,
    User,
    ActivityType,
    Workflow,
    Stage,
    Transition,
    StageActivityType,
    Contact,
    ActivityEntry,
    Task,
    StageLog,
]

AUDITED_MODELS: list[type[BaseModel]] = [
    User,
    ActivityType,
    Workflow,
    Stage,
    Transition,
    StageActivityType,
    Contact,
    ActivityEntry,
    Task,
    StageLog,
]

"""Contacts with their activity entries, tasks and stage log, saved as one unit."""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

import peewee

from desktop.core.errors import (
    ConcurrentEditError,
    FieldProblem,
    NotFoundError,
    ValidationError,
)
from desktop.core.models import (
    ActivityEntry,
    Contact,
    Stage,
    StageLog,
    Task,
    TaskStatus,
    User,
)
from desktop.core.rows import Statement
from desktop.core.session import Session
from desktop.core.validation import active_user_ids, check_lengths
from desktop.core.workflow import WorkflowRules, load_rules

log = logging.getLogger(__name__)

HEADER_FIELDS = (
    "code",
    "first_name",
    "last_name",
    "company",
    "email",
    "phone",
    "mobile",
    "address",
    "city",
    "country",
    "notes",
    "owner_id",
)

HEADER_LABELS = {
    "code": "Code",
    "first_name": "First name",
    "last_name": "Last name",
    "company": "Company",
    "email": "E-mail",
    "phone": "Phone",
    "mobile": "Mobile",
    "address": "Address",
    "city": "City",
    "country": "Country",
    "notes": "Notes",
}

ENTRY_LABELS = {
    "done_description": "Activity description",
    "pending_description": "Pending activity description",
}

ENTRY_FIELDS = (
    "done_type_id",
    "done_date",
    "done_description",
    "pending_date",
    "pending_type_id",
    "pending_description",
    "pending_due_date",
    "pending_operator_id",
    "reminder_start",
    "reminder_end",
    "create_task",
)


_ENTRY_COLUMNS = (
    ActivityEntry.id,
    ActivityEntry.version,
    ActivityEntry.created_at,
    ActivityEntry.done_operator,
    *(getattr(ActivityEntry, name.removesuffix("_id")) for name in ENTRY_FIELDS),
)
"""What :meth:`ContactService.load` reads of an entry, in the order it unpacks."""


# A contact's window reads these four every time it opens and again after each save,
# so their SQL is built once (see :class:`Statement`).

_CONTACT_COLUMNS = (
    Contact.id,
    Contact.version,
    Contact.stage,
    Contact.updated_at,
    Contact.updated_by,
    *(getattr(Contact, name.removesuffix("_id")) for name in HEADER_FIELDS),
)
_CONTACT = Statement.matching(
    _CONTACT_COLUMNS, Contact.id, Contact.deleted_at.is_null()
)

_ENTRY_TASK_COLUMNS = (Task.id, Task.entry, Task.status)
_ENTRY_TASKS = Statement.matching(
    _ENTRY_TASK_COLUMNS,
    Task.contact,
    Task.deleted_at.is_null(),
    Task.entry.is_null(False),
)

_ENTRIES = Statement(
    lambda contact_id: (
        ActivityEntry.select(*_ENTRY_COLUMNS)
        .where(
            (ActivityEntry.contact == contact_id) & ActivityEntry.deleted_at.is_null()
        )
        .order_by(ActivityEntry.created_at.desc(), ActivityEntry.id.desc())
    ),
    _ENTRY_COLUMNS,
    arity=1,
)


_FROM_STAGE = Stage.alias("from_stage")
_TO_STAGE = Stage.alias("to_stage")
_LOG_COLUMNS = (
    StageLog.id,
    StageLog.changed_at,
    _FROM_STAGE.name.alias("from_name"),
    _TO_STAGE.name.alias("to_name"),
    User.full_name,
    User.username,
)
_LOG = Statement(
    lambda contact_id: (
        StageLog.select(*_LOG_COLUMNS)
        .join(
            _FROM_STAGE,
            peewee.JOIN.LEFT_OUTER,
            on=StageLog.from_stage == _FROM_STAGE.id,
        )
        .switch(StageLog)
        .join(_TO_STAGE, on=StageLog.to_stage == _TO_STAGE.id)
        .switch(StageLog)
        .join(User, on=StageLog.operator == User.id)
        .where(StageLog.contact == contact_id)
        .order_by(StageLog.changed_at.desc(), StageLog.id.desc())
    ),
    _LOG_COLUMNS,
    arity=1,
)


@dataclass
class EntryDraft:
    """One activity entry as the contact window edits it.

    ``done_operator_id`` is set by the core (the user who recorded the activity done)
    and is never taken from the caller.
    """

    id: uuid.UUID | None = None
    version: int | None = None
    done_type_id: uuid.UUID | None = None
    done_date: datetime | None = None
    done_operator_id: uuid.UUID | None = None
    done_description: str = ""
    pending_date: datetime | None = None
    pending_type_id: uuid.UUID | None = None
    pending_description: str = ""
    pending_due_date: datetime | None = None
    pending_operator_id: uuid.UUID | None = None
    reminder_start: datetime | None = None
    reminder_end: datetime | None = None
    create_task: bool = False
    delete: bool = False
    created_at: datetime | None = None
    task_id: uuid.UUID | None = None
    task_status: str | None = None
    _saved: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    def values(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in ENTRY_FIELDS}

    @property
    def is_new(self) -> bool:
        return self.id is None

    @property
    def is_dirty(self) -> bool:
        return self.is_new or self.delete or self._saved != self.values()

    @property
    def is_empty(self) -> bool:
        return (
            self.done_type_id is None
            and self.pending_type_id is None
            and not self.done_description.strip()
            and not self.pending_description.strip()
        )


@dataclass
class ContactDraft:
    """A contact as the contact window edits it, with its entries.

    ``stage_id`` is the stage it was loaded in; ``new_stage_id`` a requested move that
    the save records together with its log row.
    """

    id: uuid.UUID | None = None
    version: int | None = None
    code: str = ""
    first_name: str = ""
    last_name: str = ""
    company: str = ""
    email: str = ""
    phone: str = ""
    mobile: str = ""
    address: str = ""
    city: str = ""
    country: str = ""
    notes: str = ""
    owner_id: uuid.UUID | None = None
    stage_id: uuid.UUID | None = None
    new_stage_id: uuid.UUID | None = None
    entries: list[EntryDraft] = field(default_factory=list)
    updated_at: datetime | None = None
    updated_by: str = ""
    _saved: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    def header(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in HEADER_FIELDS}

    @property
    def is_new(self) -> bool:
        return self.id is None

    @property
    def header_dirty(self) -> bool:
        return self.is_new or self._saved != self.header()

    @property
    def is_dirty(self) -> bool:
        return (
            self.header_dirty
            or (self.new_stage_id is not None and self.new_stage_id != self.stage_id)
            or any(e.is_dirty and not (e.is_new and e.is_empty) for e in self.entries)
        )

    @property
    def display_name(self) -> str:
        name = f"{self.first_name} {self.last_name}".strip()
        return name or self.company or self.code


@dataclass(frozen=True)
class LogRow:
    id: uuid.UUID
    from_stage: str
    to_stage: str
    operator: str
    changed_at: datetime


class ContactService:
    """Loads and saves contacts for the signed-in user."""

    def __init__(self, session: Session) -> None:
        self.session = session

    # -- reading -----------------------------------------------------------------

    def new_draft(self, rules: WorkflowRules | None = None) -> ContactDraft:
        """An empty contact owned by the signed-in user, headed for the first stage."""
        rules = rules or load_rules(self.session.store)
        initial = rules.initial_stage()
        draft = ContactDraft(
            owner_id=self.session.user.id,
            new_stage_id=initial.id if initial else None,
        )
        return draft

    def load(self, contact_id: uuid.UUID) -> ContactDraft:
        database = self.session.store.db
        found = _CONTACT.rows(database, contact_id)
        if not found:
            raise NotFoundError(
                "This contact no longer exists; it may have been deleted."
            )
        contact_id, version, stage_id, updated_at, updated_by, *header = found[0]
        draft = ContactDraft(
            id=contact_id,
            version=version,
            stage_id=stage_id,
            updated_at=updated_at,
            updated_by=updated_by,
            **dict(zip(HEADER_FIELDS, header, strict=True)),
        )
        draft._saved = draft.header()
        tasks = {
            entry_id: (task_id, status)
            for task_id, entry_id, status in _ENTRY_TASKS.rows(database, contact_id)
        }
        # Plain tuples rather than model objects: a contact may have hundreds of
        # entries, and building a model per row costs more than the query itself.
        for entry_id, version, created_at, done_operator_id, *values in _ENTRIES.rows(
            database, contact_id
        ):
            task_id, task_status = tasks.get(entry_id, (None, None))
            saved = dict(zip(ENTRY_FIELDS, values, strict=True))
            entry = EntryDraft(
                id=entry_id,
                version=version,
                done_operator_id=done_operator_id,
                created_at=created_at,
                task_id=task_id,
                task_status=task_status,
                **saved,
            )
            entry._saved = saved
            draft.entries.append(entry)
        return draft

    def log(self, contact_id: uuid.UUID) -> list[LogRow]:
        """The contact's stage changes, newest first."""
        return [
            LogRow(row_id, from_name or "", to_name, full_name or username, changed_at)
            for (
                row_id,
                changed_at,
                from_name,
                to_name,
                full_name,
                username,
            ) in _LOG.rows(self.session.store.db, contact_id)
        ]

    # -- saving ------------------------------------------------------------------

    def save(self, draft: ContactDraft) -> ContactDraft:
        """Save the contact, its entries, their tasks and a stage change in one go.

        Raises :class:`ValidationError` or :class:`ConcurrentEditError`; in either case
        nothing is written and ``draft`` is left as it was.
        """
        contact_id = self.session.store.transaction(lambda: self._save(draft))
        log.info("saved contact %s", contact_id)
        return self.load(contact_id)

    def _save(self, draft: ContactDraft) -> uuid.UUID:
        """One attempt at :meth:`save`; it reads ``draft`` and never changes it."""
        rules = load_rules(self.session.store)
        self._validate(draft, rules)
        now = self.session.now()
        contact_id = self._save_header(draft, rules, now)
        for entry in draft.entries:
            if entry.is_new and entry.is_empty:
                continue
            if entry.is_dirty:
                entry_id = self._save_entry(contact_id, entry, now)
                if not entry.delete:
                    self._sync_task(contact_id, entry_id, entry, now)
        return contact_id

    def delete(self, contact_id: uuid.UUID, version: int) -> None:
        """Mark a contact deleted; its entries and open tasks go with it."""
        now = self.session.now()

        def delete() -> None:
            changed = (
                Contact.update(
                    deleted_at=now,
                    **self.session.touched(Contact, now),
                )
                .where(
                    (Contact.id == contact_id)
                    & (Contact.version == version)
                    & Contact.deleted_at.is_null()
                )
                .execute()
            )
            if not changed:
                self._raise_conflict(contact_id)
            Task.update(
                status=TaskStatus.CANCELLED.value,
                **self.session.touched(Task, now),
            ).where(
                (Task.contact == contact_id) & (Task.status == TaskStatus.OPEN.value)
            ).execute()

        self.session.store.transaction(delete)

    # -- internals ---------------------------------------------------------------

    def _save_header(
        self, draft: ContactDraft, rules: WorkflowRules, now: datetime
    ) -> uuid.UUID:
        moving = draft.new_stage_id is not None and draft.new_stage_id != draft.stage_id
        values = {n: getattr(draft, n) for n in HEADER_FIELDS if n != "owner_id"}
        values["owner"] = draft.owner_id
        if not values["code"]:
            values["code"] = self._next_code()
        if draft.is_new:
            created = Contact.create(
                **values,
                stage=draft.new_stage_id if moving else draft.stage_id,
                **self.session.new_row_fields(now),
            )
            contact_id = created.id
        else:
            assert draft.id is not None
            contact_id = draft.id
            if draft.header_dirty or moving:
                if moving:
                    values["stage"] = draft.new_stage_id
                changed = (
                    Contact.update(
                        **values,
                        **self.session.touched(Contact, now),
                    )
                    .where(
                        (Contact.id == draft.id)
                        & (Contact.version == draft.version)
                        & Contact.deleted_at.is_null()
                    )
                    .execute()
                )
                if not changed:
                    self._raise_conflict(draft.id)
        if moving:
            assert draft.new_stage_id is not None
            StageLog.create(
                contact=contact_id,
                from_stage=draft.stage_id,
                to_stage=draft.new_stage_id,
                operator=self.session.user.id,
                changed_at=now,
                **self.session.new_row_fields(now),
            )
        return contact_id

    def _save_entry(
        self, contact_id: uuid.UUID, entry: EntryDraft, now: datetime
    ) -> uuid.UUID:
        values = entry.values()
        if entry.done_type_id is not None and entry.done_date is None:
            values["done_date"] = now
        if entry.pending_type_id is not None and entry.pending_date is None:
            values["pending_date"] = now
        done_operator = entry.done_operator_id
        saved_done_type = (entry._saved or {}).get("done_type_id")
        if entry.done_type_id is not None and (
            done_operator is None or saved_done_type is None
        ):
            done_operator = self.session.user.id
        if entry.done_type_id is None:
            done_operator = None
        columns = {
            "done_type": values.pop("done_type_id"),
            "pending_type": values.pop("pending_type_id"),
            "pending_operator": values.pop("pending_operator_id"),
            "done_operator": done_operator,
            **values,
        }
        if entry.is_new:
            row = ActivityEntry.create(
                contact=contact_id, **columns, **self.session.new_row_fields(now)
            )
            return row.id
        assert entry.id is not None
        if entry.delete:
            columns = {"deleted_at": now}
        changed = (
            ActivityEntry.update(
                **columns,
                **self.session.touched(ActivityEntry, now),
            )
            .where(
                (ActivityEntry.id == entry.id)
                & (ActivityEntry.version == entry.version)
                & ActivityEntry.deleted_at.is_null()
            )
            .execute()
        )
        if not changed:
            current = ActivityEntry.get_or_none(ActivityEntry.id == entry.id)
            raise ConcurrentEditError(
                "An activity of this contact",
                current.updated_by if current else "someone",
                current.updated_at if current else None,
            )
        if entry.delete:
            Task.update(
                status=TaskStatus.CANCELLED.value,
                **self.session.touched(Task, now),
            ).where(
                (Task.entry == entry.id) & (Task.status == TaskStatus.OPEN.value)
            ).execute()
        return entry.id

    def _sync_task(
        self,
        contact_id: uuid.UUID,
        entry_id: uuid.UUID,
        entry: EntryDraft,
        now: datetime,
    ) -> None:
        """Keep exactly one task per entry that asks for one, in step with the entry."""
        # A new entry's id was made for this save: no task can refer to it yet.
        task = None if entry.is_new else Task.get_or_none(Task.entry == entry_id)
        if not entry.create_task:
            if task is not None and task.status == TaskStatus.OPEN.value:
                Task.update(
                    status=TaskStatus.CANCELLED.value,
                    **self.session.touched(Task, now),
                ).where(Task.id == task.id).execute()
            return
        values = {
            "assignee": entry.pending_operator_id,
            "activity_type": entry.pending_type_id,
            "description": entry.pending_description,
            "due": entry.pending_due_date,
            "reminder_start": entry.reminder_start,
            "reminder_end": entry.reminder_end,
        }
        if task is None:
            Task.create(
                contact=contact_id,
                entry=entry_id,
                status=TaskStatus.OPEN.value,
                **values,
                **self.session.new_row_fields(now),
            )
            return
        if task.status != TaskStatus.OPEN.value:
            return  # a finished task stays as it was finished
        window_moved = (task.reminder_start, task.reminder_end) != (
            entry.reminder_start,
            entry.reminder_end,
        ) or task.assignee_id != entry.pending_operator_id
        if window_moved:
            values.update(snoozed_until=None, dismissed_at=None)
        Task.update(**values, **self.session.touched(Task, now)).where(
            Task.id == task.id
        ).execute()

    def _raise_conflict(self, contact_id: uuid.UUID) -> None:
        row = Contact.get_or_none(Contact.id == contact_id)
        if row is None or row.deleted_at is not None:
            raise ConcurrentEditError(
                "This contact",
                row.updated_by if row else "someone",
                row.updated_at if row else None,
            )
        raise ConcurrentEditError("This contact", row.updated_by, row.updated_at)

    def _next_code(self) -> str:
        """The code after the highest one of the form C000123 (an index lookup)."""
        last = (
            Contact.select(Contact.code)
            .where((Contact.code >= "C000000") & (Contact.code <= "C999999"))
            .order_by(Contact.code.desc())
            .limit(1)
            .scalar()
        )
        # Six digits: a code renamed by sync ("C000123~4f2a9c") counts as its number.
        number = int(last[1:7]) + 1 if last and last[1:7].isdigit() else 1
        return f"C{number:06d}"

    # -- validation --------------------------------------------------------------

    def _validate(self, draft: ContactDraft, rules: WorkflowRules) -> None:
        problems: list[FieldProblem] = []
        if not (
            draft.first_name.strip() or draft.last_name.strip() or draft.company.strip()
        ):
            problems.append(
                FieldProblem(
                    "last_name",
                    "Name is empty: type a last name, a first name or a company.",
                )
            )
        if draft.email and ("@" not in draft.email or " " in draft.email.strip()):
            problems.append(
                FieldProblem(
                    "email",
                    f"E-mail {draft.email!r} is not an address: write it as "
                    "name@example.com, or leave it empty.",
                )
            )
        problems += check_lengths(Contact, draft.header(), HEADER_LABELS)
        # A code the contact already had is its own: the unique index saw to that.
        if draft.code and (
            draft.is_new or (draft._saved or {}).get("code") != draft.code
        ):
            clash = Contact.select(Contact.id).where(Contact.code == draft.code)
            if draft.id is not None:
                clash = clash.where(Contact.id != draft.id)
            if clash.exists():
                problems.append(
                    FieldProblem(
                        "code",
                        f"Code {draft.code!r} is used by another contact: choose "
                        "another code, or leave it empty for the next free one.",
                    )
                )

        users = {draft.owner_id} if draft.owner_id else set()
        users |= {e.pending_operator_id for e in draft.entries if e.pending_operator_id}
        known_users = active_user_ids(users)
        if draft.owner_id is not None and draft.owner_id not in known_users:
            problems.append(
                FieldProblem(
                    "owner", "Owner is not an active user: choose one from the list."
                )
            )

        moving = draft.new_stage_id is not None and draft.new_stage_id != draft.stage_id
        if moving:
            assert draft.new_stage_id is not None
            if not rules.allows_transition(draft.stage_id, draft.new_stage_id):
                current = rules.stage(draft.stage_id)
                target = rules.stage(draft.new_stage_id)
                problems.append(
                    FieldProblem(
                        "next_stage",
                        f"The workflow does not allow moving from "
                        f"{current.name if current else 'no stage'} to "
                        f"{target.name if target else 'that stage'}: choose one of the "
                        "stages offered.",
                    )
                )
        stage_now = draft.stage_id if draft.stage_id in rules.stages else None
        if stage_now is None and moving:
            stage_now = draft.new_stage_id
        stage_after = draft.new_stage_id if moving else stage_now

        for row, entry in enumerate(draft.entries):
            if entry.delete or (entry.is_new and entry.is_empty) or not entry.is_dirty:
                continue
            problems += self._validate_entry(
                row, entry, rules, stage_now, stage_after, known_users
            )
        if problems:
            raise ValidationError(problems)

    def _validate_entry(
        self,
        row: int,
        entry: EntryDraft,
        rules: WorkflowRules,
        stage_now: uuid.UUID | None,
        stage_after: uuid.UUID | None,
        known_users: set[uuid.UUID],
    ) -> list[FieldProblem]:
        problems: list[FieldProblem] = []
        saved = entry._saved or {}

        def add(widget: str, message: str) -> None:
            problems.append(FieldProblem(widget, message, row))

        if entry.done_type_id is None and entry.done_description.strip():
            add(
                "done_type", "Activity type is empty: choose the type of activity done."
            )
        new_done_type = entry.done_type_id != saved.get("done_type_id")
        if (
            entry.done_type_id is not None
            and new_done_type
            and not rules.allows_type(stage_now, entry.done_type_id)
        ):
            add("done_type", self._type_refusal(rules, entry.done_type_id, stage_now))
        has_pending = bool(
            entry.pending_description.strip()
            or entry.pending_due_date
            or entry.pending_operator_id
            or entry.reminder_start
            or entry.reminder_end
            or entry.create_task
        )
        if entry.pending_type_id is None and has_pending:
            add(
                "pending_type",
                "Pending activity type is empty: choose the type of the next "
                "activity, or clear the pending activity.",
            )
        new_pending_type = entry.pending_type_id != saved.get("pending_type_id")
        if (
            entry.pending_type_id is not None
            and new_pending_type
            and not rules.allows_type(stage_after, entry.pending_type_id)
        ):
            add(
                "pending_type",
                self._type_refusal(rules, entry.pending_type_id, stage_after),
            )
        if (entry.create_task or entry.reminder_start or entry.reminder_end) and (
            entry.pending_operator_id is None
        ):
            add(
                "pending_operator",
                "Pending activity operator is empty: choose who must do it, so that "
                "the task and its reminder reach them.",
            )
        if (
            entry.pending_operator_id is not None
            and entry.pending_operator_id not in known_users
        ):
            add(
                "pending_operator",
                "Pending activity operator is not an active user: choose one from "
                "the list.",
            )
        pending_date = entry.pending_date or (
            self.session.now() if entry.pending_type_id else None
        )
        if (
            entry.pending_due_date is not None
            and pending_date is not None
            and entry.pending_due_date < pending_date
            and entry.pending_due_date != saved.get("pending_due_date")
        ):
            add(
                "pending_due_date",
                "Due date is before the pending activity date: set a due date on or "
                "after it.",
            )
        if (entry.reminder_start is None) != (entry.reminder_end is None):
            missing = (
                "reminder_start" if entry.reminder_start is None else "reminder_end"
            )
            add(
                missing,
                "A reminder needs both a start and an end: fill in the "
                f"{'start' if missing == 'reminder_start' else 'end'}, or clear both.",
            )
        if (
            entry.reminder_start is not None
            and entry.reminder_end is not None
            and entry.reminder_end < entry.reminder_start
        ):
            add(
                "reminder_end",
                "Reminder end is before its start: set an end after the start.",
            )
        problems += check_lengths(
            ActivityEntry,
            {
                "done_description": entry.done_description,
                "pending_description": entry.pending_description,
            },
            ENTRY_LABELS,
            row,
        )
        return problems

    @staticmethod
    def _type_refusal(
        rules: WorkflowRules, type_id: uuid.UUID, stage_id: uuid.UUID | None
    ) -> str:
        kind = rules.activity_type(type_id)
        stage = rules.stage(stage_id)
        if kind is None:
            return "This activity type is not active any more: choose another one."
        allowed = ", ".join(t.description for t in rules.types_for(stage_id))
        return (
            f"{kind.description} is not allowed in stage "
            f"{stage.name if stage else '(none)'}: choose one of {allowed}."
        )


def copy_draft(draft: ContactDraft) -> ContactDraft:
    """A deep copy of ``draft`` that keeps what was loaded (for dirty checks)."""
    entries = [
        replace(e, _saved=dict(e._saved) if e._saved else None) for e in draft.entries
    ]
    copy = replace(draft, entries=entries)
    copy._saved = dict(draft._saved) if draft._saved else None
    return copy


__all__ = [
    "ContactDraft",
    "ContactService",
    "EntryDraft",
    "LogRow",
    "copy_draft",
]

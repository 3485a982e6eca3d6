"""Administration: users, activity types and workflows (administrators only)."""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, field
from datetime import datetime

import peewee

from desktop.core.errors import ContattiError, FieldProblem, ValidationError
from desktop.core.models import (
    ActivityType,
    Outcome,
    Role,
    Stage,
    StageActivityType,
    Transition,
    User,
    Workflow,
)
from desktop.core.session import Session
from desktop.core.users import hash_password, validate_username
from desktop.core.validation import check_lengths

log = logging.getLogger(__name__)


class PermissionDeniedError(ContattiError):
    """The signed-in user may not do this."""


@dataclass
class StageDraft:
    code: str
    name: str
    is_initial: bool = False
    outcome: Outcome = Outcome.NONE
    allowed_type_ids: set[uuid.UUID] = field(default_factory=set)
    id: uuid.UUID | None = None


@dataclass
class WorkflowDraft:
    name: str
    show_log: bool = True
    active: bool = False
    stages: list[StageDraft] = field(default_factory=list)
    transitions: set[tuple[str, str]] = field(default_factory=set)
    """Pairs of stage codes."""
    id: uuid.UUID | None = None


class AdminService:
    """Changes to the shared configuration; every method checks the role first."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def require_admin(self) -> None:
        """Raise :class:`PermissionDeniedError` unless the user is an administrator."""
        self._require_admin()

    def _require_admin(self) -> None:
        if self.session.user.role != Role.ADMINISTRATOR.value:
            raise PermissionDeniedError(
                "Only administrators can change users, activity types and workflows."
            )

    # -- users -------------------------------------------------------------------

    def save_user(
        self,
        username: str,
        full_name: str,
        email: str = "",
        role: Role = Role.OPERATOR,
        active: bool = True,
        password: str | None = None,
        user_id: uuid.UUID | None = None,
    ) -> User:
        """Add a user (``user_id`` None) or change one; ``password`` None keeps it."""
        self._require_admin()
        validate_username(username)
        problems = check_lengths(
            User,
            {"username": username, "full_name": full_name, "email": email},
            {"username": "User name", "full_name": "Full name", "email": "E-mail"},
        )
        if email and "@" not in email:
            problems.append(
                FieldProblem(
                    "email", "E-mail is not an address: write name@example.com."
                )
            )
        clash = User.select().where(User.username == username)
        if user_id is not None:
            clash = clash.where(User.id != user_id)
        if clash.exists():
            problems.append(
                FieldProblem(
                    "username", f"User name {username!r} is taken: choose another one."
                )
            )
        if user_id == self.session.user.id and (
            not active or role != Role.ADMINISTRATOR
        ):
            problems.append(
                FieldProblem(
                    "role",
                    "You cannot remove your own administrator role or deactivate "
                    "yourself: ask another administrator.",
                )
            )
        if problems:
            raise ValidationError(problems)
        now = self.session.now()
        values: dict[str, object] = {
            "username": username,
            "full_name": full_name,
            "email": email,
            "role": role.value,
            "active": active,
        }
        if password:
            values["password_hash"] = hash_password(password)

        def save() -> User:
            if user_id is None:
                return User.create(**values, **self.session.new_row_fields(now))
            User.update(
                **values,
                **self.session.touched(User, now),
            ).where(User.id == user_id).execute()
            return User.get_by_id(user_id)

        return self.session.store.transaction(save)

    # -- activity types ------------------------------------------------------------

    def save_activity_type(
        self,
        code: str,
        description: str,
        active: bool = True,
        sort_order: int = 0,
        default_delay_days: int = 0,
        default_reminder_lead_minutes: int = 0,
        type_id: uuid.UUID | None = None,
    ) -> ActivityType:
        self._require_admin()
        problems = check_lengths(
            ActivityType,
            {"code": code, "description": description},
            {"code": "Code", "description": "Description"},
        )
        if not code.strip():
            problems.append(FieldProblem("code", "Code is empty: type a short code."))
        if not description.strip():
            problems.append(
                FieldProblem("description", "Description is empty: type what it is.")
            )
        if default_delay_days < 0:
            problems.append(
                FieldProblem(
                    "default_delay_days",
                    "Default delay is negative: use 0 or more days.",
                )
            )
        if default_reminder_lead_minutes < 0:
            problems.append(
                FieldProblem(
                    "default_reminder_lead",
                    "Reminder lead is negative: use 0 or more minutes.",
                )
            )
        clash = ActivityType.select().where(ActivityType.code == code)
        if type_id is not None:
            clash = clash.where(ActivityType.id != type_id)
        if clash.exists():
            problems.append(
                FieldProblem("code", f"Code {code!r} is taken: choose another one.")
            )
        if problems:
            raise ValidationError(problems)
        values = {
            "code": code,
            "description": description,
            "active": active,
            "sort_order": sort_order,
            "default_delay_days": default_delay_days,
            "default_reminder_lead_minutes": default_reminder_lead_minutes,
        }
        now = self.session.now()

        def save() -> ActivityType:
            if type_id is None:
                return ActivityType.create(**values, **self.session.new_row_fields(now))
            ActivityType.update(
                **values,
                **self.session.touched(ActivityType, now),
            ).where(ActivityType.id == type_id).execute()
            return ActivityType.get_by_id(type_id)

        return self.session.store.transaction(save)

    # -- workflows ---------------------------------------------------------------

    def save_workflow(self, draft: WorkflowDraft) -> Workflow:
        """Create or replace a workflow's stages, transitions and allowed types.

        Stages are matched by code, so a stage that contacts are in keeps its id.
        Making a workflow active deactivates every other one in the same transaction.
        """
        self._require_admin()
        self._validate_workflow(draft)
        workflow_id = self.session.store.transaction(
            lambda: self._write_workflow(draft, self.session.now())
        )
        return Workflow.get_by_id(workflow_id)

    def _write_workflow(self, draft: WorkflowDraft, now: datetime) -> uuid.UUID:
        """One attempt at :meth:`save_workflow`; returns the workflow's id."""
        if draft.id is None:
            workflow = Workflow.create(
                name=draft.name,
                show_log=draft.show_log,
                active=False,
                **self.session.new_row_fields(now),
            )
        else:
            workflow = Workflow.get_by_id(draft.id)
            Workflow.update(
                name=draft.name,
                show_log=draft.show_log,
                **self.session.touched(Workflow, now),
            ).where(Workflow.id == workflow.id).execute()
        existing = {
            s.code: s for s in Stage.select().where(Stage.workflow == workflow.id)
        }
        by_code: dict[str, uuid.UUID] = {}
        for order, stage in enumerate(draft.stages):
            values = {
                "name": stage.name,
                "sort_order": (order + 1) * 10,
                "is_initial": stage.is_initial,
                "outcome": stage.outcome.value,
            }
            if stage.code in existing:
                row = existing.pop(stage.code)
                Stage.update(
                    **values,
                    **self.session.touched(Stage, now),
                ).where(Stage.id == row.id).execute()
                stage_id = row.id
            else:
                stage_id = Stage.create(
                    workflow=workflow,
                    code=stage.code,
                    **values,
                    **self.session.new_row_fields(now),
                ).id
            by_code[stage.code] = stage_id
            StageActivityType.delete().where(
                StageActivityType.stage == stage_id
            ).execute()
            for type_id in sorted(stage.allowed_type_ids):
                StageActivityType.create(
                    stage=stage_id,
                    activity_type=type_id,
                    **self.session.new_row_fields(now),
                )
        Transition.delete().where(Transition.workflow == workflow.id).execute()
        for a, b in sorted(draft.transitions):
            Transition.create(
                workflow=workflow,
                from_stage=by_code[a],
                to_stage=by_code[b],
                **self.session.new_row_fields(now),
            )
        for leftover in existing.values():
            # A stage removed from the editor is kept if contacts or the log still
            # refer to it; it simply has no transitions any more.
            try:
                with self.session.store.db.atomic():
                    leftover.delete_instance()
            except peewee.IntegrityError:
                log.info("stage %s kept: it is still referred to", leftover.code)
        if draft.active:
            self._activate(workflow.id)
        elif draft.id is not None and workflow.active:
            Workflow.update(active=False).where(Workflow.id == workflow.id).execute()
        return workflow.id

    def set_active_workflow(self, workflow_id: uuid.UUID | None) -> None:
        """Make ``workflow_id`` the only active workflow (None: no workflow at all)."""
        self._require_admin()
        self.session.store.transaction(lambda: self._activate(workflow_id))

    def _activate(self, workflow_id: uuid.UUID | None) -> None:
        now = self.session.now()
        Workflow.update(active=False, **self.session.touched(Workflow, now)).where(
            (Workflow.active == True)  # noqa: E712
            & (Workflow.id != workflow_id if workflow_id else True)
        ).execute()
        if workflow_id is not None:
            Workflow.update(
                active=True,
                **self.session.touched(Workflow, now),
            ).where(Workflow.id == workflow_id).execute()

    def _validate_workflow(self, draft: WorkflowDraft) -> None:
        problems: list[FieldProblem] = []
        if not draft.name.strip():
            problems.append(
                FieldProblem("workflow_name", "Workflow name is empty: type a name.")
            )
        codes = [s.code for s in draft.stages]
        if not draft.stages:
            problems.append(
                FieldProblem("stage_table", "A workflow needs at least one stage.")
            )
        if len(set(codes)) != len(codes):
            problems.append(
                FieldProblem(
                    "stage_table", "Two stages have the same code: rename one."
                )
            )
        if any(not c.strip() for c in codes):
            problems.append(
                FieldProblem(
                    "stage_table", "A stage has no code: give every stage one."
                )
            )
        if sum(1 for s in draft.stages if s.is_initial) != 1 and draft.stages:
            problems.append(
                FieldProblem(
                    "stage_table", "Mark exactly one stage as the initial stage."
                )
            )
        for a, b in draft.transitions:
            if a not in codes or b not in codes:
                problems.append(
                    FieldProblem(
                        "transition_table",
                        f"Transition {a} → {b} names a stage that is not in the list.",
                    )
                )
            if a == b:
                problems.append(
                    FieldProblem(
                        "transition_table",
                        f"Transition {a} → {b} goes nowhere: remove it.",
                    )
                )
        if problems:
            raise ValidationError(problems)

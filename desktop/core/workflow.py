"""Workflow rules: stages, allowed transitions and the activity types of each stage."""

from __future__ import annotations

import uuid
from typing import Any, NamedTuple, cast

from desktop.core.db import Store
from desktop.core.models import (
    ActivityType,
    Outcome,
    Stage,
    StageActivityType,
    Transition,
    Workflow,
)
from desktop.core.rows import Statement


class StageInfo(NamedTuple):
    id: uuid.UUID
    code: str
    name: str
    sort_order: int
    is_initial: bool
    outcome: Outcome


class ActivityTypeInfo(NamedTuple):
    id: uuid.UUID
    code: str
    description: str
    sort_order: int
    default_delay_days: int
    default_reminder_lead_minutes: int


class WorkflowRules(NamedTuple):
    """A snapshot of the active workflow and the active activity types.

    With no active workflow (``workflow_id`` is ``None``) there are no stages, no
    transitions and no log, and every active activity type is allowed.
    """

    workflow_id: uuid.UUID | None
    name: str
    show_log: bool
    stages: dict[uuid.UUID, StageInfo]
    transitions: frozenset[tuple[uuid.UUID, uuid.UUID]]
    stage_types: dict[uuid.UUID, frozenset[uuid.UUID]]
    activity_types: tuple[ActivityTypeInfo, ...] = ()

    @property
    def has_workflow(self) -> bool:
        return self.workflow_id is not None

    @property
    def log_visible(self) -> bool:
        return self.has_workflow and self.show_log

    def initial_stage(self) -> StageInfo | None:
        ordered = sorted(self.stages.values(), key=lambda s: s.sort_order)
        for stage in ordered:
            if stage.is_initial:
                return stage
        return ordered[0] if ordered else None

    def stage(self, stage_id: uuid.UUID | None) -> StageInfo | None:
        return self.stages.get(stage_id) if stage_id is not None else None

    def next_stages(self, stage_id: uuid.UUID | None) -> list[StageInfo]:
        """Stages the workflow allows moving to from ``stage_id``, in stage order."""
        if stage_id is None or stage_id not in self.stages:
            initial = self.initial_stage()
            return [initial] if initial else []
        targets = [self.stages[b] for a, b in self.transitions if a == stage_id]
        return sorted(targets, key=lambda s: s.sort_order)

    def allows_transition(
        self, from_stage: uuid.UUID | None, to_stage: uuid.UUID
    ) -> bool:
        return any(s.id == to_stage for s in self.next_stages(from_stage))

    def types_for(self, stage_id: uuid.UUID | None) -> list[ActivityTypeInfo]:
        """Active activity types allowed in ``stage_id``, in their sort order.

        A stage with no types listed allows every active type.
        """
        listed = self.stage_types.get(stage_id) if stage_id is not None else None
        if not self.has_workflow or not listed:
            return list(self.activity_types)
        return [t for t in self.activity_types if t.id in listed]

    def allows_type(self, stage_id: uuid.UUID | None, type_id: uuid.UUID) -> bool:
        return any(t.id == type_id for t in self.types_for(stage_id))

    def activity_type(self, type_id: uuid.UUID | None) -> ActivityTypeInfo | None:
        for t in self.activity_types:
            if t.id == type_id:
                return t
        return None


_RULE_TABLES = (ActivityType, Workflow, Stage, Transition, StageActivityType)


_SWITCHES = {"workflow": ("active", "show_log"), "activity_type": ("active",)}
"""Columns an administrator may well flip by hand in SQL, without a version bump."""


def _fingerprint(store: Store) -> tuple[Any, ...]:
    """One cheap query whose answer changes whenever the rules' tables change.

    Every change made through Contatti (and by sync) adds or removes rows, or bumps
    a row's version and update time, so rows, total version and latest update tell a
    changed configuration from an unchanged one. The on/off switches are summed too,
    so that turning a workflow or activity type off by hand in SQL is seen as well.
    """
    parts = []
    for model in _RULE_TABLES:
        table = model._meta.table_name
        parts += [
            f"(SELECT COUNT(*) FROM {table})",
            f"(SELECT SUM(version) FROM {table})",
            f"(SELECT MAX(updated_at) FROM {table})",
        ]
        parts += [
            f"(SELECT SUM(CASE WHEN {column} THEN 1 ELSE 0 END) FROM {table})"
            for column in _SWITCHES.get(table, ())
        ]
    row = store.db.execute_sql("SELECT " + ", ".join(parts)).fetchone()
    return tuple(str(value) for value in row)


def load_rules(store: Store) -> WorkflowRules:
    """The active workflow and the active activity types, as stored now.

    The rules change rarely and are asked for on every save, so they are read once
    and kept on the store until :func:`_fingerprint` shows a change.
    """
    fingerprint = _fingerprint(store)
    cached = store.cache.get("rules")
    if cached is not None and cached[0] == fingerprint:
        return cast(WorkflowRules, cached[1])
    rules = _read_rules(store)
    store.cache["rules"] = (fingerprint, rules)
    return rules


_TYPE_COLUMNS = (
    ActivityType.id,
    ActivityType.code,
    ActivityType.description,
    ActivityType.sort_order,
    ActivityType.default_delay_days,
    ActivityType.default_reminder_lead_minutes,
)
_ACTIVE_TYPES = Statement(
    lambda: (
        ActivityType.select(*_TYPE_COLUMNS)
        .where(ActivityType.active == True)  # noqa: E712
        .order_by(ActivityType.sort_order, ActivityType.code)
    ),
    _TYPE_COLUMNS,
    arity=0,
)
_WORKFLOW_COLUMNS = (Workflow.id, Workflow.name, Workflow.show_log)
_ACTIVE_WORKFLOW = Statement(
    lambda: (
        Workflow.select(*_WORKFLOW_COLUMNS)
        .where(Workflow.active == True)  # noqa: E712
        .limit(1)
    ),
    _WORKFLOW_COLUMNS,
    arity=0,
)
_STAGE_COLUMNS = (
    Stage.id,
    Stage.code,
    Stage.name,
    Stage.sort_order,
    Stage.is_initial,
    Stage.outcome,
)
_STAGES = Statement.matching(_STAGE_COLUMNS, Stage.workflow)
_TRANSITION_COLUMNS = (Transition.from_stage, Transition.to_stage)
_TRANSITIONS = Statement.matching(_TRANSITION_COLUMNS, Transition.workflow)
_STAGE_TYPE_COLUMNS = (StageActivityType.stage, StageActivityType.activity_type)
_STAGE_TYPES = Statement(
    lambda workflow_id: (
        StageActivityType.select(*_STAGE_TYPE_COLUMNS)
        .join(Stage, on=StageActivityType.stage == Stage.id)
        .where(Stage.workflow == workflow_id)
    ),
    _STAGE_TYPE_COLUMNS,
    arity=1,
)


def _read_rules(store: Store) -> WorkflowRules:
    """Read the active workflow and the active activity types.

    Every copy reads them as it starts, before its main window is shown: their
    SQL is built once.
    """
    database = store.db
    types = tuple(ActivityTypeInfo(*row) for row in _ACTIVE_TYPES.rows(database))
    found = _ACTIVE_WORKFLOW.rows(database)
    if not found:
        return WorkflowRules(None, "", False, {}, frozenset(), {}, types)
    workflow_id, name, show_log = found[0]
    stages = {
        stage_id: StageInfo(
            stage_id, code, stage_name, sort_order, is_initial, Outcome(outcome)
        )
        for stage_id, code, stage_name, sort_order, is_initial, outcome in (
            _STAGES.rows(database, workflow_id)
        )
    }
    transitions = frozenset(_TRANSITIONS.rows(database, workflow_id))
    stage_types: dict[uuid.UUID, set[uuid.UUID]] = {}
    for stage_id, type_id in _STAGE_TYPES.rows(database, workflow_id):
        stage_types.setdefault(stage_id, set()).add(type_id)
    return WorkflowRules(
        workflow_id,
        name,
        show_log,
        stages,
        transitions,
        {k: frozenset(v) for k, v in stage_types.items()},
        types,
    )

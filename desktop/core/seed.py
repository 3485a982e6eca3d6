"""What a new, empty database starts with, so that the app is useful at once."""

from __future__ import annotations

import logging

from desktop.core.clock import Clock
from desktop.core.db import Store
from desktop.core.models import (
    ActivityType,
    Outcome,
    Stage,
    StageActivityType,
    Transition,
    Workflow,
)
from desktop.core.session import system_fields

log = logging.getLogger(__name__)

# code, description, default delay in days, default reminder lead in minutes
ACTIVITY_TYPES: list[tuple[str, str, int, int]] = [
    ("EMAIL", "E-mail", 2, 60),
    ("INTRO_CALL", "Introductory call", 1, 30),
    ("CALL", "Follow-up call", 3, 30),
    ("MEETING", "Meeting", 7, 120),
    ("DEMO", "Product demo", 7, 120),
    ("QUOTE", "Send quote", 3, 60),
    ("NEGOTIATION", "Negotiation", 5, 60),
    ("CONTRACT", "Contract signature", 5, 120),
    ("VISIT", "Customer visit", 14, 1440),
    ("NOTE", "Note", 0, 0),
]

# code, name, initial, outcome, activity types allowed
STAGES: list[tuple[str, str, bool, Outcome, list[str]]] = [
    ("LEAD", "Lead", True, Outcome.NONE, ["EMAIL", "INTRO_CALL", "NOTE"]),
    (
        "QUALIFICATION",
        "Qualification",
        False,
        Outcome.NONE,
        ["INTRO_CALL", "CALL", "EMAIL", "MEETING", "NOTE"],
    ),
    (
        "OPPORTUNITY",
        "Opportunity",
        False,
        Outcome.NONE,
        [
            "CALL",
            "EMAIL",
            "MEETING",
            "DEMO",
            "QUOTE",
            "NEGOTIATION",
            "CONTRACT",
            "NOTE",
        ],
    ),
    ("WON", "Won", False, Outcome.WON, ["CALL", "EMAIL", "VISIT", "MEETING", "NOTE"]),
    ("LOST", "Lost", False, Outcome.LOST, ["EMAIL", "NOTE"]),
]

TRANSITIONS: list[tuple[str, str]] = [
    ("LEAD", "QUALIFICATION"),
    ("LEAD", "LOST"),
    ("QUALIFICATION", "OPPORTUNITY"),
    ("QUALIFICATION", "LEAD"),
    ("QUALIFICATION", "LOST"),
    ("OPPORTUNITY", "WON"),
    ("OPPORTUNITY", "LOST"),
    ("OPPORTUNITY", "QUALIFICATION"),
    ("LOST", "LEAD"),
]


def seed_defaults(store: Store, clock: Clock) -> bool:
    """Add the default workflow and activity types to a database that has neither.

    Returns True if anything was added.
    """

    def add() -> bool:
        if ActivityType.select().exists() or Workflow.select().exists():
            return False
        stamp = system_fields(clock.now())
        types = {}
        for order, (code, description, delay, lead) in enumerate(ACTIVITY_TYPES):
            types[code] = ActivityType.create(
                code=code,
                description=description,
                sort_order=(order + 1) * 10,
                default_delay_days=delay,
                default_reminder_lead_minutes=lead,
                **stamp,
            )
        workflow = Workflow.create(
            name="Sales pipeline", active=True, show_log=True, **stamp
        )
        stages = {}
        for order, (code, name, initial, outcome, allowed) in enumerate(STAGES):
            stage = Stage.create(
                workflow=workflow,
                code=code,
                name=name,
                sort_order=(order + 1) * 10,
                is_initial=initial,
                outcome=outcome.value,
                **stamp,
            )
            stages[code] = stage
            for type_code in allowed:
                StageActivityType.create(
                    stage=stage, activity_type=types[type_code], **stamp
                )
        for a, b in TRANSITIONS:
            Transition.create(
                workflow=workflow, from_stage=stages[a], to_stage=stages[b], **stamp
            )
        return True

    if not store.transaction(add):
        return False
    log.info("added the default workflow and activity types to %s", store.url.display)
    return True

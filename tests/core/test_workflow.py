"""Workflow rules and their administration."""

import pytest

from desktop.core.admin import AdminService, StageDraft, WorkflowDraft
from desktop.core.errors import ValidationError
from desktop.core.models import Outcome, Workflow
from desktop.core.workflow import load_rules
from tests.core.helpers import stage_id, type_id


def codes(items):
    return [i.code for i in items]


def test_the_default_workflow_allows_sensible_moves(store):
    rules = load_rules(store)
    assert rules.name == "Sales pipeline"
    assert rules.log_visible
    assert rules.initial_stage().code == "LEAD"
    assert codes(rules.next_stages(None)) == ["LEAD"]
    assert codes(rules.next_stages(stage_id(rules, "LEAD"))) == [
        "QUALIFICATION",
        "LOST",
    ]
    assert codes(rules.next_stages(stage_id(rules, "OPPORTUNITY"))) == [
        "QUALIFICATION",
        "WON",
        "LOST",
    ]
    assert rules.next_stages(stage_id(rules, "WON")) == []
    assert rules.stage(stage_id(rules, "WON")).outcome is Outcome.WON


def test_an_introductory_call_belongs_to_qualification_not_opportunity(store):
    rules = load_rules(store)
    intro = type_id(rules, "INTRO_CALL")
    assert rules.allows_type(stage_id(rules, "QUALIFICATION"), intro)
    assert not rules.allows_type(stage_id(rules, "OPPORTUNITY"), intro)


def test_a_stage_with_no_types_listed_allows_every_active_type(session):
    rules = load_rules(session.store)
    admin = AdminService(session)
    draft = WorkflowDraft(
        name="Support",
        show_log=False,
        active=True,
        stages=[
            StageDraft("OPEN", "Open", is_initial=True),
            StageDraft("CLOSED", "Closed", allowed_type_ids={type_id(rules, "NOTE")}),
        ],
        transitions={("OPEN", "CLOSED")},
    )
    admin.save_workflow(draft)
    rules = load_rules(session.store)
    assert rules.name == "Support"
    assert not rules.log_visible
    assert len(rules.types_for(stage_id(rules, "OPEN"))) == len(rules.activity_types)
    assert codes(rules.types_for(stage_id(rules, "CLOSED"))) == ["NOTE"]
    # Only one workflow is active at a time.
    assert Workflow.select().where(Workflow.active == True).count() == 1  # noqa: E712


def test_inactive_activity_types_are_never_offered(session):
    rules = load_rules(session.store)
    email = next(t for t in rules.activity_types if t.code == "EMAIL")
    AdminService(session).save_activity_type(
        "EMAIL", email.description, active=False, type_id=email.id
    )
    rules = load_rules(session.store)
    for stage in rules.stages.values():
        assert "EMAIL" not in codes(rules.types_for(stage.id))


def test_a_broken_workflow_is_refused_with_reasons(session):
    draft = WorkflowDraft(
        name="",
        stages=[StageDraft("A", "A"), StageDraft("A", "A again")],
        transitions={("A", "Z")},
    )
    with pytest.raises(ValidationError) as excinfo:
        AdminService(session).save_workflow(draft)
    fields = sorted({p.field for p in excinfo.value.problems})
    assert fields == ["stage_table", "transition_table", "workflow_name"]
    assert Workflow.select().count() == 1


def test_editing_a_workflow_keeps_stages_by_code(session):
    rules = load_rules(session.store)
    lead_id = stage_id(rules, "LEAD")
    admin = AdminService(session)
    draft = WorkflowDraft(
        id=rules.workflow_id,
        name="Sales pipeline",
        show_log=True,
        active=True,
        stages=[
            StageDraft("LEAD", "New lead", is_initial=True),
            StageDraft("WON", "Won", outcome=Outcome.WON),
        ],
        transitions={("LEAD", "WON")},
    )
    admin.save_workflow(draft)
    rules = load_rules(session.store)
    assert stage_id(rules, "LEAD") == lead_id
    assert rules.stage(lead_id).name == "New lead"
    assert codes(rules.next_stages(lead_id)) == ["WON"]

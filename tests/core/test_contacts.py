"""Saving contacts with entries, tasks and stage changes, on every backend."""

from datetime import timedelta

import pytest

from desktop.core.contacts import ContactService, EntryDraft
from desktop.core.errors import ConcurrentEditError, ValidationError
from desktop.core.models import ActivityEntry, Contact, StageLog, Task, TaskStatus
from desktop.core.workflow import load_rules
from tests.core.helpers import add_operator, move_to, new_contact, stage_id, type_id


def problems_of(excinfo):
    return {(p.field, p.row) for p in excinfo.value.problems}


def test_a_new_contact_starts_in_the_first_stage_with_a_log_row(session, clock):
    contact = new_contact(session, first_name="Maria", company="Acme Srl")
    assert contact.code == "C000001"
    rules = load_rules(session.store)
    assert rules.stage(contact.stage_id).name == "Lead"
    (row,) = ContactService(session).log(contact.id)
    assert (row.from_stage, row.to_stage, row.operator) == ("", "Lead", "anna")
    assert row.changed_at == clock.now()


def test_a_done_activity_gets_its_date_and_the_signed_in_operator(session, clock):
    rules = load_rules(session.store)
    contact = new_contact(session)
    other = add_operator(session, "bruno")
    clock.advance(timedelta(minutes=5))
    contact.entries.insert(
        0,
        EntryDraft(
            done_type_id=type_id(rules, "EMAIL"),
            done_description="Sent the brochure",
            done_operator_id=other.id,  # ignored: the operator is never chosen
        ),
    )
    saved = ContactService(session).save(contact)
    (entry,) = saved.entries
    assert entry.done_date == clock.now()
    assert entry.done_operator_id == session.user.id
    assert entry.pending_date is None


def test_a_pending_activity_with_create_task_gives_one_task_to_its_operator(
    session, clock
):
    rules = load_rules(session.store)
    bruno = add_operator(session, "bruno")
    contact = new_contact(session)
    due = clock.now() + timedelta(days=2)
    contact.entries.insert(
        0,
        EntryDraft(
            done_type_id=type_id(rules, "EMAIL"),
            pending_type_id=type_id(rules, "INTRO_CALL"),
            pending_description="Call to introduce ourselves",
            pending_due_date=due,
            pending_operator_id=bruno.id,
            reminder_start=due - timedelta(hours=1),
            reminder_end=due,
            create_task=True,
        ),
    )
    service = ContactService(session)
    saved = service.save(contact)
    task = Task.get(Task.entry == saved.entries[0].id)
    assert (task.assignee_id, task.status, task.due) == (bruno.id, "open", due)
    assert task.description == "Call to introduce ourselves"
    assert saved.entries[0].pending_date == clock.now()
    assert saved.entries[0].task_id == task.id

    # Saving again updates that task instead of adding another.
    saved.entries[0].pending_description = "Call about the new catalogue"
    again = service.save(saved)
    assert Task.select().count() == 1
    assert Task.get_by_id(task.id).description == "Call about the new catalogue"

    # Unticking create task cancels the open task.
    again.entries[0].create_task = False
    again.entries[0].reminder_start = again.entries[0].reminder_end = None
    service.save(again)
    assert Task.get_by_id(task.id).status == TaskStatus.CANCELLED.value


def test_stage_changes_follow_the_workflow_and_are_logged(session, clock):
    contact = new_contact(session)
    clock.advance(timedelta(hours=1))
    moved = move_to(session, contact, "QUALIFICATION")
    rules = load_rules(session.store)
    assert rules.stage(moved.stage_id).code == "QUALIFICATION"
    newest = ContactService(session).log(moved.id)[0]
    assert (newest.from_stage, newest.to_stage) == ("Lead", "Qualification")
    assert newest.operator == "anna"
    assert newest.changed_at == clock.now()

    moved.new_stage_id = stage_id(rules, "WON")  # Qualification -> Won is not allowed
    with pytest.raises(ValidationError, match="does not allow moving") as excinfo:
        ContactService(session).save(moved)
    assert problems_of(excinfo) == {("next_stage", None)}
    assert StageLog.select().count() == 2


def test_activity_types_depend_on_the_stage(session):
    rules = load_rules(session.store)
    contact = move_to(session, new_contact(session), "QUALIFICATION")
    contact = move_to(session, contact, "OPPORTUNITY")
    contact.entries.insert(0, EntryDraft(done_type_id=type_id(rules, "INTRO_CALL")))
    with pytest.raises(ValidationError, match="not allowed in stage Opportunity"):
        ContactService(session).save(contact)
    contact.entries[0].done_type_id = type_id(rules, "DEMO")
    saved = ContactService(session).save(contact)
    assert len(saved.entries) == 1


def test_the_pending_type_is_checked_against_the_stage_being_entered(session):
    rules = load_rules(session.store)
    contact = move_to(session, new_contact(session), "QUALIFICATION")
    contact.new_stage_id = stage_id(rules, "OPPORTUNITY")
    contact.entries.insert(
        0,
        EntryDraft(
            done_type_id=type_id(rules, "INTRO_CALL"),  # done while qualifying
            pending_type_id=type_id(rules, "DEMO"),  # planned for the opportunity
        ),
    )
    saved = ContactService(session).save(contact)
    assert saved.entries[0].pending_type_id == type_id(rules, "DEMO")


def test_invalid_entries_name_the_field_and_write_nothing(session, clock):
    rules = load_rules(session.store)
    contact = new_contact(session)
    entries_before = ActivityEntry.select().count()
    contact.entries.insert(
        0,
        EntryDraft(
            done_type_id=type_id(rules, "EMAIL"),
            pending_date=clock.now(),
            pending_type_id=type_id(rules, "INTRO_CALL"),
            pending_due_date=clock.now() - timedelta(days=1),
            reminder_start=clock.now() + timedelta(hours=2),
            reminder_end=clock.now() + timedelta(hours=1),
            create_task=True,
        ),
    )
    contact.entries.insert(
        0, EntryDraft(pending_description="call back", reminder_start=clock.now())
    )
    contact.city = "x" * 81
    with pytest.raises(ValidationError) as excinfo:
        ContactService(session).save(contact)
    assert problems_of(excinfo) == {
        ("city", None),
        ("pending_due_date", 1),
        ("reminder_end", 1),
        ("pending_operator", 1),
        ("pending_type", 0),
        ("pending_operator", 0),
        ("reminder_end", 0),
    }
    messages = " ".join(p.message for p in excinfo.value.problems)
    assert "Due date is before the pending activity date" in messages
    assert "City is 81 characters long; the limit is 80" in messages
    assert ActivityEntry.select().count() == entries_before
    assert Contact.get_by_id(contact.id).city == ""
    # The draft the user typed is untouched, ready to be corrected.
    assert contact.city == "x" * 81
    assert contact.entries[1].pending_due_date == clock.now() - timedelta(days=1)


def test_an_unknown_or_inactive_user_is_refused(session):
    rules = load_rules(session.store)
    bruno = add_operator(session, "bruno")
    from desktop.core.admin import AdminService
    from desktop.core.models import Role

    AdminService(session).save_user(
        "bruno",
        "Bruno",
        "bruno@example.com",
        Role.OPERATOR,
        active=False,
        user_id=bruno.id,
    )
    contact = new_contact(session)
    contact.entries.insert(
        0,
        EntryDraft(
            pending_type_id=type_id(rules, "EMAIL"), pending_operator_id=bruno.id
        ),
    )
    contact.owner_id = bruno.id
    with pytest.raises(ValidationError) as excinfo:
        ContactService(session).save(contact)
    assert problems_of(excinfo) == {("owner", None), ("pending_operator", 0)}


def test_a_contact_needs_a_name_and_a_unique_code(session):
    new_contact(session, code="ACME")
    service = ContactService(session)
    draft = service.new_draft()
    draft.code = "ACME"
    draft.email = "not an address"
    with pytest.raises(ValidationError) as excinfo:
        service.save(draft)
    assert problems_of(excinfo) == {
        ("last_name", None),
        ("code", None),
        ("email", None),
    }
    assert Contact.select().count() == 1


def test_a_saved_contact_keeps_its_code_but_cannot_take_another_in_use(session):
    new_contact(session, code="ACME")
    other = new_contact(session, "Bianchi", code="B-1")
    service = ContactService(session)
    other.phone = "+39 051 000000"
    other = service.save(other)
    assert other.code == "B-1"

    other.code = "ACME"
    with pytest.raises(ValidationError) as excinfo:
        service.save(other)
    assert problems_of(excinfo) == {("code", None)}


def test_a_save_after_someone_elses_is_refused_with_who_and_when(session, clock):
    contact = new_contact(session)
    bruno = add_operator(session, "bruno")
    bruno_session = type(session)(session.store, clock, bruno)
    theirs = ContactService(bruno_session).load(contact.id)
    clock.advance(timedelta(minutes=3))
    theirs.phone = "+39 02 1234567"
    ContactService(bruno_session).save(theirs)
    clock.advance(timedelta(minutes=3))
    contact.phone = "+39 06 7654321"
    with pytest.raises(ConcurrentEditError) as excinfo:
        ContactService(session).save(contact)
    assert excinfo.value.who == "bruno"
    assert excinfo.value.when == clock.now() - timedelta(minutes=3)
    assert "bruno" in str(excinfo.value)
    assert Contact.get_by_id(contact.id).phone == "+39 02 1234567"
    assert contact.phone == "+39 06 7654321"


def test_a_refused_save_writes_none_of_its_parts(session, clock):
    """Entries, tasks and log rows of a save stand or fall with the contact."""
    rules = load_rules(session.store)
    contact = new_contact(session)
    stale = ContactService(session).load(contact.id)
    contact.notes = "first"
    ContactService(session).save(contact)
    counts = (
        ActivityEntry.select().count(),
        Task.select().count(),
        StageLog.select().count(),
    )
    stale.notes = "second"
    stale.new_stage_id = stage_id(rules, "QUALIFICATION")
    stale.entries.insert(
        0,
        EntryDraft(
            done_type_id=type_id(rules, "EMAIL"),
            pending_type_id=type_id(rules, "CALL"),
            pending_operator_id=session.user.id,
            create_task=True,
        ),
    )
    with pytest.raises(ConcurrentEditError):
        ContactService(session).save(stale)
    after = (
        ActivityEntry.select().count(),
        Task.select().count(),
        StageLog.select().count(),
    )
    assert after == counts


def test_entries_of_two_people_on_one_contact_both_survive(session, clock):
    rules = load_rules(session.store)
    contact = new_contact(session)
    bruno = add_operator(session, "bruno")
    bruno_session = type(session)(session.store, clock, bruno)
    theirs = ContactService(bruno_session).load(contact.id)
    theirs.entries.insert(0, EntryDraft(done_type_id=type_id(rules, "EMAIL")))
    ContactService(bruno_session).save(theirs)
    contact.entries.insert(0, EntryDraft(done_type_id=type_id(rules, "NOTE")))
    saved = ContactService(session).save(contact)
    assert {e.done_operator_id for e in saved.entries} == {bruno.id, session.user.id}


def test_deleting_an_entry_is_soft_and_cancels_its_task(session):
    rules = load_rules(session.store)
    contact = new_contact(session)
    contact.entries.insert(
        0,
        EntryDraft(
            pending_type_id=type_id(rules, "EMAIL"),
            pending_operator_id=session.user.id,
            create_task=True,
        ),
    )
    saved = ContactService(session).save(contact)
    saved.entries[0].delete = True
    after = ContactService(session).save(saved)
    assert after.entries == []
    row = ActivityEntry.get_by_id(saved.entries[0].id)
    assert row.deleted_at is not None
    assert Task.get(Task.entry == row.id).status == TaskStatus.CANCELLED.value


def test_a_deleted_contact_disappears_but_keeps_its_log(session):
    contact = new_contact(session)
    ContactService(session).delete(contact.id, contact.version)
    assert Contact.get_by_id(contact.id).deleted_at is not None
    assert StageLog.select().where(StageLog.contact == contact.id).count() == 1


def test_without_an_active_workflow_there_are_no_stages_and_all_types(session):
    from desktop.core.admin import AdminService

    AdminService(session).set_active_workflow(None)
    rules = load_rules(session.store)
    assert not rules.has_workflow
    assert not rules.log_visible
    contact = new_contact(session)
    assert contact.stage_id is None
    contact.entries.insert(0, EntryDraft(done_type_id=type_id(rules, "DEMO")))
    ContactService(session).save(contact)
    assert StageLog.select().count() == 0

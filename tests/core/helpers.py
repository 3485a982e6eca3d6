"""Small builders the core tests share."""

from __future__ import annotations

from desktop.core.admin import AdminService
from desktop.core.contacts import ContactDraft, ContactService, EntryDraft
from desktop.core.models import Role, User
from desktop.core.session import Session
from desktop.core.workflow import WorkflowRules, load_rules


def add_operator(session: Session, username: str, password: str = "pw-123456") -> User:
    return AdminService(session).save_user(
        username,
        username.title(),
        f"{username}@example.com",
        Role.OPERATOR,
        password=password,
    )


def type_id(rules: WorkflowRules, code: str):  # type: ignore[no-untyped-def]
    for t in rules.activity_types:
        if t.code == code:
            return t.id
    raise KeyError(code)


def stage_id(rules: WorkflowRules, code: str):  # type: ignore[no-untyped-def]
    for s in rules.stages.values():
        if s.code == code:
            return s.id
    raise KeyError(code)


def new_contact(
    session: Session, last_name: str = "Rossi", **fields: object
) -> ContactDraft:
    """A saved contact in the initial stage (Lead)."""
    service = ContactService(session)
    draft = service.new_draft()
    draft.last_name = last_name
    for name, value in fields.items():
        setattr(draft, name, value)
    return service.save(draft)


def move_to(session: Session, draft: ContactDraft, code: str) -> ContactDraft:
    rules = load_rules(session.store)
    draft.new_stage_id = stage_id(rules, code)
    return ContactService(session).save(draft)


def entry(**fields: object) -> EntryDraft:
    return EntryDraft(**fields)  # type: ignore[arg-type]

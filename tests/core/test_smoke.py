from desktop.core.contacts import ContactService
from desktop.core.workflow import load_rules


def test_new_contact_lands_in_initial_stage(session):
    service = ContactService(session)
    draft = service.new_draft()
    draft.last_name = "Rossi"
    saved = service.save(draft)
    rules = load_rules(session.store)
    assert rules.stage(saved.stage_id).code == "LEAD"
    assert [r.to_stage for r in service.log(saved.id)] == ["Lead"]

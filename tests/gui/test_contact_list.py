"""The contact list: lazy loading, search as you type, filters, sorting, opening."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.core.bootstrap import sign_in
from desktop.core.clock import ManualClock
from desktop.core.contacts import ContactService
from desktop.core.ids import new_id
from desktop.core.models import Contact
from desktop.core.workflow import load_rules
from desktop.gui.contact_list_state import COLUMN_INDEX, PAGE_SIZE
from desktop.gui.main_window import MainWindow
from tests.gui.steps import choose, field, type_into

SURNAMES = ["Rossi", "Bianchi", "Verdi", "Russo", "Ferrari", "Esposito", "Romano"]
COMPANIES = ["Acme Srl", "Edilnord SpA", "Tessiture Riunite", "Studio Conti"]


def add_many(app: MainWindow, clock: ManualClock, count: int) -> None:
    """``count`` contacts in the first stage, written in bulk as an import would."""
    lead = load_rules(app.session.store).initial_stage()
    assert lead is not None
    stamp = app.session.new_row_fields(clock.now())
    rows = [
        {
            "id": new_id(),
            "code": f"K{i:06d}",
            "first_name": f"Nome{i}",
            "last_name": SURNAMES[i % len(SURNAMES)],
            "company": COMPANIES[i % len(COMPANIES)],
            "email": f"person{i}@example.com",
            "phone": f"+39 051 {i:06d}",
            "owner": app.session.user.id,
            "stage": lead.id,
            **stamp,
        }
        for i in range(count)
    ]
    with app.session.store.atomic():
        for start in range(0, count, 500):
            Contact.insert_many(rows[start : start + 500]).execute()
    app.model.refresh()


def search(qtbot: QtBot, app: MainWindow, text: str) -> None:
    with qtbot.waitSignal(app.model.loaded, timeout=3000):
        type_into(qtbot, app, "contact_search", text)


def test_list_loads_a_page_at_a_time(
    qtbot: QtBot, app: MainWindow, clock: ManualClock
) -> None:
    add_many(app, clock, 3000)
    model = app.model
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore()
    view = app.ui.contact_list
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > PAGE_SIZE)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 3000
    codes = [row.code for row in model.rows]
    assert len(set(codes)) == 3000
    names = [(r.last_name, r.first_name) for r in model.rows]
    assert names == sorted(names)
    assert "contacts" in field(app, QLabel, "status_count").text()


def test_search_as_you_type_ignores_case(
    qtbot: QtBot, app: MainWindow, clock: ManualClock
) -> None:
    add_many(app, clock, 700)
    search(qtbot, app, "ROSSI")
    while app.model.canFetchMore():
        app.model.fetchMore()
    assert {r.last_name for r in app.model.rows} == {"Rossi"}
    assert app.model.rowCount() == 100

    search(qtbot, app, "edilnord person1")
    assert app.model.rowCount() > 0
    assert all(
        r.company == "Edilnord SpA" and "person1" in r.email for r in app.model.rows
    )
    search(qtbot, app, "051 000042")
    assert [r.code for r in app.model.rows] == ["K000042"]


def test_sorting_by_a_column_header(
    qtbot: QtBot, app: MainWindow, clock: ManualClock
) -> None:
    add_many(app, clock, 450)
    header = app.ui.contact_list.horizontalHeader()
    with qtbot.waitSignal(app.model.loaded):
        header.setSortIndicator(COLUMN_INDEX["email"], Qt.SortOrder.DescendingOrder)
    while app.model.canFetchMore():
        app.model.fetchMore()
    emails = [r.email for r in app.model.rows]
    assert len(emails) == 450
    assert emails == sorted(emails, reverse=True)

    header.setSortIndicator(COLUMN_INDEX["city"], Qt.SortOrder.AscendingOrder)
    assert header.sortIndicatorSection() == COLUMN_INDEX["email"]
    assert app.model.spec.sort_key == "email"


def test_filters_by_stage_and_owner(
    qtbot: QtBot, app: MainWindow, clock: ManualClock
) -> None:
    service = ContactService(app.session)
    draft = service.new_draft()
    draft.last_name = "Galli"
    service.save(draft)
    bruno = sign_in(app.session.store, clock, "bruno")
    theirs = ContactService(bruno).new_draft()
    theirs.last_name = "Conti"
    saved = ContactService(bruno).save(theirs)
    qualification = next(
        s
        for s in load_rules(app.session.store).stages.values()
        if s.code == "QUALIFICATION"
    )
    saved.new_stage_id = qualification.id
    ContactService(bruno).save(saved)
    app.close()
    app = MainWindow(app.session, app.operations, app.settings)
    qtbot.addWidget(app)

    assert [r.last_name for r in app.model.rows] == ["Conti", "Galli"]
    choose(app, "owner_filter", "bruno")
    assert [r.last_name for r in app.model.rows] == ["Conti"]
    choose(app, "owner_filter", "All owners")
    choose(app, "stage_filter", "Lead")
    assert [r.last_name for r in app.model.rows] == ["Galli"]
    assert app.model.rows[0].stage == "Lead"


def test_enter_opens_the_contact_and_saving_refreshes_the_list(
    qtbot: QtBot, app: MainWindow, clock: ManualClock
) -> None:
    add_many(app, clock, 5)
    view = app.ui.contact_list
    view.setFocus()
    view.setCurrentIndex(app.model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert len(app.open_windows()) == 1
    window = app.open_windows()[0]
    clock.advance(timedelta(minutes=1))
    type_into(qtbot, window, "last_name", "Aaronson")
    with qtbot.waitSignal(app.model.loaded):
        window.save()
    assert app.model.rows[0].last_name == "Aaronson"


@pytest.mark.server
def test_list_and_contact_window_on_every_backend(
    qtbot: QtBot, server_app: MainWindow, clock: ManualClock
) -> None:
    app = server_app
    add_many(app, clock, 250)
    assert app.model.rowCount() == PAGE_SIZE
    while app.model.canFetchMore():
        app.model.fetchMore()
    assert app.model.rowCount() == 250
    assert len({row.id for row in app.model.rows}) == 250
    search(qtbot, app, "esposito")
    assert app.model.rowCount() == len(range(SURNAMES.index("Esposito"), 250, 7))
    assert {r.last_name for r in app.model.rows} == {"Esposito"}

    window = app.open_contact(app.model.rows[0].id)
    assert window is not None
    choose(window, "next_stage", "Qualification")
    window.new_entry()
    choose(window, "done_type", "Note")
    with qtbot.waitSignal(window.saved):
        window.save()
    assert window.ui.current_stage.text() == "Qualification"
    assert window.ui.log_table.model().rowCount() == 1
    assert window.entries.rowCount() == 1

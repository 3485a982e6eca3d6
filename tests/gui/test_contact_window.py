"""Working on a contact: details, activities, tasks, stages, errors and conflicts."""

from __future__ import annotations

from datetime import timedelta

import peewee
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.core.bootstrap import sign_in
from desktop.core.clock import ManualClock
from desktop.core.contacts import ContactService
from desktop.core.models import Contact, StageLog, Task, Workflow
from desktop.gui.contact_window import ContactWindow
from desktop.gui.main_window import MainWindow
from desktop.gui.timefmt import to_qdatetime
from tests.gui.steps import answer, choose, click, field, items, message_box, type_into


def add_contact(app: MainWindow, last_name: str, company: str = "") -> Contact:
    service = ContactService(app.session)
    draft = service.new_draft()
    draft.last_name = last_name
    draft.company = company
    saved = service.save(draft)
    return Contact.get_by_id(saved.id)


def open_window(qtbot: QtBot, app: MainWindow, contact: Contact) -> ContactWindow:
    window = app.open_contact(contact.id)
    assert window is not None
    qtbot.waitExposed(window)
    return window


def save(qtbot: QtBot, window: ContactWindow) -> None:
    with qtbot.waitSignal(window.saved, timeout=3000):
        click(qtbot, window, "save_button")


def test_new_contact_with_an_activity_and_a_task(
    qtbot: QtBot, app: MainWindow, clock: ManualClock
) -> None:
    app.ui.action_new_contact.trigger()
    window = app.new_contact_windows[-1]
    type_into(qtbot, window, "first_name", "Maria")
    type_into(qtbot, window, "last_name", "Rossi")
    type_into(qtbot, window, "company", "Rossi Arredamenti")
    assert field(window, QLabel, "current_stage").text() == "New contact"

    click(qtbot, window, "new_entry_button")
    assert field(window, QDateTimeEdit, "done_date").specialValueText()
    choose(window, "done_type", "Introductory call")
    assert field(window, QDateTimeEdit, "done_date").dateTime() == to_qdatetime(
        clock.now()
    )
    assert field(window, QLineEdit, "done_operator").text() == "anna"
    type_into(qtbot, window, "done_description", "Interested in the spring catalogue")
    assert items(window, "pending_type") == ["", "E-mail", "Introductory call", "Note"]
    choose(window, "pending_type", "E-mail")
    due = field(window, QDateTimeEdit, "pending_due_date").dateTime()
    assert due == to_qdatetime(clock.now() + timedelta(days=2))
    type_into(qtbot, window, "pending_description", "Send the catalogue")
    field(window, QCheckBox, "create_task").click()
    save(qtbot, window)

    contact = Contact.get(Contact.last_name == "Rossi")
    assert contact.code == "C000001"
    task = Task.get(Task.contact == contact.id)
    assert task.description == "Send the catalogue"
    assert task.assignee_id == app.session.user.id
    assert not window.isWindowModified()
    assert window.entries.rowCount() == 1

    app.ui.action_my_activities.trigger()
    tasks = app.my_activities
    assert tasks is not None
    model = tasks.model
    assert model.rowCount() == 1
    assert model.index(0, 2).data() == "Maria Rossi"
    assert model.index(0, 0).data() == "Upcoming"


def test_stage_change_is_logged(qtbot: QtBot, app: MainWindow) -> None:
    contact = add_contact(app, "Bianchi")
    window = open_window(qtbot, app, contact)
    assert field(window, QLabel, "current_stage").text() == "Lead"
    assert items(window, "next_stage") == ["(stay in Lead)", "Qualification", "Lost"]
    choose(window, "next_stage", "Qualification")
    assert window.isWindowModified()
    save(qtbot, window)

    assert field(window, QLabel, "current_stage").text() == "Lead"[:0] + "Qualification"
    log = window.ui.log_table.model()
    assert log.rowCount() == 2
    assert [log.index(0, c).data() for c in range(3)] == [
        "Lead",
        "Qualification",
        "anna",
    ]
    assert StageLog.select().where(StageLog.contact == contact.id).count() == 2
    assert "Opportunity" in items(window, "next_stage")


def test_pending_types_follow_the_stage_chosen(qtbot: QtBot, app: MainWindow) -> None:
    window = open_window(qtbot, app, add_contact(app, "Verdi"))
    click(qtbot, window, "new_entry_button")
    assert "Meeting" not in items(window, "pending_type")
    choose(window, "next_stage", "Qualification")
    assert "Meeting" in items(window, "pending_type")
    assert "Meeting" not in items(window, "done_type")


def test_log_tab_hidden_when_the_workflow_hides_it(
    qtbot: QtBot, app: MainWindow
) -> None:
    Workflow.update(show_log=False).execute()
    window = open_window(qtbot, app, add_contact(app, "Neri"))
    assert window.ui.contact_tabs.indexOf(window.ui.log_tab) == -1
    assert window.ui.next_stage.isVisible()


def test_no_stage_controls_without_an_active_workflow(
    qtbot: QtBot, app: MainWindow
) -> None:
    Workflow.update(active=False).execute()
    window = open_window(qtbot, app, add_contact(app, "Gialli"))
    assert window.ui.contact_tabs.indexOf(window.ui.log_tab) == -1
    assert not window.ui.next_stage.isVisible()
    assert not window.ui.current_stage.isVisible()
    click(qtbot, window, "new_entry_button")
    assert "Meeting" in items(window, "done_type")


def _framed_in_red(widget: QWidget) -> bool:
    """True if the left edge of ``widget``, as drawn, is the error red."""
    image = widget.grab().toImage()
    color = image.pixelColor(0, image.height() // 2)
    return color.red() > 150 and color.green() < 90 and color.blue() < 90


def test_problems_are_shown_beside_their_fields_and_the_input_is_kept(
    qtbot: QtBot, app: MainWindow
) -> None:
    window = app.new_contact()
    type_into(qtbot, window, "email", "maria at example")
    type_into(qtbot, window, "city", "Bologna")
    click(qtbot, window, "save_button")

    assert window.ui.last_name.property("invalid") is True
    assert _framed_in_red(window.ui.last_name)
    assert not _framed_in_red(window.ui.city)
    message = field(window, QLabel, "last_name_error")
    assert message.isVisible()
    assert "type a last name" in message.text()
    assert "name@example.com" in field(window, QLabel, "email_error").text()
    assert window.ui.email.text() == "maria at example"
    assert window.ui.city.text() == "Bologna"
    assert window.ui.error_banner.isVisible()
    assert Contact.select().count() == 0

    type_into(qtbot, window, "last_name", "Rossi")
    assert window.findChild(QLabel, "last_name_error") is None
    assert not _framed_in_red(window.ui.last_name)
    type_into(qtbot, window, "email", "maria@example.com")
    save(qtbot, window)
    assert not window.ui.error_banner.isVisible()


def test_entry_problem_selects_the_entry_and_marks_its_field(
    qtbot: QtBot, app: MainWindow
) -> None:
    window = open_window(qtbot, app, add_contact(app, "Russo"))
    click(qtbot, window, "new_entry_button")
    type_into(qtbot, window, "pending_description", "Call back about the quote")
    click(qtbot, window, "new_entry_button")
    choose(window, "done_type", "Note")
    click(qtbot, window, "save_button")

    assert window.current_row() == 1
    assert (
        "Pending activity type is empty"
        in field(window, QLabel, "pending_type_error").text()
    )
    assert window.ui.pending_description.toPlainText() == "Call back about the quote"
    window.select_entry(0)
    assert window.findChild(QLabel, "pending_type_error") is None
    window.select_entry(1)
    assert window.findChild(QLabel, "pending_type_error") is not None


def test_a_conflicting_save_names_who_and_keeps_the_edits(
    qtbot: QtBot, app: MainWindow, clock: ManualClock
) -> None:
    contact = add_contact(app, "Esposito")
    window = open_window(qtbot, app, contact)
    type_into(qtbot, window, "first_name", "Giulia")

    clock.advance(timedelta(minutes=5))
    bruno = sign_in(app.session.store, clock, "bruno")
    theirs = ContactService(bruno).load(contact.id)
    theirs.phone = "051 123456"
    ContactService(bruno).save(theirs)

    click(qtbot, window, "save_button")
    box = message_box(qtbot, "operation_message", window)
    assert "bruno" in box.text()
    assert "still on screen" in box.text()
    answer(qtbot, box, QMessageBox.StandardButton.Ok)
    assert window.ui.first_name.text() == "Giulia"
    assert window.isWindowModified()
    assert Contact.get_by_id(contact.id).first_name == ""


def test_a_database_failure_keeps_the_edits(
    qtbot: QtBot, app: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, app, add_contact(app, "Romano"))
    type_into(qtbot, window, "notes", "Prefers e-mail")

    def server_gone(self: ContactService, draft: object) -> None:
        raise peewee.OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(ContactService, "save", server_gone)
    click(qtbot, window, "save_button")
    box = message_box(qtbot, "operation_message", window)
    assert "cannot be reached" in box.text()
    answer(qtbot, box, QMessageBox.StandardButton.Ok)
    assert window.ui.notes.toPlainText() == "Prefers e-mail"
    assert window.isWindowModified()


def test_closing_with_unsaved_changes_asks_first(qtbot: QtBot, app: MainWindow) -> None:
    window = open_window(qtbot, app, add_contact(app, "Colombo"))
    type_into(qtbot, window, "city", "Torino")
    window.close()
    answer(
        qtbot,
        message_box(qtbot, "unsaved_prompt", window),
        QMessageBox.StandardButton.Cancel,
    )
    assert window.isVisible()
    assert window.ui.city.text() == "Torino"

    window.close()
    with qtbot.waitSignal(window.closing):
        answer(
            qtbot,
            message_box(qtbot, "unsaved_prompt", window),
            QMessageBox.StandardButton.Save,
        )
    assert Contact.get(Contact.last_name == "Colombo").city == "Torino"
    assert app.open_windows() == []


def test_deleting_an_activity_cancels_its_task(qtbot: QtBot, app: MainWindow) -> None:
    window = open_window(qtbot, app, add_contact(app, "Ricci"))
    click(qtbot, window, "new_entry_button")
    choose(window, "pending_type", "Note")
    field(window, QCheckBox, "create_task").click()
    save(qtbot, window)
    assert Task.get().status == "open"

    click(qtbot, window, "delete_entry_button")
    assert not window.ui.pending_box.isEnabled()
    save(qtbot, window)
    assert Task.get().status == "cancelled"
    assert window.entries.rowCount() == 0


def test_new_activities_show_in_italics_and_deleted_ones_struck_out(
    qtbot: QtBot, app: MainWindow
) -> None:
    window = open_window(qtbot, app, add_contact(app, "Gallo"))
    click(qtbot, window, "new_entry_button")
    choose(window, "pending_type", "Note")
    save(qtbot, window)
    click(qtbot, window, "new_entry_button")
    choose(window, "pending_type", "Note")

    def font(row: int) -> object:
        index = window.entries.index(row, 0)
        return window.entries.data(index, Qt.ItemDataRole.FontRole)

    new, saved = font(0), font(1)
    assert new.italic()
    assert not new.strikeOut()
    assert saved is None  # the table's own font

    window.select_entry(1)
    click(qtbot, window, "delete_entry_button")
    deleted = font(1)
    assert deleted.strikeOut()
    assert not deleted.italic()


def test_opening_an_open_contact_raises_its_window(
    qtbot: QtBot, app: MainWindow
) -> None:
    contact = add_contact(app, "Marino")
    first = open_window(qtbot, app, contact)
    again = app.open_contact(contact.id)
    assert again is first
    assert len(app.open_windows()) == 1


def test_delete_key_empties_a_reminder_date(
    qtbot: QtBot, app: MainWindow, clock: ManualClock
) -> None:
    window = open_window(qtbot, app, add_contact(app, "Greco"))
    click(qtbot, window, "new_entry_button")
    choose(window, "pending_type", "Note")
    reminder = field(window, QDateTimeEdit, "reminder_start")
    reminder.setDateTime(to_qdatetime(clock.now() + timedelta(hours=1)))
    assert window.draft.entries[0].reminder_start is not None
    reminder.setFocus()
    qtbot.keyClick(reminder, Qt.Key.Key_Delete)
    assert reminder.text() == "(none)"
    assert window.draft.entries[0].reminder_start is None

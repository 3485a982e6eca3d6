"""The Reminders window and notifications: what the operator sees and clicks."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from zoneinfo import ZoneInfo

import peewee
import pytest
from PySide6.QtCore import Qt

from desktop.core.bootstrap import open_store, sign_in
from desktop.core.models import Task
from desktop.core.session import Session
from desktop.core.tasks import reminders_due
from desktop.gui.application import build_main_window
from desktop.gui.operations import Operations
from desktop.gui.reminder_window import Reminders, ReminderWindow
from desktop.gui.reminders import ReminderService
from desktop.gui.tray import notification_text
from tests.core.test_reminder_rules import add_task
from tests.gui.conftest import HARMLESS_QT_MESSAGES, close_app

ROME = ZoneInfo("Europe/Rome")


@pytest.fixture
def anna(sqlite_url, clock) -> Iterator[Session]:
    """Anna, signed in on her laptop's SQLite file."""
    store = open_store(sqlite_url, clock)
    yield sign_in(store, clock, "anna")
    store.close()


@pytest.fixture
def window(qtbot, anna) -> Iterator[ReminderWindow]:
    """Anna's Reminders window over a service not started yet, times shown for Rome."""
    service = ReminderService(anna)
    window = ReminderWindow(service, Operations(anna), zone=ROME)
    qtbot.addWidget(window)
    yield window
    service.stop()


def select_contact(window: ReminderWindow, name: str) -> None:
    tree = window.ui.reminder_list
    tree.clearSelection()
    (item,) = tree.findItems(name, Qt.MatchFlag.MatchExactly, 0)
    item.setSelected(True)


def test_reminders_window_lists_due_and_overdue_reminders(qtbot, window, anna, clock):
    add_task(
        anna,
        anna.user,
        last_name="Rossi",
        description="Call back about the offer",
        start=clock.now() - timedelta(hours=2),
        end=clock.now() + timedelta(hours=6),
        due=clock.now() - timedelta(hours=1),
    )
    add_task(
        anna,
        anna.user,
        last_name="Verdi",
        description="Send the contract",
        type_code="EMAIL",
        start=clock.now() - timedelta(minutes=5),
        end=clock.now() + timedelta(hours=6),
        due=clock.now() + timedelta(hours=3),
    )
    window.service.start()

    tree = window.ui.reminder_list
    rows = [
        [tree.topLevelItem(i).text(c) for c in (0, 1, 2, 4)]
        for i in range(tree.topLevelItemCount())
    ]
    assert rows == [
        ["Mario Rossi", "Follow-up call", "Call back about the offer", "Overdue"],
        ["Mario Verdi", "E-mail", "Send the contract", "Today"],
    ]
    assert window.ui.summary_label.text() == "2 reminders due, 1 overdue."
    assert window.windowTitle() == "Reminders (2)"
    # The first reminder is selected, so the buttons work at once.
    assert [row.contact_name for row in window.selected_rows()] == ["Mario Rossi"]
    assert window.ui.open_button.isEnabled()
    tree.selectAll()
    assert not window.ui.open_button.isEnabled()  # one contact at a time
    assert window.ui.done_button.isEnabled()
    tree.clearSelection()
    assert not window.ui.dismiss_button.isEnabled()

    clock.advance(timedelta(hours=4))
    window.service.check_now()
    assert tree.topLevelItem(1).text(4) == "Overdue"
    assert window.ui.summary_label.text() == "2 reminders due, 2 overdue."


def test_open_contact_asks_the_main_window_for_that_contact(qtbot, window, anna, clock):
    task = add_task(
        anna, anna.user, start=clock.now(), end=clock.now() + timedelta(hours=1)
    )
    window.service.start()
    window.show()
    item = window.ui.reminder_list.topLevelItem(0)
    item.setSelected(True)

    with qtbot.waitSignal(window.open_contact_requested) as requested:
        qtbot.mouseClick(window.ui.open_button, Qt.MouseButton.LeftButton)

    assert requested.args == [Task.get_by_id(task).contact_id]


def test_enter_opens_the_contact_and_escape_closes_the_window(
    qtbot, window, anna, clock
):
    task = add_task(
        anna, anna.user, start=clock.now(), end=clock.now() + timedelta(hours=1)
    )
    window.service.start()
    window.show()
    tree = window.ui.reminder_list

    with qtbot.waitSignal(window.open_contact_requested) as requested:
        qtbot.keyClick(tree, Qt.Key.Key_Return)
    qtbot.keyClick(tree, Qt.Key.Key_Escape)

    assert requested.args == [Task.get_by_id(task).contact_id]
    assert not window.isVisible()


def test_the_window_remembers_its_size(qtbot, anna, gui_settings):
    service = ReminderService(anna)
    first = ReminderWindow(service, Operations(anna), ROME, settings=gui_settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 380)
    first.close()

    again = ReminderWindow(service, Operations(anna), ROME, settings=gui_settings)
    qtbot.addWidget(again)

    assert (again.width(), again.height()) == (700, 380)


def test_an_unreachable_database_is_reported_and_the_list_is_kept(
    qtbot, window, anna, clock, monkeypatch
):
    add_task(anna, anna.user, start=clock.now(), end=clock.now() + timedelta(hours=1))
    window.service.start()

    def server_gone(*_args: object) -> None:
        raise peewee.OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr("desktop.gui.reminders.reminders_due", server_gone)
    with qtbot.waitSignal(window.service.check_failed) as failed:
        window.service.check_now()

    assert "server closed the connection" in failed.args[0]
    assert window.ui.status_label.isVisibleTo(window)
    assert "tries again" in window.ui.status_label.text()
    assert window.ui.reminder_list.topLevelItemCount() == 1

    monkeypatch.undo()
    window.service.check_now()
    assert not window.ui.status_label.isVisibleTo(window)


def test_without_a_tray_a_new_reminder_opens_the_reminders_window(qtbot, anna, clock):
    reminders = Reminders(anna, Operations(anna), zone=ROME, use_tray=False)
    add_task(anna, anna.user, start=clock.now(), end=clock.now() + timedelta(hours=1))

    try:
        reminders.start()
    finally:
        reminders.stop()

    window = reminders.window
    qtbot.addWidget(window)
    assert window.isVisible()
    assert window.ui.reminder_list.topLevelItemCount() == 1
    due = window.ui.reminder_list.topLevelItem(0).text(3)
    assert reminders.notifier.last_message == (
        "Reminder: Mario Rossi",
        f"Follow-up call – Mario Rossi (due {due})",
    )


def test_one_notification_names_the_first_reminders_and_counts_the_rest(anna, clock):
    for name in ("Rossi", "Verdi", "Bianchi", "Neri", "Gallo"):
        add_task(
            anna,
            anna.user,
            last_name=name,
            start=clock.now(),
            end=clock.now() + timedelta(hours=1),
        )
    rows = reminders_due(anna.store, anna.user.id, clock.now())

    title, body = notification_text(rows, ROME)

    assert title == "5 reminders due"
    lines = body.splitlines()
    assert len(lines) == 4
    assert lines[0].startswith("Follow-up call – Mario ")
    assert lines[3] == "and 2 more"


def test_reminders_window_from_the_main_window_opens_the_contact(
    qtbot, sqlite_url, clock, gui_settings
):
    main = build_main_window(sqlite_url, "anna", clock=clock, settings=gui_settings)
    qtbot.addWidget(main)
    main.show()
    session = main.session
    add_task(
        session, session.user, start=clock.now(), end=clock.now() + timedelta(hours=1)
    )
    # The wiring application.py does after sign-in.
    reminders = Reminders(
        session,
        main.operations,
        interval_seconds=gui_settings.reminder_interval_seconds,
        zone=ROME,
        use_tray=False,
        window_parent=main,
        settings=gui_settings,
        parent=main,
    )
    reminders.open_contact_requested.connect(main.open_contact)
    main.reminder_interval_changed.connect(reminders.service.set_interval)
    main.set_reminder_window(reminders.window)
    try:
        reminders.start()
        reminders.window.close()

        main.ui.action_reminders.trigger()
        assert reminders.window.isVisible()
        select_contact(reminders.window, "Mario Rossi")
        qtbot.mouseClick(reminders.window.ui.open_button, Qt.MouseButton.LeftButton)

        (contact_window,) = main.open_windows()
        assert contact_window.isVisible()
        assert contact_window.ui.last_name.text() == "Rossi"
    finally:
        reminders.stop()
        close_app(main)


# The offscreen platform has no real tray; the conftest's harmless messages still apply.
@pytest.mark.qt_log_ignore(
    "systemTrayWindowChanged", *[re.escape(m) for m in HARMLESS_QT_MESSAGES]
)
def test_with_a_tray_the_notification_leads_to_the_reminders_window(qtbot, anna, clock):
    add_task(anna, anna.user, start=clock.now(), end=clock.now() + timedelta(hours=1))
    reminders = Reminders(anna, Operations(anna), zone=ROME, use_tray=True)
    qtbot.addWidget(reminders.window)
    try:
        reminders.start()
        tray = reminders.notifier.tray
        assert tray is not None
        assert tray.toolTip() == "Contatti: 1 reminder due"
        assert reminders.notifier.last_message is not None
        assert not reminders.window.isVisible()

        tray.messageClicked.emit()  # the user clicks the notification

        assert reminders.window.isVisible()
    finally:
        reminders.stop()

"""Reminders reach their operator: raised once when due, then handled by hand."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from desktop.core.bootstrap import open_store, sign_in
from desktop.core.contacts import ContactService, EntryDraft
from desktop.core.models import Task
from desktop.core.session import Session
from desktop.core.workflow import load_rules
from desktop.gui.operations import CONTACTS, Operations
from desktop.gui.reminder_window import ReminderWindow
from desktop.gui.reminders import ReminderService, local_zone
from tests import servers
from tests.core.test_reminder_rules import add_operator, add_task

ROME = ZoneInfo("Europe/Rome")


@pytest.fixture
def anna(sqlite_url, clock) -> Iterator[Session]:
    """Anna, signed in on her laptop's SQLite file."""
    store = open_store(sqlite_url, clock)
    yield sign_in(store, clock, "anna")
    store.close()


@pytest.fixture
def make_service() -> Iterator[Callable[..., ReminderService]]:
    """Builds reminder services and stops their timers after the test."""
    made: list[ReminderService] = []

    def make(session: Session, **options: int) -> ReminderService:
        service = ReminderService(session, **options)
        made.append(service)
        return service

    yield make
    for service in made:
        service.stop()


def raised_ids(blocker) -> list:
    return [row.id for row in blocker.args[0]]


def test_reminder_fires_when_its_window_opens_once_and_again_after_snooze(
    make_service, qtbot, session, clock
):
    opens = clock.now() + timedelta(hours=1)
    task = add_task(session, session.user, start=opens, end=opens + timedelta(hours=4))
    service = make_service(session)
    window = ReminderWindow(service, Operations(session), zone=ROME)
    qtbot.addWidget(window)

    with qtbot.assertNotEmitted(service.reminders_raised):
        service.start()
        clock.advance(timedelta(minutes=59))
        service.check_now()

    clock.advance(timedelta(minutes=1))
    with qtbot.waitSignal(service.reminders_raised) as raised:
        service.check_now()
    assert raised_ids(raised) == [task]

    with qtbot.assertNotEmitted(service.reminders_raised):
        for _tick in range(10):
            clock.advance(timedelta(seconds=30))
            service.check_now()

    window.ui.reminder_list.topLevelItem(0).setSelected(True)
    window.ui.snooze_5_minutes_action.trigger()
    assert window.ui.reminder_list.topLevelItemCount() == 0
    with qtbot.assertNotEmitted(service.reminders_raised):
        clock.advance(timedelta(minutes=4, seconds=59))
        service.check_now()

    clock.advance(timedelta(seconds=1))
    with qtbot.waitSignal(service.reminders_raised) as raised_again:
        service.check_now()
    assert raised_ids(raised_again) == [task]
    assert window.ui.reminder_list.topLevelItemCount() == 1


def test_dismissed_and_done_reminders_never_come_back(make_service, qtbot, anna, clock):
    window_open = {"start": clock.now(), "end": clock.now() + timedelta(days=1)}
    to_dismiss = add_task(anna, anna.user, last_name="Rossi", **window_open)
    to_finish = add_task(anna, anna.user, last_name="Verdi", **window_open)
    service = make_service(anna)
    window = ReminderWindow(service, Operations(anna), zone=ROME)
    qtbot.addWidget(window)
    with qtbot.waitSignal(service.reminders_raised) as raised:
        service.start()
    assert set(raised_ids(raised)) == {to_dismiss, to_finish}

    select_contact(window, "Mario Rossi")
    qtbot.mouseClick(window.ui.dismiss_button, Qt.MouseButton.LeftButton)
    select_contact(window, "Mario Verdi")
    qtbot.mouseClick(window.ui.done_button, Qt.MouseButton.LeftButton)

    assert window.ui.reminder_list.topLevelItemCount() == 0
    assert window.ui.summary_label.text() == "No reminders due."
    with qtbot.assertNotEmitted(service.reminders_raised):
        for _hour in range(12):
            clock.advance(timedelta(hours=1))
            service.check_now()
    assert Task.get_by_id(to_dismiss).status == "open"
    assert Task.get_by_id(to_finish).status == "done"

    restarted = make_service(anna)
    with qtbot.assertNotEmitted(restarted.reminders_raised):
        restarted.start()


def select_contact(window: ReminderWindow, name: str) -> None:
    tree = window.ui.reminder_list
    tree.clearSelection()
    (item,) = tree.findItems(name, Qt.MatchFlag.MatchExactly, 0)
    item.setSelected(True)


def test_reminders_missed_while_asleep_arrive_together_on_wake(
    make_service, qtbot, anna, clock
):
    first = add_task(
        anna,
        anna.user,
        start=clock.now() + timedelta(hours=2),
        end=clock.now() + timedelta(hours=12),
    )
    second = add_task(
        anna,
        anna.user,
        start=clock.now() + timedelta(hours=3),
        end=clock.now() + timedelta(hours=12),
    )
    # Checks by interval are an hour apart: only the wake can explain a prompt check.
    service = make_service(anna, interval_seconds=3600, heartbeat_ms=20)
    service.start()

    clock.sleep_for(timedelta(hours=8))
    with qtbot.waitSignal(service.reminders_raised, timeout=2000) as raised:
        pass

    assert raised_ids(raised) == [first, second]


def test_reminders_missed_while_the_app_was_closed_arrive_together_at_start(
    make_service, qtbot, anna, clock
):
    yesterday = clock.now() - timedelta(days=1)
    first = add_task(
        anna, anna.user, start=yesterday, end=clock.now() + timedelta(hours=1)
    )
    second = add_task(
        anna, anna.user, start=clock.now() - timedelta(hours=1), end=clock.now()
    )
    service = make_service(anna)

    with qtbot.waitSignal(service.reminders_raised) as raised:
        service.start()

    assert raised_ids(raised) == [first, second]


def test_a_reminder_stops_when_its_window_closes(make_service, qtbot, anna, clock):
    add_task(anna, anna.user, start=clock.now(), end=clock.now() + timedelta(hours=1))
    service = make_service(anna)
    service.start()
    assert len(service.due) == 1

    clock.advance(timedelta(hours=1, seconds=1))
    with (
        qtbot.waitSignal(service.reminders_changed) as changed,
        qtbot.assertNotEmitted(service.reminders_raised),
    ):
        service.check_now()

    assert changed.args == [[]]


def test_no_wake_is_seen_while_the_computer_stays_awake(
    make_service, qtbot, anna, clock
):
    service = make_service(anna)
    service.start()

    clock.advance(timedelta(hours=8))

    assert not service.watch_clock()
    clock.sleep_for(timedelta(minutes=5))
    assert service.watch_clock()


def test_the_timer_checks_at_the_interval_set_in_preferences(
    make_service, qtbot, anna, clock
):
    service = make_service(anna, interval_seconds=3600)
    service.start()
    task = add_task(
        anna, anna.user, start=clock.now(), end=clock.now() + timedelta(hours=1)
    )

    service.set_interval(1)
    with qtbot.waitSignal(service.reminders_raised, timeout=3000) as raised:
        pass

    assert service.interval_seconds == 1
    assert raised_ids(raised) == [task]


def test_a_saved_task_reminds_at_once_through_the_operations(
    make_service, qtbot, anna, clock
):
    service = make_service(anna)
    operations = Operations(anna)
    operations.changed.connect(service.data_changed)
    service.start()
    contacts = ContactService(anna)
    rules = load_rules(anna.store)
    email = next(t for t in rules.types_for(None) if t.code == "EMAIL")
    draft = contacts.new_draft()
    draft.last_name = "Bianchi"
    draft.entries.append(
        EntryDraft(
            pending_type_id=email.id,
            pending_description="Send the price list",
            pending_due_date=clock.now() + timedelta(hours=2),
            pending_operator_id=anna.user.id,
            reminder_start=clock.now(),
            reminder_end=clock.now() + timedelta(hours=2),
            create_task=True,
        )
    )

    with qtbot.waitSignal(service.reminders_raised) as raised:
        outcome = operations.run(CONTACTS, lambda: contacts.save(draft))

    assert outcome.ok
    (row,) = raised.args[0]
    assert (row.contact_name, row.type_name) == ("Bianchi", "E-mail")
    assert row.description == "Send the price list"


def test_tomorrow_morning_snooze_across_the_march_dst_change(
    make_service, qtbot, anna, clock
):
    clock.set(datetime(2026, 3, 28, 19, 0, tzinfo=UTC))  # Saturday 20:00 in Rome
    task = add_task(
        anna,
        anna.user,
        start=clock.now(),
        end=datetime(2026, 3, 30, 17, 0, tzinfo=UTC),
        due=datetime(2026, 3, 29, 8, 0, tzinfo=UTC),  # Sunday 10:00 CEST
    )
    service = make_service(anna)
    window = ReminderWindow(service, Operations(anna), zone=ROME)
    qtbot.addWidget(window)
    service.start()
    item = window.ui.reminder_list.topLevelItem(0)
    assert "10:00" in item.text(3)

    item.setSelected(True)
    window.ui.snooze_tomorrow_action.trigger()

    assert Task.get_by_id(task).snoozed_until == datetime(2026, 3, 29, 7, 0, tzinfo=UTC)
    with qtbot.assertNotEmitted(service.reminders_raised):
        clock.set(datetime(2026, 3, 29, 6, 59, tzinfo=UTC))  # 08:59 CEST
        service.check_now()
    clock.set(datetime(2026, 3, 29, 7, 0, tzinfo=UTC))  # 09:00 CEST
    with qtbot.waitSignal(service.reminders_raised) as raised:
        service.check_now()
    assert raised_ids(raised) == [task]


@pytest.fixture
def server_url() -> Iterator[str]:
    """A new database on the PostgreSQL server, dropped afterwards."""
    url = servers.create_database("postgresql")
    yield url
    servers.drop_database("postgresql", url)


@pytest.mark.server
def test_two_operators_on_one_server_each_see_only_their_own(
    make_service, qtbot, server_url, clock
):
    store = open_store(server_url, clock)
    try:
        anna = sign_in(store, clock, "anna", "secret-pw")
        add_operator(anna, "bruno", "Bruno Bianchi")
        bruno = sign_in(store, clock, "bruno", "operator-pw")
        window_open = {"start": clock.now(), "end": clock.now() + timedelta(hours=1)}
        annas_task = add_task(anna, anna.user, last_name="Rossi", **window_open)
        brunos_task = add_task(anna, bruno.user, last_name="Verdi", **window_open)
        annas = make_service(anna)
        brunos = make_service(bruno)

        with qtbot.waitSignal(annas.reminders_raised) as for_anna:
            annas.start()
        with qtbot.waitSignal(brunos.reminders_raised) as for_bruno:
            brunos.start()
        assert raised_ids(for_anna) == [annas_task]
        assert raised_ids(for_bruno) == [brunos_task]

        # Bruno dismisses his on his machine; Anna's is untouched.
        window = ReminderWindow(brunos, Operations(bruno), zone=ROME)
        qtbot.addWidget(window)
        window.ui.reminder_list.topLevelItem(0).setSelected(True)
        qtbot.mouseClick(window.ui.dismiss_button, Qt.MouseButton.LeftButton)
        brunos.check_now()
        annas.check_now()
        assert brunos.due == []
        assert [row.id for row in annas.due] == [annas_task]
    finally:
        store.close()


@pytest.mark.server
def test_a_lost_server_connection_is_reported_then_recovered(
    make_service, qtbot, server_url, clock
):
    store = open_store(server_url, clock)
    try:
        anna = sign_in(store, clock, "anna", "secret-pw")
        task = add_task(
            anna, anna.user, start=clock.now(), end=clock.now() + timedelta(hours=1)
        )
        service = make_service(anna)
        service.start()
        # The server ends Contatti's connection, as a restart or a network cut does.
        backend_pid = int(store.db.connection().info.backend_pid)
        servers.on_postgresql(f"SELECT pg_terminate_backend({backend_pid})")

        with qtbot.waitSignal(service.check_failed) as failed:
            service.check_now()
        assert "database did not answer" in failed.args[0]

        with qtbot.waitSignal(service.reminders_changed) as recovered:
            service.check_now()
        assert [row.id for row in recovered.args[0]] == [task]
    finally:
        store.close()


def test_local_zone_agrees_with_the_computer_about_now():
    zone = local_zone()
    now = datetime.now(UTC)

    assert now.astimezone(zone).utcoffset() == now.astimezone().utcoffset()

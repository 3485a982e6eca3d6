"""My activities: the user's tasks by due date, marking one done, planning the next."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core.bootstrap import sign_in
from desktop.core.clock import ManualClock
from desktop.core.contacts import ContactService, EntryDraft
from desktop.core.models import ActivityEntry, Task
from desktop.core.session import Session
from desktop.core.workflow import load_rules
from desktop.gui.main_window import MainWindow
from desktop.gui.my_activities import OVERDUE_COLOR
from tests.gui.steps import answer, choose, click, message_box


def plan(
    session: Session, last_name: str, due_in: timedelta, assignee: Session
) -> None:
    """A contact with a pending call for ``assignee``, due ``due_in`` from now."""
    rules = load_rules(session.store)
    call = next(t for t in rules.activity_types if t.code == "NOTE")
    service = ContactService(session)
    draft = service.new_draft(rules)
    draft.last_name = last_name
    draft.entries.append(
        EntryDraft(
            pending_type_id=call.id,
            pending_description=f"Call {last_name}",
            pending_due_date=session.now() + due_in,
            pending_operator_id=assignee.user.id,
            create_task=True,
        )
    )
    service.save(draft)


def column(app: MainWindow, index: int) -> list[str]:
    model = app.my_activities.model if app.my_activities else None
    assert model is not None
    return [model.index(row, index).data() for row in range(model.rowCount())]


def test_overdue_today_and_upcoming_in_due_order(
    qtbot: QtBot, app: MainWindow, clock: ManualClock
) -> None:
    anna = app.session
    bruno = sign_in(anna.store, clock, "bruno")
    plan(anna, "Later", timedelta(days=3), anna)
    plan(anna, "Soon", timedelta(hours=2), anna)
    plan(anna, "Late", timedelta(hours=1), anna)
    plan(anna, "Theirs", timedelta(hours=1), bruno)
    clock.advance(timedelta(hours=1, minutes=30))

    app.ui.action_my_activities.trigger()
    assert column(app, 2) == ["Late", "Soon", "Later"]
    assert column(app, 0) == ["Overdue", "Today", "Upcoming"]
    model = app.my_activities.model if app.my_activities else None
    assert model is not None
    overdue = model.index(0, 2).data(Qt.ItemDataRole.ForegroundRole)
    assert overdue.color() == QColor(OVERDUE_COLOR)
    assert "1 overdue, 1 due today" in app.my_activities.ui.task_summary.text()


def test_mark_done_then_plan_the_next_activity(
    qtbot: QtBot, app: MainWindow, clock: ManualClock
) -> None:
    plan(app.session, "Fontana", timedelta(days=1), app.session)
    tasks = app.show_my_activities()
    tasks.ui.task_table.selectRow(0)
    click(qtbot, tasks, "mark_done_button")

    assert Task.get().status == "done"
    done = ActivityEntry.get(ActivityEntry.done_type.is_null(False))
    assert done.done_description == "Call Fontana"
    assert tasks.model.rowCount() == 0

    answer(
        qtbot,
        message_box(qtbot, "plan_next_prompt", tasks),
        QMessageBox.StandardButton.Yes,
    )
    windows = app.open_windows()
    assert len(windows) == 1
    window = windows[0]
    assert window.current_row() == 0
    assert window.draft.entries[0].is_new
    assert window.ui.pending_box.isEnabled()
    choose(window, "pending_type", "E-mail")
    with qtbot.waitSignal(window.saved):
        window.save()


def test_status_filter_shows_done_tasks(
    qtbot: QtBot, app: MainWindow, clock: ManualClock
) -> None:
    plan(app.session, "Moretti", timedelta(days=1), app.session)
    tasks = app.show_my_activities()
    tasks.ui.task_table.selectRow(0)
    click(qtbot, tasks, "mark_done_button")
    answer(
        qtbot,
        message_box(qtbot, "plan_next_prompt", tasks),
        QMessageBox.StandardButton.No,
    )
    choose(tasks, "status_filter", "Done")
    assert column(app, 6) == ["Done"]
    assert not tasks.ui.mark_done_button.isEnabled() or tasks.selected_task() is None
    choose(tasks, "status_filter", "All")
    assert tasks.model.rowCount() == 1


def test_an_open_contact_shows_the_activity_marked_done(
    qtbot: QtBot, app: MainWindow, clock: ManualClock
) -> None:
    plan(app.session, "Barbieri", timedelta(days=1), app.session)
    tasks = app.show_my_activities()
    window = app.open_contact(tasks.model.tasks[0].contact_id)
    assert window is not None
    assert window.entries.rowCount() == 1
    tasks.ui.task_table.selectRow(0)
    click(qtbot, tasks, "mark_done_button")
    assert window.entries.rowCount() == 2
    assert window.draft.entries[1].task_status == "done"

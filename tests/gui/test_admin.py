"""The administration window, used as an administrator (and refused to an operator)."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.core.admin import AdminService
from desktop.core.clock import ManualClock
from desktop.core.models import (
    ActivityType,
    Role,
    Stage,
    StageActivityType,
    Transition,
    User,
    Workflow,
)
from desktop.core.session import Session
from desktop.core.users import verify_password
from desktop.core.workflow import load_rules
from desktop.gui.admin_window import AdminWindow
from desktop.gui.operations import Operations


class Answers:
    """Stands in for the "discard unsaved changes?" question; records each one."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.reply = QMessageBox.StandardButton.Cancel

    def question(self, parent: QWidget, title: str, text: str, *args: object) -> object:
        self.asked.append(text)
        return self.reply


@pytest.fixture(autouse=True)
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    """A modal question would hang an offscreen test: answer it here instead."""
    stand_in = Answers()
    monkeypatch.setattr(QMessageBox, "question", stand_in.question)
    return stand_in


@pytest.fixture
def window(qtbot: QtBot, session: Session) -> AdminWindow:
    operations = Operations(session)
    window = AdminWindow(session, operations)
    qtbot.addWidget(window)
    window.show()
    return window


def click(qtbot: QtBot, window: QWidget, name: str) -> None:
    button = window.findChild(QAbstractButton, name)
    assert button is not None, name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tick(qtbot: QtBot, box: QCheckBox) -> None:
    """Click a check box on its indicator, as a person would."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def type_into(qtbot: QtBot, window: QWidget, name: str, text: str) -> None:
    edit = window.findChild(QWidget, name)
    assert edit is not None, name
    edit.clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(edit, text)


def row_of(table: QTableWidget, text: str, column: int = 0) -> int:
    for r in range(table.rowCount()):
        item = table.item(r, column)
        if item is not None and item.text() == text:
            return r
    raise AssertionError(f"{text!r} is not in {table.objectName()}")


def column_texts(table: QTableWidget, column: int = 0) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]  # type: ignore[union-attr]


def test_administrator_adds_an_operator(qtbot: QtBot, window: AdminWindow) -> None:
    click(qtbot, window, "new_user_button")
    type_into(qtbot, window, "username", "marco")
    type_into(qtbot, window, "full_name", "Marco Bianchi")
    type_into(qtbot, window, "email", "marco@example.com")
    window.ui.role.setCurrentIndex(window.ui.role.findData(Role.OPERATOR.value))
    type_into(qtbot, window, "user_password", "pw-of-marco")
    click(qtbot, window, "save_user_button")

    marco = User.get(User.username == "marco")
    assert marco.full_name == "Marco Bianchi"
    assert marco.email == "marco@example.com"
    assert marco.role == Role.OPERATOR.value
    assert marco.active
    assert verify_password("pw-of-marco", marco.password_hash)
    assert "marco" in column_texts(window.ui.user_table)
    assert window.ui.user_password.text() == ""


def test_administrator_deactivates_a_user_and_keeps_the_password(
    qtbot: QtBot, window: AdminWindow, session: Session
) -> None:
    AdminService(session).save_user("luca", "Luca", password="old-pw")
    window.reload()
    window.ui.user_table.selectRow(row_of(window.ui.user_table, "luca"))
    assert window.ui.username.text() == "luca"
    tick(qtbot, window.ui.user_active)
    click(qtbot, window, "save_user_button")

    luca = User.get(User.username == "luca")
    assert not luca.active
    assert verify_password("old-pw", luca.password_hash)


def test_administrator_adds_an_activity_type(qtbot: QtBot, window: AdminWindow) -> None:
    window.ui.admin_tabs.setCurrentWidget(window.ui.activity_types_tab)
    click(qtbot, window, "new_activity_type_button")
    type_into(qtbot, window, "code", "WEBINAR")
    type_into(qtbot, window, "description", "Webinar")
    window.ui.default_delay_days.setValue(4)
    window.ui.default_reminder_lead.setValue(45)
    click(qtbot, window, "save_activity_type_button")

    webinar = ActivityType.get(ActivityType.code == "WEBINAR")
    assert webinar.description == "Webinar"
    assert webinar.default_delay_days == 4
    assert webinar.default_reminder_lead_minutes == 45
    assert webinar.active
    assert "WEBINAR" in column_texts(window.ui.activity_type_table)


def test_administrator_edits_the_workflow(
    qtbot: QtBot, window: AdminWindow, session: Session
) -> None:
    ui = window.ui
    ui.admin_tabs.setCurrentWidget(ui.workflows_tab)
    assert ui.workflow_name.text() == "Sales pipeline"

    # A new stage between Lead and Qualification, reachable from Lead.
    click(qtbot, window, "add_stage_button")
    new_row = ui.stage_table.rowCount() - 1
    ui.stage_table.item(new_row, 0).setText("NURTURE")  # type: ignore[union-attr]
    ui.stage_table.item(new_row, 1).setText("Nurture")  # type: ignore[union-attr]
    for _ in range(new_row - 1):
        click(qtbot, window, "stage_up_button")
    assert column_texts(ui.stage_table)[:3] == ["LEAD", "NURTURE", "QUALIFICATION"]

    grid = ui.transition_table
    grid.item(0, 1).setCheckState(Qt.CheckState.Checked)  # type: ignore[union-attr]
    # Lost no longer leads back to Lead.
    lost = row_of(ui.stage_table, "LOST")
    grid.item(lost, 0).setCheckState(Qt.CheckState.Unchecked)  # type: ignore[union-attr]

    # The nurture stage allows e-mails and notes only.
    ui.stage_table.selectRow(1)
    assert (
        "Nurture"
        in ui.stage_types_list.parent()
        .findChild(  # type: ignore[union-attr]
            QWidget, "stage_types_label"
        )
        .text()
    )
    types = ui.stage_types_list
    for i in range(types.count()):
        item = types.item(i)
        if "(EMAIL)" in item.text() or "(NOTE)" in item.text():
            item.setCheckState(Qt.CheckState.Checked)

    tick(qtbot, ui.show_log)
    assert not ui.show_log.isChecked()
    click(qtbot, window, "save_workflow_button")

    workflow = Workflow.get(Workflow.name == "Sales pipeline")
    assert not workflow.show_log
    assert workflow.active
    stages = list(
        Stage.select().where(Stage.workflow == workflow).order_by(Stage.sort_order)
    )
    assert [s.code for s in stages] == [
        "LEAD",
        "NURTURE",
        "QUALIFICATION",
        "OPPORTUNITY",
        "WON",
        "LOST",
    ]
    by_code = {s.code: s for s in stages}
    pairs = {
        (t.from_stage.code, t.to_stage.code)
        for t in Transition.select().where(Transition.workflow == workflow)
    }
    assert ("LEAD", "NURTURE") in pairs
    assert ("LOST", "LEAD") not in pairs
    assert ("OPPORTUNITY", "WON") in pairs
    allowed = {
        a.activity_type.code
        for a in StageActivityType.select().where(
            StageActivityType.stage == by_code["NURTURE"]
        )
    }
    assert allowed == {"EMAIL", "NOTE"}
    rules = load_rules(session.store)
    assert not rules.log_visible
    assert [s.code for s in rules.next_stages(by_code["LEAD"].id)] == [
        "NURTURE",
        "QUALIFICATION",
        "LOST",
    ]


def test_a_new_workflow_can_become_the_active_one(
    qtbot: QtBot, window: AdminWindow
) -> None:
    ui = window.ui
    ui.admin_tabs.setCurrentWidget(ui.workflows_tab)
    click(qtbot, window, "new_workflow_button")
    type_into(qtbot, window, "workflow_name", "Support")
    for code, name in (("OPEN", "Open"), ("CLOSED", "Closed")):
        click(qtbot, window, "add_stage_button")
        row = ui.stage_table.rowCount() - 1
        ui.stage_table.item(row, 0).setText(code)  # type: ignore[union-attr]
        ui.stage_table.item(row, 1).setText(name)  # type: ignore[union-attr]
    outcome = ui.stage_table.cellWidget(1, 3)
    assert isinstance(outcome, QComboBox)
    outcome.setCurrentIndex(outcome.findText("Won"))
    ui.transition_table.item(0, 1).setCheckState(Qt.CheckState.Checked)  # type: ignore[union-attr]
    tick(qtbot, ui.workflow_active)
    click(qtbot, window, "save_workflow_button")

    support = Workflow.get(Workflow.name == "Support")
    assert support.active
    assert not Workflow.get(Workflow.name == "Sales pipeline").active
    stages = {s.code: s for s in Stage.select().where(Stage.workflow == support)}
    assert stages["OPEN"].is_initial
    assert stages["CLOSED"].outcome == "won"
    assert sorted(column_texts(ui.workflow_table)) == ["Sales pipeline", "Support"]


def test_problems_are_shown_beside_the_fields_and_the_input_is_kept(
    qtbot: QtBot, window: AdminWindow
) -> None:
    ui = window.ui
    users_before = User.select().count()
    type_into(qtbot, window, "username", "anna")
    type_into(qtbot, window, "full_name", "Another Anna")
    type_into(qtbot, window, "email", "not-an-address")
    click(qtbot, window, "save_user_button")

    assert User.select().count() == users_before
    assert ui.username_error.isVisible()
    assert "taken" in ui.username_error.text()
    assert ui.email_error.isVisible()
    assert "name@example.com" in ui.email_error.text()
    assert ui.username.text() == "anna"
    assert ui.full_name.text() == "Another Anna"
    assert ui.email.text() == "not-an-address"
    assert not ui.full_name_error.isVisible()

    # Fixing the problems and saving again clears the marks.
    type_into(qtbot, window, "username", "anna2")
    type_into(qtbot, window, "email", "anna2@example.com")
    click(qtbot, window, "save_user_button")
    assert not ui.username_error.isVisible()
    assert User.get(User.username == "anna2").full_name == "Another Anna"

    ui.admin_tabs.setCurrentWidget(ui.activity_types_tab)
    click(qtbot, window, "new_activity_type_button")
    type_into(qtbot, window, "code", "EMAIL")
    click(qtbot, window, "save_activity_type_button")
    assert "taken" in ui.code_error.text()
    assert "empty" in ui.description_error.text()
    assert ui.code.text() == "EMAIL"

    ui.admin_tabs.setCurrentWidget(ui.workflows_tab)
    ui.workflow_name.clear()
    initial = ui.stage_table.item(0, 2)
    initial.setCheckState(Qt.CheckState.Unchecked)  # type: ignore[union-attr]
    click(qtbot, window, "save_workflow_button")
    assert "name is empty" in ui.workflow_name_error.text()
    assert "initial" in ui.stage_table_error.text()
    assert ui.stage_table.rowCount() == 5
    assert Workflow.get(Workflow.name == "Sales pipeline").active


def test_only_one_stage_is_initial(qtbot: QtBot, window: AdminWindow) -> None:
    ui = window.ui
    ui.admin_tabs.setCurrentWidget(ui.workflows_tab)
    ui.stage_table.item(2, 2).setCheckState(Qt.CheckState.Checked)  # type: ignore[union-attr]
    initial = [row.code for row in window.workflows.stage_rows() if row.initial]
    assert initial == ["OPPORTUNITY"]


def test_removing_a_stage_removes_its_transitions(
    qtbot: QtBot, window: AdminWindow
) -> None:
    ui = window.ui
    ui.admin_tabs.setCurrentWidget(ui.workflows_tab)
    ui.stage_table.selectRow(row_of(ui.stage_table, "LOST"))
    click(qtbot, window, "remove_stage_button")
    assert "LOST" not in column_texts(ui.stage_table)
    assert ui.transition_table.rowCount() == 4
    draft = window.workflows.draft()
    assert all("LOST" not in pair for pair in draft.transitions)
    assert ("LEAD", "QUALIFICATION") in draft.transitions


def test_an_operator_cannot_open_the_administration(
    qtbot: QtBot, session: Session, clock: ManualClock
) -> None:
    operator = AdminService(session).save_user("olga", "Olga", password="pw")
    olga = Session(session.store, clock, operator)
    window = AdminWindow(olga, Operations(olga))
    qtbot.addWidget(window)
    window.show()

    assert not window.ui.admin_tabs.isVisible()
    assert window.ui.denied_label.isVisible()
    assert "Only administrators" in window.ui.denied_label.text()
    assert not hasattr(window, "workflows")


def test_clock_is_used_for_audit_stamps(
    qtbot: QtBot, window: AdminWindow, clock: ManualClock
) -> None:
    clock.set(datetime(2026, 4, 1, 8, 30, tzinfo=clock.now().tzinfo))
    type_into(qtbot, window, "username", "piera")
    click(qtbot, window, "save_user_button")
    piera = User.get(User.username == "piera")
    assert piera.created_at == clock.now()
    assert piera.created_by == "anna"


def test_unsaved_edits_are_not_dropped_without_asking(
    qtbot: QtBot, window: AdminWindow, session: Session, answers: Answers
) -> None:
    AdminService(session).save_user("luca", "Luca")
    window.reload()
    ui = window.ui
    type_into(qtbot, window, "username", "giulia")
    type_into(qtbot, window, "full_name", "Giulia Neri")

    # Cancel: the form and its typing stay, the list keeps no other selection.
    ui.user_table.selectRow(row_of(ui.user_table, "luca"))
    assert len(answers.asked) == 1
    assert "giulia" in answers.asked[0]
    assert ui.username.text() == "giulia"
    assert ui.full_name.text() == "Giulia Neri"
    click(qtbot, window, "new_user_button")
    assert ui.username.text() == "giulia"
    assert len(answers.asked) == 2

    # Discard: the chosen user is shown.
    answers.reply = QMessageBox.StandardButton.Discard
    ui.user_table.selectRow(row_of(ui.user_table, "luca"))
    assert ui.username.text() == "luca"

    # A workflow edit is protected the same way, also when closing the window.
    ui.admin_tabs.setCurrentWidget(ui.workflows_tab)
    type_into(qtbot, window, "workflow_name", "Renamed pipeline")
    answers.reply = QMessageBox.StandardButton.Cancel
    click(qtbot, window, "new_workflow_button")
    assert ui.workflow_name.text() == "Renamed pipeline"
    window.close()
    assert window.isVisible()
    assert "Renamed pipeline" in answers.asked[-1]
    answers.reply = QMessageBox.StandardButton.Discard
    window.close()
    assert not window.isVisible()
    assert Workflow.get(Workflow.active == True).name == "Sales pipeline"  # noqa: E712


def test_nothing_is_asked_when_nothing_changed(
    qtbot: QtBot, window: AdminWindow, session: Session, answers: Answers
) -> None:
    AdminService(session).save_user("luca", "Luca")
    window.reload()
    ui = window.ui
    ui.user_table.selectRow(row_of(ui.user_table, "luca"))
    ui.user_table.selectRow(row_of(ui.user_table, "anna"))
    click(qtbot, window, "new_user_button")
    ui.admin_tabs.setCurrentWidget(ui.workflows_tab)
    click(qtbot, window, "new_workflow_button")
    window.close()
    assert answers.asked == []


def test_close_button_closes_the_window(qtbot: QtBot, window: AdminWindow) -> None:
    assert window.windowTitle() == "Administration"
    close = window.ui.button_box.button(QDialogButtonBox.StandardButton.Close)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not window.isVisible()


def test_stage_codes_cannot_outgrow_their_column(
    qtbot: QtBot, window: AdminWindow
) -> None:
    ui = window.ui
    ui.admin_tabs.setCurrentWidget(ui.workflows_tab)
    click(qtbot, window, "add_stage_button")
    table = ui.stage_table
    editor = table.findChild(QLineEdit)
    assert editor is not None
    assert editor.maxLength() == 32


def test_a_saved_stage_keeps_its_code(qtbot: QtBot, window: AdminWindow) -> None:
    ui = window.ui
    ui.admin_tabs.setCurrentWidget(ui.workflows_tab)
    saved = ui.stage_table.item(0, 0)
    assert saved is not None
    assert not saved.flags() & Qt.ItemFlag.ItemIsEditable
    assert "Change the name instead" in saved.toolTip()
    assert ui.stage_table.item(0, 1).flags() & Qt.ItemFlag.ItemIsEditable  # type: ignore[union-attr]
    click(qtbot, window, "add_stage_button")
    added = ui.stage_table.item(ui.stage_table.rowCount() - 1, 0)
    assert added is not None
    assert added.flags() & Qt.ItemFlag.ItemIsEditable


def test_the_window_reopens_at_the_size_and_splits_it_was_left(
    qtbot: QtBot, session: Session, gui_settings
) -> None:
    first = AdminWindow(session, Operations(session), settings=gui_settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(760, 530)
    first.ui.users_splitter.setSizes([300, 700])
    split = first.ui.users_splitter.sizes()
    first.close()

    again = AdminWindow(session, Operations(session), settings=gui_settings)
    qtbot.addWidget(again)
    again.show()
    assert (again.width(), again.height()) == (760, 530)
    assert again.ui.users_splitter.sizes() == split

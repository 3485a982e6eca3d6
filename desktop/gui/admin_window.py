"""The administration window: users, activity types and workflows."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QWidget,
)

from desktop.core.admin import AdminService, PermissionDeniedError
from desktop.core.models import ActivityType, Role, User
from desktop.core.session import Session
from desktop.gui import layouts
from desktop.gui.admin_fields import (
    clear_problems,
    confirm_discard,
    fill_table,
    select_id,
    selected_id,
    show_problems,
)
from desktop.gui.admin_workflows import WorkflowEditor
from desktop.gui.forms.ui_admin_window import Ui_AdminWindow
from desktop.gui.operations import ADMIN, Operations
from desktop.gui.settings import Settings

log = logging.getLogger(__name__)

LAYOUT = "admin_window"
"""Name under which the window's size and splitter positions are remembered."""

T = TypeVar("T")


class AdminWindow(QWidget):
    """Where administrators manage users, activity types and workflows.

    Every change goes through :class:`~desktop.core.admin.AdminService`, run by
    ``operations``; validation problems appear beside the fields concerned and the
    input stays. A user who is not an administrator sees only the reason why.
    """

    def __init__(
        self,
        session: Session,
        operations: Operations,
        parent: QWidget | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self.operations = operations
        self.settings = settings
        self.service = AdminService(session)
        self.ui = Ui_AdminWindow()
        self.ui.setupUi(self)
        self.ui.button_box.rejected.connect(self.close)
        self._user_id: uuid.UUID | None = None
        self._type_id: uuid.UUID | None = None
        # What each form showed when it was filled, to notice unsaved edits.
        self._user_shown: tuple[object, ...] = ()
        self._type_shown: tuple[object, ...] = ()
        self._allowed_to_edit = False
        if not self._allowed():
            return
        self._allowed_to_edit = True
        ui = self.ui
        ui.users_splitter.setSizes([560, 440])
        ui.activity_types_splitter.setSizes([560, 440])
        ui.workflows_splitter.setSizes([240, 760])
        layouts.restore(settings, LAYOUT, self, self._layout_parts())
        ui.workflow_rules_layout.setStretch(0, 3)
        ui.workflow_rules_layout.setStretch(1, 2)
        self.workflows = WorkflowEditor(ui, self.service, self._run, self)
        for role, text in (
            (Role.OPERATOR, self.tr("Operator")),
            (Role.ADMINISTRATOR, self.tr("Administrator")),
        ):
            ui.role.addItem(text, role.value)
        ui.new_user_button.clicked.connect(self.new_user)
        ui.save_user_button.clicked.connect(self.save_user)
        ui.user_table.itemSelectionChanged.connect(self._user_selected)
        ui.new_activity_type_button.clicked.connect(self.new_activity_type)
        ui.save_activity_type_button.clicked.connect(self.save_activity_type)
        ui.activity_type_table.itemSelectionChanged.connect(self._type_selected)
        self.reload()
        self._show_user(None)
        self._show_type(None)

    def _allowed(self) -> bool:
        """Whether the signed-in user may administer; if not, say why and stop."""
        try:
            # The service is the authority on roles; the window only reports.
            self.service.require_admin()
        except PermissionDeniedError:
            log.info("%s may not open the administration", self.session.username)
            self.ui.admin_tabs.hide()
            self.ui.denied_label.setText(
                self.tr(
                    "Only administrators can change users, activity types and "
                    "workflows. Ask an administrator if something needs changing."
                )
            )
            self.ui.denied_label.show()
            return False
        return True

    def _run(self, call: Callable[[], T], root: QWidget, fallback: QLabel) -> T | None:
        """Run one change; show problems beside ``root``'s fields; None if it failed."""
        clear_problems(root, fallback)
        outcome = self.operations.run(ADMIN, call, self, fields=True)
        if outcome.problems:
            show_problems(root, outcome.problems, fallback)
        return outcome.value if outcome.ok else None

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask before closing over unsaved edits; keep the window open if told to."""
        if self._allowed_to_edit and not (
            self._may_leave_user()
            and self._may_leave_type()
            and self.workflows.may_leave()
        ):
            event.ignore()
            return
        if self._allowed_to_edit:
            layouts.save(self.settings, LAYOUT, self, self._layout_parts())
        super().closeEvent(event)

    def _layout_parts(self) -> dict[str, layouts.HasState]:
        ui = self.ui
        return {
            "users": ui.users_splitter,
            "activity_types": ui.activity_types_splitter,
            "workflows": ui.workflows_splitter,
        }

    def reload(self) -> None:
        """Read users, activity types and workflows again from the database."""
        self._fill_users()
        self._fill_types()
        self.workflows.reload()

    # -- users ------------------------------------------------------------------

    def _fill_users(self) -> None:
        users = User.select().order_by(User.username)
        yes, no = self.tr("Yes"), self.tr("No")
        fill_table(
            self.ui.user_table,
            [
                (
                    u.id,
                    [
                        u.username,
                        u.full_name,
                        u.email,
                        self.ui.role.itemText(self.ui.role.findData(u.role)),
                        yes if u.active else no,
                    ],
                )
                for u in users
            ],
        )

    def new_user(self) -> None:
        """Empty the user form for a new operator (after asking about unsaved edits)."""
        if not self._may_leave_user():
            return
        with QSignalBlocker(self.ui.user_table):
            self.ui.user_table.clearSelection()
        self._show_user(None)

    def _user_form(self) -> tuple[object, ...]:
        ui = self.ui
        return (
            ui.username.text(),
            ui.full_name.text(),
            ui.email.text(),
            ui.role.currentData(),
            ui.user_active.isChecked(),
            ui.user_password.text(),
        )

    def _may_leave_user(self) -> bool:
        if self._user_form() == self._user_shown:
            return True
        name = self.ui.username.text().strip() or self.tr("the new user")
        return confirm_discard(self, name)

    def _user_selected(self) -> None:
        user_id = selected_id(self.ui.user_table)
        if user_id is None or user_id == self._user_id:
            return
        if not self._may_leave_user():
            with QSignalBlocker(self.ui.user_table):
                select_id(self.ui.user_table, self._user_id)
            return
        self._show_user(User.get_or_none(User.id == user_id))

    def _show_user(self, user: User | None) -> None:
        ui = self.ui
        clear_problems(ui.user_editor, ui.user_problems)
        self._user_id = user.id if user else None
        ui.user_editor.setTitle(
            self.tr("User {name}").format(name=user.username)
            if user
            else self.tr("New user")
        )
        ui.username.setText(user.username if user else "")
        ui.full_name.setText(user.full_name if user else "")
        ui.email.setText(user.email if user else "")
        ui.role.setCurrentIndex(
            ui.role.findData(user.role if user else Role.OPERATOR.value)
        )
        ui.user_active.setChecked(bool(user.active) if user else True)
        ui.user_password.clear()
        ui.user_password.setPlaceholderText(
            self.tr("leave empty to keep the current password")
            if user
            else self.tr("needed to sign in to a server database")
        )
        self._user_shown = self._user_form()

    def save_user(self) -> None:
        """Add or change the user in the form."""
        ui = self.ui
        username = ui.username.text().strip()
        full_name = ui.full_name.text().strip()
        email = ui.email.text().strip()
        role = Role(ui.role.currentData())
        active = ui.user_active.isChecked()
        password = ui.user_password.text() or None
        user_id = self._user_id
        saved = self._run(
            lambda: self.service.save_user(
                username, full_name, email, role, active, password, user_id
            ),
            ui.user_editor,
            ui.user_problems,
        )
        if saved is None:
            return
        log.info("user %s saved", saved.username)
        self._fill_users()
        self._show_user(saved)
        select_id(ui.user_table, saved.id)

    # -- activity types ------------------------------------------------------------

    def _fill_types(self) -> None:
        types = ActivityType.select().order_by(
            ActivityType.sort_order, ActivityType.code
        )
        yes, no = self.tr("Yes"), self.tr("No")
        fill_table(
            self.ui.activity_type_table,
            [
                (
                    t.id,
                    [
                        t.code,
                        t.description,
                        yes if t.active else no,
                        str(t.sort_order),
                        str(t.default_delay_days),
                        str(t.default_reminder_lead_minutes),
                    ],
                )
                for t in types
            ],
        )

    def new_activity_type(self) -> None:
        """Empty the activity type form, ordered after the existing types."""
        if not self._may_leave_type():
            return
        with QSignalBlocker(self.ui.activity_type_table):
            self.ui.activity_type_table.clearSelection()
        self._show_type(None)

    def _type_form(self) -> tuple[object, ...]:
        ui = self.ui
        return (
            ui.code.text(),
            ui.description.text(),
            ui.type_active.isChecked(),
            ui.sort_order.value(),
            ui.default_delay_days.value(),
            ui.default_reminder_lead.value(),
        )

    def _may_leave_type(self) -> bool:
        if self._type_form() == self._type_shown:
            return True
        code = self.ui.code.text().strip() or self.tr("the new activity type")
        return confirm_discard(self, code)

    def _type_selected(self) -> None:
        table = self.ui.activity_type_table
        type_id = selected_id(table)
        if type_id is None or type_id == self._type_id:
            return
        if not self._may_leave_type():
            with QSignalBlocker(table):
                select_id(table, self._type_id)
            return
        self._show_type(ActivityType.get_or_none(ActivityType.id == type_id))

    def _show_type(self, kind: ActivityType | None) -> None:
        ui = self.ui
        clear_problems(ui.activity_type_editor, ui.activity_type_problems)
        self._type_id = kind.id if kind else None
        ui.activity_type_editor.setTitle(
            self.tr("Activity type {code}").format(code=kind.code)
            if kind
            else self.tr("New activity type")
        )
        ui.code.setText(kind.code if kind else "")
        ui.description.setText(kind.description if kind else "")
        ui.type_active.setChecked(bool(kind.active) if kind else True)
        if kind is None:
            last = (
                ActivityType.select().order_by(ActivityType.sort_order.desc()).first()
            )
            order = (last.sort_order + 10) if last else 10
        else:
            order = kind.sort_order
        ui.sort_order.setValue(order)
        ui.default_delay_days.setValue(kind.default_delay_days if kind else 0)
        ui.default_reminder_lead.setValue(
            kind.default_reminder_lead_minutes if kind else 0
        )
        self._type_shown = self._type_form()

    def save_activity_type(self) -> None:
        """Add or change the activity type in the form."""
        ui = self.ui
        code = ui.code.text().strip()
        description = ui.description.text().strip()
        active = ui.type_active.isChecked()
        order = ui.sort_order.value()
        delay = ui.default_delay_days.value()
        lead = ui.default_reminder_lead.value()
        type_id = self._type_id
        saved = self._run(
            lambda: self.service.save_activity_type(
                code, description, active, order, delay, lead, type_id
            ),
            ui.activity_type_editor,
            ui.activity_type_problems,
        )
        if saved is None:
            return
        log.info("activity type %s saved", saved.code)
        self._fill_types()
        self._show_type(saved)
        select_id(ui.activity_type_table, saved.id)
        self.workflows.reload_types()

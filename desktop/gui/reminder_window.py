"""The Reminders window: the reminders due, to open, mark done, snooze or dismiss."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from datetime import datetime, tzinfo

from PySide6.QtCore import QItemSelectionModel, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QHideEvent, QIcon, QKeyEvent
from PySide6.QtWidgets import QMenu, QTreeWidgetItem, QWidget

from desktop.core.session import Session
from desktop.core.tasks import SnoozeChoice, TaskRow, TaskService, snooze_until
from desktop.gui.forms.ui_reminder_window import Ui_ReminderWindow
from desktop.gui.operations import TASKS, Operations
from desktop.gui.reminders import (
    DEFAULT_INTERVAL_SECONDS,
    ReminderService,
    local_zone,
    zoned_text,
)
from desktop.gui.settings import Settings
from desktop.gui.tray import ReminderNotifier

log = logging.getLogger(__name__)

OVERDUE_COLOR = QColor("#b00020")

CONTACT, TYPE, DESCRIPTION, DUE, WHEN = range(5)
"""Columns of ``reminder_list``."""

GEOMETRY_KEY = "reminder_window/geometry"
HEADER_KEY = "reminder_window/header"


class ReminderWindow(QWidget):
    """Lists the signed-in user's due reminders and acts on the selected ones.

    The list is the service's due list: it is the source of truth, whatever the
    tray showed or the system hid. Changes run through ``operations``, then the
    service checks again, which refreshes the list.

    Signals:
        open_contact_requested(object): the user asked to open the contact with this
            id (a ``uuid.UUID``); the main window opens it.
    """

    open_contact_requested = Signal(object)

    def __init__(
        self,
        service: ReminderService,
        operations: Operations,
        zone: tzinfo | None = None,
        parent: QWidget | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.service = service
        self.operations = operations
        self.zone = zone or local_zone()
        self.settings = settings
        self.ui = Ui_ReminderWindow()
        self.ui.setupUi(self)
        self.ui.status_label.hide()
        header = self.ui.reminder_list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(DESCRIPTION, header.ResizeMode.Stretch)
        for column, width in ((CONTACT, 170), (TYPE, 130), (DUE, 130), (WHEN, 90)):
            self.ui.reminder_list.setColumnWidth(column, width)
        self._restore_layout()
        menu = QMenu(self.ui.snooze_button)
        menu.setObjectName("snooze_menu")
        for action, choice in (
            (self.ui.snooze_5_minutes_action, SnoozeChoice.FIVE_MINUTES),
            (self.ui.snooze_1_hour_action, SnoozeChoice.ONE_HOUR),
            (self.ui.snooze_tomorrow_action, SnoozeChoice.TOMORROW_MORNING),
        ):
            action.setData(choice.value)
            menu.addAction(action)
        menu.triggered.connect(self._snooze_chosen)
        self.ui.snooze_button.setMenu(menu)
        self.ui.open_button.clicked.connect(self.open_contact)
        self.ui.done_button.clicked.connect(self.mark_done)
        self.ui.dismiss_button.clicked.connect(self.dismiss)
        self.ui.close_button.clicked.connect(self.close)
        self.ui.reminder_list.itemDoubleClicked.connect(self.open_contact)
        self.ui.reminder_list.itemSelectionChanged.connect(self._update_buttons)
        service.reminders_changed.connect(self.show_reminders)
        service.check_failed.connect(self.show_problem)
        self.show_reminders(service.due)

    # -- showing -------------------------------------------------------------------

    @Slot(list)
    def show_reminders(self, rows: list[TaskRow]) -> None:
        """Fill the list with ``rows``, keeping the selection where it still applies."""
        tree = self.ui.reminder_list
        selected = set(self.selected_ids())
        current = self._current_id()
        now = self.service.now()
        tree.clear()
        overdue = 0
        for row in rows:
            item = QTreeWidgetItem(
                [
                    row.contact_name,
                    row.type_name,
                    " ".join(row.description.split()),
                    zoned_text(row.due, self.zone),
                    self._when_text(row, now),
                ]
            )
            item.setData(CONTACT, Qt.ItemDataRole.UserRole, row)
            item.setToolTip(DESCRIPTION, row.description)
            if row.company and row.company != row.contact_name:
                item.setToolTip(CONTACT, row.company)
            if row.is_overdue(now):
                overdue += 1
                bold = QFont(tree.font())
                bold.setBold(True)
                for column in (DUE, WHEN):
                    item.setForeground(column, QBrush(OVERDUE_COLOR))
                    item.setFont(column, bold)
            tree.addTopLevelItem(item)
            if row.id in selected:
                item.setSelected(True)
            if row.id == current:
                tree.setCurrentItem(item, 0, QItemSelectionModel.SelectionFlag.NoUpdate)
        first = tree.topLevelItem(0)
        if first is not None and not tree.selectedItems():
            # Something is always selected, so the buttons and Enter work at once.
            tree.setCurrentItem(first)
        self.ui.summary_label.setText(self._summary(len(rows), overdue))
        self.setWindowTitle(
            self.tr("Reminders ({count})").format(count=len(rows))
            if rows
            else self.tr("Reminders")
        )
        self.ui.status_label.hide()
        self._update_buttons()

    def _when_text(self, row: TaskRow, now: datetime) -> str:
        if row.due is None:
            return ""
        if row.is_overdue(now):
            return self.tr("Overdue")
        if row.due.astimezone(self.zone).date() == now.astimezone(self.zone).date():
            return self.tr("Today")
        return self.tr("Later")

    def _summary(self, count: int, overdue: int) -> str:
        if count == 0:
            return self.tr("No reminders due.")
        due = (
            self.tr("1 reminder due")
            if count == 1
            else self.tr("{count} reminders due").format(count=count)
        )
        if overdue:
            return self.tr("{due}, {overdue} overdue.").format(due=due, overdue=overdue)
        return self.tr("{due}.").format(due=due)

    @Slot(str)
    def show_problem(self, message: str) -> None:
        """Show a failure above the list; the list keeps what it showed."""
        self.ui.status_label.setText(message)
        self.ui.status_label.show()

    def _update_buttons(self) -> None:
        count = len(self.ui.reminder_list.selectedItems())
        self.ui.open_button.setEnabled(count == 1)
        for button in (
            self.ui.done_button,
            self.ui.snooze_button,
            self.ui.dismiss_button,
        ):
            button.setEnabled(count > 0)

    # -- selection -----------------------------------------------------------------

    def selected_rows(self) -> list[TaskRow]:
        """The selected reminders, in list order."""
        tree = self.ui.reminder_list
        rows = []
        for index in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(index)
            if item is not None and item.isSelected():
                rows.append(item.data(CONTACT, Qt.ItemDataRole.UserRole))
        return rows

    def selected_ids(self) -> list[uuid.UUID]:
        return [row.id for row in self.selected_rows()]

    def _current_id(self) -> uuid.UUID | None:
        item = self.ui.reminder_list.currentItem()
        if item is None:
            return None
        row: TaskRow = item.data(CONTACT, Qt.ItemDataRole.UserRole)
        return row.id

    # -- acting --------------------------------------------------------------------

    @Slot()
    def open_contact(self) -> None:
        """Ask the main window to open the selected reminder's contact."""
        rows = self.selected_rows()
        if len(rows) != 1:
            return
        log.debug("open contact %s from the reminders", rows[0].contact_id)
        self.open_contact_requested.emit(rows[0].contact_id)

    @Slot()
    def mark_done(self) -> bool:
        """Complete the selected tasks, all or none; True if they were completed."""
        tasks = TaskService(self.service.session)
        return self._apply(tasks.complete)

    @Slot()
    def dismiss(self) -> bool:
        """Stop the selected reminders for good; the tasks stay open."""
        tasks = TaskService(self.service.session)
        return self._apply(tasks.dismiss)

    def snooze(self, choice: SnoozeChoice) -> bool:
        """Hide the selected reminders until the time ``choice`` stands for."""
        until = snooze_until(choice, self.service.now(), self.zone)
        tasks = TaskService(self.service.session)
        log.debug("snooze until %s", until.isoformat())
        return self._apply(lambda task_id: tasks.snooze(task_id, until))

    @Slot(QAction)
    def _snooze_chosen(self, action: QAction) -> None:
        self.snooze(SnoozeChoice(str(action.data())))

    def _apply(self, act: Callable[[uuid.UUID], object]) -> bool:
        ids = self.selected_ids()
        if not ids:
            return False
        store = self.service.session.store

        def run_all() -> None:
            for task_id in ids:
                act(task_id)

        outcome = self.operations.run(TASKS, lambda: store.transaction(run_all), self)
        # Ask again whether or not it worked: after a failure the message box has
        # explained it, and the list may be stale (the task was finished elsewhere).
        # Where the operations' ``changed`` also reaches the service this is a second
        # check of a single indexed query, only after a click here.
        self.service.check_now()
        return outcome.ok

    # -- window --------------------------------------------------------------------

    def _restore_layout(self) -> None:
        if self.settings is None:
            return
        geometry = self.settings.layout(GEOMETRY_KEY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        header = self.settings.layout(HEADER_KEY)
        if header is not None:
            self.ui.reminder_list.header().restoreState(header)

    def _save_layout(self) -> None:
        if self.settings is None:
            return
        self.settings.set_layout(GEOMETRY_KEY, self.saveGeometry())
        self.settings.set_layout(HEADER_KEY, self.ui.reminder_list.header().saveState())

    def hideEvent(self, event: QHideEvent) -> None:
        # Closing only hides the window (the service keeps running): remember its
        # size and columns each time it goes away.
        self._save_layout()
        super().hideEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_contact()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)


class Reminders(QObject):
    """The reminder service, its notifier and its window, wired for the main window.

    Build one after sign-in, give :attr:`window` to the main window and call
    :meth:`start`. Closing the window only hides it: the service keeps checking.

    Signals:
        open_contact_requested(object): the user asked, from the Reminders window, to
            open the contact with this id (a ``uuid.UUID``).
    """

    open_contact_requested = Signal(object)

    def __init__(
        self,
        session: Session,
        operations: Operations,
        *,
        interval_seconds: int = DEFAULT_INTERVAL_SECONDS,
        zone: tzinfo | None = None,
        icon: QIcon | None = None,
        use_tray: bool | None = None,
        window_parent: QWidget | None = None,
        settings: Settings | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.zone = zone or local_zone()
        self.service = ReminderService(session, interval_seconds, parent=self)
        self.notifier = ReminderNotifier(
            self.zone, icon, use_tray=use_tray, parent=self
        )
        self.window = ReminderWindow(
            self.service, operations, self.zone, window_parent, settings
        )
        operations.changed.connect(self.service.data_changed)
        self.service.reminders_raised.connect(self.notifier.announce)
        self.service.reminders_changed.connect(self.notifier.show_count)
        self.notifier.open_requested.connect(self.show_window)
        self.window.open_contact_requested.connect(self.open_contact_requested)

    def start(self) -> None:
        """Check at once (reminders missed while closed come together), then keep on."""
        self.service.start()

    def stop(self) -> None:
        self.service.stop()
        self.notifier.hide()

    @Slot()
    def show_window(self) -> None:
        """Show the Reminders window in front."""
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()

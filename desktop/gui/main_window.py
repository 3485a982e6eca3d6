"""The main window: the contact list with search and filters, menus and toolbar."""

from __future__ import annotations

import logging
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMainWindow,
    QWidget,
)

from desktop.core.session import Session
from desktop.core.workflow import WorkflowRules, load_rules
from desktop.gui import combos, layouts
from desktop.gui.contact_list_model import ContactListModel
from desktop.gui.contact_list_state import COLUMN_INDEX, COLUMNS, ContactFilter
from desktop.gui.forms.ui_main_window import Ui_MainWindow
from desktop.gui.lookups import Lookups
from desktop.gui.operations import ADMIN, CONTACTS, TASKS, Operations
from desktop.gui.resources import app_icon, icon
from desktop.gui.settings import Settings

if TYPE_CHECKING:
    from desktop.gui.contact_window import ContactWindow
    from desktop.gui.my_activities import MyActivities
    from desktop.gui.reminder_window import Reminders
    from desktop.gui.sync_status import SyncController

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 150
"""Pause in typing after which the list is searched."""

DISPLAY_LIMIT = 48
"""Longest database URL shown in the status bar; longer ones lose their middle."""

COLUMN_WIDTHS = {
    "code": 75,
    "name": 170,
    "company": 170,
    "email": 200,
    "phone": 115,
    "city": 90,
    "stage": 95,
    "owner": 110,
}


class MainWindow(QMainWindow):
    """Lists contacts and opens them; the hub of the signed-in app.

    Signals:
        reminder_interval_changed(int): the user chose a new reminder interval
            (seconds) in Preferences.
    """

    reminder_interval_changed = Signal(int)

    def __init__(
        self,
        session: Session,
        operations: Operations,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowIcon(app_icon())
        self.session = session
        self.operations = operations
        self.settings = settings
        self.rules: WorkflowRules = load_rules(session.store)
        self.contact_windows: dict[uuid.UUID, ContactWindow] = {}
        self.new_contact_windows: list[ContactWindow] = []
        self.my_activities: MyActivities | None = None
        self.reminder_window: QWidget | None = None
        self.reminders: Reminders | None = None
        self.sync: SyncController | None = None

        self.model = ContactListModel(parent=self)
        self.ui.contact_list.setModel(self.model)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self._setup_list()
        self._setup_filters()
        self._setup_actions()
        self._setup_status_bar()
        operations.changed.connect(self._data_changed)
        self._restore_layout()
        self.apply_filter()

    # -- construction ----------------------------------------------------------------

    def _setup_list(self) -> None:
        view = self.ui.contact_list
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicator(COLUMN_INDEX["name"], Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort_requested)
        for key, width in COLUMN_WIDTHS.items():
            view.setColumnWidth(COLUMN_INDEX[key], width)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.activated.connect(self._open_index)
        self.ui.contact_search.textChanged.connect(
            lambda _text: self._search_timer.start()
        )

    def _setup_filters(self) -> None:
        self._fill_filters()
        self.ui.stage_filter.currentIndexChanged.connect(self.apply_filter)
        self.ui.owner_filter.currentIndexChanged.connect(self.apply_filter)

    def _fill_filters(self) -> None:
        """Offer the active workflow's stages and every user; keep what is chosen."""
        ui = self.ui
        stages = sorted(self.rules.stages.values(), key=lambda s: s.sort_order)
        combos.fill(
            ui.stage_filter,
            [(s.id, s.name) for s in stages],
            combos.chosen(ui.stage_filter),
            self.tr("All stages"),
        )
        ui.stage_filter.setVisible(self.rules.has_workflow)
        ui.stage_filter_label.setVisible(self.rules.has_workflow)
        people = [(p.id, p.label) for p in Lookups().people.values()]
        people.sort(key=lambda p: p[1].lower())
        combos.fill(
            ui.owner_filter,
            people,
            combos.chosen(ui.owner_filter),
            self.tr("All owners"),
        )

    def _setup_actions(self) -> None:
        ui = self.ui
        standard = QKeySequence.StandardKey
        for action, key in (
            (ui.action_new_contact, standard.New),
            (ui.action_save, standard.Save),
            (ui.action_close, standard.Close),
            (ui.action_find, standard.Find),
            (ui.action_quit, standard.Quit),
            (ui.action_preferences, standard.Preferences),
        ):
            action.setShortcuts(key)
        ui.action_new_contact.setIcon(icon("new_contact"))
        ui.action_my_activities.setIcon(icon("my_activities"))
        ui.action_reminders.setIcon(icon("reminders"))
        ui.action_my_activities.setShortcut(QKeySequence(self.tr("Ctrl+M")))
        ui.action_quit.setMenuRole(ui.action_quit.MenuRole.QuitRole)
        ui.action_preferences.setMenuRole(
            ui.action_preferences.MenuRole.PreferencesRole
        )
        ui.action_new_contact.triggered.connect(self.new_contact)
        ui.action_save.triggered.connect(self.save_all)
        ui.action_close.triggered.connect(self.close_contact_windows)
        ui.action_find.triggered.connect(self.focus_search)
        ui.action_quit.triggered.connect(self.close)
        ui.action_my_activities.triggered.connect(self.show_my_activities)
        ui.action_reminders.triggered.connect(self.show_reminders)
        ui.action_reminders.setEnabled(False)
        ui.action_preferences.triggered.connect(self.show_preferences)
        ui.action_connection.triggered.connect(self.show_connection)
        ui.action_administration.triggered.connect(self.show_administration)
        is_admin = bool(self.session.user.is_admin)
        ui.action_administration.setVisible(is_admin)
        ui.menu_tools.menuAction().setVisible(is_admin)

    def _setup_status_bar(self) -> None:
        shown = self.session.store.url.display
        if len(shown) > DISPLAY_LIMIT:
            half = DISPLAY_LIMIT // 2
            shown = f"{shown[: half - 1]}…{shown[-half:]}"
        database = QLabel(shown)
        database.setObjectName("status_database")
        database.setToolTip(self.tr("Database in use"))
        user = self.session.user
        role = self.tr("administrator") if user.is_admin else self.tr("operator")
        who = QLabel(
            self.tr("Signed in as {name} ({role})").format(name=user.label, role=role)
        )
        who.setObjectName("status_user")
        count = QLabel()
        count.setObjectName("status_count")
        self.model.loaded.connect(lambda _n: self._show_count())
        self.model.rowsInserted.connect(lambda *_: self._show_count())
        self.status_count = count
        database.setToolTip(self.session.store.url.display)
        bar = self.statusBar()
        bar.addWidget(count, 1)
        bar.addPermanentWidget(database)
        bar.addPermanentWidget(who)

    def _show_count(self) -> None:
        shown = self.model.rowCount()
        more = self.model.canFetchMore()
        self.status_count.setText(
            self.tr("{count}+ contacts (scroll for more)").format(count=shown)
            if more
            else self.tr("{count} contacts").format(count=shown)
        )

    # -- the list --------------------------------------------------------------------

    def current_filter(self) -> ContactFilter:
        ui = self.ui
        return ContactFilter(
            text=ui.contact_search.text(),
            stage_id=combos.chosen(ui.stage_filter),
            owner_id=combos.chosen(ui.owner_filter),
            sort_key=self.model.spec.sort_key,
            descending=self.model.spec.descending,
        )

    def apply_filter(self) -> None:
        """Search and filter now (typing waits :data:`SEARCH_DELAY_MS` first)."""
        self._search_timer.stop()
        self.model.set_filter(self.current_filter())

    def _sort_requested(self, column: int, order: Qt.SortOrder) -> None:
        if COLUMNS[column].sortable:
            return  # the view calls the model's sort()
        header = self.ui.contact_list.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(
            self.model.sort_column(),
            Qt.SortOrder.DescendingOrder
            if self.model.spec.descending
            else Qt.SortOrder.AscendingOrder,
        )
        header.blockSignals(False)
        self.statusBar().showMessage(
            self.tr(
                "This column cannot be sorted: sort by name, company, e-mail, "
                "phone, code or last change."
            ),
            5000,
        )

    def _data_changed(self, kind: str) -> None:
        if kind == ADMIN:
            self.rules = load_rules(self.session.store)
            self._fill_filters()
        if kind in (CONTACTS, ADMIN):
            self.model.refresh()
        if kind == TASKS:
            # Completing a task adds an activity to its contact.
            for window in self.open_windows():
                window.reload_if_clean()

    def focus_search(self) -> None:
        self.ui.contact_search.setFocus()
        self.ui.contact_search.selectAll()

    # -- contact windows -------------------------------------------------------------

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_contact(self.model.contact_id(index.row()))

    def open_contact(
        self, contact_id: uuid.UUID, plan_next: bool = False
    ) -> ContactWindow | None:
        """Open the contact's window, or raise it if it is open already."""
        window = self.contact_windows.get(contact_id)
        if window is None:
            from desktop.core.contacts import ContactService

            outcome = self.operations.run(
                "", lambda: ContactService(self.session).load(contact_id), self
            )
            if not outcome.ok or outcome.value is None:
                return None
            window = self._make_contact_window(outcome.value)
            self.contact_windows[contact_id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        if plan_next:
            window.plan_next_activity()
        return window

    def new_contact(self) -> ContactWindow:
        from desktop.core.contacts import ContactService

        rules = load_rules(self.session.store)
        draft = ContactService(self.session).new_draft(rules)
        window = self._make_contact_window(draft, rules)
        self.new_contact_windows.append(window)
        window.show()
        window.ui.first_name.setFocus()
        return window

    def _make_contact_window(
        self, draft: object, rules: WorkflowRules | None = None
    ) -> ContactWindow:
        # Imported on first use: most sessions start by searching the list, and the
        # contact window's modules are a good part of the start-up time.
        from desktop.gui.contact_window import ContactWindow

        window = ContactWindow(
            self.session,
            self.operations,
            draft,  # type: ignore[arg-type]
            settings=self.settings,
            rules=rules,
            parent=self,
        )
        window.setWindowIcon(app_icon())
        window.saved.connect(
            lambda contact_id, w=window: self._contact_saved(w, contact_id)
        )
        window.closing.connect(self._contact_closing)
        return window

    def _contact_saved(self, window: ContactWindow, contact_id: uuid.UUID) -> None:
        if window in self.new_contact_windows:
            self.new_contact_windows.remove(window)
        self.contact_windows[contact_id] = window

    def _contact_closing(self, window: ContactWindow) -> None:
        if window in self.new_contact_windows:
            self.new_contact_windows.remove(window)
        for contact_id, open_window in list(self.contact_windows.items()):
            if open_window is window:
                del self.contact_windows[contact_id]

    def open_windows(self) -> list[ContactWindow]:
        return [*self.contact_windows.values(), *self.new_contact_windows]

    def save_all(self) -> None:
        """Save every open contact window that has changes."""
        for window in self.open_windows():
            if window.is_dirty():
                window.save()

    def close_contact_windows(self) -> bool:
        """Close every contact window; False if one stays open (unsaved changes)."""
        for window in self.open_windows():
            window.close()
        remaining = self.open_windows()
        if remaining:
            remaining[0].raise_()
            remaining[0].activateWindow()
        return not remaining

    # -- other windows ---------------------------------------------------------------

    def show_my_activities(self) -> MyActivities:
        if self.my_activities is None:
            from desktop.gui.my_activities import MyActivities

            self.my_activities = MyActivities(
                self.session, self.operations, self.open_contact, self.settings, self
            )
            self.my_activities.setWindowIcon(app_icon())
        self.my_activities.refresh()
        self.my_activities.show()
        self.my_activities.raise_()
        self.my_activities.activateWindow()
        return self.my_activities

    def set_reminder_window(self, window: QWidget) -> None:
        """Use ``window`` for ``action_reminders`` and enable the action."""
        self.reminder_window = window
        self.ui.action_reminders.setEnabled(True)

    def show_reminders(self) -> None:
        """Show the reminders window given to :meth:`set_reminder_window`.

        Until one is given the action stays disabled: the reminders window is built
        apart from this one and connected when the app is put together.
        """
        if self.reminder_window is None:
            log.warning("no reminders window has been connected")
            return
        self.reminder_window.show()
        self.reminder_window.raise_()
        self.reminder_window.activateWindow()

    def show_preferences(self) -> None:
        from desktop.gui.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        dialog.reminder_interval_changed.connect(self.reminder_interval_changed)
        dialog.exec()

    def show_connection(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # not built at start

        from desktop.gui.connection_dialog import ConnectionDialog

        dialog = ConnectionDialog(self.settings, self.session.store.url.display, self)
        if dialog.exec():
            QMessageBox.information(
                self,
                self.tr("Database connection"),
                self.tr(
                    "Contatti will use {url} the next time it starts. Close and "
                    "start it again to switch now."
                ).format(url=dialog.chosen_url()),
            )

    def show_administration(self) -> None:
        if not self.session.user.is_admin:
            return
        from desktop.gui.admin_window import AdminWindow

        window = AdminWindow(self.session, self.operations, self, self.settings)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.setWindowFlag(Qt.WindowType.Window)
        window.show()

    # -- layout and closing ----------------------------------------------------------

    def _layout_parts(self) -> dict[str, layouts.HasState]:
        return {
            "state": self,
            "contact_list_header": self.ui.contact_list.horizontalHeader(),
        }

    def _restore_layout(self) -> None:
        layouts.restore(self.settings, "main_window", self, self._layout_parts())

    def save_layout(self) -> None:
        layouts.save(self.settings, "main_window", self, self._layout_parts())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.close_contact_windows():
            event.ignore()
            return
        if self.my_activities is not None:
            self.my_activities.close()
        self.save_layout()
        event.accept()

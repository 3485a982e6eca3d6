"""The contact window: a contact's details, its stage, activities and stage log."""

from __future__ import annotations

import logging
import uuid

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from desktop.core.contacts import (
    HEADER_FIELDS,
    ContactDraft,
    ContactService,
    EntryDraft,
)
from desktop.core.errors import FieldProblem
from desktop.core.session import Session
from desktop.core.workflow import WorkflowRules, load_rules
from desktop.gui import combos, layouts
from desktop.gui.entries_model import COLUMN_KEYS, EntriesModel
from desktop.gui.entry_editor import ENTRY_WIDGETS, EntryEditor
from desktop.gui.field_errors import FieldErrors
from desktop.gui.forms.ui_contact_window import Ui_ContactWindow
from desktop.gui.lookups import Lookups
from desktop.gui.operations import CONTACTS, Operations
from desktop.gui.settings import Settings
from desktop.gui.stage_log_view import StageLogView
from desktop.gui.timefmt import local_text

log = logging.getLogger(__name__)

TEXT_FIELDS = tuple(name for name in HEADER_FIELDS if name not in ("notes", "owner_id"))
"""Header fields edited in a one-line box named like the field."""


class ContactWindow(QWidget):
    """Edits one contact (or a new one) and saves it through :class:`Operations`.

    Signals:
        saved(object): the contact was saved; the argument is its id (a UUID).
        closing(object): the window is closing for good; the argument is the window.
    """

    saved = Signal(object)
    closing = Signal(object)

    def __init__(
        self,
        session: Session,
        operations: Operations,
        draft: ContactDraft,
        *,
        settings: Settings | None = None,
        rules: WorkflowRules | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ui = Ui_ContactWindow()
        self.ui.setupUi(self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.session = session
        self.operations = operations
        self.settings = settings
        self.service = ContactService(session)
        self.rules = rules or load_rules(session.store)
        self.lookups = Lookups()
        self.draft = draft
        self.errors = FieldErrors(self)
        self._entry_problems: dict[int, list[FieldProblem]] = {}
        self._close_confirmed = False
        self._loading = False

        self.entries = EntriesModel(
            self.lookups.type_name, self.lookups.user_name, self
        )
        self.ui.activities_table.setModel(self.entries)
        self._size_entry_columns()
        self.ui.activities_table.verticalHeader().hide()
        splitter = self.ui.activities_splitter
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        self._splitter_restored = False
        self.editor = EntryEditor(self.ui, session, self.rules, self.lookups, self)
        self._setup_log_table()
        self._setup_actions()
        self._connect()
        self._show_draft()
        self._restore_layout()

    # -- construction ----------------------------------------------------------------

    def _size_entry_columns(self) -> None:
        """Give the entry columns widths from sample texts; the description stretches.

        Fitting columns to their contents would ask the model for every cell of a
        contact with hundreds of entries each time the window opens.
        """
        table = self.ui.activities_table
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = table.fontMetrics()
        padding = 3 * metrics.averageCharWidth()
        samples = {
            "date": "00/00/00 00:00",
            "done_type": "Introductory call",
            "pending_type": "Introductory call",
            "due": "00/00/00 00:00",
            "operator": "Annamaria Moretti",
            "task": "Cancelled",
        }
        for key, sample in samples.items():
            table.setColumnWidth(
                COLUMN_KEYS.index(key), metrics.horizontalAdvance(sample) + padding
            )
        header.setSectionResizeMode(
            COLUMN_KEYS.index("done_description"), QHeaderView.ResizeMode.Stretch
        )

    @property
    def contact_id(self) -> uuid.UUID | None:
        return self.draft.id

    def _setup_log_table(self) -> None:
        self.log_view = StageLogView(self.ui.log_table)
        if not self.rules.log_visible:
            self.ui.contact_tabs.removeTab(
                self.ui.contact_tabs.indexOf(self.ui.log_tab)
            )
        if not self.rules.has_workflow:
            for widget in (
                self.ui.current_stage,
                self.ui.current_stage_label,
                self.ui.next_stage,
                self.ui.next_stage_label,
            ):
                widget.hide()

    def _setup_actions(self) -> None:
        save = QAction(self.tr("Save"), self)
        save.setShortcuts(QKeySequence.StandardKey.Save)
        save.triggered.connect(self.save)
        close = QAction(self.tr("Close"), self)
        close.setShortcuts(QKeySequence.StandardKey.Close)
        close.triggered.connect(self.close)
        self.addActions([save, close])

    def _connect(self) -> None:
        ui = self.ui
        for name in TEXT_FIELDS:
            getattr(ui, name).textEdited.connect(self._edited)
        ui.notes.textChanged.connect(self._edited)
        ui.owner.currentIndexChanged.connect(self._edited)
        ui.next_stage.currentIndexChanged.connect(self._stage_chosen)
        ui.save_button.clicked.connect(self.save)
        ui.close_button.clicked.connect(self.close)
        ui.new_entry_button.clicked.connect(self.new_entry)
        ui.delete_entry_button.clicked.connect(self.toggle_delete_entry)
        ui.activities_table.selectionModel().currentRowChanged.connect(
            self._row_changed
        )
        self.editor.edited.connect(self._entry_edited)

    # -- showing ---------------------------------------------------------------------

    def _show_draft(self, select_row: int = 0) -> None:
        ui = self.ui
        draft = self.draft
        self._loading = True
        try:
            for name in TEXT_FIELDS:
                widget: QLineEdit = getattr(ui, name)
                widget.setText(getattr(draft, name))
            ui.notes.setPlainText(draft.notes)
            people = [(p.id, p.label) for p in self.lookups.active_people()]
            combos.fill(
                ui.owner,
                people,
                draft.owner_id,
                extra_label=self.lookups.user_name(draft.owner_id),
            )
            self._show_stage()
            self.entries.set_entries(draft.entries)
            self._show_log()
            if draft.updated_at is not None:
                ui.saved_state.setText(
                    self.tr("Last saved by {who} on {when}").format(
                        who=self.lookups.name_of(draft.updated_by),
                        when=local_text(draft.updated_at),
                    )
                )
            else:
                ui.saved_state.setText(self.tr("Not saved yet"))
        finally:
            self._loading = False
        if draft.entries:
            self.select_entry(min(select_row, len(draft.entries) - 1))
        else:
            self.editor.show_entry(None, self.stage_now, self.stage_after)
        self._update_title()

    def _show_stage(self) -> None:
        if not self.rules.has_workflow:
            return
        ui = self.ui
        stage = self.rules.stage(self.draft.stage_id)
        ui.current_stage.setText(stage.name if stage else self.tr("New contact"))
        targets = self.rules.next_stages(self.draft.stage_id)
        stay = (
            None
            if self.draft.is_new
            else self.tr("(stay in {stage})").format(
                stage=stage.name if stage else self.tr("no stage")
            )
        )
        combos.fill(
            ui.next_stage,
            [(s.id, s.name) for s in targets],
            self.draft.new_stage_id
            if self.draft.new_stage_id != self.draft.stage_id
            else None,
            empty_text=stay,
        )

    def _show_log(self) -> None:
        if self.draft.id is not None and self.rules.log_visible:
            self.log_view.show_rows(self.service.log(self.draft.id))

    def _update_title(self) -> None:
        name = self.draft.display_name or self.tr("New contact")
        self.setWindowTitle(self.tr("{name} – Contact [*]").format(name=name))
        self.setWindowModified(self.is_dirty())

    @property
    def stage_now(self) -> uuid.UUID | None:
        """The stage the contact is in (for a new contact, the one it starts in)."""
        if self.draft.stage_id is None:
            return self.draft.new_stage_id
        return self.draft.stage_id

    @property
    def stage_after(self) -> uuid.UUID | None:
        """The stage the contact will be in once saved."""
        return self.draft.new_stage_id or self.draft.stage_id

    # -- entries ---------------------------------------------------------------------

    def current_row(self) -> int | None:
        index = self.ui.activities_table.selectionModel().currentIndex()
        return index.row() if index.isValid() else None

    def select_entry(self, row: int) -> None:
        table = self.ui.activities_table
        table.selectionModel().setCurrentIndex(
            self.entries.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        table.scrollTo(self.entries.index(row, 0))

    def _row_changed(self, current: object, previous: object) -> None:
        self.editor.collect()
        row = self.current_row()
        entry = self.draft.entries[row] if row is not None else None
        self.errors.clear(list(ENTRY_WIDGETS))
        self.editor.show_entry(entry, self.stage_now, self.stage_after)
        self.ui.delete_entry_button.setText(
            self.tr("Restore act&ivity")
            if entry and entry.delete
            else self.tr("Delete act&ivity")
        )
        self.ui.delete_entry_button.setEnabled(entry is not None)
        if row is not None and row in self._entry_problems:
            self.errors.show(self._entry_problems[row])

    def new_entry(self) -> EntryDraft:
        """Add an empty activity at the top of the list and select it."""
        self.editor.collect()
        entry = EntryDraft()
        self._shift_entry_problems(1)
        self.entries.insert_entry(entry)
        self.select_entry(0)
        self.ui.done_type.setFocus()
        self._update_title()
        return entry

    def plan_next_activity(self) -> None:
        """Add an entry with its pending box ready for the next activity."""
        self.new_entry()
        self.ui.contact_tabs.setCurrentWidget(self.ui.activities_tab)
        self.ui.pending_type.setFocus()

    def toggle_delete_entry(self) -> None:
        """Delete the selected activity on save; a never saved one goes at once."""
        row = self.current_row()
        if row is None:
            return
        self.editor.collect()
        entry = self.draft.entries[row]
        if entry.is_new:
            self._entry_problems.pop(row, None)
            self.entries.remove_entry(row)
            if self.draft.entries:
                self.select_entry(min(row, len(self.draft.entries) - 1))
            else:
                self.editor.show_entry(None, self.stage_now, self.stage_after)
        else:
            entry.delete = not entry.delete
            self.entries.entry_changed(row)
            self._row_changed(None, None)
        self._update_title()

    def _shift_entry_problems(self, by: int) -> None:
        self._entry_problems = {
            row + by: [FieldProblem(p.field, p.message, row + by) for p in problems]
            for row, problems in self._entry_problems.items()
        }

    def _entry_edited(self) -> None:
        row = self.current_row()
        if row is not None:
            self.entries.entry_changed(row)
        self._edited()

    # -- editing ---------------------------------------------------------------------

    def _edited(self, *_: object) -> None:
        if not self._loading:
            self.setWindowModified(self.is_dirty())

    def _stage_chosen(self) -> None:
        if self._loading:
            return
        chosen = combos.chosen(self.ui.next_stage)
        self.draft.new_stage_id = chosen if chosen is not None else None
        if self.draft.is_new and chosen is None:
            self.draft.new_stage_id = None
        self.editor.set_stage_after(self.stage_after)
        self._edited()

    def collect(self) -> ContactDraft:
        """Write everything on screen into :attr:`draft` and return it."""
        ui = self.ui
        for name in TEXT_FIELDS:
            setattr(self.draft, name, getattr(ui, name).text().strip())
        self.draft.notes = ui.notes.toPlainText()
        self.draft.owner_id = combos.chosen(ui.owner)
        self.editor.collect()
        return self.draft

    def is_dirty(self) -> bool:
        return self.collect().is_dirty

    def reload_if_clean(self) -> None:
        """Show the contact as saved now, unless the user has unsaved changes here."""
        contact_id = self.draft.id
        if contact_id is None or self.is_dirty():
            return
        outcome = self.operations.run("", lambda: self.service.load(contact_id), self)
        if outcome.ok and outcome.value is not None:
            self.draft = outcome.value
            self._show_draft(select_row=self.current_row() or 0)

    # -- saving ----------------------------------------------------------------------

    def save(self) -> bool:
        """Save through :class:`Operations`; on failure keep everything on screen."""
        draft = self.collect()
        self.errors.clear()
        self._entry_problems = {}
        self._show_banner([])
        outcome = self.operations.run(
            CONTACTS, lambda: self.service.save(draft), self, fields=True
        )
        if outcome.ok and outcome.value is not None:
            row = self.current_row() or 0
            self.draft = outcome.value
            self._show_draft(select_row=row)
            self.saved.emit(self.draft.id)
            return True
        if outcome.problems:
            self.show_problems(outcome.problems)
        return False

    def show_problems(self, problems: list[FieldProblem]) -> None:
        """Mark each problem beside its field; entry problems on their entry."""
        header = [p for p in problems if p.row is None]
        for problem in problems:
            if problem.row is not None:
                self._entry_problems.setdefault(problem.row, []).append(problem)
        unplaced = self.errors.show(header)
        if self._entry_problems:
            first = min(self._entry_problems)
            if self.current_row() == first:
                self._row_changed(None, None)
            else:
                self.select_entry(first)
            self.ui.contact_tabs.setCurrentWidget(self.ui.activities_tab)
        self._show_banner(problems, unplaced)
        target = header[0].field if header else (problems[0].field if problems else "")
        widget = self.findChild(QWidget, target) if target else None
        if widget is not None:
            widget.setFocus()

    def _show_banner(
        self, problems: list[FieldProblem], unplaced: list[FieldProblem] | None = None
    ) -> None:
        banner = self.ui.error_banner
        if not problems:
            banner.hide()
            return
        lines = [
            self.tr(
                "Not saved: %n field(s) need attention, marked in red.",
                "",
                len(problems),
            )
        ]
        rows = sorted(self._entry_problems)
        if len(rows) > 1:
            lines.append(
                self.tr("Activities in rows {rows} need attention too.").format(
                    rows=", ".join(str(r + 1) for r in rows[1:])
                )
            )
        lines += [p.message for p in unplaced or []]
        banner.setText("\n".join(lines))
        banner.setStyleSheet("color: #c62828; font-weight: bold;")
        banner.show()

    # -- closing ---------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._close_confirmed or not self.is_dirty():
            self._save_layout()
            self.closing.emit(self)
            event.accept()
            return
        event.ignore()
        self._ask_unsaved()

    def _ask_unsaved(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved changes"),
            self.tr("{name} has changes that are not saved. Save them?").format(
                name=self.draft.display_name or self.tr("This new contact")
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("unsaved_prompt")
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(
            lambda result: self._unsaved_answered(
                box.standardButton(box.clickedButton())
            )
        )
        box.open()

    def _unsaved_answered(self, button: QMessageBox.StandardButton) -> None:
        if button == QMessageBox.StandardButton.Save:
            if not self.save():
                return
        elif button != QMessageBox.StandardButton.Discard:
            return
        self.discard_and_close()

    def discard_and_close(self) -> None:
        """Close without saving and without asking."""
        self._close_confirmed = True
        self.close()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._splitter_restored:
            # First time: the boxes get the height they need, the table the rest.
            self._splitter_restored = True
            splitter = self.ui.activities_splitter
            boxes = self.ui.entry_editor.minimumSizeHint().height()
            table = max(splitter.height() - boxes - splitter.handleWidth(), 80)
            splitter.setSizes([table, boxes])

    def _layout_parts(self) -> dict[str, layouts.HasState]:
        return {
            "splitter": self.ui.activities_splitter,
            "activities_header": self.ui.activities_table.horizontalHeader(),
        }

    def _restore_layout(self) -> None:
        restored = layouts.restore(
            self.settings, "contact_window", self, self._layout_parts()
        )
        self._splitter_restored = "splitter" in restored

    def _save_layout(self) -> None:
        layouts.save(self.settings, "contact_window", self, self._layout_parts())

"""The "Activity done" and "Pending activity" boxes of the contact window."""

from __future__ import annotations

import uuid
from datetime import timedelta

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDateTimeEdit

from desktop.core.contacts import EntryDraft
from desktop.core.session import Session
from desktop.core.workflow import WorkflowRules
from desktop.gui import combos
from desktop.gui.date_fields import make_optional, read_optional, write_optional
from desktop.gui.forms.ui_contact_window import Ui_ContactWindow
from desktop.gui.lookups import Lookups

ENTRY_WIDGETS = (
    "done_type",
    "done_date",
    "done_description",
    "pending_date",
    "pending_type",
    "pending_description",
    "pending_due_date",
    "pending_operator",
    "reminder_start",
    "reminder_end",
    "create_task",
)
"""Object names of the fields that belong to the selected entry."""

REMINDER_AFTER_DUE = timedelta(days=1)
"""How long a reminder proposed from the type's defaults goes on after the due time."""


class EntryEditor(QObject):
    """Shows one :class:`EntryDraft` in the two boxes and writes edits back to it.

    Choosing a type fills in its box's date with the clock's now; a pending type also
    proposes the due date from the type's default delay and the signed-in user as
    operator, and ticking "create task" proposes a reminder window from the type's
    default lead time. Nothing already filled in is overwritten.

    Signals:
        edited(): the user changed the entry shown.
    """

    edited = Signal()

    def __init__(
        self,
        ui: Ui_ContactWindow,
        session: Session,
        rules: WorkflowRules,
        lookups: Lookups,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.session = session
        self.rules = rules
        self.lookups = lookups
        self.entry: EntryDraft | None = None
        self._loading = False
        self._stage_now: uuid.UUID | None = None
        self._stage_after: uuid.UUID | None = None
        empty = self.tr("(none)")
        for edit in self._date_edits():
            make_optional(edit, empty)
            edit.setToolTip(self.tr("Press Delete to empty this date."))
            edit.dateTimeChanged.connect(self._changed)
        ui.done_type.currentIndexChanged.connect(self._done_type_chosen)
        ui.pending_type.currentIndexChanged.connect(self._pending_type_chosen)
        ui.pending_operator.currentIndexChanged.connect(self._changed)
        ui.done_description.textChanged.connect(self._changed)
        ui.pending_description.textChanged.connect(self._changed)
        ui.create_task.toggled.connect(self._create_task_toggled)
        # Empty and disabled until the window shows an entry (or none) for its stage.
        ui.done_box.setEnabled(False)
        ui.pending_box.setEnabled(False)

    def _date_edits(self) -> list[QDateTimeEdit]:
        ui = self.ui
        return [
            ui.done_date,
            ui.pending_date,
            ui.pending_due_date,
            ui.reminder_start,
            ui.reminder_end,
        ]

    # -- showing -------------------------------------------------------------------

    def show_entry(
        self,
        entry: EntryDraft | None,
        stage_now: uuid.UUID | None,
        stage_after: uuid.UUID | None,
    ) -> None:
        """Show ``entry`` (None: empty, disabled boxes) for the given stages."""
        ui = self.ui
        self.entry = entry
        self._stage_now = stage_now
        self._stage_after = stage_after
        self._loading = True
        try:
            shown = entry or EntryDraft()
            self._fill_types(ui.done_type, stage_now, shown.done_type_id)
            self._fill_types(ui.pending_type, stage_after, shown.pending_type_id)
            write_optional(ui.done_date, shown.done_date)
            ui.done_description.setPlainText(shown.done_description)
            self._show_done_operator()
            write_optional(ui.pending_date, shown.pending_date)
            ui.pending_description.setPlainText(shown.pending_description)
            write_optional(ui.pending_due_date, shown.pending_due_date)
            people = [(p.id, p.label) for p in self.lookups.active_people()]
            combos.fill(
                ui.pending_operator,
                people,
                shown.pending_operator_id,
                extra_label=self.lookups.user_name(shown.pending_operator_id),
            )
            write_optional(ui.reminder_start, shown.reminder_start)
            write_optional(ui.reminder_end, shown.reminder_end)
            ui.create_task.setChecked(shown.create_task)
            editable = entry is not None and not entry.delete
            ui.done_box.setEnabled(editable)
            ui.pending_box.setEnabled(editable)
        finally:
            self._loading = False

    def set_stage_after(self, stage_after: uuid.UUID | None) -> None:
        """Offer the pending types of the stage the contact will be in after saving."""
        self.collect()
        self._stage_after = stage_after
        self._loading = True
        try:
            current = self.entry.pending_type_id if self.entry else None
            self._fill_types(self.ui.pending_type, stage_after, current)
        finally:
            self._loading = False

    def _fill_types(
        self, combo: object, stage: uuid.UUID | None, current: uuid.UUID | None
    ) -> None:
        choices = [(t.id, t.description) for t in self.rules.types_for(stage)]
        combos.fill(
            combo,  # type: ignore[arg-type]
            choices,
            current,
            extra_label=self.tr("{name} (not allowed in this stage)").format(
                name=self.lookups.type_name(current)
            ),
        )

    def _show_done_operator(self) -> None:
        entry = self.entry
        operator = ""
        if entry is not None and entry.done_operator_id is not None:
            operator = self.lookups.user_name(entry.done_operator_id)
        elif entry is not None and combos.chosen(self.ui.done_type) is not None:
            operator = str(self.session.user.label)
        self.ui.done_operator.setText(operator)

    # -- editing -------------------------------------------------------------------

    def collect(self) -> None:
        """Write what the boxes show into the entry shown."""
        entry = self.entry
        if entry is None or entry.delete:
            return
        ui = self.ui
        entry.done_type_id = combos.chosen(ui.done_type)
        entry.done_date = read_optional(ui.done_date)
        entry.done_description = ui.done_description.toPlainText()
        entry.pending_date = read_optional(ui.pending_date)
        entry.pending_type_id = combos.chosen(ui.pending_type)
        entry.pending_description = ui.pending_description.toPlainText()
        entry.pending_due_date = read_optional(ui.pending_due_date)
        entry.pending_operator_id = combos.chosen(ui.pending_operator)
        entry.reminder_start = read_optional(ui.reminder_start)
        entry.reminder_end = read_optional(ui.reminder_end)
        entry.create_task = ui.create_task.isChecked()

    def _changed(self) -> None:
        if not self._loading and self.entry is not None:
            self.collect()
            self.edited.emit()

    def _done_type_chosen(self) -> None:
        if self._loading:
            return
        ui = self.ui
        if (
            combos.chosen(ui.done_type) is not None
            and read_optional(ui.done_date) is None
        ):
            write_optional(ui.done_date, self.session.now())
        self._show_done_operator()
        self._changed()

    def _pending_type_chosen(self) -> None:
        if self._loading:
            return
        ui = self.ui
        type_id = combos.chosen(ui.pending_type)
        if type_id is not None:
            now = self.session.now()
            if read_optional(ui.pending_date) is None:
                write_optional(ui.pending_date, now)
            kind = self.rules.activity_type(type_id)
            if (
                kind
                and kind.default_delay_days
                and read_optional(ui.pending_due_date) is None
            ):
                write_optional(
                    ui.pending_due_date, now + timedelta(days=kind.default_delay_days)
                )
            if combos.chosen(ui.pending_operator) is None:
                combos.select(ui.pending_operator, self.session.user.id)
        self._changed()

    def _create_task_toggled(self, checked: bool) -> None:
        if self._loading:
            return
        ui = self.ui
        kind = self.rules.activity_type(combos.chosen(ui.pending_type))
        due = read_optional(ui.pending_due_date)
        if (
            checked
            and kind is not None
            and kind.default_reminder_lead_minutes
            and due is not None
            and read_optional(ui.reminder_start) is None
            and read_optional(ui.reminder_end) is None
        ):
            write_optional(
                ui.reminder_start,
                due - timedelta(minutes=kind.default_reminder_lead_minutes),
            )
            write_optional(ui.reminder_end, due + REMINDER_AFTER_DUE)
        self._changed()

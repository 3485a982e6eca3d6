"""The preferences dialog: interface language and how often reminders are checked."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desktop.gui.forms.ui_preferences_dialog import Ui_PreferencesDialog
from desktop.gui.i18n import LANGUAGE_NAMES
from desktop.gui.settings import REMINDER_INTERVAL_SECONDS, Settings

log = logging.getLogger(__name__)


class PreferencesDialog(QDialog):
    """Edits the user's preferences; they are saved only when OK is pressed.

    The language applies from the next start: live retranslation would need every
    open window to rebuild its texts, and a half-translated screen is worse than
    a short wait.

    Signals:
        reminder_interval_changed(int): the reminder check interval, in seconds,
            was changed and saved.
    """

    reminder_interval_changed = Signal(int)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.ui = Ui_PreferencesDialog()
        self.ui.setupUi(self)
        combo = self.ui.language_combo
        combo.addItem(self.tr("System language"), "")
        for code, name in LANGUAGE_NAMES.items():
            # Each language is named in itself, so that it can be found by anyone.
            combo.addItem(name, code)
        self._load()
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        restore = self.ui.button_box.button(
            QDialogButtonBox.StandardButton.RestoreDefaults
        )
        restore.clicked.connect(self._restore_defaults)

    def _load(self) -> None:
        index = self.ui.language_combo.findData(self.settings.language)
        self.ui.language_combo.setCurrentIndex(max(index, 0))
        self.ui.reminder_interval.setValue(self.settings.reminder_interval_seconds)

    def _restore_defaults(self) -> None:
        self.ui.language_combo.setCurrentIndex(0)
        self.ui.reminder_interval.setValue(REMINDER_INTERVAL_SECONDS.default)

    def accept(self) -> None:
        """Save the preferences, tell listeners about a new interval, close."""
        language = str(self.ui.language_combo.currentData())
        interval = self.ui.reminder_interval.value()
        old_interval = self.settings.reminder_interval_seconds
        self.settings.language = language
        self.settings.reminder_interval_seconds = interval
        self.settings.sync()
        log.info("preferences saved: language %r, reminders %ss", language, interval)
        super().accept()
        if interval != old_interval:
            self.reminder_interval_changed.emit(interval)

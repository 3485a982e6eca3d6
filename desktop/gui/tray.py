"""Telling the operator about new reminders: a tray notification, where there is one."""

from __future__ import annotations

import logging
from datetime import tzinfo

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QStyle, QSystemTrayIcon, QWidget

from desktop.core.tasks import TaskRow
from desktop.gui.reminders import zoned_text

log = logging.getLogger(__name__)

MESSAGE_MS = 15_000
"""How long a tray notification stays up, where the system lets us choose."""

LISTED = 3
"""How many reminders one notification names before "and N more"."""


def notification_text(rows: list[TaskRow], zone: tzinfo) -> tuple[str, str]:
    """Title and body of the notification announcing ``rows``."""
    if len(rows) == 1:
        title = QCoreApplication.translate(
            "ReminderNotifier", "Reminder: {contact}"
        ).format(contact=rows[0].contact_name)
    else:
        title = QCoreApplication.translate(
            "ReminderNotifier", "{count} reminders due"
        ).format(count=len(rows))
    lines = []
    for row in rows[:LISTED]:
        what = row.type_name or QCoreApplication.translate("ReminderNotifier", "Task")
        line = f"{what} – {row.contact_name}"
        if row.due is not None:
            due = zoned_text(row.due, zone)
            line += " " + QCoreApplication.translate(
                "ReminderNotifier", "(due {time})"
            ).format(time=due)
        lines.append(line)
    if len(rows) > LISTED:
        lines.append(
            QCoreApplication.translate("ReminderNotifier", "and {count} more").format(
                count=len(rows) - LISTED
            )
        )
    return title, "\n".join(lines)


class ReminderNotifier(QObject):
    """Announces newly raised reminders, best effort.

    Where the system has a tray that shows messages, a tray icon shows a
    notification (some systems hide them: the Reminders window stays the source of
    truth). Where it has none, the notifier asks for the Reminders window to be
    shown instead, and flashes the application in the task bar.

    Signals:
        open_requested(): the user clicked the notification or the tray icon, or a
            reminder arrived on a system without a tray: show the Reminders window.
    """

    open_requested = Signal()

    def __init__(
        self,
        zone: tzinfo,
        icon: QIcon | None = None,
        *,
        use_tray: bool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.zone = zone
        if use_tray is None:
            use_tray = (
                QSystemTrayIcon.isSystemTrayAvailable()
                and QSystemTrayIcon.supportsMessages()
            )
        self.tray: QSystemTrayIcon | None = None
        self.last_message: tuple[str, str] | None = None
        """Title and body of the last announcement, for tests and the log."""
        if use_tray:
            self.tray = self._make_tray(icon)
        else:
            log.info("no system tray: reminders open the Reminders window instead")

    def _make_tray(self, icon: QIcon | None) -> QSystemTrayIcon:
        if icon is None or icon.isNull():
            style = QApplication.style()
            icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        tray = QSystemTrayIcon(icon, self)
        tray.setObjectName("reminder_tray")
        tray.setToolTip(self.tr("Contatti: no reminders due"))
        menu = QMenu()
        menu.setObjectName("reminder_tray_menu")
        show = QAction(self.tr("Show &reminders"), menu)
        show.setObjectName("action_tray_reminders")
        show.triggered.connect(self.open_requested)
        menu.addAction(show)
        self._menu = menu  # a QMenu has no QObject parent here; keep it alive
        tray.setContextMenu(menu)
        tray.messageClicked.connect(self.open_requested)
        tray.activated.connect(self._activated)
        tray.show()
        return tray

    @Slot(QSystemTrayIcon.ActivationReason)
    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_requested.emit()

    @Slot(list)
    def announce(self, rows: list[TaskRow]) -> None:
        """Tell the operator that ``rows`` became due (``reminders_raised``)."""
        if not rows:
            return
        title, body = notification_text(rows, self.zone)
        self.last_message = (title, body)
        if self.tray is not None:
            self.tray.showMessage(
                title, body, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS
            )
            return
        self.open_requested.emit()
        window = QApplication.activeWindow()
        if window is None:
            widgets = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
            window = widgets[0] if widgets else None
        if isinstance(window, QWidget):
            QApplication.alert(window)

    @Slot(list)
    def show_count(self, rows: list[TaskRow]) -> None:
        """Keep the tray tooltip on the number due (``reminders_changed``)."""
        if self.tray is None:
            return
        if not rows:
            text = self.tr("Contatti: no reminders due")
        elif len(rows) == 1:
            text = self.tr("Contatti: 1 reminder due")
        else:
            text = self.tr("Contatti: {count} reminders due").format(count=len(rows))
        self.tray.setToolTip(text)

    def hide(self) -> None:
        """Remove the tray icon (at sign-out or quit)."""
        if self.tray is not None:
            self.tray.hide()

"""The reminder service: asks the database which of the user's reminders are due."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import peewee
from PySide6.QtCore import (
    QDate,
    QLocale,
    QObject,
    QTime,
    QTimer,
    QTimeZone,
    Signal,
    Slot,
)

from desktop.core.errors import DatabaseUnavailableError
from desktop.core.session import Session
from desktop.core.tasks import TaskRow, reminders_due

log = logging.getLogger(__name__)

DEFAULT_INTERVAL_SECONDS = 30
"""How often the database is asked, unless Preferences say otherwise."""

HEARTBEAT_MS = 5000
"""How often the wall clock is compared with the monotonic clock (no database)."""

CLOCK_JUMP_SECONDS = 20.0
"""A gap this large between wall time and monotonic time means the computer slept
(or its clock was set): the reminders are checked at once."""

_RaiseKey = tuple[uuid.UUID, datetime | None, datetime | None, datetime | None]


def local_zone() -> tzinfo:
    """The computer's time zone as a zoneinfo zone, so DST rules apply to any date.

    A fixed UTC offset would give wrong local times on the other side of a
    daylight-saving change; it is only the fallback when the zone has no IANA name
    zoneinfo knows (on Windows zoneinfo needs the ``tzdata`` package).
    """
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode()
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        log.warning("time zone %r unknown to zoneinfo; using a fixed offset", name)
        return datetime.now().astimezone().tzinfo or UTC


def zoned_text(moment: datetime | None, zone: tzinfo) -> str:
    """``moment`` as a short local date and time in ``zone``; "" for none.

    The conversion is done by zoneinfo in the given zone rather than by Qt in the
    system zone, so that a test can show times as a user in Rome sees them.
    """
    if moment is None:
        return ""
    local = moment.astimezone(zone)
    locale = QLocale()
    date = locale.toString(
        QDate(local.year, local.month, local.day), QLocale.FormatType.ShortFormat
    )
    clock = locale.toString(
        QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat
    )
    return f"{date} {clock}"


class RaiseTracker:
    """Remembers which reminders were already raised, so each is raised once.

    A reminder is raised again only after it left the due list and came back (a
    snooze ran out, its window or operator changed). A snooze set on another machine
    changes ``snoozed_until``, so its return is noticed even between two checks.
    """

    def __init__(self) -> None:
        self._raised: set[_RaiseKey] = set()

    @staticmethod
    def key(row: TaskRow) -> _RaiseKey:
        return (row.id, row.reminder_start, row.reminder_end, row.snoozed_until)

    def update(self, due: Sequence[TaskRow]) -> list[TaskRow]:
        """Take the current due list; return the reminders not raised before."""
        fresh = [row for row in due if self.key(row) not in self._raised]
        self._raised = {self.key(row) for row in due}
        return fresh


class ReminderService(QObject):
    """Checks the signed-in user's reminders on a timer and reports what is due.

    The database is asked on :meth:`start`, every ``interval_seconds``, whenever
    :meth:`data_changed` is called (connect the operations' ``changed`` signal to it)
    and right after the computer wakes from sleep, noticed by a heartbeat that
    compares the clock's wall time with its monotonic time.

    Signals:
        reminders_raised(list): reminders (``TaskRow``) that became due since the last
            check; reminders missed while the app was closed or asleep come together
            in one emission. Each reminder is in it once per stay in the due list.
        reminders_changed(list): the full due list (``TaskRow``), sent when it differs
            from the previous one (a row added, gone, edited or newly overdue) and
            on the first successful check after a failure.
        check_failed(str): the database could not be asked; the message says why.
            The last known list stays, and the next tick tries again.
    """

    reminders_raised = Signal(list)
    reminders_changed = Signal(list)
    check_failed = Signal(str)

    def __init__(
        self,
        session: Session,
        interval_seconds: int = DEFAULT_INTERVAL_SECONDS,
        heartbeat_ms: int = HEARTBEAT_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._tracker = RaiseTracker()
        self._due: list[TaskRow] = []
        self._signature: tuple[tuple[uuid.UUID, int, bool], ...] | None = None
        self._last_wall = session.clock.now()
        self._last_monotonic = session.clock.monotonic()
        self._timer = QTimer(self)
        self._timer.setObjectName("reminder_timer")
        self._timer.timeout.connect(self.check_now)
        self._heartbeat = QTimer(self)
        self._heartbeat.setObjectName("reminder_heartbeat")
        self._heartbeat.setInterval(heartbeat_ms)
        self._heartbeat.timeout.connect(self.watch_clock)
        self.set_interval(interval_seconds)

    @property
    def due(self) -> list[TaskRow]:
        """The reminders due at the last successful check."""
        return list(self._due)

    @property
    def interval_seconds(self) -> int:
        return self._timer.interval() // 1000

    def now(self) -> datetime:
        return self.session.clock.now()

    def start(self) -> None:
        """Check at once, then keep checking until :meth:`stop`."""
        self._timer.start()
        self._heartbeat.start()
        self.check_now()

    def stop(self) -> None:
        self._timer.stop()
        self._heartbeat.stop()

    @Slot(int)
    def set_interval(self, seconds: int) -> None:
        """Change how often the database is asked (Preferences)."""
        seconds = max(1, int(seconds))
        self._timer.setInterval(seconds * 1000)
        log.debug("reminders checked every %s s", seconds)

    @Slot()
    @Slot(str)
    def data_changed(self, kind: str = "") -> None:
        """Something was saved: a task may have been added, moved or finished."""
        log.debug("data changed (%s): checking reminders", kind or "unspecified")
        self.check_now()

    @Slot()
    def watch_clock(self) -> bool:
        """Check at once if the wall clock jumped against the monotonic clock.

        Returns True when a jump (a wake from sleep, or the time being set) was seen.
        """
        wall = self.session.clock.now()
        monotonic = self.session.clock.monotonic()
        wall_step = (wall - self._last_wall).total_seconds()
        monotonic_step = monotonic - self._last_monotonic
        self._last_wall, self._last_monotonic = wall, monotonic
        gap = wall_step - monotonic_step
        if abs(gap) < CLOCK_JUMP_SECONDS:
            return False
        log.info(
            "wall clock moved %.0f s against the monotonic clock (sleep or time "
            "change): checking reminders",
            gap,
        )
        self.check_now()
        return True

    @Slot()
    def check_now(self) -> list[TaskRow]:
        """Ask the database now; return the reminders raised by this check."""
        now = self.session.clock.now()
        self._last_wall = now
        self._last_monotonic = self.session.clock.monotonic()
        try:
            due = reminders_due(self.session.store, self.session.user.id, now)
        except (peewee.OperationalError, peewee.InterfaceError) as exc:
            self._report_failure(str(exc))
            return []
        except DatabaseUnavailableError as exc:
            self._report_failure(str(exc))
            return []
        raised = self._tracker.update(due)
        self._due = due
        signature = tuple((row.id, row.version, row.is_overdue(now)) for row in due)
        if signature != self._signature:
            self._signature = signature
            self.reminders_changed.emit(list(due))
        if raised:
            log.info("%d reminder(s) raised", len(raised))
            self.reminders_raised.emit(raised)
        return raised

    def _report_failure(self, detail: str) -> None:
        log.warning("reminder check failed: %s", detail)
        # The next successful check announces its list even if unchanged, so that
        # whoever showed this failure can clear it.
        self._signature = None
        self._drop_connection()
        self.check_failed.emit(
            self.tr(
                "Reminders could not be checked because the database did not answer "
                "({detail}). Contatti tries again every {seconds} s; check the "
                "network or ask your administrator whether the server is running."
            ).format(detail=detail.strip() or "-", seconds=self.interval_seconds)
        )

    def _drop_connection(self) -> None:
        """Close a broken server connection; the next query opens a fresh one."""
        try:
            self.session.store.db.close()
        except Exception:  # already unusable: there is nothing left to release
            log.debug("closing the failed connection raised", exc_info=True)

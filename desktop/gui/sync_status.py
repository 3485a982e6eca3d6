"""Background sync for an offline copy, and its widget in the status bar."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from desktop.core.sync.engine import SyncCancelled, SyncEngine, SyncError, SyncReport
from desktop.gui.operations import CONTACTS, TASKS, Operations
from desktop.gui.timefmt import local_text

log = logging.getLogger(__name__)

SYNCED = "sync"
"""The kind of change announced after a sync brought something new."""

INTERVAL_MS = 60_000


class SyncWorker(QObject):
    """Runs the sync engine on its own thread.

    Signals:
        progress(int, int): tables downloaded so far, and in all (first download).
        finished(object): a sync succeeded; the argument is its ``SyncReport``.
        failed(str, bool): a sync failed with this message; true if the server
            could not be reached (the copy is offline).
    """

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str, bool)

    def __init__(self, engine: SyncEngine) -> None:
        super().__init__()
        self.engine = engine
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask a running download to stop at the next page (safe from any thread)."""
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        self._cancel.clear()
        try:
            report = self.engine.sync(
                progress=self.progress.emit, cancelled=self._cancel.is_set
            )
        except SyncCancelled as exc:
            self.failed.emit(str(exc), False)
        except SyncError as exc:
            log.info("sync failed: %s", exc)
            self.failed.emit(str(exc), True)
        except Exception as exc:
            log.exception("sync failed unexpectedly")
            self.engine.disconnect()
            self.failed.emit(
                f"Sync failed: {exc}. Your changes are kept on this computer; the "
                "details are in the log file.",
                False,
            )
        else:
            self.finished.emit(report)


class SyncController(QObject):
    """Decides when to sync: at start, every minute, after each save, on demand.

    One sync runs at a time; a request during a sync runs another right after it.
    After a sync that brought changes, ``operations`` announces them so that open
    lists refresh.

    Signals:
        busy_changed(bool): a sync started (true) or ended (false).
        progress(int, int): first download progress, tables done and in all.
        synced(object): a sync succeeded, with its ``SyncReport``.
        failed(str, bool): a sync failed: message, and whether the copy is offline.
    """

    busy_changed = Signal(bool)
    progress = Signal(int, int)
    synced = Signal(object)
    failed = Signal(str, bool)
    _run = Signal()

    def __init__(
        self,
        engine: SyncEngine,
        operations: Operations | None = None,
        interval_ms: int = INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.operations = operations
        self.online: bool | None = None
        self.busy = False
        self.last_error = ""
        self._again = False
        self._announcing = False
        self._thread = QThread(self)
        self._thread.setObjectName("sync_thread")
        self.worker = SyncWorker(engine)
        self.worker.moveToThread(self._thread)
        self._run.connect(self.worker.run)
        self.worker.progress.connect(self.progress)
        self.worker.finished.connect(self._finished)
        self.worker.failed.connect(self._failed)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.request_sync)
        if operations is not None:
            operations.changed.connect(self.data_changed)

    def start(self) -> None:
        """Start the worker thread, sync now, then every interval."""
        self._thread.start()
        self.timer.start()
        self.request_sync()

    def start_once(self) -> None:
        """Start the worker thread and sync once, without the periodic timer."""
        self._thread.start()
        self.request_sync()

    def stop(self) -> None:
        """Stop syncing and wait for the worker thread to end (at application exit)."""
        self.timer.stop()
        self.worker.cancel()
        self._thread.quit()
        self._thread.wait()

    @Slot()
    def request_sync(self) -> None:
        if self.busy:
            self._again = True
            return
        self.busy = True
        self.busy_changed.emit(True)
        self._run.emit()

    @Slot(str)
    def data_changed(self, kind: str) -> None:
        """A save on this copy: send it soon (changes announced by sync excepted)."""
        if not self._announcing and kind != SYNCED:
            self.request_sync()

    def cancel(self) -> None:
        self.worker.cancel()

    def pending(self) -> int:
        return self.engine.state().pending

    def _finished(self, report: SyncReport) -> None:
        self.online = True
        self.last_error = ""
        self._end()
        if report.pulled or report.downloaded_rows:
            self._announce()
        self.synced.emit(report)
        self._next()

    def _failed(self, message: str, offline: bool) -> None:
        if offline:
            self.online = False
        self.last_error = message
        self._end()
        self.failed.emit(message, offline)
        self._next()

    def _end(self) -> None:
        self.busy = False
        self.busy_changed.emit(False)

    def _next(self) -> None:
        if self._again:
            self._again = False
            self.request_sync()

    def _announce(self) -> None:
        if self.operations is None:
            return
        self._announcing = True
        try:
            for kind in (CONTACTS, TASKS, SYNCED):
                self.operations.changed.emit(kind)
        finally:
            self._announcing = False


class SyncStatusWidget(QWidget):
    """Online or offline, changes waiting, last sync, and the first download's progress.

    Signals:
        conflicts_requested(): the user clicked the conflicts button.
    """

    conflicts_requested = Signal()

    def __init__(
        self,
        controller: SyncController,
        conflicts_count: Callable[[], int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sync_status")
        self.controller = controller
        self.conflicts_count = conflicts_count
        self.state_label = QLabel(self)
        self.state_label.setObjectName("sync_state_label")
        self.pending_label = QLabel(self)
        self.pending_label.setObjectName("sync_pending_label")
        self.last_sync_label = QLabel(self)
        self.last_sync_label.setObjectName("last_sync_label")
        self.download_progress = QProgressBar(self)
        self.download_progress.setObjectName("download_progress")
        self.download_progress.setFixedWidth(120)
        self.download_progress.setFormat("%p%")
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancel_download_button")
        self.cancel_button.setToolTip(
            self.tr("Stop the download; it continues where it stopped next time.")
        )
        self.sync_now_button = QPushButton(self.tr("Sync now"), self)
        self.sync_now_button.setObjectName("sync_now_button")
        self.conflicts_button = QPushButton(self)
        self.conflicts_button.setObjectName("conflicts_button")
        self.conflicts_button.setStyleSheet("color: #b00020;")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        for widget in (
            self.state_label,
            self.pending_label,
            self.last_sync_label,
            self.download_progress,
            self.cancel_button,
            self.conflicts_button,
            self.sync_now_button,
        ):
            layout.addWidget(widget)
        self.download_progress.hide()
        self.cancel_button.hide()
        self.sync_now_button.clicked.connect(controller.request_sync)
        self.cancel_button.clicked.connect(controller.cancel)
        self.conflicts_button.clicked.connect(self.conflicts_requested)
        controller.busy_changed.connect(self._busy)
        controller.progress.connect(self._progress)
        controller.synced.connect(lambda _report: self.refresh())
        controller.failed.connect(lambda _message, _offline: self.refresh())
        if controller.operations is not None:
            controller.operations.changed.connect(lambda _kind: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        """Show the copy's state as the local database and the last sync tell it."""
        state = self.controller.engine.state()
        online = self.controller.online
        if self.controller.busy and self.download_progress.isVisible():
            self.state_label.setText(self.tr("Downloading the server's data…"))
        elif self.controller.busy:
            self.state_label.setText(self.tr("Syncing…"))
        elif online is None:
            self.state_label.setText(self.tr("Not synced yet"))
        else:
            self.state_label.setText(
                self.tr("Online") if online else self.tr("Offline")
            )
        self.state_label.setToolTip(self.controller.last_error)
        self.pending_label.setText(
            self.tr("All changes sent")
            if not state.pending
            else self.tr("%n change(s) to send", "", state.pending)
        )
        self.last_sync_label.setText(
            self.tr("Last sync: {when}").format(when=local_text(state.last_sync_at))
            if state.last_sync_at
            else self.tr("Never synced")
        )
        conflicts = self.conflicts_count() if self.conflicts_count else 0
        self.conflicts_button.setVisible(conflicts > 0)
        self.conflicts_button.setText(self.tr("%n conflict(s)", "", conflicts))
        self.sync_now_button.setEnabled(not self.controller.busy)

    def _busy(self, busy: bool) -> None:
        if not busy:
            self.download_progress.hide()
            self.cancel_button.hide()
        self.refresh()

    def _progress(self, done: int, total: int) -> None:
        self.download_progress.setMaximum(total)
        self.download_progress.setValue(done)
        if self.download_progress.isHidden():
            self.download_progress.show()
            self.cancel_button.show()
            self.refresh()


def run_first_download(engine: SyncEngine, parent: QWidget | None = None) -> str:
    """Download a new offline copy behind a progress dialog with Cancel.

    Used before signing in to a copy that holds nothing yet. Returns "" once the
    copy is complete, otherwise the message to show (cancelled, or the server not
    reachable); a cancelled download resumes where it stopped next time.
    """
    controller = SyncController(engine)
    dialog = QProgressDialog(parent)
    dialog.setObjectName("first_download_dialog")
    dialog.setWindowTitle(dialog.tr("Offline copy"))
    dialog.setLabelText(
        dialog.tr("Downloading the server's data so that you can work offline…")
    )
    dialog.setCancelButtonText(dialog.tr("Cancel"))
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    outcome: list[str] = []
    loop = QEventLoop()

    def show_progress(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)

    def finish(message: str) -> None:
        outcome.append(message)
        loop.quit()

    controller.progress.connect(show_progress)
    dialog.canceled.connect(controller.cancel)
    controller.synced.connect(lambda _report: finish(""))
    controller.failed.connect(lambda message, _offline: finish(message))
    dialog.show()
    controller.start_once()
    if not outcome:
        loop.exec()
    controller.stop()
    dialog.close()
    return outcome[0]

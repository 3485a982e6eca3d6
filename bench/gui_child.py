"""A process that starts a window, reports when it is first painted, and exits.

``python -m bench.gui_child bare`` shows an empty PySide6 main window: the floor any
Qt app pays. ``python -m bench.gui_child list URL PAGE_JSON`` shows the least a
PySide6 contact list can be: a search box over a ``QTableView`` whose Python table
model holds the first page of contacts, read with the app's own SELECT
(``PAGE_JSON``: its SQL and parameters) straight through the driver, without the ORM.
``python -m bench.gui_child app URL USER [PASSWORD]`` starts Contatti's main window
on ``URL`` as ``contatti`` does: the garbage collector paused, the application, log,
settings and translations prepared, the database opened and the user signed in
(``open_and_sign_in``), the main window built and shown with ``show_main_window``,
which starts the reminders and resumes the collector after the first paint. On a
server the user's password is given, where ``contatti`` reads it from the credential
store or asks for it.

Each prints ``shown <peak RSS in KiB>`` when the window's first paint is done, then
``settled <peak RSS in KiB>`` after the work that follows the first paint (the
reminders' first check) and a short idle pause, and exits. With
``CONTATTI_BENCH_STOP_WHEN_SHOWN=1`` it exits right after ``shown``, so that an
instruction count covers the start alone.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import Any

WIDTH, HEIGHT = 1100, 700
SETTLE_MS = 200
"""Idle pause after the first paint before the settled memory is read."""

STOP_WHEN_SHOWN = "CONTATTI_BENCH_STOP_WHEN_SHOWN"
"""Set to 1 to leave right after ``shown``: what the instruction count covers."""


def _peak_rss_kib() -> int:
    """Peak resident memory of this process.

    On Linux this is VmHWM, which starts afresh at exec; ``ru_maxrss`` would keep
    the peak of the benchmark process that started this one.
    """
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    try:
        import resource
    except ImportError:  # Windows: no resource module
        return 0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(peak // 1024) if sys.platform == "darwin" else int(peak)


def _first_page(url: str, page_json: str) -> list[tuple[Any, ...]]:
    """The rows of the first page, read through the driver alone."""
    import json

    page = json.loads(page_json)
    if url.startswith("sqlite:///"):
        import sqlite3

        conn = sqlite3.connect(url.removeprefix("sqlite:///"))
        try:
            return conn.execute(page["sql"], page["params"]).fetchall()
        finally:
            conn.close()
    import psycopg2

    conn = psycopg2.connect(url)
    try:
        with conn.cursor() as cursor:
            cursor.execute(page["sql"], page["params"])
            return cursor.fetchall()
    finally:
        conn.close()


def _list_window(url: str, page_json: str) -> Any:
    """A search box over a table of the first page: the least a contact list is."""
    from PySide6.QtCore import (
        QAbstractTableModel,
        QModelIndex,
        QObject,
        QPersistentModelIndex,
        Qt,
    )
    from PySide6.QtWidgets import (
        QLineEdit,
        QMainWindow,
        QTableView,
        QVBoxLayout,
        QWidget,
    )

    AnyIndex = QModelIndex | QPersistentModelIndex
    titles = ("Code", "Name", "Company", "E-mail", "Phone", "City", "Stage", "Owner")
    display = int(Qt.ItemDataRole.DisplayRole)

    class PageModel(QAbstractTableModel):
        def __init__(self, rows: list[tuple[Any, ...]], parent: QObject) -> None:
            super().__init__(parent)
            # code, name, company, e-mail, phone, city, stage, owner
            self.rows = [
                (r[1], f"{r[3]} {r[2]}", r[4], r[5], r[6], r[7], r[9], r[10] or r[11])
                for r in rows
            ]

        def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else len(self.rows)

        def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else len(titles)

        def data(self, index: AnyIndex, role: int = display) -> Any:
            return self.rows[index.row()][index.column()] if role == display else None

        def headerData(
            self, section: int, orientation: Qt.Orientation, role: int = display
        ) -> Any:
            if role != display:
                return None
            if orientation == Qt.Orientation.Horizontal:
                return titles[section]
            return section + 1

    window = QMainWindow()
    central = QWidget(window)
    layout = QVBoxLayout(central)
    layout.addWidget(QLineEdit(central))
    view = QTableView(central)
    view.setModel(PageModel(_first_page(url, page_json), view))
    view.verticalHeader().hide()  # as in the contact list
    layout.addWidget(view)
    window.setCentralWidget(central)
    return window


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    stop_when_shown = os.environ.get(STOP_WHEN_SHOWN) == "1"
    mode = argv[0]
    if mode == "app":
        # As ``contatti`` starts: the garbage collector paused, then the app's own
        # package, which loads Qt.
        from desktop.startup import pause_collection

        pause_collection()
        import desktop.gui.application  # noqa: F401
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    show: Callable[[QMainWindow], None] = QMainWindow.show
    if mode == "bare":
        app = QApplication([])
        window = QMainWindow()
    elif mode == "list":
        app = QApplication([])
        window = _list_window(argv[1], argv[2])
    else:
        from desktop.core.clock import SystemClock
        from desktop.gui.application import (
            main_window_for,
            open_and_sign_in,
            prepare_application,
            show_main_window,
        )

        # The steps of ``contatti``'s own start (``run``), the user's password given
        # rather than read from the credential store or asked for.
        password = argv[3] if len(argv) > 3 else None
        app, settings = prepare_application()  # type: ignore[assignment]
        session, engine = open_and_sign_in(
            argv[1], argv[2], settings, SystemClock(), password=password
        )
        window = main_window_for(session, settings, engine)
        show = show_main_window  # type: ignore[assignment]

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not self.done:
                self.done = True
                # Report after this paint has finished, then leave.
                QTimer.singleShot(0, report)
            return False

    def report() -> None:
        sys.stdout.write(f"shown {_peak_rss_kib()}\n")
        sys.stdout.flush()
        if stop_when_shown:
            os._exit(0)  # counting instructions: nothing after the first paint
        QTimer.singleShot(SETTLE_MS, settled)

    def settled() -> None:
        sys.stdout.write(f"settled {_peak_rss_kib()}\n")
        sys.stdout.flush()
        app.quit()

    window.resize(WIDTH, HEIGHT)
    show(window)
    # Installed last, so Qt asks it first: the report is queued ahead of the work
    # the app starts after its first paint.
    watcher = FirstPaint()
    window.installEventFilter(watcher)
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

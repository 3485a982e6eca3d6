"""A process that starts a window, reports when it is first painted, and exits.

``python -m bench.gui_child bare`` shows an empty PySide6 main window: the floor any
Qt app pays. ``python -m bench.gui_child app URL USER [PASSWORD]`` starts Contatti's
main window on ``URL`` as ``contatti`` does: the signed-in window is built
(``build_main_window``) and shown, and the reminders are started from the event loop
once it is on screen. Both print ``shown <peak RSS in KiB>`` when the window's first
paint is done, then ``settled <peak RSS in KiB>`` after the work that follows the
first paint (the reminders' first check) and a short idle pause, and exit.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from functools import partial

WIDTH, HEIGHT = 1100, 700
SETTLE_MS = 200
"""Idle pause after the first paint before the settled memory is read."""


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


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    mode = argv[0]
    if mode != "bare":
        # As ``contatti`` starts: the app's own package first, which loads Qt.
        import desktop.gui.application  # noqa: F401
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    after_shown: list[Callable[[], object]] = []
    if mode == "bare":
        app = QApplication([])
        window = QMainWindow()
    else:
        from desktop.gui.application import build_main_window, start_reminders

        password = argv[3] if len(argv) > 3 else None
        window = build_main_window(argv[1], argv[2], password=password, reminders=False)
        app = QApplication.instance()  # type: ignore[assignment]
        after_shown.append(partial(start_reminders, window))

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
        for work in after_shown:
            QTimer.singleShot(0, work)
        QTimer.singleShot(SETTLE_MS, settled)

    def settled() -> None:
        sys.stdout.write(f"settled {_peak_rss_kib()}\n")
        sys.stdout.flush()
        app.quit()

    watcher = FirstPaint()
    window.installEventFilter(watcher)
    window.resize(WIDTH, HEIGHT)
    window.show()
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

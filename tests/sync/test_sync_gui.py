"""The sync status in the status bar and the Conflicts window, as a user meets them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer

from desktop.core.db import DatabaseUrl
from desktop.core.models import Contact
from desktop.core.sync.conflicts import ConflictService
from desktop.core.sync.engine import SyncEngine
from desktop.gui.conflicts_window import ConflictsWindow
from desktop.gui.operations import Operations
from desktop.gui.sync_status import SyncController, SyncStatusWidget
from tests.sync.test_conflicts import two_edits_of_one_field

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    # The offscreen platform of the tests cannot do this window-manager call.
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

SHOTS = "/tmp"


@pytest.fixture
def controllers():
    made = []
    yield made
    for controller in made:
        controller.stop()


def test_the_status_bar_shows_the_first_download_then_online_and_pending(
    qtbot, server, laptops, controllers
):
    laptop = laptops("a", page_size=2)
    controller = SyncController(laptop.engine)
    controllers.append(controller)
    widget = SyncStatusWidget(controller, lambda: 0)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.state_label.text() == "Not synced yet"
    assert widget.last_sync_label.text() == "Never synced"

    seen = []

    def downloading(done: int, total: int) -> None:
        seen.append((done, total))
        if len(seen) == 3:
            widget.adjustSize()
            widget.grab().save(f"{SHOTS}/sync_status_downloading.png")

    controller.progress.connect(downloading)
    with qtbot.waitSignal(controller.synced, timeout=60_000):
        controller.start()
    assert seen
    assert seen[-1][0] == seen[-1][1]
    assert widget.state_label.text() == "Online"
    assert widget.pending_label.text() == "All changes sent"
    assert widget.last_sync_label.text().startswith("Last sync: ")
    assert widget.download_progress.isHidden()

    laptop.new_contact(last_name="Offline", company="Typed at a customer")
    widget.refresh()
    assert widget.pending_label.text().endswith("to send")
    widget.adjustSize()
    widget.grab().save(f"{SHOTS}/sync_status_pending.png")
    with qtbot.waitSignal(controller.synced, timeout=60_000):
        qtbot.mouseClick(widget.sync_now_button, Qt.MouseButton.LeftButton)
    assert widget.pending_label.text() == "All changes sent"


def test_the_status_bar_says_offline_and_keeps_the_work(
    qtbot, server, laptops, controllers
):
    laptop = laptops("a")
    laptop.sync()
    laptop.new_contact(last_name="Train")
    unreachable = DatabaseUrl.parse("postgresql://postgres@127.0.0.1:9/nowhere")
    engine = SyncEngine(laptop.store.db, unreachable, laptop.clock, "anna")
    controller = SyncController(engine)
    controllers.append(controller)
    widget = SyncStatusWidget(controller, lambda: 2)
    qtbot.addWidget(widget)
    widget.show()
    with qtbot.waitSignal(controller.failed, timeout=60_000) as blocker:
        controller.start()
    message, offline = blocker.args
    assert offline
    assert "kept on this computer" in message
    assert widget.state_label.text() == "Offline"
    assert widget.pending_label.text().endswith("to send")
    assert widget.conflicts_button.text() == "2 conflict(s)"
    widget.adjustSize()
    widget.grab().save(f"{SHOTS}/sync_status_offline.png")


def test_keeping_my_value_in_the_conflicts_window(qtbot, server, laptops):
    a, _b, contact_id = two_edits_of_one_field(server, laptops)
    session = a.session()
    operations = Operations(session)
    window = ConflictsWindow(session, operations)
    qtbot.addWidget(window)
    window.resize(1000, 300)
    window.show()
    table = window.ui.conflict_table
    assert table.rowCount() == 1
    assert table.item(0, 2).text() == "Acme (Anna)"
    assert table.item(0, 4).text() == "Acme (Bruno)"
    assert not window.ui.keep_mine_button.isEnabled()
    table.selectRow(0)
    window.grab().save(f"{SHOTS}/conflicts_window.png")
    with qtbot.waitSignal(window.resolved, timeout=10_000):
        qtbot.mouseClick(window.ui.keep_mine_button, Qt.MouseButton.LeftButton)
    assert table.rowCount() == 0
    assert window.ui.status_label.text() == "No open conflicts."
    with a.bound():
        assert Contact.get_by_id(contact_id).company == "Acme (Anna)"
    assert ConflictService(session).count_open() == 0


def test_cancelling_the_first_download_then_resuming_it(
    qtbot, server, laptops, controllers
):
    laptop = laptops("a", page_size=1)
    controller = SyncController(laptop.engine)
    controllers.append(controller)
    widget = SyncStatusWidget(controller)
    qtbot.addWidget(widget)
    widget.show()

    def cancel_when_shown(done: int, total: int) -> None:
        if done == 2 and widget.cancel_button.isVisible():
            qtbot.mouseClick(widget.cancel_button, Qt.MouseButton.LeftButton)

    controller.progress.connect(cancel_when_shown)
    with qtbot.waitSignal(controller.failed, timeout=60_000) as blocker:
        controller.start()
    assert "continues where it stopped" in blocker.args[0]
    assert not laptop.engine.state().downloaded
    assert widget.download_progress.isHidden()
    controller.progress.disconnect(cancel_when_shown)
    with qtbot.waitSignal(controller.synced, timeout=60_000):
        qtbot.mouseClick(widget.sync_now_button, Qt.MouseButton.LeftButton)
    assert laptop.engine.state().downloaded
    assert widget.state_label.text() == "Online"


def test_the_first_download_behind_a_progress_dialog(qtbot, server, laptops):
    from PySide6.QtWidgets import QApplication, QProgressDialog

    from desktop.gui.sync_status import run_first_download

    laptop = laptops("a", page_size=1)
    shots = []

    def grab_dialog() -> None:
        for widget in QApplication.topLevelWidgets():
            downloading = widget.objectName() == "first_download_dialog"
            if downloading and not shots and widget.isVisible() and widget.value() >= 3:
                widget.grab().save(f"{SHOTS}/first_download_dialog.png")
                shots.append(widget.value())

    poll = QTimer()
    poll.timeout.connect(grab_dialog)
    poll.start(5)
    assert run_first_download(laptop.engine) == ""
    poll.stop()
    assert laptop.engine.state().downloaded
    assert shots
    assert not [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QProgressDialog) and w.isVisible()
    ]


def test_the_first_download_reports_an_unreachable_server(qtbot, server, laptops):
    from desktop.gui.sync_status import run_first_download

    laptop = laptops("a")
    unreachable = DatabaseUrl.parse("postgresql://postgres@127.0.0.1:9/nowhere")
    engine = SyncEngine(laptop.store.db, unreachable, laptop.clock, "anna")
    message = run_first_download(engine)
    assert "not reachable" in message
    assert not engine.state().downloaded

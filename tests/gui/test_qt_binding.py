"""The Qt binding must keep Python's reference counts straight.

PySide6 6.12.0 released a reference to ``None`` on every call returning nothing; on
Python 3.11 a long-running app then aborts with "deallocating None". The pin in
pyproject.toml keeps that release out; this test catches any release like it.
"""

import sys

from PySide6.QtWidgets import QLineEdit


def test_calls_returning_nothing_leave_none_alone(qtbot):
    edit = QLineEdit()
    qtbot.addWidget(edit)
    before = sys.getrefcount(None)
    for _ in range(500):
        edit.setText("Rossi")
    # A few references may come and go elsewhere; the defect loses one per call.
    assert abs(sys.getrefcount(None) - before) < 50


def test_signals_with_booleans_leave_them_alone(qtbot):
    edit = QLineEdit()
    qtbot.addWidget(edit)
    calls = 0

    def changed(text: str) -> None:
        nonlocal calls
        calls += 1
        edit.isModified()  # a call returning a bool, dropped at once

    edit.textChanged.connect(changed)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for number in range(500):
        edit.setText(str(number))
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert calls == 500
    assert abs(after[0] - before[0]) < 50
    assert abs(after[1] - before[1]) < 50

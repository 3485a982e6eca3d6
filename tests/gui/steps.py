"""What a user does in the GUI, as small helpers the tests read like sentences with."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

W = TypeVar("W", bound=QWidget)


def field(window: QWidget, kind: type[W], name: str) -> W:
    """The widget called ``name``; fails clearly if the form has no such widget."""
    widget = window.findChild(kind, name)
    assert widget is not None, f"{window.objectName()} has no {kind.__name__} {name!r}"
    return widget


def type_into(qtbot: QtBot, window: QWidget, name: str, text: str) -> None:
    widget = window.findChild(QWidget, name)
    assert widget is not None, name
    widget.setFocus()
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        widget.selectAll()
        qtbot.keyClicks(widget, text)
    else:
        raise AssertionError(f"{name} is not a text field")


def choose(window: QWidget, name: str, text: str) -> None:
    """Pick the item ``text`` in the combo box ``name``, as a click in its list does."""
    combo = field(window, QComboBox, name)
    index = combo.findText(text)
    assert index >= 0, f"{name} offers {items(window, name)}, not {text!r}"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def items(window: QWidget, name: str) -> list[str]:
    combo = field(window, QComboBox, name)
    return [combo.itemText(i) for i in range(combo.count())]


def click(qtbot: QtBot, window: QWidget, name: str) -> None:
    button = field(window, QAbstractButton, name)
    assert button.isEnabled(), f"{name} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def message_box(qtbot: QtBot, name: str, over: QWidget | None = None) -> QMessageBox:
    """Wait for the message box ``name`` (over the window ``over``); return it."""
    found: list[QMessageBox] = []

    def shown() -> None:
        found[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox)
            and w.objectName() == name
            and w.isVisible()
            and (over is None or w.parentWidget() is over)
        ]
        assert found, f"no message box {name!r} on screen"

    qtbot.waitUntil(shown, timeout=2000)
    return found[0]


def answer(qtbot: QtBot, box: QMessageBox, button: QMessageBox.StandardButton) -> None:
    box.button(button).click()

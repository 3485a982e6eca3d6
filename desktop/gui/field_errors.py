"""Showing a validation problem next to the field it concerns."""

from __future__ import annotations

import logging
from typing import cast

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop.core.errors import FieldProblem

log = logging.getLogger(__name__)

INVALID_PROPERTY = "invalid"
ERROR_COLOR = "#c62828"


def _invalid_style(name: str) -> str:
    """A red frame for the widget named ``name`` only, not for its child widgets.

    Each marked widget gets its own style sheet rather than the window one for all
    fields: a style sheet on the window would make Qt style every child through
    it, changing their metrics and costing time on every window opened.
    """
    return f"#{name} {{ border: 2px solid {ERROR_COLOR}; border-radius: 3px; }}"


class FieldErrors(QObject):
    """Marks invalid fields of ``root``: a red frame and the message just below.

    The message goes in a new row under the field when the field sits in a
    QFormLayout (as every field of Contatti's forms does); otherwise only the frame
    and the tooltip show it. Editing a marked field clears its mark.
    """

    def __init__(self, root: QWidget) -> None:
        super().__init__(root)
        self.root = root
        self._labels: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}

    @property
    def fields(self) -> list[str]:
        """Object names of the fields marked now."""
        return list(self._widgets)

    def message_for(self, field: str) -> str:
        label = self._labels.get(field)
        if label is not None:
            return label.text()
        widget = self._widgets.get(field)
        return widget.toolTip() if widget is not None else ""

    def show(self, problems: list[FieldProblem]) -> list[FieldProblem]:
        """Mark each problem's field; return the problems with no field to mark."""
        unplaced = []
        for problem in problems:
            widget = self.root.findChild(QWidget, problem.field)
            if widget is None:
                unplaced.append(problem)
                continue
            self._mark(problem.field, widget, problem.message)
        return unplaced

    def clear(self, fields: list[str] | None = None) -> None:
        """Remove the marks of ``fields`` (all of them by default)."""
        for name in list(self._widgets) if fields is None else fields:
            widget = self._widgets.pop(name, None)
            if widget is None:
                continue
            widget.setProperty(INVALID_PROPERTY, False)
            widget.setStyleSheet("")
            widget.setToolTip("")
            widget.setAccessibleDescription("")
            label = self._labels.pop(name, None)
            if label is not None:
                layout = _form_of(widget)
                if layout is not None:
                    layout.removeRow(label)
                else:
                    label.deleteLater()

    def _mark(self, name: str, widget: QWidget, message: str) -> None:
        if name in self._widgets:
            label = self._labels.get(name)
            if label is not None:
                label.setText(f"{label.text()}\n{message}")
            return
        self._widgets[name] = widget
        widget.setProperty(INVALID_PROPERTY, True)
        widget.setStyleSheet(_invalid_style(name))
        widget.setToolTip(message)
        widget.setAccessibleDescription(message)
        layout = _form_of(widget)
        if layout is not None:
            row, _role = cast(tuple[int, object], layout.getWidgetPosition(widget))
            label = QLabel(message)
            label.setObjectName(f"{name}_error")
            label.setProperty("field_error", True)
            label.setStyleSheet(f"color: {ERROR_COLOR};")
            label.setWordWrap(True)
            layout.insertRow(row + 1, "", label)
            if widget.isVisible():
                label.show()
            self._labels[name] = label
        _connect_edit(widget, lambda *_: self.clear([name]))


def _form_of(widget: QWidget) -> QFormLayout | None:
    parent = widget.parentWidget()
    if parent is None:
        return None
    for layout in parent.findChildren(QFormLayout):
        row, _role = cast(tuple[int, object], layout.getWidgetPosition(widget))
        if row >= 0:
            return layout
    return None


def _connect_edit(widget: QWidget, slot: object) -> None:
    """Call ``slot`` the next time the user changes ``widget``."""
    if isinstance(widget, QLineEdit):
        signal = widget.textEdited
    elif isinstance(widget, QPlainTextEdit):
        signal = widget.textChanged
    elif isinstance(widget, QComboBox):
        signal = widget.activated
    elif isinstance(widget, QDateTimeEdit):
        signal = widget.editingFinished
    elif isinstance(widget, QAbstractButton):
        signal = widget.clicked
    else:
        return
    signal.connect(slot, Qt.ConnectionType.SingleShotConnection)

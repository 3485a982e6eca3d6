"""Remembering window sizes, splitter positions and column widths between sessions."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QWidget

from desktop.gui.settings import Settings


class HasState(Protocol):
    """What Qt saves and restores as bytes: a splitter, a header, a main window."""

    def saveState(self) -> QByteArray: ...

    def restoreState(
        self, state: QByteArray | bytes | bytearray | memoryview
    ) -> bool: ...


def restore(
    settings: Settings | None, name: str, window: QWidget, parts: dict[str, HasState]
) -> set[str]:
    """Give ``window`` and its ``parts`` the layout saved under ``name``.

    Returns the names of the parts that got a saved layout back.
    """
    restored: set[str] = set()
    if settings is None:
        return restored
    geometry = settings.layout(f"{name}/geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    for part_name, part in parts.items():
        state = settings.layout(f"{name}/{part_name}")
        if state is not None and part.restoreState(state):
            restored.add(part_name)
    return restored


def save(
    settings: Settings | None, name: str, window: QWidget, parts: dict[str, HasState]
) -> None:
    """Store the layout of ``window`` and its ``parts`` under ``name``."""
    if settings is None:
        return
    settings.set_layout(f"{name}/geometry", window.saveGeometry())
    for part_name, part in parts.items():
        settings.set_layout(f"{name}/{part_name}", part.saveState())

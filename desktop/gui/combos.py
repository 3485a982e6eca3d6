"""Filling combo boxes with (id, label) choices and reading the chosen id back.

Ids are kept as strings in the item data, which Qt compares reliably.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

ID_ROLE = Qt.ItemDataRole.UserRole


def fill(
    combo: QComboBox,
    choices: Iterable[tuple[uuid.UUID, str]],
    current: uuid.UUID | None,
    empty_text: str | None = "",
    extra_label: str = "",
) -> None:
    """Offer ``choices``; keep ``current`` selectable even when it is not among them.

    ``empty_text`` None offers no empty choice. ``extra_label`` names ``current``
    when it has to be added (e.g. an activity type the stage no longer allows).
    """
    combo.blockSignals(True)
    try:
        combo.clear()
        if empty_text is not None:
            combo.addItem(empty_text, None)
        for value, label in choices:
            combo.addItem(label, str(value))
        if current is not None and combo.findData(str(current), ID_ROLE) < 0:
            combo.addItem(extra_label or str(current), str(current))
        select(combo, current)
    finally:
        combo.blockSignals(False)


def select(combo: QComboBox, value: uuid.UUID | None) -> None:
    index = combo.findData(str(value), ID_ROLE) if value is not None else 0
    combo.setCurrentIndex(max(index, 0))


def chosen(combo: QComboBox) -> uuid.UUID | None:
    value = combo.currentData(ID_ROLE)
    return uuid.UUID(value) if isinstance(value, str) and value else None

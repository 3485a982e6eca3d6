"""Finding the ``resources/`` folder in the source tree and in a packaged bundle."""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon


def resources_dir() -> Path:
    """The ``resources`` folder: inside a PyInstaller bundle or beside the sources."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    """The path of a file under ``resources/``, e.g. ``("icons", "contatti.svg")``."""
    return resources_dir().joinpath(*parts)


@functools.cache
def _renderings() -> dict[str, list[tuple[int, str]]]:
    """Every icon's PNG renderings as (size, path), read from one folder listing."""
    found: dict[str, list[tuple[int, str]]] = {}
    try:
        entries = list(os.scandir(resource_path("icons", "png")))
    except OSError:
        return found
    for entry in entries:
        stem, dot, extension = entry.name.rpartition(".")
        name, dash, size = stem.rpartition("-")
        if dot and dash and extension == "png" and size.isdigit():
            found.setdefault(name, []).append((int(size), entry.path))
    return found


@functools.cache
def icon(name: str) -> QIcon:
    """The icon ``<name>``, from its PNG renderings; an empty icon if there are none.

    The PNGs are made from ``resources/icons/<name>.svg`` by
    ``python -m desktop.gui.build_icons``; Qt picks the size that fits best. Each
    icon is read once: every contact window carries the application's.
    """
    result = QIcon()
    for size, path in sorted(_renderings().get(name, [])):
        result.addFile(path, QSize(size, size))
    return result


def app_icon() -> QIcon:
    return icon("contatti")

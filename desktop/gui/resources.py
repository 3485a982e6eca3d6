"""Finding the ``resources/`` folder in the source tree and in a packaged bundle."""

from __future__ import annotations

import sys
from pathlib import Path

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


def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg``; an empty icon if it is missing."""
    path = resource_path("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()


def app_icon() -> QIcon:
    return icon("contatti")

"""Per-user folders, from platformdirs (the maintained successor of appdirs)."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "Contatti"
APP_AUTHOR = "Contatti"


def data_dir() -> Path:
    """Folder for the local database; created on demand."""
    path = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    """Folder for the rotating log file; created on demand."""
    path = Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    """Folder for settings; created on demand."""
    path = Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_url() -> str:
    """The embedded default: ``contatti.db`` in the per-user data folder."""
    return f"sqlite:///{(data_dir() / 'contatti.db').as_posix()}"

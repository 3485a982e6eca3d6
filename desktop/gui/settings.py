"""Every user setting of Contatti, declared once with its type and default."""

from __future__ import annotations

import logging
from typing import Any, Generic, TypeVar, overload

from PySide6.QtCore import QByteArray, QSettings

log = logging.getLogger(__name__)

T = TypeVar("T", str, int, bool)


class Setting(Generic[T]):
    """A typed value stored under ``key`` in QSettings, with its default."""

    __slots__ = ("default", "key", "kind")

    def __init__(self, key: str, kind: type[T], default: T) -> None:
        self.key: str = key
        self.kind: type[T] = kind
        self.default: T = default

    def read(self, store: QSettings) -> T:
        raw: Any = store.value(self.key, self.default)
        if raw is None:
            return self.default
        try:
            if self.kind is bool:
                if isinstance(raw, str):
                    return raw.strip().lower() in ("1", "true", "yes", "on")
                return bool(raw)
            return self.kind(raw)
        except (TypeError, ValueError):
            log.warning(
                "setting %s has an unreadable value; using the default", self.key
            )
            return self.default


class _Property(Generic[T]):
    """Exposes a :class:`Setting` as a typed attribute of :class:`Settings`."""

    def __init__(self, setting: Setting[T]) -> None:
        self.setting: Setting[T] = setting

    @overload
    def __get__(self, obj: None, owner: type) -> _Property[T]: ...

    @overload
    def __get__(self, obj: Settings, owner: type) -> T: ...

    def __get__(self, obj: Settings | None, owner: type) -> T | _Property[T]:
        if obj is None:
            return self
        return self.setting.read(obj.qsettings)

    def __set__(self, obj: Settings, value: T) -> None:
        obj.qsettings.setValue(self.setting.key, self.setting.kind(value))


DATABASE_URL = Setting("connection/database_url", str, "")
SERVER_USERNAME = Setting("connection/server_username", str, "")
OFFLINE_COPY = Setting("connection/offline_copy", bool, False)
LANGUAGE = Setting("interface/language", str, "")
REMINDER_INTERVAL_SECONDS = Setting("reminders/interval_seconds", int, 30)
SAVED_PASSWORDS_KEY = "connection/saved_passwords"

ALL_SETTINGS: tuple[Setting[Any], ...] = (
    DATABASE_URL,
    SERVER_USERNAME,
    OFFLINE_COPY,
    LANGUAGE,
    REMINDER_INTERVAL_SECONDS,
)


class Settings:
    """The user's settings, backed by a QSettings the caller chooses.

    The app passes ``QSettings("Contatti", "Contatti")``; tests pass a QSettings on a
    temporary INI file. Window layouts (geometry, state, splitters, table headers) are
    stored as opaque byte arrays under ``layout/<name>``.
    """

    database_url = _Property(DATABASE_URL)
    """URL of the database chosen in the connection dialog ("" = the default file)."""
    server_username = _Property(SERVER_USERNAME)
    """User name last used to sign in to a server database."""
    offline_copy = _Property(OFFLINE_COPY)
    """Work on a local copy of the server database and sync it in the background."""
    language = _Property(LANGUAGE)
    """Interface language code; "" follows the system."""
    reminder_interval_seconds = _Property(REMINDER_INTERVAL_SECONDS)
    """How often reminders are checked while the app runs."""

    def __init__(self, qsettings: QSettings) -> None:
        self.qsettings = qsettings

    def layout(self, name: str) -> QByteArray | None:
        """A saved window geometry, window state, splitter or header state."""
        value = self.qsettings.value(f"layout/{name}")
        if isinstance(value, QByteArray) and not value.isEmpty():
            return value
        return None

    def set_layout(self, name: str, value: QByteArray) -> None:
        self.qsettings.setValue(f"layout/{name}", value)

    def saved_passwords(self) -> frozenset[str] | None:
        """Which passwords Contatti has put in the credential store, by key.

        The keys are made by :func:`desktop.gui.credentials.password_key`; the
        passwords themselves are never here. None while these settings hold no
        record at all: then only the store itself can tell.
        """
        if not self.qsettings.contains(SAVED_PASSWORDS_KEY):
            return None
        value = self.qsettings.value(SAVED_PASSWORDS_KEY, [], type=list)
        keys = value if isinstance(value, list) else [value]
        return frozenset(str(key) for key in keys)

    def record_saved_password(self, key: str, saved: bool) -> None:
        """Note that the password filed under ``key`` is, or is no longer, saved."""
        known = self.saved_passwords()
        before = known or frozenset()
        updated = before | {key} if saved else before - {key}
        if updated != known:  # a start that finds its password writes nothing
            self.qsettings.setValue(SAVED_PASSWORDS_KEY, sorted(updated))

    def sync(self) -> None:
        """Write pending changes to disk now."""
        self.qsettings.sync()

    @classmethod
    def for_user(cls) -> Settings:
        """The settings of the person using this computer."""
        return cls(
            QSettings(
                QSettings.Format.IniFormat,
                QSettings.Scope.UserScope,
                "Contatti",
                "Contatti",
            )
        )

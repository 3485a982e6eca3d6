"""Server database drivers, loaded only when a server database is opened.

peewee imports psycopg and PyMySQL as it is imported itself. Together they take about a
quarter of the start-up time and 25 MB of memory, which a laptop working on its local
SQLite file never uses. :func:`import_peewee` imports peewee with the drivers hidden,
and :func:`load_driver` hands a driver to peewee when a server URL is opened.

This relies on the module-level names peewee 4 binds its drivers to (``psycopg``,
``TransactionStatus``, ``Json_pg3``, ``Jsonb_pg3`` and ``mysql``); the server tests
open PostgreSQL and MariaDB through this path, so a peewee that changes them fails
there.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any

_HIDDEN = ("psycopg", "psycopg2", "psycopg2cffi", "pymysql", "MySQLdb")

_DEFERRED = ("hashlib", "calendar", "socket")
"""Standard modules peewee imports but uses only on paths the app never or rarely
takes (hashing long index names, some date arithmetic, IP address fields). peewee
gets a stand-in that loads the module on first use: ``hashlib`` alone maps OpenSSL,
over 3 MB of memory, and ``socket`` brings ``selectors`` and ``select`` with it."""


class _OnFirstUse(types.ModuleType):
    """Stands in for a module until one of its attributes is first asked for."""

    __spec__ = None  # lets ``import`` hand this object out as it is

    def __getattr__(self, attribute: str) -> Any:
        if attribute.startswith("__"):
            # Probes such as ``hasattr(module, "__wrapped__")`` must not load it.
            raise AttributeError(attribute)
        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]
        return getattr(importlib.import_module(self.__name__), attribute)


def import_peewee() -> None:
    """Import peewee without letting it load the server drivers."""
    if "peewee" in sys.modules:
        return
    hidden = [name for name in _HIDDEN if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # makes import fail
    deferred = {
        name: _OnFirstUse(name) for name in _DEFERRED if name not in sys.modules
    }
    sys.modules.update(deferred)
    try:
        importlib.import_module("peewee")
    finally:
        for name in hidden:
            if sys.modules.get(name, False) is None:
                del sys.modules[name]
        for name, stand_in in deferred.items():
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]


def load_driver(backend: str) -> None:
    """Give peewee the driver for ``backend`` ("postgresql" or "mysql")."""
    peewee = importlib.import_module("peewee")
    names = vars(peewee)
    given: dict[str, object] = {}
    if backend == "postgresql" and names.get("psycopg") is None:
        import psycopg
        from psycopg.pq import TransactionStatus
        from psycopg.types.json import Json, Jsonb

        given = {
            "psycopg": psycopg,
            "TransactionStatus": TransactionStatus,
            "Json_pg3": Json,
            "Jsonb_pg3": Jsonb,
        }
    elif backend == "mysql" and names.get("mysql") is None:
        import pymysql

        given = {"mysql": pymysql}
    for name, value in given.items():
        setattr(peewee, name, value)

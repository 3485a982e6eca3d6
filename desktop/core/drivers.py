"""Server database drivers, loaded only when a server database is opened.

peewee imports psycopg2 and PyMySQL as it is imported itself. Loading them takes
tens of milliseconds and several MB of memory (psycopg2 brings its own libpq and
OpenSSL), which a laptop working on its local SQLite file never uses.
:func:`import_peewee` imports peewee with the drivers hidden, and
:func:`load_driver` hands a driver to peewee when a server URL is opened.

PostgreSQL is reached through psycopg2 rather than psycopg 3: both are supported by
peewee, but importing psycopg 3 brings asyncio, ``importlib.metadata`` and
``ctypes`` with it, about 140 ms and 22 MB before the first query, where psycopg2
takes about 25 ms.

psycopg2's module imports Python's ``ssl`` only to let it set up OpenSSL's thread
locking before libpq does, which OpenSSL has done by itself since version 1.1; when
the import fails it leaves that set-up to libpq. Its binary wheels bring their own
OpenSSL, which libpq uses for TLS to the server, so Python's ``ssl`` would only map a
second copy of OpenSSL: about 2 MB of memory on every server start. It is hidden
while psycopg2 is imported. PyMySQL, on the contrary, needs ``ssl`` for its TLS.

This relies on the names peewee 4 binds its drivers to (``psycopg2``,
``pg_extensions``, ``pg_register_uuid``, ``Json_pg2`` and ``mysql``) and on the
transaction status constants of its psycopg2 adapter, which it sets only when
psycopg2 was importable with peewee; the server tests open PostgreSQL and MariaDB
through this path, so a peewee that changes them fails there.
"""

from __future__ import annotations

import importlib
import sys
import types
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

_HIDDEN = ("psycopg", "psycopg2", "psycopg2cffi", "pymysql", "MySQLdb")

_DEFERRED = ("hashlib", "calendar", "socket", "json")
"""Standard modules peewee imports but uses only on paths the app never or rarely
takes (hashing long index names, some date arithmetic, IP address fields, JSON
fields). peewee gets a stand-in that loads the module on first use: ``hashlib``
alone maps OpenSSL, over 3 MB of memory, ``socket`` brings ``selectors`` and
``select`` with it, and ``json`` compiles its regular expressions."""


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


@contextmanager
def _hidden(names: tuple[str, ...]) -> Iterator[None]:
    """Make importing any of ``names`` fail meanwhile, unless already imported."""
    hidden = [name for name in names if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # makes import fail
    try:
        yield
    finally:
        for name in hidden:
            if sys.modules.get(name, False) is None:
                del sys.modules[name]


def import_peewee() -> None:
    """Import peewee without letting it load the server drivers."""
    if "peewee" in sys.modules:
        return
    deferred = {
        name: _OnFirstUse(name) for name in _DEFERRED if name not in sys.modules
    }
    sys.modules.update(deferred)
    try:
        with _hidden(_HIDDEN):
            importlib.import_module("peewee")
    finally:
        for name, stand_in in deferred.items():
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]


def load_driver(backend: str) -> None:
    """Give peewee the driver for ``backend`` ("postgresql" or "mysql")."""
    peewee = importlib.import_module("peewee")
    names = vars(peewee)
    given: dict[str, object] = {}
    if backend == "postgresql" and names.get("psycopg2") is None:
        with _hidden(("ssl",)):
            import psycopg2
        from psycopg2 import extensions
        from psycopg2.extras import Json, register_uuid

        register_uuid()  # UUID columns read as ``uuid.UUID``, as peewee expects
        given = {
            "psycopg2": psycopg2,
            "pg_extensions": extensions,
            "pg_register_uuid": register_uuid,
            "Json_pg2": Json,
        }
        adapter = peewee.Psycopg2Adapter
        adapter.txn_idle = extensions.TRANSACTION_STATUS_IDLE
        adapter.txn_inerror = extensions.TRANSACTION_STATUS_INERROR
        adapter.txn_unknown = extensions.TRANSACTION_STATUS_UNKNOWN
    elif backend == "mysql" and names.get("mysql") is None:
        import pymysql

        given = {"mysql": pymysql}
    for name, value in given.items():
        setattr(peewee, name, value)

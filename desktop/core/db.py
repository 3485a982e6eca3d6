"""Opening the database chosen by URL, on SQLite, PostgreSQL or MariaDB/MySQL."""

from __future__ import annotations

import logging
import os
import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Any, NamedTuple, TypeVar
from urllib.parse import parse_qs, unquote, urlsplit

import peewee

from desktop.core.drivers import load_driver
from desktop.core.errors import DatabaseUnavailableError

log = logging.getLogger(__name__)

T = TypeVar("T")

ENV_VAR = "CONTATTI_DATABASE"
SQLITE_BUSY_TIMEOUT_MS = 5000

TRANSACTION_ATTEMPTS = 4
"""How often a transaction runs before a deadlock is reported to the caller."""
RETRY_PAUSE = 0.05
"""Seconds before the second attempt, doubled for each further one (randomised)."""

_ROLLED_BACK_SQLSTATES = {
    "40P01": "deadlock",
    "40001": "serialization failure",
}
"""PostgreSQL errors after which the server has rolled the whole transaction back."""
_MYSQL_DEADLOCK = 1213
"""MariaDB/MySQL's deadlock error; InnoDB has rolled the whole transaction back."""


class Backend(StrEnum):
    SQLITE = "sqlite"
    POSTGRESQL = "postgresql"
    MYSQL = "mysql"


_SCHEMES = {
    "sqlite": Backend.SQLITE,
    "postgresql": Backend.POSTGRESQL,
    "postgres": Backend.POSTGRESQL,
    "mysql": Backend.MYSQL,
    "mariadb": Backend.MYSQL,
}

_DEFAULT_PORTS = {Backend.POSTGRESQL: 5432, Backend.MYSQL: 3306}


class DatabaseUrl(NamedTuple):
    """A parsed database URL; ``password`` is never part of ``display``."""

    backend: Backend
    database: str
    host: str = ""
    port: int | None = None
    user: str = ""
    password: str = ""

    @classmethod
    def parse(cls, url: str) -> DatabaseUrl:
        parts = urlsplit(url)
        backend = _SCHEMES.get(parts.scheme.lower())
        if backend is None:
            raise ValueError(
                f"Database URL {url!r} is not understood: it must start with "
                "sqlite:///, postgresql:// or mysql://"
            )
        if backend is Backend.SQLITE:
            # sqlite:///relative/file.db and sqlite:////absolute/file.db, or on
            # Windows sqlite:///C:/Users/...
            path = unquote(parts.path)
            if (
                (path.startswith("/") and len(path) > 2 and path[2] == ":")
                or (path.startswith("/") and not path.startswith("//"))
                or path.startswith("//")
            ):
                path = path[1:]
            if not path:
                raise ValueError(
                    "A SQLite URL needs a file name: sqlite:///path/file.db"
                )
            return cls(backend, path)
        name = unquote(parts.path.lstrip("/"))
        if not name:
            raise ValueError(
                f"Database URL {url!r} names no database: add it after the host, "
                "as in postgresql://user@host:5432/contatti"
            )
        query = parse_qs(parts.query)
        password = unquote(parts.password or "") or query.get("password", [""])[0]
        return cls(
            backend,
            name,
            host=parts.hostname or "localhost",
            port=parts.port or _DEFAULT_PORTS[backend],
            user=unquote(parts.username or ""),
            password=password,
        )

    @property
    def is_server(self) -> bool:
        return self.backend is not Backend.SQLITE

    def with_password(self, password: str) -> DatabaseUrl:
        return DatabaseUrl(
            self.backend, self.database, self.host, self.port, self.user, password
        )

    def with_database(self, database: str) -> DatabaseUrl:
        return DatabaseUrl(
            self.backend, database, self.host, self.port, self.user, self.password
        )

    @property
    def display(self) -> str:
        """The URL as shown to people and written to logs: never with the password."""
        if self.backend is Backend.SQLITE:
            return f"sqlite:///{self.database}"
        user = f"{self.user}@" if self.user else ""
        return f"{self.backend.value}://{user}{self.host}:{self.port}/{self.database}"


def resolve_url(
    cli_value: str | None, saved_value: str | None, default: str | None = None
) -> str:
    """Pick the database URL: command line, then environment, then saved setting.

    With none of them, the embedded default (a SQLite file in the user's data folder).
    """
    for value in (cli_value, os.environ.get(ENV_VAR), saved_value):
        if value:
            return value
    if default is not None:
        return default
    from desktop.core.paths import default_database_url

    return default_database_url()


class Store:
    """An open database with the models bound to it.

    The store is what services receive: it is the one way into the data.
    """

    def __init__(self, url: DatabaseUrl, database: peewee.Database) -> None:
        self.url = url
        self.db = database
        self.cache: dict[str, Any] = {}
        """Values derived from the data that services may keep between calls, each
        stored with what proves it is still current."""

    @property
    def backend(self) -> Backend:
        return self.url.backend

    def transaction(self, body: Callable[[], T]) -> T:
        """Run ``body`` in one transaction, again if a deadlock rolled it back.

        The way services change data; see :func:`run_transaction`.
        """
        return run_transaction(self.db, body)

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """One transaction, run once: for bulk writes and schema changes.

        Services use :meth:`transaction`, which survives deadlocks.
        """
        with self.db.atomic():
            yield

    def close(self) -> None:
        if not self.db.is_closed():
            self.db.close()


def rolled_back_by_server(exc: BaseException) -> str | None:
    """Why the server rolled back the whole transaction behind ``exc``, if it did.

    That is a deadlock it broke (MariaDB error 1213, PostgreSQL 40P01) or a
    serialization failure (PostgreSQL 40001). peewee wraps the driver's error (and
    keeps it as ``orig``), and an error raised while rolling back a savepoint after
    a deadlock on MariaDB carries the deadlock as its context; both are looked at. A
    lock wait timeout (MariaDB 1205) is not among them: InnoDB rolls back only the
    statement that waited, and the lock is still held by someone.
    """
    seen: set[int] = set()
    pending: list[BaseException] = [exc]
    while pending:
        error = pending.pop()
        if id(error) in seen:
            continue
        seen.add(id(error))
        sqlstate = getattr(error, "pgcode", None)
        if sqlstate in _ROLLED_BACK_SQLSTATES:
            return f"{_ROLLED_BACK_SQLSTATES[sqlstate]} ({sqlstate})"
        args = getattr(error, "args", ())
        if args and args[0] == _MYSQL_DEADLOCK:
            return f"deadlock ({_MYSQL_DEADLOCK})"
        linked = (getattr(error, "orig", None), error.__cause__, error.__context__)
        pending += [e for e in linked if isinstance(e, BaseException)]
    return None


def run_transaction(
    db: peewee.Database,
    body: Callable[[], T],
    *,
    attempts: int = TRANSACTION_ATTEMPTS,
    pause: Callable[[float], None] = time.sleep,
) -> T:
    """Run ``body`` in a transaction; run it again if the server rolled it back.

    When two transactions wait for each other's locks the server fails one of them
    and rolls it back whole (see :func:`rolled_back_by_server`); running it again
    after a short randomised pause normally succeeds, as the other has finished by
    then. Each retry is logged. ``body`` must therefore be safe to run again: it
    reads what it needs inside the transaction and leaves no Python object half
    updated by an attempt that failed.

    Inside an outer transaction ``body`` runs once, in a savepoint: the rollback
    undid the outer transaction too, so only the outermost one may run again.
    """
    if db.in_transaction():
        with db.atomic():
            return body()
    for attempt in range(1, attempts + 1):
        try:
            with db.atomic():
                return body()
        except Exception as exc:
            reason = rolled_back_by_server(exc)
            if reason is None or attempt == attempts:
                raise
            delay = RETRY_PAUSE * 2 ** (attempt - 1) * random.uniform(0.5, 1.5)
            log.warning(
                "transaction rolled back by the server, %s: attempt %d of %d in %d ms",
                reason,
                attempt + 1,
                attempts,
                delay * 1000,
            )
            pause(delay)
    raise AssertionError("unreachable: the last attempt returns or raises")


def make_database(url: DatabaseUrl) -> peewee.Database:
    """Create (but do not connect) the peewee database for ``url``."""
    if url.backend is Backend.SQLITE:
        if url.database != ":memory:":
            Path(url.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        return peewee.SqliteDatabase(
            str(Path(url.database).expanduser())
            if url.database != ":memory:"
            else ":memory:",
            pragmas={
                "journal_mode": "wal",
                "foreign_keys": 1,
                "busy_timeout": SQLITE_BUSY_TIMEOUT_MS,
                # A laptop's file may be the only copy of its work: FULL makes every
                # commit durable across a power loss, which NORMAL does not in WAL.
                "synchronous": "full",
                "cache_size": -16000,
            },
        )
    load_driver(url.backend.value)
    if url.backend is Backend.POSTGRESQL:
        return peewee.PostgresqlDatabase(
            url.database,
            host=url.host,
            port=url.port,
            user=url.user or None,
            password=url.password or None,
            connect_timeout=10,
            application_name="contatti",
        )
    return peewee.MySQLDatabase(
        url.database,
        host=url.host,
        port=url.port or 3306,
        user=url.user or "root",
        password=url.password,
        charset="utf8mb4",
        connect_timeout=10,
        # Microsecond precision for times, as on the other backends.
        field_types={"DATETIME": "DATETIME(6)"},
        sql_mode="STRICT_TRANS_TABLES,NO_ENGINE_SUBSTITUTION",
    )


def connect(url: str | DatabaseUrl) -> Store:
    """Open the database at ``url`` and bind the models to it; no migration is run."""
    from desktop.core.models import ALL_MODELS

    parsed = url if isinstance(url, DatabaseUrl) else DatabaseUrl.parse(url)
    database = make_database(parsed)
    try:
        database.connect(reuse_if_open=True)
    except peewee.OperationalError as exc:
        raise DatabaseUnavailableError(
            f"Cannot open the database {parsed.display}: {exc}. Check that the server "
            "is running and reachable, and the user name and password."
        ) from exc
    database.bind(ALL_MODELS)
    log.info("connected to %s", parsed.display)
    return Store(parsed, database)

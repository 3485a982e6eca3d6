"""Creating and dropping throw-away databases on the test servers."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

POSTGRESQL = os.environ.get(
    "CONTATTI_TEST_POSTGRESQL", "postgresql://postgres@127.0.0.1:5432"
)
MYSQL = os.environ.get("CONTATTI_TEST_MYSQL", "mysql://root@127.0.0.1:3306")


def servers_required() -> bool:
    return os.environ.get("CONTATTI_REQUIRE_SERVERS", "") not in ("", "0")


def _unavailable(backend: str, exc: Exception) -> None:
    message = f"{backend} server is not reachable: {exc}"
    if servers_required():
        pytest.fail(message + " (CONTATTI_REQUIRE_SERVERS is set)", pytrace=False)
    pytest.skip(message)


def _admin_postgresql():  # type: ignore[no-untyped-def]
    """A connection to the server's ``postgres`` database, committing each statement."""
    import psycopg2

    from desktop.core.db import DatabaseUrl

    url = DatabaseUrl.parse(POSTGRESQL + "/postgres")
    conn = psycopg2.connect(
        host=url.host,
        port=url.port,
        user=url.user or "postgres",
        password=url.password or None,
        dbname="postgres",
        connect_timeout=5,
    )
    conn.autocommit = True
    return conn


def on_postgresql(sql: str) -> None:
    """Run ``sql`` in the server's ``postgres`` database, committed at once."""
    conn = _admin_postgresql()
    try:
        with conn.cursor() as cursor:
            cursor.execute(sql)
    finally:
        conn.close()


def postgresql_error(sqlstate: str) -> Exception:
    """The error psycopg2 raises when the server reports ``sqlstate``.

    Raised by the server itself, so it carries the code and class a real failure
    would.
    """
    try:
        on_postgresql(
            "DO $$ BEGIN RAISE EXCEPTION 'raised on purpose by a test' "
            f"USING ERRCODE = '{sqlstate}'; END $$"
        )
    except Exception as exc:
        if getattr(exc, "pgcode", None) == sqlstate:
            return exc
        _unavailable("PostgreSQL", exc)
    raise AssertionError(f"the server raised nothing for SQLSTATE {sqlstate}")


def _admin_mysql():  # type: ignore[no-untyped-def]
    import pymysql

    from desktop.core.db import DatabaseUrl

    url = DatabaseUrl.parse(MYSQL + "/mysql")
    return pymysql.connect(
        host=url.host,
        port=url.port or 3306,
        user=url.user or "root",
        password=url.password,
        autocommit=True,
        connect_timeout=5,
    )


def create_database(backend: str) -> str:
    """Create an empty database and return its URL."""
    name = f"contatti_test_{uuid.uuid4().hex[:12]}"
    if backend == "postgresql":
        try:
            on_postgresql(f'CREATE DATABASE "{name}"')
        except Exception as exc:
            _unavailable("PostgreSQL", exc)
        return f"{POSTGRESQL}/{name}"
    try:
        conn = _admin_mysql()
    except Exception as exc:
        _unavailable("MariaDB", exc)
    with conn, conn.cursor() as cur:
        cur.execute(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4")
    return f"{MYSQL}/{name}"


def drop_database(backend: str, url: str) -> None:
    name = url.rsplit("/", 1)[1]
    if backend == "postgresql":
        on_postgresql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        return
    conn = _admin_mysql()
    with conn, conn.cursor() as cur:
        cur.execute(f"DROP DATABASE IF EXISTS `{name}`")


def fresh_database(backend: str, tmp_path: Path) -> Iterator[str]:
    """Yield the URL of a new database on ``backend``; drop it afterwards."""
    if backend == "sqlite":
        yield f"sqlite:///{(tmp_path / 'contatti.db').as_posix()}"
        return
    url = create_database(backend)
    try:
        yield url
    finally:
        drop_database(backend, url)

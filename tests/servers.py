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
    import psycopg

    from desktop.core.db import DatabaseUrl

    url = DatabaseUrl.parse(POSTGRESQL + "/postgres")
    return psycopg.connect(
        host=url.host,
        port=url.port,
        user=url.user or "postgres",
        password=url.password or None,
        dbname="postgres",
        autocommit=True,
        connect_timeout=5,
    )


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
            conn = _admin_postgresql()
        except Exception as exc:
            _unavailable("PostgreSQL", exc)
        with conn:
            conn.execute(f'CREATE DATABASE "{name}"')
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
        with _admin_postgresql() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
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

"""Shared fixtures: a fresh database on every backend, a clock the test moves.

Server tests run against PostgreSQL and MariaDB on this machine; each test makes its own
database and drops it afterwards. Set ``CONTATTI_REQUIRE_SERVERS=1`` (as CI does) to
make an unreachable server a failure instead of a skip. Point at other servers with
``CONTATTI_TEST_POSTGRESQL`` and ``CONTATTI_TEST_MYSQL`` (URLs without a database name).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.core.bootstrap import open_store, sign_in
from desktop.core.clock import ManualClock
from desktop.core.db import Store
from desktop.core.session import Session
from tests import servers

BACKENDS = ["sqlite", "postgresql", "mysql"]


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 3, 2, 9, 0, tzinfo=UTC))


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL to a new, empty database on each backend in turn."""
    yield from servers.fresh_database(request.param, tmp_path)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{(tmp_path / 'contatti.db').as_posix()}"


@pytest.fixture
def store(database_url: str, clock: ManualClock) -> Iterator[Store]:
    store = open_store(database_url, clock)
    yield store
    store.close()


@pytest.fixture
def session(store: Store, clock: ManualClock) -> Session:
    """The administrator of a new database, signed in."""
    if store.url.is_server:
        return sign_in(store, clock, "anna", "secret-pw")
    return sign_in(store, clock, "anna")


@pytest.fixture
def unique() -> str:
    return uuid.uuid4().hex[:8]

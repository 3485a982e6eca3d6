"""Fixtures for sync tests: a server database and laptops with offline copies."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from desktop.core.bootstrap import open_store, sign_in
from desktop.core.clock import ManualClock
from desktop.core.contacts import ContactDraft, ContactService, EntryDraft
from desktop.core.db import DatabaseUrl, Store
from desktop.core.models import ALL_MODELS, Role, User
from desktop.core.session import Session, system_fields
from desktop.core.sync.copy import open_local_copy
from desktop.core.sync.engine import SyncEngine
from desktop.core.sync.hlc import server_stamp
from desktop.core.sync.models import SyncConflict
from desktop.core.sync.tables import SPECS, STAGE_LOG, TABLE_ORDER
from desktop.core.tasks import TaskService
from desktop.core.users import hash_password
from desktop.core.workflow import load_rules
from tests import servers

SERVER_BACKENDS = ["postgresql", "mysql"]
PASSWORD = "secret-pw"
START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
MODELS = [*ALL_MODELS, SyncConflict]


class Server:
    """The shared database, with an office session working on it directly."""

    def __init__(self, url: str, clock: ManualClock) -> None:
        self.url = url
        self.clock = clock
        self.store: Store = open_store(url, clock)
        with self.bound():
            self.session = sign_in(self.store, clock, "anna", PASSWORD)
            User.create(
                username="bruno",
                full_name="Bruno Bianchi",
                role=Role.OPERATOR.value,
                password_hash=hash_password(PASSWORD),
                **system_fields(clock.now()),
            )

    @contextmanager
    def bound(self) -> Iterator[None]:
        with self.store.db.bind_ctx(MODELS):
            yield

    def rows(self) -> dict[str, dict[str, dict[str, Any]]]:
        return table_rows(self.store, "%s")

    def close(self) -> None:
        self.store.close()


class Laptop:
    """One laptop: its own clock, its SQLite copy and its sync engine."""

    def __init__(
        self,
        name: str,
        folder: Path,
        server: Server,
        username: str = "anna",
        **engine: Any,
    ) -> None:
        self.name = name
        self.username = username
        self.clock = ManualClock(server.clock.now())
        self.store = open_local_copy(
            f"sqlite:///{(folder / f'{name}.db').as_posix()}", self.clock
        )
        self.engine = SyncEngine(
            self.store.db,
            DatabaseUrl.parse(server.url),
            self.clock,
            username,
            server_now=server.clock.now,
            **engine,
        )

    @contextmanager
    def bound(self) -> Iterator[None]:
        with self.store.db.bind_ctx(MODELS):
            yield

    def session(self) -> Session:
        with self.bound():
            user = User.get(User.username == self.username)
        return Session(self.store, self.clock, user)

    def sync(self) -> Any:
        return self.engine.sync()

    # -- what a user does, through the real services ----------------------------

    def new_contact(self, **values: Any) -> uuid.UUID:
        with self.bound():
            service = ContactService(self.session())
            draft = service.new_draft()
            for name, value in values.items():
                setattr(draft, name, value)
            return service.save(draft).id  # type: ignore[return-value]

    def edit_contact(self, contact_id: uuid.UUID, **values: Any) -> ContactDraft:
        with self.bound():
            service = ContactService(self.session())
            draft = service.load(contact_id)
            for name, value in values.items():
                setattr(draft, name, value)
            return service.save(draft)

    def add_entry(self, contact_id: uuid.UUID, **values: Any) -> ContactDraft:
        with self.bound():
            service = ContactService(self.session())
            draft = service.load(contact_id)
            draft.entries.insert(0, EntryDraft(**values))
            return service.save(draft)

    def move(self, contact_id: uuid.UUID, stage_code: str) -> ContactDraft:
        with self.bound():
            rules = load_rules(self.store)
            target = next(s for s in rules.stages.values() if s.code == stage_code)
            service = ContactService(self.session())
            draft = service.load(contact_id)
            draft.new_stage_id = target.id
            return service.save(draft)

    def complete(self, task_id: uuid.UUID, note: str = "") -> Any:
        with self.bound():
            return TaskService(self.session()).complete(task_id, note)

    def type_id(self, code: str) -> uuid.UUID:
        with self.bound():
            return next(
                t.id for t in load_rules(self.store).activity_types if t.code == code
            )

    def user_id(self, username: str) -> uuid.UUID:
        with self.bound():
            return User.get(User.username == username).id  # type: ignore[no-any-return]

    def rows(self) -> dict[str, dict[str, dict[str, Any]]]:
        return table_rows(self.store, "?")

    def close(self) -> None:
        self.engine.disconnect()
        self.store.close()


def table_rows(store: Store, _param: str) -> dict[str, dict[str, dict[str, Any]]]:
    """Every synced row of ``store`` in wire form, by table and id."""
    result: dict[str, dict[str, dict[str, Any]]] = {}
    for table in TABLE_ORDER:
        spec = SPECS[table]
        quote = "`" if store.backend.value == "mysql" else '"'
        columns = ", ".join(f"{quote}{c}{quote}" for c in spec.columns)
        rows = store.db.execute_sql(
            f"SELECT {columns} FROM {quote}{table}{quote}"
        ).fetchall()
        result[table] = {}
        for row in rows:
            wire = spec.row_to_wire(spec.columns, row)
            result[table][str(wire["id"])] = wire
    return result


@pytest.fixture(params=SERVER_BACKENDS)
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Server]:
    for url in servers.fresh_database(request.param, tmp_path):
        handle = Server(url, ManualClock(START))
        try:
            yield handle
        finally:
            handle.close()


@pytest.fixture
def laptops(server: Server, tmp_path: Path) -> Iterator[Callable[..., Laptop]]:
    made: list[Laptop] = []

    def make(name: str, **options: Any) -> Laptop:
        laptop = Laptop(name, tmp_path, server, **options)
        made.append(laptop)
        return laptop

    yield make
    for laptop in made:
        laptop.close()


def move_stamps(server: Server) -> dict[str, str]:
    """The stamp the server keeps for each stage-log row that has one, by row id."""
    rows = server.store.db.execute_sql(
        "SELECT row_id, clocks FROM sync_row_clock WHERE table_name = %s",
        (STAGE_LOG,),
    ).fetchall()
    return {
        str(row_id): json.loads(clocks)["to_stage_id"][0] for row_id, clocks in rows
    }


def latest_move(server: Server, contact_id: uuid.UUID) -> dict[str, Any]:
    """The contact's log row that sets its stage: the latest by the server's stamps.

    A row without a stamp (written before the server kept clocks) counts as stamped
    by the server at its own ``changed_at``.
    """
    stamps = move_stamps(server)
    moves = [
        m
        for m in server.rows()[STAGE_LOG].values()
        if m["contact_id"] == contact_id.hex
    ]

    def order(move: dict[str, Any]) -> tuple[str, str]:
        fallback = server_stamp(datetime.fromisoformat(move["changed_at"]))
        return stamps.get(move["id"], fallback), move["id"]

    return max(moves, key=order)


def differences(expected: dict, actual: dict) -> list[str]:
    """Readable differences between two copies' rows, for assertion messages."""
    found = []
    for table in expected:
        for row_id in set(expected[table]) | set(actual.get(table, {})):
            want, got = expected[table].get(row_id), actual.get(table, {}).get(row_id)
            if want is None or got is None:
                found.append(f"{table} {row_id}: {want!r} != {got!r}")
                continue
            for column in want:
                if want[column] != got.get(column):
                    have = got.get(column)
                    found.append(
                        f"{table} {row_id} {column}: {want[column]!r} != {have!r}"
                    )
    return found

"""The server connection killed mid-sync, and the server itself restarted mid-sync.

Killing a connection only touches this test's own session, so it runs on the shared
servers. Restarting needs a server of our own: a private PostgreSQL cluster is made
in a temporary folder on a free port, and only that one is stopped and started.
"""

from __future__ import annotations

import contextlib
import glob
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.clock import ManualClock
from desktop.core.sync.engine import SyncError
from desktop.core.sync.tables import CONTACT
from tests import servers
from tests.sync.conftest import START, Laptop, Server, differences

KILL_AT = ["push:locked", "push:op_applied", "push:before_commit", "push:committed"]


def own_connection_id(laptop: Laptop) -> int:
    """The server-side id of the laptop's sync connection."""
    db = laptop.engine._server_db
    assert db is not None
    if laptop.engine.server_url.backend.value == "postgresql":
        return int(db.execute_sql("SELECT pg_backend_pid()").fetchone()[0])
    return int(db.execute_sql("SELECT CONNECTION_ID()").fetchone()[0])


def kill(server: Server, connection_id: int) -> None:
    if server.store.backend.value == "postgresql":
        server.store.db.execute_sql("SELECT pg_terminate_backend(%s)", (connection_id,))
    else:
        server.store.db.execute_sql(f"KILL {int(connection_id)}")


def offline_work(laptop: Laptop) -> uuid.UUID:
    contact_id = laptop.new_contact(last_name="Ferri", company="Kiln")
    laptop.add_entry(
        contact_id, done_type_id=laptop.type_id("EMAIL"), done_description="quote sent"
    )
    laptop.edit_contact(contact_id, phone="0456")
    return contact_id


def no_duplicates(server: Server) -> bool:
    rows = server.store.db.execute_sql(
        "SELECT op_id, table_name, row_id, kind FROM sync_change"
    ).fetchall()
    counts = Counter(tuple(r) for r in rows if r[1] != "sync_conflict")
    return max(counts.values()) == 1


@pytest.mark.parametrize("step", KILL_AT)
def test_the_connection_killed_mid_sync_then_a_retry(server, laptops, step):
    laptop = laptops("a")
    laptop.sync()
    contact_id = offline_work(laptop)
    fired = []

    def killer(reached: str) -> None:
        if reached == step and not fired:
            fired.append(reached)
            kill(server, own_connection_id(laptop))

    laptop.engine.hook = killer
    with pytest.raises(SyncError, match="Nothing was lost"):
        laptop.sync()
    laptop.engine.hook = lambda reached: None
    laptop.sync()
    laptop.sync()
    rows = server.rows()
    assert rows[CONTACT][contact_id.hex]["phone"] == "0456"
    assert laptop.engine.state().pending == 0
    assert no_duplicates(server)
    assert differences(rows, laptop.rows()) == []


# -- a private PostgreSQL that the test may stop and start ----------------------------


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PrivatePostgres:
    def __init__(self, folder: Path) -> None:
        binaries = sorted(glob.glob("/usr/lib/postgresql/*/bin"))
        if not binaries or shutil.which("runuser") is None:
            pytest.skip("no PostgreSQL binaries to start a private server")
        self.bin = Path(binaries[-1])
        self.folder = folder
        self.data = folder / "data"
        self.port = _free_port()
        shutil.chown(folder, "postgres", "postgres")
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres")
        self.start()

    def _run(self, tool: str, *args: str) -> None:
        subprocess.run(
            ["runuser", "-u", "postgres", "--", str(self.bin / tool), *args],
            check=True,
            capture_output=True,
            timeout=120,
        )

    def start(self) -> None:
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1"
        self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.folder / "log"),
            "-w",
            "start",
        )

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}"

    def create_database(self) -> str:
        import psycopg2

        name = f"contatti_{uuid.uuid4().hex[:8]}"
        conn = psycopg2.connect(
            host="127.0.0.1", port=self.port, user="postgres", dbname="postgres"
        )
        try:
            conn.autocommit = True
            with conn.cursor() as cursor:
                cursor.execute(f'CREATE DATABASE "{name}"')
        finally:
            conn.close()
        return f"{self.url}/{name}"


@pytest.fixture
def private_postgres() -> Iterator[PrivatePostgres]:
    # Not under pytest's own temporary folder: the postgres user cannot enter it.
    folder = Path(tempfile.mkdtemp(prefix="contatti-pg-"))
    try:
        server = PrivatePostgres(folder)
    except subprocess.CalledProcessError as exc:
        shutil.rmtree(folder, ignore_errors=True)
        if servers.servers_required():
            raise
        pytest.skip(f"cannot start a private PostgreSQL: {exc.stderr!r}")
    yield server
    with contextlib.suppress(subprocess.CalledProcessError):
        server.stop()
    shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.parametrize("step", ["push:op_applied", "push:committed", "pull:fetched"])
def test_the_server_restarted_mid_sync_then_a_retry(private_postgres, tmp_path, step):
    server = Server(private_postgres.create_database(), ManualClock(START))
    laptop = Laptop("a", tmp_path, server)
    try:
        laptop.sync()
        contact_id = offline_work(laptop)
        waiting = laptop.engine.state().pending
        server.close()
        restarted = []

        def crash_server(reached: str) -> None:
            if reached == step and not restarted:
                restarted.append(reached)
                private_postgres.stop()

        laptop.engine.hook = crash_server
        with pytest.raises(SyncError):
            laptop.sync()
        with pytest.raises(SyncError, match="not reachable"):
            laptop.sync()  # the server is still down: the work stays on the laptop
        unsent = waiting if step == "push:op_applied" else 0
        assert laptop.engine.state().pending == unsent
        laptop.engine.hook = lambda reached: None
        private_postgres.start()
        laptop.sync()
        laptop.sync()
        server.store.db.connect(reuse_if_open=True)
        rows = server.rows()
        assert rows[CONTACT][contact_id.hex]["phone"] == "0456"
        assert no_duplicates(server)
        assert differences(rows, laptop.rows()) == []
    finally:
        laptop.close()
        server.close()

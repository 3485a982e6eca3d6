"""The demo databases the benchmarks run on, made once per size and reused.

A SQLite file lives in the data folder; a PostgreSQL database is made on the server
named by ``CONTATTI_BENCH_POSTGRESQL`` (default: the test server on this machine).
A small JSON file next to them records what was generated and how long it took, so
a later run reuses the data and still reports the generation time.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from bench.common import on_postgresql_server, say
from desktop.core.bootstrap import open_store
from desktop.core.clock import SystemClock
from desktop.core.db import Store
from desktop.core.demo import generate_demo
from desktop.core.models import Contact

POSTGRESQL = os.environ.get(
    "CONTATTI_BENCH_POSTGRESQL", "postgresql://postgres@127.0.0.1:5432"
)
SEED = 1


@dataclass
class Dataset:
    """A demo database ready for the benchmarks."""

    backend: str
    url: str
    contacts: int
    entries: int
    tasks: int
    log_rows: int
    generation_s: float
    generated_now: bool
    large_contact_id: str

    def open(self) -> Store:
        return open_store(self.url, SystemClock())


def default_data_dir() -> Path:
    return Path(tempfile.gettempdir()) / "contatti-bench"


def _url(backend: str, contacts: int, data_dir: Path) -> str:
    if backend == "sqlite":
        return f"sqlite:///{(data_dir / f'contatti-{contacts}.db').as_posix()}"
    return f"{POSTGRESQL}/contatti_bench_{contacts}"


def _drop(backend: str, url: str) -> None:
    if backend == "sqlite":
        path = Path(url.removeprefix("sqlite:///"))
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return
    name = url.rsplit("/", 1)[1]
    on_postgresql_server(
        POSTGRESQL,
        f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)',
        f'CREATE DATABASE "{name}"',
    )


def prepare(
    backend: str, contacts: int, data_dir: Path, fresh: bool = False
) -> Dataset:
    """The demo database of ``contacts`` contacts on ``backend``, made if needed."""
    data_dir.mkdir(parents=True, exist_ok=True)
    url = _url(backend, contacts, data_dir)
    meta_path = data_dir / f"{backend}-{contacts}.json"
    if not fresh and meta_path.exists():
        meta = json.loads(meta_path.read_text())
        try:
            store = open_store(url, SystemClock())
        except Exception:
            meta = None
        else:
            found = Contact.select().count()
            store.close()
            if meta and found == contacts:
                say(f"{backend}: reusing {contacts:,} demo contacts at {url}")
                return Dataset(backend, url, generated_now=False, **meta)
    say(f"{backend}: generating {contacts:,} demo contacts at {url} ...")
    _drop(backend, url)
    store = open_store(url, SystemClock())
    try:
        result = generate_demo(
            store, SystemClock(), contacts, seed=SEED, large_contacts=1
        )
    finally:
        store.close()
    say(f"{backend}: {result.summary()}")
    meta = {
        "contacts": result.contacts,
        "entries": result.entries,
        "tasks": result.tasks,
        "log_rows": result.log_rows,
        "generation_s": round(result.seconds, 2),
        "large_contact_id": result.large_contact_ids[0],
    }
    meta_path.write_text(json.dumps(meta, indent=2) + "\n")
    return Dataset(backend, url, generated_now=True, **meta)

"""Benchmark of the reminder query over many tasks, on SQLite and PostgreSQL.

Run ``python bench/bench_reminder_query.py`` for the full size (1,000,000 tasks over
50 users) or ``--tasks 20000`` for a quick run. For each backend it fills a new
database with a realistic mix of tasks (bulk inserts: ``executemany`` on SQLite,
``COPY`` on PostgreSQL), then times the query the app runs every check, for users
taken in turn, and reports medians, the query plan and whether an index serves it.
Results are written as JSON to ``bench/results/``.
"""

from __future__ import annotations

import argparse
import io
import json
import logging
import platform
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bench.common import on_postgresql_server
from desktop.core.bootstrap import open_store
from desktop.core.clock import ManualClock
from desktop.core.db import Backend, Store
from desktop.core.demo import copy_line
from desktop.core.ids import new_id
from desktop.core.models import ActivityType, Contact, Task, TaskStatus, User
from desktop.core.session import system_fields
from desktop.core.tasks import reminder_query_sql, reminders_due, reminders_due_query

log = logging.getLogger(__name__)

RESULTS = Path(__file__).resolve().parent / "results"
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
"""The moment the query asks about; the generated windows are placed around it."""
TARGET_MS = 2.0
DEFAULT_POSTGRESQL = "postgresql://postgres@127.0.0.1:5432"
TASKS_PER_CONTACT = 10
BATCH = 50_000
SHIPPED_INDEX = "task_reminder_due"
"""The index models.py declares for the reminder query."""

TASK_COLUMNS = [
    f.column_name
    for f in Task._meta.sorted_fields
    if f.column_name not in ("deleted_at", "entry_id")
]
"""Columns :func:`task_rows` fills, in the order it yields them."""
CONTACT_COLUMNS = [f.column_name for f in Contact._meta.sorted_fields if not f.null]


def naive(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None)


def task_rows(
    count: int,
    users: list[uuid.UUID],
    contacts: list[uuid.UUID],
    types: list[uuid.UUID],
    seed: int,
    mix: Counter[str],
) -> Iterator[tuple[Any, ...]]:
    """Tasks as stored (naive UTC times), in a mix an office builds up over years.

    About 85% done and 3% cancelled, with windows in the past; of the open ones,
    most have a window that already closed, a third one still to open, a few one
    open now (some of those dismissed or snoozed), and some none at all.
    """
    rng = random.Random(seed)
    stamp = naive(NOW - timedelta(days=400))
    for n in range(count):
        roll = rng.random()
        start: datetime | None
        end: datetime | None
        completed = snoozed = dismissed = None
        if roll < 0.85:
            status, kind = TaskStatus.DONE.value, "done"
            start = NOW - timedelta(minutes=rng.randint(60, 600_000))
            end = start + timedelta(hours=rng.choice((1, 4, 8, 24, 72)))
            completed = naive(end - timedelta(minutes=30))
        elif roll < 0.88:
            status, kind = TaskStatus.CANCELLED.value, "cancelled"
            start = NOW - timedelta(minutes=rng.randint(60, 600_000))
            end = start + timedelta(hours=8)
        else:
            status = TaskStatus.OPEN.value
            sub = rng.random()
            if sub < 0.58:
                kind = "open, window closed"
                end = NOW - timedelta(minutes=rng.randint(1, 200_000))
                start = end - timedelta(hours=rng.choice((1, 8, 24)))
            elif sub < 0.91:
                kind = "open, window to come"
                start = NOW + timedelta(minutes=rng.randint(1, 100_000))
                end = start + timedelta(hours=rng.choice((1, 8, 24, 72)))
            elif sub < 0.95:
                kind = "open, window open now"
                start = NOW - timedelta(minutes=rng.randint(0, 600))
                end = NOW + timedelta(minutes=rng.randint(1, 3000))
                extra = rng.random()
                if extra < 0.15:
                    kind = "open now, dismissed"
                    dismissed = naive(NOW - timedelta(minutes=1))
                elif extra < 0.30:
                    kind = "open now, snoozed"
                    snoozed = naive(NOW + timedelta(minutes=rng.randint(5, 600)))
            else:
                kind = "open, no reminder"
                start = end = None
        mix[kind] += 1
        due = end
        yield (
            new_id(),
            stamp,
            "bench",
            stamp,
            "bench",
            1,
            users[n % len(users)],
            contacts[n // TASKS_PER_CONTACT % len(contacts)],
            types[n % len(types)],
            f"Bench task {n}",
            naive(due) if due else None,
            naive(start) if start else None,
            naive(end) if end else None,
            status,
            completed,
            snoozed,
            dismissed,
        )


def contact_rows(count: int) -> Iterator[tuple[Any, ...]]:
    stamp = naive(NOW - timedelta(days=400))
    for n in range(count):
        yield (
            new_id(),
            stamp,
            "bench",
            stamp,
            "bench",
            1,
            f"B{n:08d}",
            "Nome",
            f"Cognome {n}",
            f"Azienda {n % 5000}",
            f"c{n}@example.com",
            "",
            "",
            "",
            "Milano",
            "Italia",
            "",
        )


def batches(rows: Iterator[tuple[Any, ...]], size: int) -> Iterator[list[tuple]]:
    batch: list[tuple] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def bulk_insert(
    store: Store, table: str, columns: list[str], rows: Iterator[tuple]
) -> None:
    """Insert ``rows`` fast: COPY on PostgreSQL, executemany elsewhere."""
    if store.backend is Backend.POSTGRESQL:
        connection = store.db.connection()
        with connection.cursor() as cursor:
            # The sync capture triggers would add a change-feed row per task; this
            # benchmark times the query, so the load skips them (a superuser's
            # session setting, reset right after).
            cursor.execute("SET session_replication_role = replica")
            for batch in batches(rows, BATCH):
                text = io.StringIO("".join(copy_line(row) for row in batch))
                cursor.copy_expert(
                    f"COPY {table} ({', '.join(columns)}) FROM STDIN", text
                )
            cursor.execute("SET session_replication_role = DEFAULT")
        connection.commit()
        return
    if store.backend is not Backend.SQLITE:
        raise ValueError("the benchmark fills SQLite and PostgreSQL databases only")
    marks = ", ".join(["?"] * len(columns))
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"
    with store.db.atomic():
        cursor = store.db.cursor()
        for batch in batches(rows, BATCH):
            # peewee stores UUIDs on SQLite as 32 hex digits.
            batch = [
                tuple(v.hex if isinstance(v, uuid.UUID) else v for v in row)
                for row in batch
            ]
            cursor.executemany(sql, batch)


def fill(store: Store, tasks: int, user_count: int, seed: int) -> dict[str, Any]:
    """Add the users, contacts and tasks; return counts and the time it took."""
    started = time.perf_counter()
    stamp = system_fields(NOW, "bench")
    with store.db.atomic():
        User.insert_many(
            [
                {
                    "id": new_id(),
                    "username": f"operator{n:02d}",
                    "full_name": f"Operator {n:02d}",
                    **stamp,
                }
                for n in range(user_count)
            ]
        ).execute()
    operators = User.select(User.id).where(User.username.startswith("operator"))
    users = [u.id for u in operators.order_by(User.username)]
    types = [t.id for t in ActivityType.select(ActivityType.id)]
    contact_count = max(1, tasks // TASKS_PER_CONTACT)
    bulk_insert(store, "contact", CONTACT_COLUMNS, contact_rows(contact_count))
    contacts = [c.id for c in Contact.select(Contact.id).order_by(Contact.code)]
    mix: Counter[str] = Counter()
    bulk_insert(
        store, "task", TASK_COLUMNS, task_rows(tasks, users, contacts, types, seed, mix)
    )
    if store.backend is Backend.POSTGRESQL:
        # What autovacuum does shortly after a big load; SQLite is left as the app
        # leaves it (no ANALYZE), so its plan is the one users get.
        store.db.execute_sql("ANALYZE")
    return {
        "users": len(users),
        "contacts": contact_count,
        "tasks": tasks,
        "mix": dict(sorted(mix.items())),
        "fill_seconds": round(time.perf_counter() - started, 2),
        "user_ids": users,
    }


def query_plan(store: Store, user_id: uuid.UUID) -> list[str]:
    """The plan of the reminder query (with its joins) as the database reports it."""
    sql, params = reminders_due_sql(user_id)
    if store.backend is Backend.SQLITE:
        rows = store.db.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()
        return [str(row[-1]) for row in rows]
    if store.backend is Backend.POSTGRESQL:
        explain = "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)"
        rows = store.db.execute_sql(f"{explain} {sql}", params).fetchall()
        return [str(row[0]) for row in rows]
    raise ValueError(f"no plan reader for {store.backend}")


def reminders_due_sql(user_id: uuid.UUID) -> tuple[str, list]:
    """The SQL of :func:`reminders_due`, joins and ordering included."""
    sql, params = reminders_due_query(user_id, NOW).sql()
    return sql, list(params)


def index_used(plan: list[str]) -> str | None:
    """The name of the task index the plan reads, or None for a table scan."""
    text = " ".join(plan)
    return SHIPPED_INDEX if SHIPPED_INDEX in text else None


def index_names(store: Store) -> set[str]:
    return {index.name for index in store.db.get_indexes("task")}


def measure_plan(store: Store, users: list[uuid.UUID], repeat: int) -> dict[str, Any]:
    """Timings of the query with the indexes the database has now, and its plan."""
    plan = query_plan(store, users[0])
    result = {**measure(store, users, repeat), "plan": plan, "index": index_used(plan)}
    result["meets_target"] = result["reminders_due_ms"]["median_ms"] <= TARGET_MS
    return result


def timings(run: Callable[[uuid.UUID], int], users: list, repeat: int) -> dict:
    """Time ``run`` over users taken in turn; milliseconds, after a warm-up round."""
    for user in users:
        run(user)
    samples = []
    rows = []
    for n in range(repeat):
        user = users[n % len(users)]
        started = time.perf_counter()
        rows.append(run(user))
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return {
        "runs": repeat,
        "median_ms": round(statistics.median(samples), 3),
        "p95_ms": round(samples[int(len(samples) * 0.95) - 1], 3),
        "min_ms": round(samples[0], 3),
        "rows_median": statistics.median(rows),
    }


def measure(store: Store, users: list[uuid.UUID], repeat: int) -> dict[str, Any]:
    """Time the query as the app runs it, and its SQL through the driver alone.

    ``driver_sql_ms`` is the same SELECT (joins, order) with rows left as the driver
    returns them: the limit the app's figure is read against. ``bare_sql_ms`` is
    the filter alone, selecting ids: the cost of finding the rows.
    """

    def app_query(user: uuid.UUID) -> int:
        return len(reminders_due(store, user, NOW))

    # The limits run SQL written beforehand: only the driver's work is timed.
    full = {user: reminders_due_sql(user) for user in users}
    bare = {user: reminder_query_sql(store, user, NOW) for user in users}

    def driver_query(user: uuid.UUID) -> int:
        sql, params = full[user]
        return len(store.db.execute_sql(sql, params).fetchall())

    def bare_query(user: uuid.UUID) -> int:
        sql, params = bare[user]
        return len(store.db.execute_sql(sql, params).fetchall())

    return {
        "reminders_due_ms": timings(app_query, users, repeat),
        "driver_sql_ms": timings(driver_query, users, repeat),
        "bare_sql_ms": timings(bare_query, users, repeat),
    }


def server_database(base: str) -> tuple[str, Callable[[], None]]:
    """A new PostgreSQL database for the run, and how to drop it."""
    name = f"contatti_bench_{uuid.uuid4().hex[:10]}"
    on_postgresql_server(base, f'CREATE DATABASE "{name}"')

    def drop() -> None:
        on_postgresql_server(base, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return f"{base.rstrip('/')}/{name}", drop


def server_version(store: Store) -> str:
    if store.backend is Backend.SQLITE:
        import sqlite3

        return f"SQLite {sqlite3.sqlite_version}"
    row = store.db.execute_sql("SELECT version()").fetchone()
    return str(row[0]).split(",")[0]


def bench_backend(
    backend: str,
    tasks: int,
    users: int,
    repeat: int,
    seed: int,
    postgresql: str,
) -> dict[str, Any]:
    """Fill a new database on ``backend``, time the query, drop the database."""
    clock = ManualClock(NOW)
    drop: Callable[[], None] = lambda: None  # noqa: E731
    with tempfile.TemporaryDirectory() as folder:
        if backend == "sqlite":
            url = f"sqlite:///{Path(folder, 'bench.db').as_posix()}"
        else:
            url, drop = server_database(postgresql)
        try:
            store = open_store(url, clock)
            try:
                print(f"{backend}: filling {tasks:,} tasks ...", flush=True)
                filled = fill(store, tasks, users, seed)
                user_ids = filled.pop("user_ids")
                print(f"{backend}: filled in {filled['fill_seconds']} s", flush=True)
                if SHIPPED_INDEX not in index_names(store):
                    raise RuntimeError(
                        f"index {SHIPPED_INDEX} is gone: update the benchmark to the "
                        "indexes models.py declares now"
                    )
                bare_sql, _ = reminder_query_sql(store, user_ids[0], NOW)
                result = {
                    "backend": backend,
                    "database": server_version(store),
                    **filled,
                    "query": bare_sql,
                    "target_ms": TARGET_MS,
                    "shipped_index": measure_plan(store, user_ids, repeat),
                }
            finally:
                store.close()
        finally:
            drop()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=1_000_000)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=500, help="timed runs")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--backends", default="sqlite,postgresql", help="comma-separated list"
    )
    parser.add_argument(
        "--postgresql",
        default=DEFAULT_POSTGRESQL,
        help="server URL without a database name; a database is made and dropped",
    )
    parser.add_argument("--out", type=Path, help="JSON file (default: bench/results/)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    report: dict[str, Any] = {
        "benchmark": "reminder_query",
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "platform": platform.platform(),
            "processor": platform.processor() or platform.machine(),
            "python": platform.python_version(),
        },
        "moment": NOW.isoformat(),
        "results": [],
    }
    for backend in [b.strip() for b in args.backends.split(",") if b.strip()]:
        result = bench_backend(
            backend,
            args.tasks,
            args.users,
            args.repeat,
            args.seed,
            args.postgresql,
        )
        report["results"].append(result)
        for variant in ("shipped_index",):
            if variant not in result:
                continue
            found = result[variant]
            app, driver = found["reminders_due_ms"], found["driver_sql_ms"]
            print(
                f"{backend}, {variant.replace('_', ' ')}: reminders_due median "
                f"{app['median_ms']} ms (p95 {app['p95_ms']} ms, "
                f"{app['rows_median']} rows due); same SQL through the driver "
                f"{driver['median_ms']} ms; filter alone "
                f"{found['bare_sql_ms']['median_ms']} ms; index used: "
                f"{found['index']}; within {TARGET_MS} ms: {found['meets_target']}"
            )
            print("  plan:\n    " + "\n    ".join(found["plan"]))
    out = args.out or RESULTS / f"reminder_query_{args.tasks}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2, default=str) + "\n", encoding="utf-8")
    print(f"written {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Core benchmarks without Qt: save, open-contact data, search, each against raw SQL.

Every figure is the median of repeated runs; next to it, the same work done with
hand-written SQL straight through the database driver (no ORM, no Python objects),
which is as fast as this database can do it on this machine.
"""

from __future__ import annotations

import argparse
import functools
import uuid
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from bench.common import Figure, check_target, measure, say
from bench.dataset import Dataset, default_data_dir, prepare
from desktop.core.bootstrap import sign_in
from desktop.core.clock import SystemClock
from desktop.core.contacts import ContactDraft, ContactService, EntryDraft
from desktop.core.db import Backend, Store
from desktop.core.demo import DEMO_PASSWORD, staff_username
from desktop.core.ids import new_id
from desktop.core.models import Contact
from desktop.core.session import Session
from desktop.core.workflow import WorkflowRules, load_rules
from desktop.gui.contact_list_state import ContactFilter, fetch_page

SEARCHES = ("moretti", "costa")
"""Typed letter by letter: a common surname, and a word in names and companies."""


def signed_in(store: Store) -> Session:
    """The first demo operator, signed in (with the demo password on a server)."""
    password = DEMO_PASSWORD if store.url.is_server else None
    return sign_in(store, SystemClock(), staff_username(0), password)


def _capture_sql(store: Store, action: Callable[[], object]) -> list[tuple[str, Any]]:
    """The SQL statements (with parameters) that ``action`` sends through peewee."""
    sent: list[tuple[str, Any]] = []
    original = store.db.execute_sql

    def spy(sql: str, params: Any = None, *args: Any, **kwargs: Any) -> Any:
        sent.append((sql, params))
        return original(sql, params, *args, **kwargs)

    store.db.execute_sql = spy  # type: ignore[method-assign]
    try:
        action()
    finally:
        store.db.execute_sql = original  # type: ignore[method-assign]
    return sent


def _raw(store: Store, statements: list[tuple[str, Any]]) -> Callable[[], None]:
    """Run ``statements`` through the driver's cursor and fetch every row."""

    def run() -> None:
        cursor = store.db.cursor()
        for sql, params in statements:
            cursor.execute(sql, params or ())
            if cursor.description is not None:
                cursor.fetchall()

    return run


# -- search ----------------------------------------------------------------------


def bench_search(store: Store, repeats: int) -> tuple[Figure, dict[str, Any]]:
    """Search as typed, through the list's query code, against its SQL run raw.

    The GUI benchmark measures the same keystrokes through the model and view; this
    is the part the database and the query code account for.
    """
    ours: list[float] = []
    raw: list[float] = []
    per_key: dict[str, dict[str, float]] = {}
    for word in SEARCHES:
        for end in range(1, len(word) + 1):
            spec = ContactFilter(text=word[:end])
            search = functools.partial(fetch_page, spec)
            statements = _capture_sql(store, search)
            core = measure(search, repeats)
            limit = measure(_raw(store, statements), repeats)
            ours.append(core.median)
            raw.append(limit.median)
            per_key[word[:end]] = {
                "core_ms": round(core.median, 3),
                "raw_sql_ms": round(limit.median, 3),
            }
    value = sorted(ours)[len(ours) // 2]
    limit_value = sorted(raw)[len(raw) // 2]
    target, meets = check_target(value, limit_value, at_most=16, ratio_at_most=2)
    figure = Figure(
        "Search query, per keystroke (core, no Qt)",
        store.backend.value,
        value,
        "ms",
        limit_value,
        "same SELECT through the driver",
        target,
        meets,
        runs=repeats,
        detail={"worst_keystroke_ms": round(max(ours), 3), "keystrokes": per_key},
    )
    return figure, per_key


# -- open a contact --------------------------------------------------------------


def bench_open_data(
    store: Store, session: Session, contact_id: uuid.UUID, repeats: int
) -> Figure:
    """Load the large contact (entries, tasks, log) as its window does."""
    service = ContactService(session)

    def load() -> None:
        draft = service.load(contact_id)
        service.log(contact_id)
        load_rules(store)
        assert len(draft.entries) >= 200

    statements = _capture_sql(store, load)
    core = measure(load, repeats)
    limit = measure(_raw(store, statements), repeats)
    return Figure(
        "Open contact: data load (200 entries, 50 log rows)",
        store.backend.value,
        core.median,
        "ms",
        limit.median,
        f"same {len(statements)} SELECTs through the driver",
        runs=repeats,
    )


# -- save ------------------------------------------------------------------------


def _prepared_save(
    session: Session, rules: WorkflowRules, draft: ContactDraft
) -> ContactDraft:
    """``draft`` with a new entry that asks for a task, and a move to a next stage."""
    now = session.now()
    targets = [s for s in rules.next_stages(draft.stage_id) if rules.next_stages(s.id)]
    draft.new_stage_id = targets[0].id
    allowed = rules.types_for(draft.stage_id)
    after = rules.types_for(draft.new_stage_id)
    draft.entries.insert(
        0,
        EntryDraft(
            done_type_id=allowed[0].id,
            done_description="Called: they want to go ahead",
            pending_type_id=after[0].id,
            pending_description="Send the documents",
            pending_due_date=now + timedelta(days=2),
            pending_operator_id=session.user.id,
            reminder_start=now + timedelta(days=2, hours=-1),
            reminder_end=now + timedelta(days=2, hours=1),
            create_task=True,
        ),
    )
    return draft


def _movable_contacts(
    store: Store, rules: WorkflowRules, count: int
) -> list[uuid.UUID]:
    movable = [
        s.id
        for s in rules.stages.values()
        if any(rules.next_stages(t.id) for t in rules.next_stages(s.id))
    ]
    query = (
        Contact.select(Contact.id)
        .where(Contact.stage.in_(movable) & Contact.deleted_at.is_null())
        .order_by(Contact.code.desc())
        .limit(count)
    )
    return [c.id for c in query]


def _raw_save(
    store: Store, session: Session, rules: WorkflowRules
) -> Callable[[], None]:
    """The writes of a save (contact, log row, entry, task) as raw SQL, committed."""
    user = session.user.id.hex
    types = list(rules.activity_types)
    stages = list(rules.stages)
    ids = _movable_contacts(store, rules, 1)
    contact = ids[0].hex
    p = store.db.param
    q = "`" if store.backend is Backend.MYSQL else '"'
    audit = "created_at, created_by, updated_at, updated_by, version"

    def run() -> None:
        now = session.now().replace(tzinfo=None)
        entry = new_id().hex
        cursor = store.db.cursor()
        with store.db.atomic():
            cursor.execute(
                f"UPDATE contact SET stage_id = {p}, updated_at = {p}, "
                f"updated_by = {p}, version = version + 1 WHERE id = {p}",
                (stages[0].hex, now, "bench", contact),
            )
            cursor.execute(
                f"INSERT INTO stage_log (id, {audit}, contact_id, from_stage_id, "
                f"to_stage_id, operator_id, changed_at) VALUES "
                f"({', '.join([p] * 11)})",
                (
                    new_id().hex,
                    now,
                    "bench",
                    now,
                    "bench",
                    1,
                    contact,
                    stages[1].hex,
                    stages[0].hex,
                    user,
                    now,
                ),
            )
            cursor.execute(
                f"INSERT INTO activity_entry (id, {audit}, contact_id, done_type_id, "
                f"done_date, done_operator_id, done_description, pending_date, "
                f"pending_type_id, pending_description, pending_due_date, "
                f"pending_operator_id, reminder_start, reminder_end, create_task) "
                f"VALUES ({', '.join([p] * 19)})",
                (
                    entry,
                    now,
                    "bench",
                    now,
                    "bench",
                    1,
                    contact,
                    types[0].id.hex,
                    now,
                    user,
                    "Called",
                    now,
                    types[1].id.hex,
                    "Send",
                    now,
                    user,
                    now,
                    now,
                    True,
                ),
            )
            cursor.execute(
                f"INSERT INTO {q}task{q} (id, {audit}, assignee_id, contact_id, "
                f"activity_type_id, description, due, reminder_start, reminder_end, "
                f"status, entry_id) VALUES ({', '.join([p] * 15)})",
                (
                    new_id().hex,
                    now,
                    "bench",
                    now,
                    "bench",
                    1,
                    user,
                    contact,
                    types[1].id.hex,
                    "Send",
                    now,
                    now,
                    now,
                    "open",
                    entry,
                ),
            )

    return run


def bench_save(store: Store, session: Session, repeats: int) -> Figure:
    """Save a contact with a new entry, its task and a stage change."""
    rules = load_rules(store)
    service = ContactService(session)
    warmup = 1
    queue = [service.load(i) for i in _movable_contacts(store, rules, repeats + warmup)]
    drafts: list[ContactDraft] = []

    def before() -> None:
        drafts.append(_prepared_save(session, rules, queue.pop()))

    def save() -> None:
        service.save(drafts[-1])

    core = measure(save, repeats, warmup=warmup, before=before)
    limit = measure(_raw_save(store, session, rules), repeats)
    target, meets = (
        check_target(core.median, at_most=5)
        if store.backend is Backend.SQLITE
        else ("", None)
    )
    return Figure(
        "Save contact: new entry + task + stage change",
        store.backend.value,
        core.median,
        "ms",
        limit.median,
        "same 4 writes as raw SQL, one durable commit",
        target,
        meets,
        runs=repeats,
    )


def run(dataset: Dataset, repeats: int) -> list[Figure]:
    """Every core figure on ``dataset``."""
    store = dataset.open()
    try:
        session = signed_in(store)
        contact = uuid.UUID(dataset.large_contact_id)
        figures = [
            bench_save(store, session, repeats),
            bench_open_data(store, session, contact, repeats),
            bench_search(store, repeats)[0],
        ]
    finally:
        store.close()
    for f in figures:
        say(f"  {f.backend:10} {f.name}: {f.value:.2f} ms (limit {f.limit:.2f} ms)")
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=1000)
    parser.add_argument("--backend", default="sqlite")
    parser.add_argument("--repeats", type=int, default=15)
    args = parser.parse_args()
    dataset = prepare(args.backend, args.contacts, default_data_dir())
    for figure in run(dataset, args.repeats):
        print(figure)


if __name__ == "__main__":
    main()

"""Realistic demo data: contacts with their activities, tasks and stage history."""

from __future__ import annotations

import bisect
import logging
import random
import sys
import time
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import peewee

from desktop.core import demo_vocabulary as words
from desktop.core.clock import Clock, SystemClock
from desktop.core.db import Backend, Store
from desktop.core.errors import ContattiError
from desktop.core.models import (
    ActivityEntry,
    Contact,
    Outcome,
    Role,
    StageLog,
    Task,
    TaskStatus,
    User,
)
from desktop.core.users import hash_password
from desktop.core.workflow import WorkflowRules, load_rules

log = logging.getLogger(__name__)

DEMO_PASSWORD = "demo"
"""Password of every demo user, so that they can sign in on a server database."""

LARGE_ENTRIES = 200
LARGE_LOG_ROWS = 50
CHUNK_CONTACTS = 2000
"""Contacts generated, then written, at a time: bounds the memory the rows take."""

_DAY = 86_400

ENTRY_COLUMNS = [
    "id",
    "created_at",
    "created_by",
    "updated_at",
    "updated_by",
    "version",
    "contact",
    "done_type",
    "done_date",
    "done_operator",
    "done_description",
    "pending_date",
    "pending_type",
    "pending_description",
    "pending_due_date",
    "pending_operator",
    "reminder_start",
    "reminder_end",
    "create_task",
]
TASK_COLUMNS = [
    "id",
    "created_at",
    "created_by",
    "updated_at",
    "updated_by",
    "version",
    "assignee",
    "contact",
    "activity_type",
    "description",
    "due",
    "reminder_start",
    "reminder_end",
    "status",
    "completed_at",
    "entry",
]
LOG_COLUMNS = [
    "id",
    "created_at",
    "created_by",
    "updated_at",
    "updated_by",
    "version",
    "contact",
    "from_stage",
    "to_stage",
    "operator",
    "changed_at",
]
CONTACT_COLUMNS = [
    "id",
    "created_at",
    "created_by",
    "updated_at",
    "updated_by",
    "version",
    "code",
    "first_name",
    "last_name",
    "company",
    "email",
    "phone",
    "mobile",
    "address",
    "city",
    "country",
    "notes",
    "owner",
    "stage",
]


@dataclass
class DemoResult:
    """What :func:`generate_demo` added."""

    users: int = 0
    contacts: int = 0
    entries: int = 0
    tasks: int = 0
    open_tasks: int = 0
    log_rows: int = 0
    seconds: float = 0.0
    large_contact_ids: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"Added {self.contacts:,} contacts, {self.entries:,} activity entries, "
            f"{self.tasks:,} tasks ({self.open_tasks:,} open), {self.log_rows:,} "
            f"stage log rows and {self.users} users in {self.seconds:.1f} s."
        )


@dataclass(frozen=True)
class _Operator:
    id: str
    username: str
    active: bool


def _ascii(text: str) -> str:
    """``text`` lower-cased with accents and everything but letters removed."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in plain.lower() if c.isalnum())


def _uuid7_hex(rng: random.Random, moment: datetime) -> str:
    """A time-ordered id as :func:`desktop.core.ids.new_id` makes, but from ``rng``."""
    millis = int(moment.replace(tzinfo=UTC).timestamp() * 1000) & ((1 << 48) - 1)
    rand = rng.getrandbits(74)
    value = (millis << 80) | (0x7 << 76) | ((rand >> 62) << 64) | (0b10 << 62)
    return f"{value | (rand & ((1 << 62) - 1)):032x}"


def _digits(rng: random.Random, pattern: str) -> str:
    return "".join(str(rng.randrange(10)) if c == "#" else c for c in pattern)


def staff_username(number: int) -> str:
    """The user name of demo operator ``number`` (0 is the first)."""
    first, last = words.STAFF[number % len(words.STAFF)].split()
    suffix = "" if number < len(words.STAFF) else str(number // len(words.STAFF) + 1)
    return f"{_ascii(first)}.{_ascii(last)}{suffix}"


def _ensure_operators(store: Store, now: datetime, count: int) -> list[_Operator]:
    """The demo users: ``count`` active operators and two former, inactive ones.

    Users that exist already (from an earlier run) are reused, not added again. A
    database with no administrator gets the first operator as its administrator, so
    that a server filled with demo data can still be administered.
    """
    wanted = [
        (staff_username(n), words.STAFF[n % len(words.STAFF)], True)
        for n in range(count)
    ]
    wanted += [
        ("former.ruggeri", "Carla Ruggeri", False),
        ("former.donati", "Ugo Donati", False),
    ]
    existing = {
        u.username: u
        for u in User.select().where(User.username.in_([w[0] for w in wanted]))
    }
    # One hash serves every demo user: hashing is deliberately slow (scrypt).
    password_hash = hash_password(DEMO_PASSWORD)
    stamp = {
        "created_at": now,
        "created_by": "demo",
        "updated_at": now,
        "updated_by": "demo",
        "version": 1,
    }
    new_rows = [
        {
            "username": name,
            "full_name": full,
            "email": f"{name}@contatti.example",
            "role": Role.OPERATOR.value,
            "active": active,
            "password_hash": password_hash,
            **stamp,
        }
        for name, full, active in wanted
        if name not in existing
    ]
    has_admin = (
        User.select()
        .where((User.role == Role.ADMINISTRATOR.value) & (User.active == True))  # noqa: E712
        .exists()
    )
    if new_rows and not has_admin and new_rows[0]["active"]:
        new_rows[0]["role"] = Role.ADMINISTRATOR.value
    if new_rows:
        User.insert_many(new_rows).execute()
    users = {
        u.username: u
        for u in User.select().where(User.username.in_([w[0] for w in wanted]))
    }
    return [_Operator(users[n].id.hex, n, users[n].active) for n, _, _ in wanted]


class _Generator:
    """Builds the rows of one demo run from one random generator."""

    def __init__(
        self,
        rules: WorkflowRules,
        rng: random.Random,
        now: datetime,
        operators: list[_Operator],
    ) -> None:
        self.rng = rng
        self.now = now.astimezone(UTC).replace(tzinfo=None)
        self.active = [o for o in operators if o.active]
        self.everyone = operators
        self.types = {t.id.hex: t for t in rules.activity_types}
        self.initial = rules.initial_stage()
        self.stage_types: dict[str | None, tuple[str, ...]] = {
            None: tuple(t.id.hex for t in rules.types_for(None))
        }
        self.next: dict[str, tuple[list[str], list[int]]] = {}
        for stage in rules.stages.values():
            self.stage_types[stage.id.hex] = tuple(
                t.id.hex for t in rules.types_for(stage.id)
            )
            targets = rules.next_stages(stage.id)
            self.next[stage.id.hex] = (
                [t.id.hex for t in targets],
                [
                    4
                    if t.sort_order > stage.sort_order and t.outcome != Outcome.LOST
                    else 1
                    for t in targets
                ],
            )
        self.result = DemoResult()

    def _stage_path(self, length: int) -> list[str]:
        """A walk of ``length`` stages along allowed transitions, from the initial one.

        Stages with no way out are only taken as the last step, so the walk always
        reaches the length asked for when the workflow has a cycle.
        """
        if self.initial is None:
            return []
        path = [self.initial.id.hex]
        while len(path) < length:
            targets, weights = self.next[path[-1]]
            if len(path) < length - 1:
                pairs = [
                    (t, w)
                    for t, w in zip(targets, weights, strict=True)
                    if self.next[t][0]
                ]
                targets, weights = [p[0] for p in pairs], [p[1] for p in pairs]
            if not targets:
                break
            path.append(self.rng.choices(targets, weights)[0])
        return path

    def contact(
        self, code: str, large: bool, out: dict[str, list[tuple[Any, ...]]]
    ) -> str:
        """Add the rows of one contact and its history to ``out``; return its id."""
        rng, now = self.rng, self.now
        locale = rng.choice(words.LOCALES)
        country, cities, phone, mobile = rng.choice(words.PLACES[locale])
        city = rng.choice(cities.split())
        first = rng.choice(words.FIRST_NAMES[locale].split())
        last = rng.choice(words.LAST_NAMES[locale].split())
        company = ""
        if rng.random() < 0.75:
            patterns, words = words.COMPANIES[locale]
            company = rng.choice(patterns).format(
                last=last,
                last2=rng.choice(words.LAST_NAMES[locale].split()),
                word=rng.choice(words.split()),
                city=city,
            )
        domain = (
            _ascii(company.split()[0]) + _ascii(company.split()[1]) + ".example"
            if company
            else "mail.example"
        )
        owner = rng.choice(self.active)
        created = now - timedelta(seconds=rng.randrange(30 * _DAY, 3 * 365 * _DAY))
        span = int((now - created).total_seconds()) - 3600
        contact_id = _uuid7_hex(rng, created)
        # Stage history: the first row puts the contact in the initial stage.
        log_length = LARGE_LOG_ROWS if large else rng.choice((1, 2, 3, 4, 4, 5, 6, 7))
        path = self._stage_path(log_length)
        change_times = [created] + [
            created + timedelta(seconds=s)
            for s in sorted(rng.sample(range(1, span), len(path) - 1))
        ]
        previous = None
        for stage, moment in zip(path, change_times, strict=True):
            who = rng.choice(self.everyone) if rng.random() < 0.2 else owner
            out["log"].append(
                (
                    _uuid7_hex(rng, moment),
                    moment,
                    who.username,
                    moment,
                    who.username,
                    1,
                    contact_id,
                    previous,
                    stage,
                    who.id,
                    moment,
                )
            )
            previous = stage
        # Entries: each done part uses a type the stage of that moment allowed.
        count = LARGE_ENTRIES if large else rng.randrange(4, 17)
        times = sorted(
            created + timedelta(seconds=rng.randrange(span)) for _ in range(count)
        )
        pending_from = count - min(count, rng.choice((2, 3, 4, 4, 5, 6)))
        last_pending = None
        for index, moment in enumerate(times):
            stage_at = (
                path[bisect.bisect_right(change_times, moment) - 1] if path else None
            )
            allowed = self.stage_types[stage_at]
            if last_pending in allowed and rng.random() < 0.7:
                done_type = last_pending
            else:
                done_type = rng.choice(allowed)
            done_by = owner if rng.random() < 0.7 else rng.choice(self.everyone)
            entry_id = _uuid7_hex(rng, moment)
            row: list[Any] = [
                entry_id,
                moment,
                done_by.username,
                moment,
                done_by.username,
                1,
                contact_id,
                done_type,
                moment,
                done_by.id,
                rng.choice(
                    words.DONE_TEXT.get(
                        self.types[done_type].code, (self.types[done_type].description,)
                    )
                ),
                None,
                None,
                "",
                None,
                None,
                None,
                None,
                False,
            ]
            last_pending = None
            if index >= pending_from:
                last_pending = self._pending(
                    row,
                    allowed,
                    owner,
                    index == count - 1,
                    times[index + 1] if index + 1 < count else None,
                    out,
                )
            out["entries"].append(tuple(row))
        self.result.entries += count
        self.result.log_rows += len(path)
        notes = (
            rng.choice(words.NOTES[locale]).format(city=city)
            if rng.random() < 0.4
            else ""
        )
        updated = max(times[-1], change_times[-1])
        out["contacts"].append(
            (
                contact_id,
                created,
                owner.username,
                updated,
                owner.username,
                1,
                code,
                first,
                last,
                company,
                f"{_ascii(first)}.{_ascii(last)}@{domain}",
                _digits(rng, phone),
                _digits(rng, mobile) if rng.random() < 0.6 else "",
                rng.choice(words.STREETS[locale]).format(n=rng.randrange(1, 180)),
                city,
                country,
                notes,
                owner.id,
                path[-1] if path else None,
            )
        )
        return contact_id

    def _pending(
        self,
        row: list[Any],
        allowed: Sequence[str],
        owner: _Operator,
        latest: bool,
        followed_at: datetime | None,
        out: dict[str, list[tuple[Any, ...]]],
    ) -> str:
        """Fill the pending part of an entry ``row`` and add its task, if it has one."""
        rng, now = self.rng, self.now
        moment: datetime = row[1]
        kind = rng.choice(allowed)
        info = self.types[kind]
        operator = owner if rng.random() < 0.6 else rng.choice(self.active)
        due = moment + timedelta(
            days=max(info.default_delay_days, 1), hours=rng.randrange(-4, 5)
        )
        start = end = None
        reminded = rng.random() < 0.7
        if latest and reminded and rng.random() < 0.3:
            # A reminder window open right now, so the reminder window has work.
            start = now - timedelta(minutes=rng.randrange(1, 240))
            end = now + timedelta(minutes=rng.randrange(60, 2 * 24 * 60))
            due = end
        elif reminded:
            start = due - timedelta(minutes=info.default_reminder_lead_minutes or 30)
            end = due + timedelta(hours=2)
        create_task = rng.random() < 0.75
        text = words.PENDING_TEXT.get(info.code, info.description)
        row[11:19] = [moment, kind, text, due, operator.id, start, end, create_task]
        if create_task:
            status, completed = TaskStatus.OPEN.value, None
            if not latest and followed_at is not None:
                done = rng.random() < 0.94
                status = (TaskStatus.DONE if done else TaskStatus.CANCELLED).value
                completed = followed_at if done else None
            else:
                self.result.open_tasks += 1
            changed = followed_at or moment
            out["tasks"].append(
                (
                    _uuid7_hex(rng, moment),
                    moment,
                    row[2],
                    changed,
                    operator.username,
                    1,
                    operator.id,
                    row[6],
                    kind,
                    text,
                    due,
                    start,
                    end,
                    status,
                    completed,
                    row[0],
                )
            )
            self.result.tasks += 1
        return kind


def _column_names(model: type[peewee.Model], names: Sequence[str]) -> list[str]:
    return [model._meta.fields[n].column_name for n in names]


def _write(
    store: Store,
    model: type[peewee.Model],
    names: Sequence[str],
    rows: list[tuple[Any, ...]],
) -> None:
    """Insert ``rows`` (values in ``names`` order, ready for the driver) in bulk.

    The driver's own bulk path is used: ``executemany`` on SQLite (one prepared
    statement) and MariaDB (PyMySQL folds it into multi-row INSERTs), COPY on
    PostgreSQL. Peewee's ``insert_many`` converts every value in Python first and
    was about twice as slow for the same rows.
    """
    if not rows:
        return
    table = model._meta.table_name
    columns = _column_names(model, names)
    cursor = store.db.cursor()
    if store.backend is Backend.POSTGRESQL:
        quoted = ", ".join(f'"{c}"' for c in columns)
        with cursor.copy(f'COPY "{table}" ({quoted}) FROM STDIN') as copy:
            for row in rows:
                copy.write_row(row)
        return
    q = "`" if store.backend is Backend.MYSQL else '"'
    marks = ", ".join([store.db.param] * len(columns))
    sql = (
        f"INSERT INTO {q}{table}{q} ({', '.join(q + c + q for c in columns)}) "
        f"VALUES ({marks})"
    )
    for start in range(0, len(rows), 5000):
        cursor.executemany(sql, rows[start : start + 5000])


def _codes(store: Store, count: int) -> Iterator[str]:
    """``count`` free contact codes C000001, C000002... after those in use."""
    taken = {c for (c,) in Contact.select(Contact.code).tuples()}
    number = len(taken)
    produced = 0
    while produced < count:
        number += 1
        code = f"C{number:06d}"
        if code not in taken:
            produced += 1
            yield code


def generate_demo(
    store: Store,
    clock: Clock,
    contacts: int,
    seed: int = 1,
    *,
    operators: int = 50,
    large_contacts: int = 0,
) -> DemoResult:
    """Add ``contacts`` demo contacts, their history and ``operators`` users.

    The first ``large_contacts`` contacts get ``LARGE_ENTRIES`` entries and
    ``LARGE_LOG_ROWS`` stage log rows (what the benchmarks open). The same seed on
    the same database content gives the same data, relative to the clock's now.
    Everything is added in one transaction: an error leaves the database as it was.
    """
    if contacts < 0:
        raise ValueError("contacts must be zero or more")
    started = time.perf_counter()
    now = clock.now()
    if store.backend is Backend.SQLITE:
        # A larger page cache for this connection keeps the index inserts in memory.
        store.db.execute_sql("PRAGMA cache_size = -262144")
    with store.atomic():
        already = Contact.select().count()
        rng = random.Random(f"contatti-demo:{seed}:{already}")
        people = _ensure_operators(store, now, operators)
        generator = _Generator(load_rules(store), rng, now, people)
        codes = _codes(store, contacts)
        done = 0
        while done < contacts:
            out: dict[str, list[tuple[Any, ...]]] = {
                "contacts": [],
                "log": [],
                "entries": [],
                "tasks": [],
            }
            for _ in range(min(CHUNK_CONTACTS, contacts - done)):
                large = done < large_contacts
                contact_id = generator.contact(next(codes), large, out)
                if large:
                    generator.result.large_contact_ids.append(contact_id)
                done += 1
            _write(store, Contact, CONTACT_COLUMNS, out["contacts"])
            _write(store, StageLog, LOG_COLUMNS, out["log"])
            _write(store, ActivityEntry, ENTRY_COLUMNS, out["entries"])
            _write(store, Task, TASK_COLUMNS, out["tasks"])
            log.debug("demo: %d of %d contacts written", done, contacts)
    if store.backend is Backend.SQLITE:
        store.db.execute_sql("PRAGMA cache_size = -16000")
    if store.backend is not Backend.SQLITE:
        # Fresh statistics, so that the planner sees the new sizes at once.
        store.db.execute_sql(
            "ANALYZE"
            if store.backend is Backend.POSTGRESQL
            else "ANALYZE TABLE contact, activity_entry, task, stage_log"
        )
    result = generator.result
    result.contacts = contacts
    result.users = len(people)
    result.seconds = time.perf_counter() - started
    log.info("%s", result.summary())
    return result


def run_demo_command(url: str | None, contacts: int, seed: int) -> int:
    """``contatti demo``: add demo data to the database at ``url``; the exit code."""
    from desktop.core.bootstrap import open_store

    if not url:
        print(
            "Give the database to fill with --database URL (for example "
            "sqlite:///demo.db); demo data is never added to the default one.",
            file=sys.stderr,
        )
        return 2
    if contacts <= 0:
        print("--contacts must be a positive number, such as 1000.", file=sys.stderr)
        return 2
    try:
        store = open_store(url, SystemClock())
    except (ContattiError, ValueError) as exc:
        print(exc, file=sys.stderr)
        return 1
    try:
        result = generate_demo(store, SystemClock(), contacts, seed)
    except peewee.DatabaseError as exc:
        print(f"Adding demo data failed, nothing was added: {exc}", file=sys.stderr)
        return 1
    finally:
        store.close()
    print(f"{store.url.display}: {result.summary()}")
    print(
        f"Demo users ({staff_username(0)}, {staff_username(1)}, ...) sign in with "
        f"the password {DEMO_PASSWORD!r}."
    )
    return 0

"""The history of one demo contact: its stage log, activity entries and tasks."""

from __future__ import annotations

import bisect
import functools
import random
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from desktop.core import demo_vocabulary as words
from desktop.core.models import Outcome, TaskStatus
from desktop.core.workflow import WorkflowRules

LARGE_ENTRIES = 200
LARGE_LOG_ROWS = 50

_DAY = 86_400

Rows = dict[str, list[tuple[Any, ...]]]
"""Rows to insert, by table ("contacts", "log", "entries", "tasks"), in column order."""

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
class Operator:
    id: str
    username: str
    active: bool


@functools.cache
def _words(text: str) -> tuple[str, ...]:
    """The space-separated words of ``text``, split once."""
    return tuple(text.split())


@functools.cache
def ascii_slug(text: str) -> str:
    """``text`` lower-cased with accents and everything but letters removed."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in plain.lower() if c.isalnum())


def _text(moment: datetime | None) -> str | None:
    """``moment`` (naive UTC) as the text every backend reads as a timestamp.

    It is what Python's sqlite3 module writes for a datetime, so demo rows on SQLite
    are stored exactly as the app stores its own; made once per moment, it serves
    the several columns of a row that hold the same time.
    """
    return moment.isoformat(" ") if moment is not None else None


class IdMaker:
    """Ids in the UUID version 7 layout that increase in the order they are made.

    Every id carries the millisecond the run started, then a counter, then random
    bits from the run's generator. Rows written in id order go to the end of each
    primary-key index instead of all over it: at 10,000 contacts the inserts took a
    fifth less CPU time than with ids spread over the rows' past dates. Like
    :func:`desktop.core.ids.new_id` ones, the ids stay apart from those made at
    another moment or on another computer.
    """

    def __init__(self, rng: random.Random, now: datetime) -> None:
        millis = int(now.replace(tzinfo=UTC).timestamp() * 1000) & ((1 << 48) - 1)
        self._prefix = (millis << 80) | (0x7 << 76) | (0b10 << 62)
        self._rng = rng
        self._count = 0

    def __call__(self) -> str:
        self._count += 1
        count = self._count  # 32 bits: 12 in "rand_a", 20 at the top of "rand_b"
        value = (
            self._prefix
            | ((count >> 20) << 64)
            | ((count & 0xFFFFF) << 42)
            | self._rng.getrandbits(42)
        )
        return f"{value:032x}"


def _digits(rng: random.Random, pattern: str) -> str:
    return "".join(str(rng.randrange(10)) if c == "#" else c for c in pattern)


class HistoryGenerator:
    """Builds the rows of one demo run from one random generator."""

    def __init__(
        self,
        rules: WorkflowRules,
        rng: random.Random,
        now: datetime,
        operators: list[Operator],
    ) -> None:
        self.rng = rng
        self.now = now.astimezone(UTC).replace(tzinfo=None)
        self.new_id = IdMaker(rng, self.now)
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

    def contact(self, code: str, large: bool, out: Rows) -> str:
        """Add the rows of one contact and its history to ``out``; return its id."""
        rng, now = self.rng, self.now
        locale = rng.choice(words.LOCALES)
        country, cities, phone, mobile = rng.choice(words.PLACES[locale])
        city = rng.choice(_words(cities))
        first = rng.choice(_words(words.FIRST_NAMES[locale]))
        last = rng.choice(_words(words.LAST_NAMES[locale]))
        company = ""
        if rng.random() < 0.75:
            patterns, trades = words.COMPANIES[locale]
            company = rng.choice(patterns).format(
                last=last,
                last2=rng.choice(_words(words.LAST_NAMES[locale])),
                word=rng.choice(_words(trades)),
                city=city,
            )
        domain = (
            ascii_slug(company.split()[0]) + ascii_slug(company.split()[1]) + ".example"
            if company
            else "mail.example"
        )
        owner = rng.choice(self.active)
        created = now - timedelta(seconds=rng.randrange(30 * _DAY, 3 * 365 * _DAY))
        span = int((now - created).total_seconds()) - 3600
        contact_id = self.new_id()
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
            at = _text(moment)
            out["log"].append(
                (
                    self.new_id(),
                    at,
                    who.username,
                    at,
                    who.username,
                    1,
                    contact_id,
                    previous,
                    stage,
                    who.id,
                    at,
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
            done_type: str | None
            if (
                last_pending is not None
                and last_pending in allowed
                and rng.random() < 0.7
            ):
                # Most follow-ups do what the previous entry planned.
                done_type = last_pending
            else:
                done_type = rng.choice(allowed)
            done_by = owner if rng.random() < 0.7 else rng.choice(self.everyone)
            entry_id = self.new_id()
            at = _text(moment)
            row: list[Any] = [
                entry_id,
                at,
                done_by.username,
                at,
                done_by.username,
                1,
                contact_id,
                done_type,
                at,
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
                    moment,
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
                _text(created),
                owner.username,
                _text(updated),
                owner.username,
                1,
                code,
                first,
                last,
                company,
                f"{ascii_slug(first)}.{ascii_slug(last)}@{domain}",
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
        moment: datetime,
        allowed: Sequence[str],
        owner: Operator,
        latest: bool,
        followed_at: datetime | None,
        out: Rows,
    ) -> str:
        """Fill the pending part of an entry ``row`` and add its task, if it has one."""
        rng, now = self.rng, self.now
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
        due_at, start_at, end_at = _text(due), _text(start), _text(end)
        row[11:19] = [
            row[1],
            kind,
            text,
            due_at,
            operator.id,
            start_at,
            end_at,
            create_task,
        ]
        if create_task:
            status, completed = TaskStatus.OPEN.value, None
            if not latest and followed_at is not None:
                done = rng.random() < 0.94
                status = (TaskStatus.DONE if done else TaskStatus.CANCELLED).value
                completed = _text(followed_at) if done else None
            else:
                self.result.open_tasks += 1
            changed = _text(followed_at) if followed_at else row[1]
            out["tasks"].append(
                (
                    self.new_id(),
                    row[1],
                    row[2],
                    changed,
                    operator.username,
                    1,
                    operator.id,
                    row[6],
                    kind,
                    text,
                    due_at,
                    start_at,
                    end_at,
                    status,
                    completed,
                    row[0],
                )
            )
            self.result.tasks += 1
        return kind

"""Random offline work on 2 to 5 laptops, syncs and faults, checked against a model.

The reference model knows only what users did: which value each edit saved, and
which value the user saw before editing (the base; every generated value is unique,
so a value names the edit that saved it). A value whose author's successor saw it
may be overwritten; any other value must end up either in the record or in a
conflict record. For stage moves, made on laptops and at office desktops, it knows
which moves each author had seen: every move must be ordered after those, by the
stamps the server keeps. After everything syncs twice, every copy must equal the
server.

``CONTATTI_SYNC_EXAMPLES`` and ``CONTATTI_SYNC_STEPS`` make the run longer;
``CONTATTI_SYNC_FIGURES`` names a JSON file that receives the figures of the run.
"""

from __future__ import annotations

import json
import os
import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from tempfile import TemporaryDirectory

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from desktop.core.contacts import ContactService
from desktop.core.db import Store
from desktop.core.errors import NotFoundError
from desktop.core.models import ActivityEntry, Contact, StageLog, Task
from desktop.core.session import Session
from desktop.core.sync.engine import STEPS, SyncError
from desktop.core.sync.hlc import MAX_AHEAD, Stamp, millis
from desktop.core.sync.tables import CONFLICT, CONTACT, STAGE_LOG
from desktop.core.workflow import load_rules
from tests import servers
from tests.sync.conftest import (
    START,
    Laptop,
    Server,
    differences,
    latest_move,
    move_stamps,
)

EXAMPLES = int(os.environ.get("CONTATTI_SYNC_EXAMPLES", "6"))
STEPS_PER_RUN = int(os.environ.get("CONTATTI_SYNC_STEPS", "30"))
FIGURES = Counter[str]()

CONTACT_FIELDS = ["first_name", "company", "notes", "phone"]


class Crash(Exception):
    """A sync cut off at a step (power or network lost)."""


@dataclass
class Saved:
    table: str
    row_id: str
    column: str
    value: str
    superseded: bool = False


def pick(items: list, index: int):  # type: ignore[no-untyped-def]
    return items[index % len(items)]


class OfflineWork(RuleBasedStateMachine):
    backend = "postgresql"

    def __init__(self) -> None:
        super().__init__()
        from desktop.core.clock import ManualClock

        self.folder = TemporaryDirectory()
        self.url = servers.create_database(self.backend)
        self.server = Server(self.url, ManualClock(START))
        self.laptops: list[Laptop] = []
        self.saved: list[Saved] = []
        self.contacts: list[uuid.UUID] = []
        self.entries: set[str] = set()
        self.moves: dict[str, set[str]] = {}
        """Every move made, with the log rows of its contact its author had seen."""
        self.completed: set[str] = set()
        self.counter = 0

    def unique(self) -> str:
        self.counter += 1
        return f"v{self.counter}"

    def teardown(self) -> None:
        try:
            if self.laptops:
                self.check_final_state()
        finally:
            for laptop in self.laptops:
                laptop.close()
            self.server.close()
            servers.drop_database(self.backend, self.url)
            self.folder.cleanup()

    # -- setup ------------------------------------------------------------------

    @initialize(count=st.integers(2, 5))
    def laptops_download(self, count: int) -> None:
        for n in range(count):
            laptop = Laptop(f"l{n}", Path(self.folder.name), self.server, page_size=7)
            laptop.sync()
            self.laptops.append(laptop)
        FIGURES["laptops"] += count
        FIGURES["runs"] += 1

    # -- what users do, offline ------------------------------------------------------

    def remember(
        self, table: str, row_id: str, column: str, value: str, base: object
    ) -> None:
        for saved in self.saved:
            if (saved.table, saved.row_id, saved.column, saved.value) == (
                table,
                row_id,
                column,
                base,
            ):
                saved.superseded = True
        self.saved.append(Saved(table, row_id, column, value))
        FIGURES["edits"] += 1

    @rule(which=st.integers(0, 4))
    def create_contact(self, which: int) -> None:
        laptop = pick(self.laptops, which)
        name = self.unique()
        contact_id = laptop.new_contact(last_name=name)
        self.contacts.append(contact_id)
        self.remember(CONTACT, contact_id.hex, "last_name", name, None)

    def local_contact(self, laptop: Laptop, index: int) -> Contact | None:
        contact_id = pick(self.contacts, index)
        with laptop.bound():
            return Contact.get_or_none(
                (Contact.id == contact_id) & Contact.deleted_at.is_null()
            )

    @precondition(lambda self: self.contacts)
    @rule(
        which=st.integers(0, 4),
        index=st.integers(0, 10**6),
        column=st.sampled_from(CONTACT_FIELDS),
    )
    def edit_contact(self, which: int, index: int, column: str) -> None:
        laptop = pick(self.laptops, which)
        contact = self.local_contact(laptop, index)
        if contact is None:
            return
        base, value = getattr(contact, column), self.unique()
        laptop.edit_contact(contact.id, **{column: value})
        self.remember(CONTACT, contact.id.hex, column, value, base)

    @precondition(lambda self: self.contacts)
    @rule(index=st.integers(0, 10**6), column=st.sampled_from(CONTACT_FIELDS))
    def office_edit(self, index: int, column: str) -> None:
        """A colleague edits a contact at a desktop connected to the server."""
        contact_id = pick(self.contacts, index)
        with self.server.bound():
            contact = Contact.get_or_none(
                (Contact.id == contact_id) & Contact.deleted_at.is_null()
            )
            if contact is None:
                return
            service = ContactService(self.server.session)
            draft = service.load(contact_id)
            base, value = getattr(draft, column), self.unique()
            setattr(draft, column, value)
            service.save(draft)
        self.remember(CONTACT, contact_id.hex, column, value, base)
        FIGURES["office edits"] += 1

    @precondition(lambda self: self.contacts)
    @rule(which=st.integers(0, 4), index=st.integers(0, 10**6), task=st.booleans())
    def add_entry(self, which: int, index: int, task: bool) -> None:
        laptop = pick(self.laptops, which)
        contact = self.local_contact(laptop, index)
        if contact is None:
            return
        with laptop.bound():
            before = {
                e.id
                for e in ActivityEntry.select().where(
                    ActivityEntry.contact == contact.id
                )
            }
        value = self.unique()
        email = laptop.type_id("EMAIL")
        extra = {}
        if task:
            extra = dict(
                pending_type_id=email,
                pending_description=self.unique(),
                pending_operator_id=laptop.user_id("anna"),
                create_task=True,
            )
        laptop.add_entry(
            contact.id, done_type_id=email, done_description=value, **extra
        )
        with laptop.bound():
            after = {
                e.id
                for e in ActivityEntry.select().where(
                    ActivityEntry.contact == contact.id
                )
            }
        [entry_id] = after - before
        self.entries.add(entry_id.hex)
        self.remember("activity_entry", entry_id.hex, "done_description", value, None)

    @precondition(lambda self: self.entries)
    @rule(which=st.integers(0, 4), index=st.integers(0, 10**6))
    def edit_entry(self, which: int, index: int) -> None:
        laptop = pick(self.laptops, which)
        entry_id = uuid.UUID(pick(sorted(self.entries), index))
        with laptop.bound():
            entry = ActivityEntry.get_or_none(ActivityEntry.id == entry_id)
            alive = entry is not None and Contact.get_or_none(
                (Contact.id == entry.contact_id) & Contact.deleted_at.is_null()
            )
        if not alive:
            return
        value = self.unique()
        with laptop.bound():
            service = ContactService(laptop.session())
            draft = service.load(entry.contact_id)
            target = next(e for e in draft.entries if e.id == entry_id)
            base = target.done_description
            target.done_description = value
            service.save(draft)
        self.remember("activity_entry", entry_id.hex, "done_description", value, base)

    @rule(which=st.integers(0, 4), index=st.integers(0, 10**6))
    def complete_task(self, which: int, index: int) -> None:
        laptop = pick(self.laptops, which)
        with laptop.bound():
            open_tasks = [
                t.id
                for t in Task.select().where(Task.status == "open").order_by(Task.id)
            ]
        if not open_tasks:
            return
        task_id = pick(open_tasks, index)
        try:
            laptop.complete(task_id, self.unique())
        except NotFoundError:
            return
        self.completed.add(task_id.hex)
        FIGURES["completions"] += 1

    @precondition(lambda self: self.contacts)
    @rule(
        which=st.integers(0, 4), index=st.integers(0, 10**6), choice=st.integers(0, 9)
    )
    def move_stage(self, which: int, index: int, choice: int) -> None:
        laptop = pick(self.laptops, which)
        contact = self.local_contact(laptop, index)
        if contact is None:
            return
        with laptop.bound():
            self.move(laptop.store, laptop.session(), contact.id, choice)
        FIGURES["moves"] += 1

    @precondition(lambda self: self.contacts)
    @rule(index=st.integers(0, 10**6), choice=st.integers(0, 9))
    def office_move(self, index: int, choice: int) -> None:
        """A colleague moves a contact at a desktop connected to the server."""
        contact_id = pick(self.contacts, index)
        with self.server.bound():
            self.move(self.server.store, self.server.session, contact_id, choice)
        FIGURES["office moves"] += 1

    def move(
        self, store: Store, session: Session, contact_id: uuid.UUID, choice: int
    ) -> None:
        """Move a contact on where ``store`` is bound; remember the moves it saw."""
        contact = Contact.get_or_none(
            (Contact.id == contact_id) & Contact.deleted_at.is_null()
        )
        if contact is None:
            return
        targets = load_rules(store).next_stages(contact.stage_id)
        if not targets:
            return
        service = ContactService(session)
        draft = service.load(contact.id)
        draft.new_stage_id = pick(targets, choice).id
        before = {
            r.id.hex for r in StageLog.select().where(StageLog.contact == contact.id)
        }
        service.save(draft)
        after = {
            r.id.hex for r in StageLog.select().where(StageLog.contact == contact.id)
        }
        for move_id in after - before:
            self.moves[move_id] = before

    @precondition(lambda self: self.contacts)
    @rule(which=st.integers(0, 4), index=st.integers(0, 10**6))
    def delete_contact(self, which: int, index: int) -> None:
        laptop = pick(self.laptops, which)
        contact = self.local_contact(laptop, index)
        if contact is None:
            return
        with laptop.bound():
            ContactService(laptop.session()).delete(contact.id, contact.version)
        FIGURES["deletes"] += 1

    # -- time, clocks and the network -------------------------------------------------

    @rule(which=st.integers(0, 4), minutes=st.sampled_from([-90, -5, 1, 7, 60, 1440]))
    def clock_skew(self, which: int, minutes: int) -> None:
        pick(self.laptops, which).clock.advance(timedelta(minutes=minutes))
        FIGURES["skews"] += 1

    @rule(minutes=st.integers(1, 30))
    def time_passes(self, minutes: int) -> None:
        self.server.clock.advance(timedelta(minutes=minutes))
        for laptop in self.laptops:
            laptop.clock.advance(timedelta(minutes=minutes))

    @rule(which=st.integers(0, 4))
    def sync(self, which: int) -> None:
        pick(self.laptops, which).sync()
        FIGURES["syncs"] += 1

    @rule(which=st.integers(0, 4))
    def push_only(self, which: int) -> None:
        pick(self.laptops, which).engine.push()
        FIGURES["partial syncs"] += 1

    @rule(which=st.integers(0, 4))
    def pull_one_page(self, which: int) -> None:
        pick(self.laptops, which).engine.pull(max_pages=1)
        FIGURES["partial syncs"] += 1

    @rule(
        which=st.integers(0, 4),
        step=st.sampled_from([s for s in STEPS if "download" not in s]),
    )
    def interrupted_sync(self, which: int, step: str) -> None:
        laptop = pick(self.laptops, which)

        def crash(reached: str) -> None:
            if reached == step:
                raise Crash(step)

        laptop.engine.hook = crash
        try:
            laptop.sync()
        except (Crash, SyncError):
            FIGURES["interrupted syncs"] += 1
        finally:
            laptop.engine.hook = lambda reached: None

    @invariant()
    def every_copy_is_consistent(self) -> None:
        """After any step, even a crash, no copy has a dangling reference."""
        for laptop in self.laptops:
            db = laptop.store.db
            assert db.execute_sql("PRAGMA foreign_key_check").fetchall() == []
            flag = db.execute_sql("SELECT applying FROM sync_local_state").fetchone()
            assert flag == (0,)

    # -- the final check -----------------------------------------------------------

    def check_final_state(self) -> None:
        for _ in range(2):
            for laptop in self.laptops:
                laptop.sync()
        rows = self.server.rows()
        for laptop in self.laptops:
            assert laptop.engine.state().pending == 0
            assert differences(rows, laptop.rows()) == []
        FIGURES["copies converged"] += len(self.laptops)

        conflicts = list(rows[CONFLICT].values())
        FIGURES["conflicts"] += len(conflicts)
        recorded = {
            (c["table_name"], c["row_id"], c["field_name"], json.loads(v))
            for c in conflicts
            for v in (c["loser_value"], c["winner_value"])
            if v is not None
        }
        lost = []
        for saved in self.saved:
            final = rows[saved.table].get(saved.row_id, {}).get(saved.column)
            if saved.superseded or final == saved.value:
                continue
            if (saved.table, saved.row_id, saved.column, saved.value) not in recorded:
                lost.append(saved)
        # The record holds a value someone saved and nobody saw overwritten.
        for key in {(s.table, s.row_id, s.column) for s in self.saved}:
            live = [s.value for s in self.saved if (s.table, s.row_id, s.column) == key]
            final = rows[key[0]].get(key[1], {}).get(key[2])
            assert final in live, f"{key} holds {final!r}, which nobody saved"
        lost += [e for e in self.entries if e not in rows["activity_entry"]]
        lost += [m for m in self.moves if m not in rows[STAGE_LOG]]
        reopened = [t for t in self.completed if rows["task"][t]["status"] == "open"]
        FIGURES["lost"] += len(lost) + len(reopened)
        assert lost == []
        assert reopened == []
        for task_id in self.completed:
            done = uuid.uuid5(uuid.UUID(task_id), "completion").hex
            assert done in rows["activity_entry"]

        # Each operation a laptop sent is applied once (direct writes have no id).
        changes = self.server.store.db.execute_sql(
            "SELECT op_id, table_name, row_id, kind FROM sync_change "
            "WHERE table_name <> %s AND op_id <> ''",
            (CONFLICT,),
        ).fetchall()
        duplicated = [k for k, n in Counter(tuple(c) for c in changes).items() if n > 1]
        FIGURES["duplicated"] += len(duplicated)
        assert duplicated == []
        FIGURES["operations applied"] += int(
            self.server.store.db.execute_sql(
                "SELECT COUNT(*) FROM sync_applied_op"
            ).fetchone()[0]
        )

        # Moves are ordered by the stamps the server keeps: a move comes after every
        # move its author had seen, no stamp is further ahead of the server's time
        # than the clamp allows, and a contact is where its latest move put it.
        stamps = move_stamps(self.server)
        order = {m: (stamps[m], m) for m in rows[STAGE_LOG] if m in stamps}
        for move_id, seen in self.moves.items():
            assert all(order[move_id] > order[s] for s in seen if s in order), move_id
        limit = millis(self.server.clock.now() + MAX_AHEAD)
        assert all(Stamp.decode(s).wall <= limit for s in stamps.values())
        for contact in rows[CONTACT].values():
            if any(m["contact_id"] == contact["id"] for m in rows[STAGE_LOG].values()):
                latest = latest_move(self.server, uuid.UUID(contact["id"]))
                assert contact["stage_id"] == latest["to_stage_id"]


@pytest.mark.parametrize("backend", ["postgresql", "mysql"])
def test_offline_work_on_several_laptops_converges_without_loss(backend: str) -> None:
    machine = type(f"OfflineWork_{backend}", (OfflineWork,), {"backend": backend})
    FIGURES.clear()
    run_state_machine_as_test(
        machine,
        settings=settings(
            max_examples=EXAMPLES,
            stateful_step_count=STEPS_PER_RUN,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        ),
    )
    figures = {"backend": backend, **FIGURES}
    print(json.dumps(figures))
    target = os.environ.get("CONTATTI_SYNC_FIGURES")
    if target:
        with open(target, "a", encoding="utf-8") as out:
            out.write(json.dumps(figures) + "\n")
    assert FIGURES["lost"] == 0
    assert FIGURES["duplicated"] == 0

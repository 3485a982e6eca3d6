"""Schema versions, the append-only stage log and the sync triggers after a change."""

import json
import uuid
from collections.abc import Callable, Iterator

import peewee
import pytest

from desktop.core import migrations
from desktop.core.bootstrap import open_store, sign_in
from desktop.core.db import Backend, Store, connect
from desktop.core.errors import SchemaTooNewError
from desktop.core.migrations import LATEST, MIGRATIONS, current_version, migrate
from desktop.core.models import Contact, SchemaInfo, StageLog, Workflow
from desktop.core.session import Session
from desktop.core.sync.tables import CONTACT, SPECS
from tests import servers
from tests.core.helpers import move_to, new_contact


def test_a_new_database_is_migrated_and_seeded(store):
    assert current_version(store) == LATEST
    assert Workflow.select().where(Workflow.active == True).count() == 1  # noqa: E712


def test_migrating_again_changes_nothing(store, clock):
    assert migrate(store, clock) == LATEST
    assert SchemaInfo.select().count() == 1


def test_a_database_from_a_newer_version_is_refused_untouched(database_url, clock):
    store = open_store(database_url, clock)
    SchemaInfo.update(version=LATEST + 1).execute()
    tables_before = sorted(store.db.get_tables())
    store.close()
    with pytest.raises(SchemaTooNewError, match="Install the newer Contatti"):
        open_store(database_url, clock)
    store = connect(database_url)
    try:
        assert sorted(store.db.get_tables()) == tables_before
        assert current_version(store) == LATEST + 1
    finally:
        store.close()


def _log_table_changes(store):
    table = StageLog._meta.table_name
    return [
        f"UPDATE {table} SET changed_at = created_at",
        f"DELETE FROM {table}",
    ]


def test_plain_sql_cannot_edit_or_delete_the_log(session):
    contact = new_contact(session)
    move_to(session, contact, "QUALIFICATION")
    store = session.store
    assert StageLog.select().count() == 2
    for statement in _log_table_changes(store):
        with (
            pytest.raises(peewee.DatabaseError, match="append-only"),
            store.db.atomic(),
        ):
            store.db.execute_sql(statement)
    if store.backend is Backend.POSTGRESQL:
        with (
            pytest.raises(peewee.DatabaseError, match="append-only"),
            store.db.atomic(),
        ):
            store.db.execute_sql(f"TRUNCATE {StageLog._meta.table_name} CASCADE")
    assert StageLog.select().count() == 2


def test_the_orm_cannot_edit_the_log_either(session):
    contact = new_contact(session)
    row = StageLog.get(StageLog.contact == contact.id)
    row.changed_at = row.created_at.replace(year=2000)
    with (
        pytest.raises(peewee.DatabaseError, match="append-only"),
        session.store.db.atomic(),
    ):
        row.save()
    with (
        pytest.raises(peewee.DatabaseError, match="append-only"),
        session.store.db.atomic(),
    ):
        row.delete_instance()


# -- capture triggers after a migration adds a column ---------------------------------


def _add_nickname(store: Store) -> None:
    """A later migration: contacts get a nickname (safe to run again)."""
    store.db.execute_sql(
        "ALTER TABLE contact ADD COLUMN IF NOT EXISTS nickname VARCHAR(40) "
        "NOT NULL DEFAULT ''"
    )


@pytest.fixture
def later_release() -> Iterator[Callable[[], None]]:
    """Gives the contact model, and so its sync spec, the later release's column."""

    def upgrade() -> None:
        Contact._meta.add_field("nickname", peewee.CharField(max_length=40, default=""))
        SPECS[CONTACT].__dict__.pop("fields", None)  # the spec reads the model again

    yield upgrade
    if "nickname" in Contact._meta.fields:
        Contact._meta.remove_field("nickname")
        SPECS[CONTACT].__dict__.pop("fields", None)


def _nicknames_in_feed(store: Store, contact_id: uuid.UUID) -> list[object]:
    rows = store.db.execute_sql(
        "SELECT fields FROM sync_change WHERE table_name = %s AND row_id = %s "
        "ORDER BY seq",
        (CONTACT, contact_id.hex),
    ).fetchall()
    return [json.loads(r[0])["nickname"] for r in rows if "nickname" in r[0]]


def _office_sets_nickname(session: Session, contact_id: uuid.UUID, value: str) -> None:
    now = session.now()
    Contact.update(nickname=value, **session.touched(Contact, now)).where(
        Contact.id == contact_id
    ).execute()


@pytest.mark.parametrize("backend", ["mysql", "postgresql"])
def test_a_column_added_by_a_later_migration_reaches_the_sync_feed(
    backend, tmp_path, clock, monkeypatch, later_release
):
    for url in servers.fresh_database(backend, tmp_path):
        store = open_store(url, clock)
        try:
            session = sign_in(store, clock, "anna", "secret-pw")
            contact_id = new_contact(session).id
            assert contact_id is not None
            later_release()
            if backend == "mysql":
                # The column alone, without new triggers: writes to it are lost.
                _add_nickname(store)
                _office_sets_nickname(session, contact_id, "Bice")
                assert _nicknames_in_feed(store, contact_id) == []

            monkeypatch.setattr(migrations, "MIGRATIONS", [*MIGRATIONS, _add_nickname])
            monkeypatch.setattr(migrations, "LATEST", LATEST + 1)
            assert migrate(store, clock) == LATEST
            assert current_version(store) == LATEST + 1
            _office_sets_nickname(session, contact_id, "Bea")

            assert _nicknames_in_feed(store, contact_id) == ["Bea"]
            clocks = store.db.execute_sql(
                "SELECT clocks FROM sync_row_clock WHERE table_name = %s "
                "AND row_id = %s",
                (CONTACT, contact_id.hex),
            ).fetchone()[0]
            assert "nickname" in json.loads(clocks)
        finally:
            store.close()

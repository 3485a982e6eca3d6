"""Schema versions and the append-only stage log, on every backend."""

import peewee
import pytest

from desktop.core.bootstrap import open_store
from desktop.core.db import Backend, connect
from desktop.core.errors import SchemaTooNewError
from desktop.core.migrations import LATEST, current_version, migrate
from desktop.core.models import SchemaInfo, StageLog, Workflow
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

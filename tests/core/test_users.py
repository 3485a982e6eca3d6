"""Users: passwords, the first administrator and signing in."""

import pytest

from desktop.core.admin import AdminService, PermissionDeniedError
from desktop.core.bootstrap import open_store, sign_in
from desktop.core.errors import AuthenticationError, ValidationError
from desktop.core.models import Role, User
from desktop.core.users import hash_password, verify_password
from tests import servers
from tests.core.helpers import add_operator


def test_passwords_are_salted_scrypt_hashes():
    first, second = hash_password("correct horse"), hash_password("correct horse")
    assert first != second
    assert first.startswith("scrypt$")
    assert "correct horse" not in first
    assert verify_password("correct horse", first)
    assert not verify_password("wrong horse", first)
    assert not verify_password("anything", "not-a-hash")


def test_on_a_new_local_file_the_computer_account_is_the_administrator(
    sqlite_url, clock, monkeypatch
):
    monkeypatch.setattr("desktop.core.bootstrap.os_username", lambda: "giulia")
    store = open_store(sqlite_url, clock)
    try:
        session = sign_in(store, clock)
        assert session.user.username == "giulia"
        assert session.user.role == Role.ADMINISTRATOR.value
        assert session.user.password_hash == ""
        # A second account on the same computer joins as an operator.
        other = sign_in(store, clock, "marco")
        assert other.user.role == Role.OPERATOR.value
    finally:
        store.close()


@pytest.mark.parametrize("backend", ["postgresql", "mysql"])
def test_on_a_server_the_first_user_becomes_administrator_then_passwords_count(
    backend, tmp_path, clock
):
    for url in servers.fresh_database(backend, tmp_path):
        store = open_store(url, clock)
        try:
            with pytest.raises(AuthenticationError, match="choose a password"):
                sign_in(store, clock, "anna", "")
            admin = sign_in(store, clock, "anna", "anna-pw")
            assert admin.user.role == Role.ADMINISTRATOR.value
            add_operator(admin, "bruno", password="bruno-pw")
            assert sign_in(store, clock, "bruno", "bruno-pw").user.username == "bruno"
            with pytest.raises(AuthenticationError, match="wrong"):
                sign_in(store, clock, "bruno", "nope")
            with pytest.raises(AuthenticationError, match="wrong"):
                sign_in(store, clock, "nobody", "x")
        finally:
            store.close()


def test_operators_cannot_administer(session):
    bruno = add_operator(session, "bruno")
    operator = type(session)(session.store, session.clock, bruno)
    with pytest.raises(PermissionDeniedError):
        AdminService(operator).save_activity_type("X", "X")


def test_user_names_are_unique_and_administrators_keep_their_role(session):
    add_operator(session, "bruno")
    admin = AdminService(session)
    with pytest.raises(ValidationError, match="taken"):
        admin.save_user("bruno", "Another Bruno")
    with pytest.raises(ValidationError, match="own administrator role"):
        admin.save_user("anna", "Anna", role=Role.OPERATOR, user_id=session.user.id)
    assert User.get_by_id(session.user.id).role == Role.ADMINISTRATOR.value

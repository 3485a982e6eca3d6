"""Opening a database for use: connect, migrate, seed and sign in."""

from __future__ import annotations

import logging

from desktop.core.clock import Clock
from desktop.core.db import DatabaseUrl, Store, connect
from desktop.core.errors import AuthenticationError
from desktop.core.migrations import migrate
from desktop.core.models import Role, User
from desktop.core.seed import seed_defaults
from desktop.core.session import Session, system_fields
from desktop.core.users import (
    authenticate,
    ensure_first_administrator,
    hash_password,
    os_username,
)

log = logging.getLogger(__name__)


def open_store(url: str | DatabaseUrl, clock: Clock) -> Store:
    """Connect to ``url``, bring its schema up to date and seed an empty database."""
    store = connect(url)
    try:
        migrate(store, clock)
        seed_defaults(store, clock)
    except Exception:
        store.close()
        raise
    return store


def sign_in(
    store: Store,
    clock: Clock,
    username: str | None = None,
    password: str | None = None,
) -> Session:
    """Sign a user in and return the session.

    On a local SQLite file the computer's account (or ``username``) is signed in
    without a password; a new file makes it the administrator. On a server, the user
    name and password are checked; on a server database with no users yet, the first
    person to sign in becomes its administrator with the password given.
    """
    if not store.url.is_server:
        user = ensure_first_administrator(store, clock, username or os_username())
        if not user.active:
            raise AuthenticationError(
                f"User {user.username!r} is not active in this database. "
                "Ask an administrator to reactivate it."
            )
        return Session(store, clock, user)
    if not username:
        raise AuthenticationError("Type your user name to sign in.")

    def add_first_administrator() -> None:
        if User.select().exists():
            return
        if not password:
            raise AuthenticationError(
                "This server database has no users yet: choose a password for "
                "its first administrator."
            )
        log.info("%s becomes the first administrator of the server", username)
        User.create(
            username=username,
            full_name=username,
            role=Role.ADMINISTRATOR.value,
            password_hash=hash_password(password),
            **system_fields(clock.now()),
        )

    store.transaction(add_first_administrator)
    return Session(store, clock, authenticate(store, username, password or ""))

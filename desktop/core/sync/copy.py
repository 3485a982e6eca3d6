"""Opening a laptop's offline copy and signing in to it."""

from __future__ import annotations

import hashlib

from desktop.core.clock import Clock
from desktop.core.db import DatabaseUrl, Store, connect
from desktop.core.errors import AuthenticationError
from desktop.core.migrations import migrate
from desktop.core.models import User
from desktop.core.session import Session
from desktop.core.users import authenticate


def offline_copy_url(server: DatabaseUrl) -> str:
    """Where the offline copy of ``server`` lives: one file per server and database.

    The name is derived from the server's address (never its password), so that
    switching servers never mixes two copies.
    """
    from desktop.core.paths import data_dir

    digest = hashlib.sha256(server.display.encode()).hexdigest()[:12]
    return f"sqlite:///{(data_dir() / f'offline-{digest}.db').as_posix()}"


def open_local_copy(url: str | DatabaseUrl, clock: Clock) -> Store:
    """Open (or create) the SQLite file of an offline copy, schema up to date.

    Unlike :func:`desktop.core.bootstrap.open_store` nothing is seeded: users,
    activity types and the workflow all come from the server with the first
    download, so the copy holds the very rows the server has.
    """
    parsed = url if isinstance(url, DatabaseUrl) else DatabaseUrl.parse(url)
    if parsed.is_server:
        raise ValueError("An offline copy is a SQLite file: give a sqlite:/// URL.")
    store = connect(parsed)
    try:
        migrate(store, clock)
    except Exception:
        store.close()
        raise
    return store


def sign_in_offline(
    store: Store, clock: Clock, username: str, password: str
) -> Session:
    """Sign in to an offline copy with the user name and password of the server.

    The copy holds the server's users (with their password hashes), so signing in
    works without a network, with the same password as in the office.
    """
    if not User.select().exists():
        raise AuthenticationError(
            "This offline copy has not been downloaded yet: connect to the network "
            "once so that Contatti can fetch it from the server."
        )
    return Session(store, clock, authenticate(store, username, password))

"""Users: password hashing, sign-in and the first administrator."""

from __future__ import annotations

import base64
import getpass
import logging
import os

from desktop.core.clock import Clock
from desktop.core.db import Store
from desktop.core.errors import AuthenticationError, ValidationError
from desktop.core.models import Role, User
from desktop.core.session import system_fields

log = logging.getLogger(__name__)

_SCRYPT_N = 2**14
_SCRYPT_R = 8
_SCRYPT_P = 1


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int, dklen: int) -> bytes:
    # Imported on first use: hashlib maps OpenSSL (several MB), and signing in to a
    # local file, the common case, never checks a password.
    import hashlib

    return hashlib.scrypt(password.encode(), salt=salt, n=n, r=r, p=p, dklen=dklen)


def hash_password(password: str) -> str:
    """Hash ``password`` with scrypt and a random salt, in a self-describing string."""
    salt = os.urandom(16)
    digest = _scrypt(password, salt, _SCRYPT_N, _SCRYPT_R, _SCRYPT_P, 32)
    b64 = base64.b64encode
    return (
        f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}$"
        f"{b64(salt).decode()}${b64(digest).decode()}"
    )


def verify_password(password: str, stored: str) -> bool:
    """Check ``password`` against a hash made by :func:`hash_password`."""
    try:
        scheme, n, r, p, salt_b64, digest_b64 = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    expected = base64.b64decode(digest_b64)
    actual = _scrypt(
        password, base64.b64decode(salt_b64), int(n), int(r), int(p), len(expected)
    )
    import hmac

    return hmac.compare_digest(actual, expected)


def os_username() -> str:
    """The account name the computer's user signed in with."""
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment (rare service accounts)
        return "user"


def authenticate(store: Store, username: str, password: str) -> User:
    """Return the active user with this name and password, or raise."""
    user = User.get_or_none(User.username == username)
    if user is None or not user.active or not user.password_hash:
        raise AuthenticationError(
            "User name or password is wrong, or the user is not active. "
            "Check them, or ask an administrator."
        )
    if not verify_password(password, user.password_hash):
        raise AuthenticationError(
            "User name or password is wrong, or the user is not active. "
            "Check them, or ask an administrator."
        )
    return user


def user_named(store: Store, username: str) -> User:
    """The active user called ``username``, for a local file signed in by the OS."""
    user = User.get_or_none(User.username == username)
    if user is None or not user.active:
        raise AuthenticationError(
            f"There is no active user {username!r} in this database. "
            "Ask an administrator to add or reactivate the user."
        )
    return user


def ensure_first_administrator(store: Store, clock: Clock, username: str) -> User:
    """On a database without users, make ``username`` its administrator.

    On a local SQLite file this is the OS account, which then signs in without a
    password. If users exist already, returns the existing user of that name, or
    adds it as an operator on a local file (the person at this computer owns it).
    """

    def find_or_add() -> User:
        existing = User.get_or_none(User.username == username)
        if existing is not None:
            return existing
        first = not User.select().exists()
        if not first and store.url.is_server:
            raise AuthenticationError(f"There is no user {username!r} on this server.")
        role = Role.ADMINISTRATOR if first else Role.OPERATOR
        log.info("adding %s as the %s of %s", username, role, store.url.display)
        return User.create(
            username=username,
            full_name=username,
            role=role.value,
            **system_fields(clock.now()),
        )

    return store.transaction(find_or_add)


def validate_username(username: str) -> None:
    if not username.strip():
        raise ValidationError.single(
            "username", "User name is empty: type the name the person signs in with."
        )
    if len(username) > 64:
        raise ValidationError.single(
            "username", "User name is longer than 64 characters: shorten it."
        )

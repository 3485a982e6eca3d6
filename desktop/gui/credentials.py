"""Server passwords in the operating system's credential store, never in settings.

The password of a server database is kept by ``keyring`` (Windows Credential Manager,
the macOS Keychain, the Secret Service on Linux desktops), filed under the database's
display URL and the user name. Where no usable credential store exists, Contatti
still works: it logs the fact and asks for the password at every sign-in.

Loading ``keyring`` and letting it choose its backend takes about 100 ms and 15 MiB,
so the settings record which passwords Contatti saved (never the passwords): a start
whose password was never saved does not load the store at all.
"""

from __future__ import annotations

import contextlib
import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.gui.settings import Settings

log = logging.getLogger(__name__)

SERVICE_PREFIX = "Contatti"


def service_name(url_display: str) -> str:
    """The keyring service a database's passwords are filed under."""
    return f"{SERVICE_PREFIX} {url_display}"


def password_key(url_display: str, username: str) -> str:
    """How the settings name a saved password: its database and its user."""
    return f"{url_display}\t{username}"


def load_password(settings: Settings, url_display: str, username: str) -> str | None:
    """The saved password of ``username`` on ``url_display``, or None.

    None also when there is no credential store or it refused to answer. When the
    settings know that no password was saved, the store is not asked.
    """
    if not username:
        return None
    key = password_key(url_display, username)
    saved = settings.saved_passwords()
    if saved is not None and key not in saved:
        return None
    import keyring
    import keyring.errors

    try:
        password = keyring.get_password(service_name(url_display), username)
    except keyring.errors.NoKeyringError:
        log.info("no credential store on this computer: the password is not saved")
        if saved is None:
            # Nothing can have been saved: later starts need not load it again. A
            # password recorded as saved stays recorded, in case the store is only
            # missing for now (a Linux desktop whose keyring service has not started).
            settings.record_saved_password(key, False)
        return None
    except Exception:
        # A locked or unreachable store says nothing about what it holds: the
        # record stays as it was, and the next start asks again.
        log.warning("the credential store could not be read", exc_info=True)
        return None
    settings.record_saved_password(key, password is not None)
    return password


def save_password(
    settings: Settings, url_display: str, username: str, password: str
) -> bool:
    """Remember ``password``; an empty one forgets it. True if the store accepted it."""
    if not username:
        return False
    import keyring
    import keyring.errors

    service = service_name(url_display)
    key = password_key(url_display, username)
    try:
        if password:
            keyring.set_password(service, username, password)
        else:
            # Nothing saved means it is already forgotten.
            with contextlib.suppress(keyring.errors.PasswordDeleteError):
                keyring.delete_password(service, username)
    except keyring.errors.NoKeyringError:
        log.info("no credential store on this computer: the password is not saved")
        settings.record_saved_password(key, False)
        return False
    except Exception:
        log.warning("the credential store could not save the password", exc_info=True)
        if not password:
            # It may still hold the old one: later starts keep asking it.
            settings.record_saved_password(key, True)
        return False
    settings.record_saved_password(key, bool(password))
    return True


def forget_password(settings: Settings, url_display: str, username: str) -> None:
    """Forget the saved password of ``username``, if one was saved.

    Settings that record no password saved under this name leave the store unloaded.
    """
    saved = settings.saved_passwords()
    if saved is not None and password_key(url_display, username) not in saved:
        return
    save_password(settings, url_display, username, "")


def store_available() -> bool:
    """Whether this computer has a credential store that can keep passwords."""
    import keyring

    try:
        backend = keyring.get_keyring()
        return float(getattr(backend, "priority", 0)) > 0
    except Exception:
        log.warning("the credential store could not be queried", exc_info=True)
        return False

"""Server passwords in the operating system's credential store, never in settings.

The password of a server database is kept by ``keyring`` (Windows Credential Manager,
the macOS Keychain, the Secret Service on Linux desktops), filed under the database's
display URL and the user name. Where no usable credential store exists, Contatti
still works: it logs the fact and asks for the password at every sign-in.
"""

from __future__ import annotations

import contextlib
import logging

import keyring
import keyring.errors

log = logging.getLogger(__name__)

SERVICE_PREFIX = "Contatti"


def service_name(url_display: str) -> str:
    """The keyring service a database's passwords are filed under."""
    return f"{SERVICE_PREFIX} {url_display}"


def load_password(url_display: str, username: str) -> str | None:
    """The saved password of ``username`` on ``url_display``, or None.

    None also when there is no credential store or it refused to answer.
    """
    if not username:
        return None
    try:
        return keyring.get_password(service_name(url_display), username)
    except keyring.errors.NoKeyringError:
        log.info("no credential store on this computer: the password is not saved")
    except Exception:
        log.warning("the credential store could not be read", exc_info=True)
    return None


def save_password(url_display: str, username: str, password: str) -> bool:
    """Remember ``password``; an empty one forgets it. True if the store accepted it."""
    if not username:
        return False
    service = service_name(url_display)
    try:
        if password:
            keyring.set_password(service, username, password)
        else:
            # Nothing saved means it is already forgotten.
            with contextlib.suppress(keyring.errors.PasswordDeleteError):
                keyring.delete_password(service, username)
        return True
    except keyring.errors.NoKeyringError:
        log.info("no credential store on this computer: the password is not saved")
    except Exception:
        log.warning("the credential store could not save the password", exc_info=True)
    return False


def store_available() -> bool:
    """Whether this computer has a credential store that can keep passwords."""
    try:
        backend = keyring.get_keyring()
        return float(getattr(backend, "priority", 0)) > 0
    except Exception:
        log.warning("the credential store could not be queried", exc_info=True)
        return False

"""Contatti, a desktop CRM for office staff."""

import os
import sys


def _installed_version() -> str:
    """The version pip (or the installer) recorded for the ``contatti`` distribution.

    Installed distributions live in ``<name>-<version>.dist-info`` folders on the
    import path, so the folder name gives the version. Reading it this way costs a
    directory listing, where ``importlib.metadata`` would add 20 ms and 5 MB of
    imports to every start.
    """
    prefix, suffix = "contatti-", ".dist-info"
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if name.startswith(prefix) and name.endswith(suffix):
                return name[len(prefix) : -len(suffix)]
    return "0.0.0+source"  # a source tree that was never installed


__version__ = _installed_version()

"""Contatti, a desktop CRM for office staff."""

import os
import sys


def _installed_version() -> str:
    """The version recorded for the ``contatti`` distribution on the import path.

    pip records it in a ``contatti-<version>.dist-info`` folder, setuptools (and so a
    bundle built from a source tree) in ``contatti.egg-info/PKG-INFO``. Reading them
    directly costs a directory listing, where ``importlib.metadata`` would add 20 ms
    and 5 MB of imports to every start.
    """
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if name.startswith("contatti-") and name.endswith(".dist-info"):
                return name[len("contatti-") : -len(".dist-info")]
            if name.startswith("contatti") and name.endswith(".egg-info"):
                version = _pkg_info_version(os.path.join(entry or ".", name))
                if version:
                    return version
    return "0.0.0+source"  # a source tree that was never installed


def _pkg_info_version(folder: str) -> str:
    try:
        with open(os.path.join(folder, "PKG-INFO"), encoding="utf-8") as pkg_info:
            for line in pkg_info:
                if line.startswith("Version:"):
                    return line.split(":", 1)[1].strip()
                if not line.strip():
                    break  # the headers end at the first empty line
    except OSError:
        pass
    return ""


__version__ = _installed_version()

"""Contatti, a desktop CRM for office staff."""

from importlib import metadata

try:
    __version__ = metadata.version("contatti")
except metadata.PackageNotFoundError:
    # A source tree that was never installed.
    __version__ = "0.0.0+source"

"""Contatti, a desktop CRM for office staff."""

from importlib import metadata

try:
    __version__ = metadata.version("contatti")
except metadata.PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+source"

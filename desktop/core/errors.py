"""Errors the core raises for people to read, each saying what to fix."""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple


class ContattiError(Exception):
    """Base class of the errors meant for the user."""


class FieldProblem(NamedTuple):
    """One invalid field.

    ``field`` is the object name of the widget concerned, ``row`` the entry index.

    ``row`` is ``None`` for fields of the contact itself.
    """

    field: str
    message: str
    row: int | None = None


class ValidationError(ContattiError):
    """Input that cannot be saved; nothing was written."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(p.message for p in problems))

    @classmethod
    def single(
        cls, field: str, message: str, row: int | None = None
    ) -> ValidationError:
        return cls([FieldProblem(field, message, row)])


class ConcurrentEditError(ContattiError):
    """Someone else saved the record since it was loaded; nothing was overwritten."""

    def __init__(self, what: str, who: str, when: datetime | None) -> None:
        self.what = what
        self.who = who
        self.when = when
        stamp = when.strftime("%Y-%m-%d %H:%M UTC") if when else "an unknown time"
        super().__init__(
            f"{what} was changed by {who} at {stamp} after you opened it. "
            "Your changes are kept on screen: reopen the record to see theirs, "
            "then apply yours again."
        )


class SchemaTooNewError(ContattiError):
    """The database was written by a newer Contatti; it was left untouched."""

    def __init__(self, found: int, supported: int) -> None:
        self.found = found
        self.supported = supported
        super().__init__(
            f"This database has schema version {found}, but this copy of Contatti "
            f"understands up to version {supported}. Install the newer Contatti that "
            "created it; the database was not changed."
        )


class DatabaseUnavailableError(ContattiError):
    """The database could not be reached or opened."""


class AuthenticationError(ContattiError):
    """Wrong user name or password, or an inactive user."""


class NotFoundError(ContattiError):
    """A record that was asked for does not exist (or was deleted)."""

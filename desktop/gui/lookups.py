"""Names of users and activity types, read once per window."""

from __future__ import annotations

import uuid
from typing import NamedTuple

from desktop.core.models import ActivityType, User
from desktop.core.rows import converted_rows


class Person(NamedTuple):
    id: uuid.UUID
    label: str
    active: bool


class Lookups:
    """Every user and activity type of the database, inactive ones included.

    Lists offer active users only; the names of inactive ones are still needed to
    show who did what in the past.
    """

    def __init__(self) -> None:
        user_columns = (User.id, User.full_name, User.username, User.active)
        users = converted_rows(User.select(*user_columns), user_columns)
        self.people = {
            user_id: Person(user_id, full_name or username, active)
            for user_id, full_name, username, active in users
        }
        self._by_username = {
            username: full_name or username for _, full_name, username, _ in users
        }
        type_columns = (ActivityType.id, ActivityType.description)
        self.types: dict[uuid.UUID, str] = dict(
            converted_rows(ActivityType.select(*type_columns), type_columns)
        )

    def name_of(self, username: str) -> str:
        """The full name of whoever signs in as ``username`` (else the name itself)."""
        return self._by_username.get(username, username)

    def user_name(self, user_id: uuid.UUID | None) -> str:
        person = self.people.get(user_id) if user_id is not None else None
        return person.label if person else ""

    def type_name(self, type_id: uuid.UUID | None) -> str:
        return self.types.get(type_id, "") if type_id is not None else ""

    def active_people(self) -> list[Person]:
        return sorted(
            (p for p in self.people.values() if p.active), key=lambda p: p.label.lower()
        )

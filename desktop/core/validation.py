"""Checks shared by the services: lengths, users, dates."""

from __future__ import annotations

import uuid
from typing import Any

import peewee

from desktop.core.errors import FieldProblem
from desktop.core.models import TEXT_LIMIT, User
from desktop.core.rows import Statement


def max_length(model: type[peewee.Model], name: str) -> int:
    """The longest text ``model.name`` accepts."""
    column = model._meta.fields[name]
    if isinstance(column, peewee.CharField):
        return int(column.max_length)
    return TEXT_LIMIT


def check_lengths(
    model: type[peewee.Model],
    values: dict[str, Any],
    labels: dict[str, str],
    row: int | None = None,
    field_names: dict[str, str] | None = None,
) -> list[FieldProblem]:
    """A problem for every text in ``values`` longer than its column allows."""
    problems = []
    for name, value in values.items():
        if not isinstance(value, str):
            continue
        limit = max_length(model, name)
        if len(value) > limit:
            widget = (field_names or {}).get(name, name)
            problems.append(
                FieldProblem(
                    widget,
                    f"{labels.get(name, name)} is {len(value)} characters long; "
                    f"the limit is {limit}. Shorten it.",
                    row,
                )
            )
    return problems


_ACTIVE_USERS = Statement(
    lambda: User.select(User.id).where(User.active == True),  # noqa: E712
    (User.id,),
    arity=0,
)
"""Every active user: an office has tens of them, and the SQL is built once."""


def active_user_ids(ids: set[uuid.UUID]) -> set[uuid.UUID]:
    """Those of ``ids`` that name active users."""
    if not ids:
        return set()
    return ids & {user_id for (user_id,) in _ACTIVE_USERS.rows(User._meta.database)}

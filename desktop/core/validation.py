"""Checks shared by the services: lengths, users, dates."""

from __future__ import annotations

import uuid
from typing import Any

import peewee

from desktop.core.errors import FieldProblem
from desktop.core.models import TEXT_LIMIT, User


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


def active_user_ids(ids: set[uuid.UUID]) -> set[uuid.UUID]:
    """Those of ``ids`` that name active users."""
    if not ids:
        return set()
    return {
        u.id
        for u in User.select(User.id).where(
            User.id.in_(list(ids)) & (User.active == True)  # noqa: E712
        )
    }

"""The signed-in context that every core service works in."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from desktop.core.clock import Clock
from desktop.core.db import Store
from desktop.core.models import BaseModel, User


class Session:
    """Who is working, on which database, by which clock."""

    __slots__ = ("clock", "store", "user")

    def __init__(self, store: Store, clock: Clock, user: User) -> None:
        self.store = store
        self.clock = clock
        self.user = user

    @property
    def username(self) -> str:
        return str(self.user.username)

    def now(self) -> datetime:
        return self.clock.now()

    def touched(
        self, model: type[BaseModel], now: datetime | None = None
    ) -> dict[str, Any]:
        """Audit columns of a row the signed-in user changes now, next version."""
        return {
            "updated_at": now or self.now(),
            "updated_by": self.username,
            "version": model.version + 1,
        }

    def new_row_fields(self, now: datetime | None = None) -> dict[str, Any]:
        """Audit columns of a row created now by the signed-in user."""
        now = now or self.now()
        return {
            "created_at": now,
            "created_by": self.username,
            "updated_at": now,
            "updated_by": self.username,
            "version": 1,
        }


def system_fields(now: datetime, who: str = "system") -> dict[str, Any]:
    """Audit columns of a row created by Contatti itself (setup, demo data)."""
    return {
        "created_at": now,
        "created_by": who,
        "updated_at": now,
        "updated_by": who,
        "version": 1,
    }

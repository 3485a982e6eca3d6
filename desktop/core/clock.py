"""Clocks that the core and the GUI receive instead of reading the time themselves."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Source of the current time.

    ``now`` is wall time as an aware UTC datetime; ``monotonic`` is seconds from an
    arbitrary origin that never jumps, used to notice when the computer slept.
    """

    def now(self) -> datetime: ...

    def monotonic(self) -> float: ...


class SystemClock:
    """The real clock of the computer."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def monotonic(self) -> float:
        return time.monotonic()


class ManualClock:
    """A clock that only moves when told to; tests use it instead of sleeping."""

    def __init__(self, start: datetime | None = None) -> None:
        start = start or datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
        if start.tzinfo is None:
            raise ValueError("ManualClock needs an aware datetime")
        self._now = start.astimezone(UTC)
        self._monotonic = 1000.0

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._monotonic

    def advance(self, delta: timedelta) -> None:
        """Move both clocks forward, as time passing with the computer awake."""
        self._now += delta
        self._monotonic += delta.total_seconds()

    def sleep_for(self, delta: timedelta) -> None:
        """Move only the wall clock, as a computer that was suspended for ``delta``."""
        self._now += delta

    def set(self, moment: datetime) -> None:
        """Jump the wall clock to ``moment`` (an aware datetime)."""
        self._now = moment.astimezone(UTC)


def utc(moment: datetime | None) -> datetime | None:
    """Return ``moment`` as an aware UTC datetime; naive values are taken as UTC."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)

"""Hybrid logical clock stamps: wall time in milliseconds, a counter and a node id.

A stamp is a fixed-width string, so that comparing two stamps as text orders them as
clocks: first by wall time, then by counter, then by node (a tie-breaker only).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

WALL_DIGITS = 15
COUNTER_DIGITS = 6
SERVER_NODE = "server"
MAX_AHEAD = timedelta(minutes=5)
"""How far ahead of the server's time a stamp may be before the server clamps it."""

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True, order=True)
class Stamp:
    """One hybrid logical clock reading."""

    wall: int
    counter: int
    node: str

    def encode(self) -> str:
        wall = f"{self.wall:0{WALL_DIGITS}d}"
        return f"{wall}-{self.counter:0{COUNTER_DIGITS}d}-{self.node}"

    @classmethod
    def decode(cls, text: str) -> Stamp:
        wall, counter, node = text.split("-", 2)
        return cls(int(wall), int(counter), node)

    @property
    def moment(self) -> datetime:
        return EPOCH + timedelta(milliseconds=self.wall)


def millis(moment: datetime) -> int:
    """Milliseconds since the Unix epoch of an aware (or naive UTC) datetime."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int((moment - EPOCH) / timedelta(milliseconds=1))


def clamp(stamp: str, server_now: datetime) -> tuple[str, bool]:
    """Bound ``stamp`` to the server's time plus :data:`MAX_AHEAD`.

    Returns the stamp to use and whether it had to be clamped. A laptop whose clock
    runs a day ahead therefore wins no more conflicts than one a few minutes ahead.
    """
    parsed = Stamp.decode(stamp)
    limit = millis(server_now + MAX_AHEAD)
    if parsed.wall <= limit:
        return stamp, False
    return Stamp(limit, parsed.counter, parsed.node).encode(), True


def just_after(stamp: str, node: str) -> str:
    """The first stamp of ``node`` after ``stamp``: the same wall time, one count on."""
    parsed = Stamp.decode(stamp)
    if parsed.counter + 1 < 10**COUNTER_DIGITS:
        return Stamp(parsed.wall, parsed.counter + 1, node).encode()
    return Stamp(parsed.wall + 1, 0, node).encode()


def server_stamp(server_now: datetime, counter: int = 0) -> str:
    """A stamp for a change the server makes itself (derived values, renames)."""
    return Stamp(millis(server_now), counter, SERVER_NODE).encode()

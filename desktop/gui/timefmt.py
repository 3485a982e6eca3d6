"""Converting between stored UTC datetimes and the local times people see.

The optional date fields built on these conversions are in
:mod:`desktop.gui.date_fields`, which the contact list does not need.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QLocale


def to_qdatetime(moment: datetime) -> QDateTime:
    """An aware datetime as a QDateTime in local time."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000))


def from_qdatetime(value: QDateTime) -> datetime:
    """A QDateTime (any time spec) as an aware UTC datetime."""
    return datetime.fromtimestamp(value.toMSecsSinceEpoch() / 1000, UTC)


def local_text(moment: datetime | None) -> str:
    """A datetime as local date and time in the user's locale; "" for none."""
    if moment is None:
        return ""
    return QLocale().toString(to_qdatetime(moment), QLocale.FormatType.ShortFormat)

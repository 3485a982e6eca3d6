"""Model fields: how stored values come back as Python values."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta, timezone

import pytest

from desktop.core.models import Contact, IdField, UTCDateTimeField


@pytest.mark.parametrize(
    ("stored", "expected"),
    [
        ("2026-03-02 09:00:00.123456", datetime(2026, 3, 2, 9, 0, 0, 123456, UTC)),
        ("2026-03-02 09:00:00", datetime(2026, 3, 2, 9, 0, tzinfo=UTC)),
        ("2026-03-02", datetime(2026, 3, 2, tzinfo=UTC)),
        ("2026-03-02 10:00:00+01:00", datetime(2026, 3, 2, 9, 0, tzinfo=UTC)),
        (datetime(2026, 3, 2, 9, 0), datetime(2026, 3, 2, 9, 0, tzinfo=UTC)),
        (
            datetime(2026, 3, 2, 4, 0, tzinfo=timezone(timedelta(hours=-5))),
            datetime(2026, 3, 2, 9, 0, tzinfo=UTC),
        ),
        (None, None),
    ],
)
def test_a_stored_time_comes_back_as_aware_utc(stored, expected):
    value = UTCDateTimeField().python_value(stored)

    assert value == expected
    if expected is not None:
        assert value.utcoffset() == timedelta(0)


def test_text_that_is_no_time_is_handed_back_as_it_was():
    assert UTCDateTimeField().python_value("not a time") == "not a time"


def test_a_saved_time_reads_back_the_same_on_every_backend(store, clock):
    from desktop.core.session import system_fields

    moment = datetime(2026, 3, 2, 9, 0, 0, 250000, UTC)
    contact = Contact.create(code="C900001", first_name="Anna", **system_fields(moment))

    again = Contact.get_by_id(contact.id)
    assert again.created_at == moment
    assert again.created_at.tzinfo is not None


@pytest.mark.parametrize(
    "stored",
    [
        "01a23f9d16d17001a21877afae18d725",
        "01a23f9d-16d1-7001-a218-77afae18d725",
        uuid.UUID("01a23f9d16d17001a21877afae18d725"),
    ],
)
def test_a_stored_id_reads_back_as_the_same_uuid(stored):
    value = IdField().python_value(stored)

    expected = uuid.UUID("01a23f9d-16d1-7001-a218-77afae18d725")
    assert isinstance(value, uuid.UUID)
    assert value == expected
    assert hash(value) == hash(expected)
    assert str(value) == str(expected)
    assert value.hex == expected.hex
    assert {value: 1}[expected] == 1


def test_a_missing_id_stays_missing():
    assert IdField().python_value(None) is None


def test_a_stored_id_with_a_sign_is_refused_not_read_as_a_negative_number():
    with pytest.raises(ValueError, match="hexadecimal"):
        IdField().python_value("-1a23f9d16d17001a21877afae18d725")

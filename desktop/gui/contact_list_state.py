"""What the contact list shows and the paged query behind it; no widgets here.

The list never counts the whole table: it reads one page at a time in the chosen
order and asks for the next page after the last row it holds (keyset paging), so
scrolling to row 90,000 costs the same as reading the first page.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, NamedTuple, cast

import peewee

from desktop.core.models import Contact, Stage, User
from desktop.core.search import MIN_INDEXED_TERM, contact_search

PAGE_SIZE = 100
"""Rows read at a time: a screenful or two. The first page is read again on every
keystroke of a search; scrolling reads the next ones."""


class Column(NamedTuple):
    """A column of the list; ``order`` names the indexed columns it sorts on."""

    key: str
    order: tuple[str, ...] = ()

    @property
    def sortable(self) -> bool:
        return bool(self.order)


COLUMNS: tuple[Column, ...] = (
    Column("code", ("code",)),
    Column("name", ("last_name", "first_name")),
    Column("company", ("company",)),
    Column("email", ("email",)),
    Column("phone", ("phone",)),
    Column("city"),
    Column("stage"),
    Column("owner"),
    Column("updated_at", ("updated_at",)),
)
"""City, stage and owner have no index to sort on, so they are not sortable."""

COLUMN_INDEX = {c.key: i for i, c in enumerate(COLUMNS)}


class ContactFilter(NamedTuple):
    """Search text, filters and order of the contact list."""

    text: str = ""
    stage_id: uuid.UUID | None = None
    owner_id: uuid.UUID | None = None
    sort_key: str = "name"
    descending: bool = False

    def with_sort(self, key: str, descending: bool) -> ContactFilter:
        return self._replace(sort_key=key, descending=descending)

    @property
    def terms(self) -> list[str]:
        return self.text.split()


class ContactRow(NamedTuple):
    """One line of the contact list, holding the values as the database gave them.

    A page is read on every keystroke of a search, so the id and the time of the
    last change are turned into Python objects only when someone asks for them.
    """

    raw_id: Any
    code: str
    first_name: str
    last_name: str
    company: str
    email: str
    phone: str
    city: str
    stage: str
    owner: str
    raw_updated_at: Any
    sort_values: tuple[Any, ...]

    @property
    def id(self) -> uuid.UUID:
        return cast(uuid.UUID, Contact.id.python_value(self.raw_id))

    @property
    def updated_at(self) -> datetime:
        return cast(datetime, Contact.updated_at.python_value(self.raw_updated_at))

    @property
    def name(self) -> str:
        return f"{self.last_name} {self.first_name}".strip()

    def value(self, key: str) -> Any:
        return getattr(self, key)


def _where(spec: ContactFilter) -> peewee.Expression:
    condition = Contact.deleted_at.is_null()
    found = contact_search(Contact._meta.database, spec.text)
    if found is not None:
        condition = condition & found
    if spec.stage_id is not None:
        condition = condition & (Contact.stage == spec.stage_id)
    if spec.owner_id is not None:
        condition = condition & (Contact.owner == spec.owner_id)
    return condition


def fetch_page(
    spec: ContactFilter, after: ContactRow | None = None, limit: int = PAGE_SIZE
) -> list[ContactRow]:
    """The ``limit`` contacts that follow ``after`` (or the first ones) in order."""
    column = COLUMNS[COLUMN_INDEX.get(spec.sort_key, COLUMN_INDEX["name"])]
    if not column.sortable:
        column = COLUMNS[COLUMN_INDEX["name"]]
    keys = [getattr(Contact, name) for name in column.order] + [Contact.id]
    owner = User.alias()
    query = (
        Contact.select(
            Contact.id,
            Contact.code,
            Contact.first_name,
            Contact.last_name,
            Contact.company,
            Contact.email,
            Contact.phone,
            Contact.city,
            Contact.updated_at,
            Stage.name.alias("stage_name"),
            owner.full_name.alias("owner_name"),
            owner.username.alias("owner_username"),
        )
        .join(Stage, peewee.JOIN.LEFT_OUTER, on=Contact.stage == Stage.id)
        .switch(Contact)
        .join(owner, peewee.JOIN.LEFT_OUTER, on=Contact.owner == owner.id)
        .where(_where(spec))
    )
    if after is not None:
        lhs = peewee.Tuple(*keys)
        rhs = peewee.Tuple(*after.sort_values)
        query = query.where(lhs < rhs if spec.descending else lhs > rhs)
    order = [_unindexed(k) for k in keys] if _matches_first(spec) else keys
    query = query.order_by(*(k.desc() if spec.descending else k.asc() for k in order))
    # Plain rows from the driver: the values are already what the next page's
    # keyset comparison needs, and only the few rows on screen are ever converted.
    sql, params = query.limit(limit).sql()
    cursor = Contact._meta.database.execute_sql(sql, params)
    positions = [_POSITION[name] for name in column.order]
    rows = []
    for (
        contact_id,
        code,
        first_name,
        last_name,
        company,
        email,
        phone,
        city,
        updated_at,
        stage_name,
        owner_name,
        owner_username,
    ) in cursor.fetchall():
        values = (code, last_name, first_name, company, email, phone, updated_at)
        rows.append(
            ContactRow(
                raw_id=contact_id,
                code=code,
                first_name=first_name,
                last_name=last_name,
                company=company,
                email=email,
                phone=phone,
                city=city,
                stage=stage_name or "",
                owner=owner_name or owner_username or "",
                raw_updated_at=updated_at,
                sort_values=(*(values[i] for i in positions), contact_id),
            )
        )
    return rows


_POSITION = {
    name: i
    for i, name in enumerate(
        ("code", "last_name", "first_name", "company", "email", "phone", "updated_at")
    )
}
"""Where each sortable column sits in the values ``fetch_page`` collects per row."""


def _matches_first(spec: ContactFilter) -> bool:
    """Whether to find the matches first and sort them, rather than walk the order.

    Every word of three characters or more is answered by the search index with a
    set of matches that is cheap to sort. A shorter word matches so many contacts
    that walking the sort index and stopping after one page is quicker.
    """
    return bool(spec.terms) and all(len(t) >= MIN_INDEXED_TERM for t in spec.terms)


def _unindexed(column: peewee.Field) -> Any:
    """``column`` for ORDER BY, written so that SQLite does not walk its index.

    Walking the index tests each contact in order until a page is full, which for a
    rare word means visiting the whole table; sorting the matches the search index
    returned is far cheaper.
    """
    database = Contact._meta.database
    if isinstance(database, peewee.SqliteDatabase):
        return peewee.NodeList((peewee.SQL("+"), column), glue="")
    if isinstance(database, peewee.PostgresqlDatabase) and isinstance(
        column, peewee.CharField
    ):
        # PostgreSQL would also walk the name index and test each contact; an
        # expression it has no index for makes it use the trigram index instead.
        return peewee.NodeList((column, peewee.SQL("|| ''")))
    return column

"""Reading rows straight from the driver, each column converted by its field once.

peewee's ``.tuples()`` fetches a row at a time and runs every column through its
field, the text columns too. Lists that read hundreds of rows (a contact's entries,
tasks, reminders) take a third less time through :func:`converted_rows`, which
fetches all rows at once and converts only the columns whose driver value is not
already the Python value: ids, times, dates and flags.

A :class:`Statement` goes one step further for the queries the app runs all day (a
contact's window, the reminder check): peewee builds a query's SQL from its
expression tree on every run, which on SQLite costs more than running it. A
statement is built once per database with stand-ins for its arguments and then only
converts the arguments.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

import peewee

Converter = Callable[[Any], Any]

_AS_READ = (peewee.CharField, peewee.TextField, peewee.IntegerField)
"""Fields whose values every supported driver already returns as Python values."""


def _converter(column: peewee.Node) -> Converter | None:
    node = column.node if isinstance(column, peewee.Alias) else column
    if not isinstance(node, peewee.Field):
        return None
    if isinstance(node, peewee.ForeignKeyField):
        node = node.rel_field
    if isinstance(node, _AS_READ):
        return None
    return node.python_value


def converters(columns: Sequence[peewee.Node]) -> list[Converter | None]:
    """One converter per selected column (None: keep the driver's value)."""
    return [_converter(column) for column in columns]


def converted_rows(
    query: peewee.ModelSelect[Any], columns: Sequence[peewee.Node]
) -> list[tuple[Any, ...]]:
    """The rows of ``query``, which selects ``columns`` in that order, converted.

    NULL stays None without a call.
    """
    sql, params = query.sql()
    database = query.model._meta.database
    return _fetch_converted(database, sql, params, converters(columns))


def _fetch_converted(
    database: peewee.Database,
    sql: str,
    params: Sequence[Any],
    converts: Sequence[Converter | None],
) -> list[tuple[Any, ...]]:
    work = [(i, convert) for i, convert in enumerate(converts) if convert is not None]
    rows = database.execute_sql(sql, params).fetchall()
    if not work:
        return [tuple(row) for row in rows]
    result = []
    for row in rows:
        values = list(row)
        for i, convert in work:
            value = values[i]
            if value is not None:
                values[i] = convert(value)
        result.append(tuple(values))
    return result


class _Slot(NamedTuple):
    """Which argument goes in a built statement's parameter, converted how."""

    arg: int
    convert: Converter | None


class Arg(peewee.ColumnBase):
    """The ``index``-th argument of a :class:`Statement`, given when it runs.

    It stands where a value would, on the right of a comparison with a field
    (``Task.assignee == Arg(0)``), and is converted by that field when the statement
    runs, as the value itself would have been. It must not stand for None: peewee
    turns ``== None`` into ``IS NULL`` as the query is built, not as it runs.
    """

    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index

    def __sql__(self, ctx: peewee.Context) -> peewee.Context:
        slot = _Slot(self.index, ctx.state.converter)
        return ctx.value(slot, converter=False)


class _Built(NamedTuple):
    sql: str
    params: list[Any]
    converts: list[Converter | None]


class Statement:
    """A SELECT built by peewee once per database, then run with new arguments.

    ``build`` takes one :class:`Arg` per argument and returns the query; ``columns``
    are what it selects, in order, as for :func:`converted_rows`, which gives the
    same rows.
    """

    def __init__(
        self,
        build: Callable[..., peewee.ModelSelect[Any]],
        columns: Sequence[peewee.Node],
        arity: int,
    ) -> None:
        self._build = build
        self._columns = columns
        self._arity = arity
        self._built: weakref.WeakKeyDictionary[peewee.Database, _Built] = (
            weakref.WeakKeyDictionary()
        )

    @classmethod
    def matching(
        cls,
        columns: Sequence[peewee.Node],
        field: peewee.Field,
        *also: peewee.Expression,
    ) -> Statement:
        """``columns`` of the rows of ``field``'s table where it equals the argument.

        ``also`` are further conditions, the same on every run.
        """

        def build(value: Any) -> peewee.ModelSelect[Any]:
            condition = field == value
            for extra in also:
                condition &= extra
            return field.model.select(*columns).where(condition)

        return cls(build, columns, arity=1)

    def _for(self, database: peewee.Database) -> _Built:
        built = self._built.get(database)
        if built is None:
            query = self._build(*(Arg(i) for i in range(self._arity)))
            if query.model._meta.database is not database:
                raise ValueError("the statement's tables are bound to another database")
            sql, params = query.sql()
            built = _Built(sql, params, converters(self._columns))
            self._built[database] = built
        return built

    def rows(self, database: peewee.Database, *args: Any) -> list[tuple[Any, ...]]:
        """The converted rows for ``args`` on ``database``."""
        if len(args) != self._arity:
            raise TypeError(f"expected {self._arity} arguments, got {len(args)}")
        if None in args:
            raise ValueError("a statement's arguments cannot be None (see Arg)")
        built = self._for(database)
        params = []
        for param in built.params:
            if isinstance(param, _Slot):
                value = args[param.arg]
                if param.convert is not None:
                    value = param.convert(value)
                params.append(value)
            else:
                params.append(param)
        return _fetch_converted(database, built.sql, params, built.converts)

"""A snapshot's statements as one, so a check reads in one round trip.

Each statement becomes a scalar subquery that aggregates its rows into a JSON array
of arrays (in the statement's own order); the rows are rebuilt in Python with the
values the driver and the column types would have given. How a dialect aggregates
and decodes: PostgreSQL here, SQLite in guard/engine/sqlite_snapshot.py.
"""

from __future__ import annotations

import json
from collections import namedtuple
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import Connection, Date, Float, Select, func, literal_column, select
from sqlalchemy.dialects.postgresql import aggregate_order_by

from guard.engine import sqlite_snapshot
from models.base import UtcDateTime

Decoder = Callable[[Any], Any]


def _utc(value: str | None) -> datetime | None:
    # JSON renders timestamptz in ISO 8601 with its offset; UtcDateTime's own result
    # conversion (to UTC) then gives what a plain SELECT gives.
    return None if value is None else datetime.fromisoformat(value)


def _date(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


def _decoder(column: Any, dialect: Any) -> Decoder | None:
    column_type = column.type
    if isinstance(column_type, UtcDateTime):
        to_utc = column_type.result_processor(dialect, None)
        assert to_utc is not None
        return lambda v: to_utc(_utc(v))
    if isinstance(column_type, Date):
        return _date
    if isinstance(column_type, Float):
        return _float
    return None  # text, numbers, booleans and JSON come as they are


class _Part(NamedTuple):
    row: type  # a named tuple of the statement's columns
    decoders: tuple[tuple[int, Decoder], ...]


# Built once per statement and dialect (the statements are module constants).
_PARTS: dict[tuple[str, int], _Part] = {}
_COMBINED: dict[tuple[Any, ...], Select[Any]] = {}


def _aggregated(statement: Select[Any]) -> Any:
    """`statement`'s rows as one JSON array of arrays, in its ORDER BY."""
    inner = statement.subquery()
    order = [
        inner.c[clause.element.key].desc()
        if getattr(clause, "modifier", None) is not None
        else inner.c[clause.key]
        for clause in statement._order_by_clauses
    ]
    row = func.json_build_array(*inner.c)
    aggregate = func.json_agg(aggregate_order_by(row, *order) if order else row)
    return (
        select(func.coalesce(aggregate, literal_column("'[]'::json")))
        .select_from(inner)
        .scalar_subquery()
    )


def _part(statement: Select[Any], dialect: Any) -> _Part:
    part = _PARTS.get((dialect.name, id(statement)))
    if part is None:
        decoder = _DIALECTS[dialect.name][1]
        columns = list(statement.selected_columns)
        # Read as a Row is: by attribute, or by name through `_mapping`.
        base = namedtuple("Row", [c.key for c in columns])  # type: ignore[misc]
        row = type(
            "Row", (base,), {"__slots__": (), "_mapping": property(base._asdict)}
        )
        decoders = tuple(
            (n, d)
            for n, c in enumerate(columns)
            if (d := decoder(c, dialect)) is not None
        )
        part = _PARTS[dialect.name, id(statement)] = _Part(row, decoders)
    return part


def run(
    conn: Connection, chosen: dict[str, Select[Any]], values: dict[str, Any]
) -> dict[str, Sequence[Any]]:
    """Every statement of `chosen` in one round trip: their rows by name."""
    dialect = conn.dialect
    # The statements are built once (module constants): their ids name them.
    key = (dialect.name, *((name, id(s)) for name, s in chosen.items()))
    one = _COMBINED.get(key)
    if one is None:
        aggregated = _DIALECTS[dialect.name][0]
        one = select(*(aggregated(s).label(n) for n, s in chosen.items()))
        _COMBINED[key] = one
    found = conn.execute(one, values).one()
    return {
        name: _decoded(_part(statement, dialect), data)
        for (name, statement), data in zip(chosen.items(), found, strict=True)
    }


def _decoded(part: _Part, data: Any) -> list[Any]:
    if isinstance(data, str):  # a driver that leaves JSON undecoded
        data = json.loads(data)
    make, decoders = part.row._make, part.decoders  # type: ignore[attr-defined]
    if not decoders:
        return [make(values) for values in data]
    out = []
    for values in data:
        for n, decode in decoders:
            values[n] = decode(values[n])
        out.append(make(values))
    return out


# Per dialect: how a statement's rows become one JSON value, and how a column's
# value is read back from it.
_DIALECTS: dict[str, tuple[Callable[[Select[Any]], Any], Callable[..., Any]]] = {
    "postgresql": (_aggregated, _decoder),
    "sqlite": (sqlite_snapshot.aggregated, sqlite_snapshot.decoder),
}

"""PostgreSQL: a snapshot's statements as one, so a check reads in one round trip.

Each statement becomes a scalar subquery that aggregates its rows into a JSON array
of arrays (in the statement's own order); the rows are rebuilt in Python with the
values the driver and the column types would have given.
"""

from __future__ import annotations

import json
from collections import namedtuple
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import Connection, Date, Float, Select, func, literal_column, select
from sqlalchemy.dialects.postgresql import aggregate_order_by

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


def _decoder(column_type: Any, dialect: Any) -> Decoder | None:
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


_PARTS: dict[int, _Part] = {}
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
    part = _PARTS.get(id(statement))
    if part is None:
        columns = list(statement.selected_columns)
        # Read as a Row is: by attribute, or by name through `_mapping`.
        base = namedtuple("Row", [c.key for c in columns])  # type: ignore[misc]
        row = type(
            "Row", (base,), {"__slots__": (), "_mapping": property(base._asdict)}
        )
        decoders = tuple(
            (n, d)
            for n, c in enumerate(columns)
            if (d := _decoder(c.type, dialect)) is not None
        )
        part = _PARTS[id(statement)] = _Part(row, decoders)
    return part


def run(
    conn: Connection, chosen: dict[str, Select[Any]], values: dict[str, Any]
) -> dict[str, Sequence[Any]]:
    """Every statement of `chosen` in one round trip: their rows by name."""
    # The statements are built once (module constants): their ids name them.
    key = tuple((name, id(s)) for name, s in chosen.items())
    one = _COMBINED.get(key)
    if one is None:
        one = select(*(_aggregated(s).label(n) for n, s in chosen.items()))
        _COMBINED[key] = one
    found = conn.execute(one, values).one()
    dialect = conn.dialect
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

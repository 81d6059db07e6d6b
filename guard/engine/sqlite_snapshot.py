"""SQLite: a snapshot's statements as one, so a check reads in one statement.

As guard/engine/onestatement.py does for PostgreSQL: each statement becomes a scalar
subquery that aggregates its rows into a JSON array of arrays, and the rows are
rebuilt in Python by the column types' own result processors, so they come out as a
plain SELECT gives them. SQLite before 3.44 has no ORDER BY inside an aggregate: a
FROM-clause subquery keeps its ORDER BY when the outer query aggregates with
anything but count(), min() or max() (SQLite's select.c, "omit ORDER BY"), and
json_group_array reads the rows in that order.
"""

from __future__ import annotations

import json
from collections import namedtuple
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from sqlalchemy import Connection, Double, Float, Select, func, select

Decoder = Callable[[Any], Any]
# A batch binds its lists in several subqueries at once: past this many values the
# statements run one by one: each list is bound at most four times, well inside
# SQLite's 32,766 bound variables.
MAX_LISTED = 5000


def _real(value: str | None) -> float | None:
    # quote() writes a REAL that reads back exactly (json_array keeps 15 digits).
    return None if value is None or value == "NULL" else float(value)


class _Part(NamedTuple):
    row: type  # a named tuple of the statement's columns
    decoders: tuple[tuple[int, Decoder], ...]


_PARTS: dict[int, _Part] = {}
_COMBINED: dict[tuple[Any, ...], Select[Any]] = {}


def fits(values: dict[str, Any]) -> bool:
    """Whether the bound lists are short enough to run as one statement."""
    return sum(len(v) for v in values.values() if isinstance(v, list)) <= MAX_LISTED


def _is_real(column: Any) -> bool:
    return isinstance(column.type, Float | Double)


def _aggregated(statement: Select[Any]) -> Any:
    """`statement`'s rows as one JSON array of arrays, in its ORDER BY."""
    inner = statement.subquery()
    row = func.json_array(*(func.quote(c) if _is_real(c) else c for c in inner.c))
    return select(func.json_group_array(row)).select_from(inner).scalar_subquery()


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
            if (d := _decoder(c, dialect)) is not None
        )
        part = _PARTS[id(statement)] = _Part(row, decoders)
    return part


def _decoder(column: Any, dialect: Any) -> Decoder | None:
    if _is_real(column):
        return _real
    # Dates and times as SQLite stores them (text), JSON columns as their text,
    # booleans as 0 or 1: what the column's type reads from a plain SELECT.
    return column.type.dialect_impl(dialect).result_processor(dialect, None)


def run(
    conn: Connection, chosen: dict[str, Select[Any]], values: dict[str, Any]
) -> dict[str, Sequence[Any]]:
    """Every statement of `chosen` as one: their rows by name."""
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


def _decoded(part: _Part, data: str) -> list[Any]:
    rows = json.loads(data)
    make, decoders = part.row._make, part.decoders  # type: ignore[attr-defined]
    if not decoders:
        return [make(values) for values in rows]
    out = []
    for values in rows:
        for n, decode in decoders:
            values[n] = decode(values[n])
        out.append(make(values))
    return out

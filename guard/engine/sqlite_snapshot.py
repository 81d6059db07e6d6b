"""SQLite's part of guard/engine/onestatement.py: how a snapshot statement's rows
become one JSON array of arrays, and how each value is read back (by the column
types' own result processors, so they come out as a plain SELECT gives them).

SQLite before 3.44 has no ORDER BY inside an aggregate: a FROM-clause subquery keeps
its ORDER BY when the outer query aggregates with anything but count(), min() or
max() (SQLite's select.c, "omit ORDER BY"), and json_group_array reads the rows in
that order.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Double, Float, Select, func, select

Decoder = Callable[[Any], Any]
# A batch binds its lists in several subqueries at once: past this many values the
# statements run one by one: each list is bound at most four times, well inside
# SQLite's 32,766 bound variables.
MAX_LISTED = 5000


def _real(value: str | None) -> float | None:
    # quote() writes a REAL that reads back exactly (json_array keeps 15 digits).
    return None if value is None or value == "NULL" else float(value)


def fits(values: dict[str, Any]) -> bool:
    """Whether the bound lists are short enough to run as one statement."""
    return sum(len(v) for v in values.values() if isinstance(v, list)) <= MAX_LISTED


def _is_real(column: Any) -> bool:
    return isinstance(column.type, Float | Double)


def aggregated(statement: Select[Any]) -> Any:
    """`statement`'s rows as one JSON array of arrays, in its ORDER BY."""
    inner = statement.subquery()
    row = func.json_array(*(func.quote(c) if _is_real(c) else c for c in inner.c))
    return select(func.json_group_array(row)).select_from(inner).scalar_subquery()


def decoder(column: Any, dialect: Any) -> Decoder | None:
    if _is_real(column):
        return _real
    # Dates and times as SQLite stores them (text), JSON columns as their text,
    # booleans as 0 or 1: what the column's type reads from a plain SELECT.
    return column.type.dialect_impl(dialect).result_processor(dialect, None)

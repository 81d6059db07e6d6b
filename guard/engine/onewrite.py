"""PostgreSQL: one decision's rows written in one statement (one round trip).

Each table's rows go in as one JSON array, expanded by `json_populate_recordset` in a
data-modifying CTE; the statement's text is the same whatever the rows, so it is
built once. Columns a row leaves out get the column's Python default, as a Core
INSERT gives them.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Integer, Table, text

from models import AuditEvent, Check, FindingRow, ReviewItem, Touch

if TYPE_CHECKING:
    from guard.engine.record import DecisionRows

_TABLES: dict[str, Table] = {
    "checks": Check.__table__,
    "touches": Touch.__table__,
    "findings": FindingRow.__table__,
    "reviews": ReviewItem.__table__,
    "audit": AuditEvent.__table__,
}
_RETURNING = {"touches": "id", "reviews": "id"}


def _columns(table: Table) -> list[Any]:
    # Every column but a generated integer key.
    return [
        c for c in table.columns if not (c.primary_key and isinstance(c.type, Integer))
    ]


def _cte(name: str, table: Table) -> str:
    names = ", ".join(c.name for c in _columns(table))
    returning = f" RETURNING {_RETURNING[name]}" if name in _RETURNING else ""
    return (
        f"new_{name} AS (INSERT INTO {table.name} ({names}) SELECT {names} FROM "
        f"json_populate_recordset(NULL::{table.name}, CAST(:{name} AS json))"
        f"{returning})"
    )


_INSERT = text(
    "WITH "
    + ", ".join(_cte(name, table) for name, table in _TABLES.items())
    + " SELECT (SELECT min(id) FROM new_touches), (SELECT min(id) FROM new_reviews)"
)


def _encode(value: Any) -> str:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("naive datetime: give a time zone")
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot store {type(value).__name__} as JSON")


def _complete(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    missing = [c for c in _columns(table) if c.key not in row]
    if not missing:
        return row
    full = dict(row)
    for c in missing:
        default = c.default
        if default is None:
            full[c.key] = None
        elif default.is_callable:
            full[c.key] = default.arg(None)  # type: ignore[attr-defined]
        else:
            full[c.key] = default.arg  # type: ignore[attr-defined]
    return full


def fits(conn: Connection, rows: DecisionRows) -> bool:
    """PostgreSQL, and no finding cites a touch by a batch's provisional id (a single
    check's never do: only a batch's later items know touches not yet written)."""
    return conn.dialect.name == "postgresql" and not any(
        e.get("source") == "touch" and str(e.get("id", "")).startswith("-")
        for f in rows.findings
        for e in f["evidence"]
    )


def insert_one(conn: Connection, rows: DecisionRows) -> int | None:
    """Write one decision's rows; the id of its review item, if it has one."""
    values = {
        "checks": [rows.check],
        "touches": [rows.touch] if rows.touch is not None else [],
        "findings": rows.findings,
        "reviews": [rows.review] if rows.review is not None else [],
        "audit": [rows.audit],
    }
    params = {
        name: json.dumps(
            [_complete(_TABLES[name], row) for row in table_rows], default=_encode
        )
        for name, table_rows in values.items()
    }
    _touch_id, review_id = conn.execute(_INSERT, params).one()
    return review_id

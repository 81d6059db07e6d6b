"""Retention: message text and request payloads older than GUARD_RETENTION_DAYS go.

What a purge clears: the subject and body of checks (and their stored request and
rewrite), touches and inbound mail; inbound headers and analysis; the quotes in
findings' evidence and absences; review edits; finished outbox payloads; bodies and
quotes in audit events. What stays: every decision, verdict, rule, count, time and
digest, so limits, statistics and the decision log still add up.

Each table is purged in batches of `batch_size` rows, one short transaction per batch
(SQLite has one writer: a request waits at most one batch). Batches walk the table by
primary key, so a run reads each table once and always ends.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Table,
    Text,
    bindparam,
    cast,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session, sessionmaker

from models import (
    Absence,
    AuditEvent,
    Check,
    FindingRow,
    InboundMessage,
    OutboxEvent,
    ReviewItem,
    Touch,
)

PURGED = "retention.purged"
BATCH_SIZE = 500
# Keys of an audit event's data that quote a message.
_AUDIT_TEXT_KEYS = ("subject", "body", "evidence")
_EMPTY_JSON = ("{}", "[]", "null")


def _filled(column: Any) -> ColumnElement[bool]:
    """A JSON column holding something (text on SQLite, json on PostgreSQL)."""
    return cast(column, Text).not_in(_EMPTY_JSON)


def _mentions(column: Any, key: str) -> ColumnElement[bool]:
    return cast(column, Text).like(f'%"{key}"%')


@dataclass(frozen=True, slots=True)
class Purge:
    """One table's purge: which rows still hold text, and what they become."""

    table: Table
    where: Callable[[datetime], ColumnElement[bool]]
    values: dict[str, Any] | None = None
    # For JSON that keeps its non-text parts: the column, and the rewrite of its value.
    rewrite: tuple[str, Callable[[Any], Any]] | None = None


def _without_quotes(evidence: list[Any]) -> list[Any]:
    return [{k: v for k, v in e.items() if k != "text"} for e in evidence]


def _without_text(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k not in _AUDIT_TEXT_KEYS}


def _purges() -> tuple[Purge, ...]:
    checks, touches = Check.__table__.c, Touch.__table__.c
    inbound, findings = InboundMessage.__table__.c, FindingRow.__table__.c
    absences, reviews = Absence.__table__.c, ReviewItem.__table__.c
    outbox, audit = OutboxEvent.__table__.c, AuditEvent.__table__.c

    def old_check(cutoff: datetime) -> Any:
        # Correlated: one primary-key lookup per finding read, not a scan per batch.
        mine = (checks.id == findings.check_id) & (checks.created_at < cutoff)
        return select(checks.id).where(mine).exists()

    return (
        Purge(
            Check.__table__,
            lambda cutoff: (
                (checks.created_at < cutoff)
                & or_(
                    checks.subject != "",
                    checks.body != "",
                    checks.rewrite.is_not(None),
                    _filled(checks.request),
                )
            ),
            values={"subject": "", "body": "", "rewrite": None, "request": {}},
        ),
        Purge(
            FindingRow.__table__,
            lambda cutoff: old_check(cutoff) & _mentions(findings.evidence, "text"),
            rewrite=("evidence", _without_quotes),
        ),
        Purge(
            Touch.__table__,
            lambda cutoff: (
                (touches.sent_at < cutoff)
                & or_(touches.subject != "", touches.body != "")
            ),
            values={"subject": "", "body": ""},
        ),
        Purge(
            InboundMessage.__table__,
            lambda cutoff: (
                (inbound.received_at < cutoff)
                & or_(
                    inbound.subject != "",
                    inbound.body != "",
                    inbound.scheduling_link.is_not(None),
                    _filled(inbound.headers),
                    _filled(inbound.analysis),
                )
            ),
            values={
                "subject": "",
                "body": "",
                "scheduling_link": None,
                "headers": {},
                "analysis": {},
            },
        ),
        Purge(
            Absence.__table__,
            lambda cutoff: (
                (absences.noticed_at < cutoff)
                & or_(absences.evidence != "", _filled(absences.alternates))
            ),
            values={"evidence": "", "alternates": []},
        ),
        Purge(
            ReviewItem.__table__,
            lambda cutoff: (
                (reviews.created_at < cutoff)
                & (
                    reviews.edited_subject.is_not(None)
                    | reviews.edited_body.is_not(None)
                )
            ),
            values={"edited_subject": None, "edited_body": None},
        ),
        # A pending event is still owed to its CRM; delivered ones are emptied already.
        Purge(
            OutboxEvent.__table__,
            lambda cutoff: (
                (outbox.created_at < cutoff)
                & (outbox.status != "pending")
                & _filled(outbox.payload)
            ),
            values={"payload": {}},
        ),
        Purge(
            AuditEvent.__table__,
            lambda cutoff: (
                (audit.at < cutoff)
                & or_(*(_mentions(audit.data, key) for key in _AUDIT_TEXT_KEYS))
            ),
            rewrite=("data", _without_text),
        ),
    )


PURGES = _purges()


def count_due(db: Session, *, cutoff: datetime) -> dict[str, int]:
    """Rows per table a purge would clear now: the dry run."""
    return {
        p.table.name: db.scalar(
            select(func.count()).select_from(p.table).where(p.where(cutoff))
        )
        or 0
        for p in PURGES
    }


def purge_batch(
    db: Session, purge: Purge, *, cutoff: datetime, after: Any, limit: int
) -> tuple[int, Any]:
    """Clear up to `limit` rows after primary key `after`: (rows cleared, last key)."""
    t = purge.table
    read = [t.c.id] + ([t.c[purge.rewrite[0]]] if purge.rewrite else [])
    where = purge.where(cutoff)
    if after is not None:
        where = where & (t.c.id > after)
    rows = db.execute(select(*read).where(where).order_by(t.c.id).limit(limit)).all()
    if not rows:
        return 0, after
    if purge.rewrite is None:
        ids = [r[0] for r in rows]
        db.execute(update(t).where(t.c.id.in_(ids)).values(**(purge.values or {})))
    else:
        name, change = purge.rewrite
        statement = (
            update(t)
            .where(t.c.id == bindparam("row_id"))
            .values({name: bindparam("new_value", type_=t.c[name].type)})
        )
        params = [{"row_id": r[0], "new_value": change(r[1])} for r in rows]
        db.connection().execute(statement, params)
    return len(rows), rows[-1][0]


def run_retention(
    sessions: sessionmaker[Session],
    *,
    days: int,
    now: datetime | None = None,
    dry_run: bool = False,
    batch_size: int = BATCH_SIZE,
    actor: str = "retention",
    stop: Callable[[], bool] = lambda: False,
) -> dict[str, int]:
    """Purge (or, dry, count) every table; a real run ends with one audit event."""
    now = now or datetime.now(UTC)
    cutoff = now - timedelta(days=days)
    if dry_run:
        with sessions() as db:
            # DEFERRED on SQLite: counting must not take the write lock.
            db.connection(execution_options={"sqlite_begin": "DEFERRED"})
            return count_due(db, cutoff=cutoff)
    counts: dict[str, int] = {}
    for purge in PURGES:
        counts[purge.table.name] = _purge_table(
            sessions, purge, cutoff=cutoff, batch_size=batch_size, stop=stop
        )
    with sessions() as db, db.begin():
        db.add(
            AuditEvent(
                at=now,
                actor=actor,
                action=PURGED,
                subject_type="retention",
                subject_id=str(days),
                data={"cutoff": cutoff.isoformat(), "rows": counts},
            )
        )
    return counts


def _purge_table(
    sessions: sessionmaker[Session],
    purge: Purge,
    *,
    cutoff: datetime,
    batch_size: int,
    stop: Callable[[], bool],
) -> int:
    total, after = 0, None
    while not stop():
        with sessions() as db, db.begin():
            done, after = purge_batch(
                db, purge, cutoff=cutoff, after=after, limit=batch_size
            )
        total += done
        if done < batch_size:
            break
    return total


def last_run(db: Session) -> datetime | None:
    """When retention last purged (any actor), from the audit log."""
    events = AuditEvent.__table__.c
    # Newest first on the index of `at`: the latest purge is near the top.
    latest = select(events.at).where(events.action == PURGED)
    return db.scalar(latest.order_by(events.at.desc()).limit(1))


def run_if_due(
    sessions: sessionmaker[Session],
    *,
    days: int,
    every: timedelta = timedelta(days=1),
    stop: Callable[[], bool] = lambda: False,
) -> dict[str, int] | None:
    """The worker's daily purge: None when the last one is more recent than `every`."""
    now = datetime.now(UTC)
    with sessions() as db:
        db.connection(execution_options={"sqlite_begin": "DEFERRED"})
        last = last_run(db)
    if last is not None and now - last < every:
        return None
    return run_retention(sessions, days=days, now=now, actor="worker", stop=stop)

"""Poll a mail source into the inbound pipeline, once per mailbox at a time.

Each batch is fetched with no transaction open (a slow Exchange server must not hold
the database's write lock while API calls wait for it), then written in one short
transaction: the messages are ingested and the mailbox's watermark advances in the same
commit, only if no one moved it meanwhile, so a crash never skips mail and never stores
a watermark ahead of what was processed (ingestion is idempotent by Message-ID
besides). On PostgreSQL a transaction-scoped advisory lock per mailbox keeps replicas
from polling the same mailbox at once.
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session, sessionmaker

from guard.inbound.service import ingest
from guard.mail.source import MailSource, MailSourceError
from guard.observability import metrics
from models import MailboxWatermark

log = logging.getLogger("guard.mail")


@dataclass(frozen=True, slots=True)
class SyncResult:
    mailbox: str
    fetched: int = 0
    ingested: int = 0
    duplicates: int = 0
    skipped: int = 0
    batches: int = 0
    locked_elsewhere: bool = False
    error: str | None = None


@contextmanager
def mailbox_lock(engine: Engine, mailbox: str) -> Iterator[bool]:
    """True when this process may poll `mailbox` (always true on SQLite).

    A transaction-scoped advisory lock, held by a transaction left open on a
    connection of its own while the mailbox drains, and gone with it however the
    drain ends (a crash included). A session-level lock would be wrong behind
    PgBouncer in transaction mode: the commit after taking it hands the server
    connection, lock and all, to another client, and the unlock may reach a
    different server connection.
    """
    if engine.dialect.name != "postgresql":
        yield True
        return
    key = zlib.crc32(mailbox.encode())
    with engine.connect() as conn, conn.begin():
        got = conn.scalar(text("SELECT pg_try_advisory_xact_lock(:k)"), {"k": key})
        yield bool(got)


def sync_mailbox(
    sessions: sessionmaker[Session],
    source: MailSource,
    *,
    limit: int = 100,
    max_batches: int = 50,
    default_absence_days: int = 7,
    stop: Callable[[], bool] = lambda: False,
) -> SyncResult:
    """Poll `source` batch by batch until it is drained, `max_batches` or `stop()`."""
    engine = sessions.kw["bind"]
    with mailbox_lock(engine, source.name) as mine:
        if not mine:
            return SyncResult(source.name, locked_elsewhere=True)
        return _drain(sessions, source, limit, max_batches, default_absence_days, stop)


def _drain(
    sessions: sessionmaker[Session],
    source: MailSource,
    limit: int,
    max_batches: int,
    default_absence_days: int,
    stop: Callable[[], bool],
) -> SyncResult:
    totals = {"fetched": 0, "ingested": 0, "duplicates": 0, "skipped": 0, "batches": 0}
    for _ in range(max_batches):
        if stop():
            break
        try:
            more = _one_batch(sessions, source, limit, default_absence_days, totals)
        except MailSourceError as exc:
            log.warning("%s: %s", source.name, exc)
            return SyncResult(source.name, error=str(exc), **totals)
        if not more:
            metrics.mailbox_synced(source.name)  # read to the end
            break
    return SyncResult(source.name, **totals)


def _one_batch(
    sessions: sessionmaker[Session],
    source: MailSource,
    limit: int,
    default_absence_days: int,
    totals: dict[str, int],
) -> bool:
    with sessions() as db, db.begin():
        seen = _watermark_row(db, source.name).watermark
    batch = source.fetch_since(
        seen, limit=limit
    )  # the network, outside any transaction
    with sessions() as db, db.begin():
        mark = _watermark_row(db, source.name)
        if mark.watermark != seen:
            log.warning("%s: watermark moved during the fetch; again", source.name)
            return True
        for raw in batch.messages:
            out = ingest(
                db, raw, source=source.name, default_absence_days=default_absence_days
            )
            totals["duplicates" if out.duplicate else "ingested"] += 1
        mark.watermark = batch.watermark
    totals["fetched"] += len(batch.messages)
    totals["skipped"] += batch.skipped
    totals["batches"] += 1
    return batch.has_more


def take_requests(sessions: sessionmaker[Session]) -> set[str]:
    """Mailboxes a change notification asked to read, with their requests cleared.

    Cleared before the read: a notification arriving meanwhile asks again.
    """
    with sessions() as db, db.begin():
        rows = db.scalars(
            select(MailboxWatermark).where(
                MailboxWatermark.sync_requested_at.is_not(None)
            )
        ).all()
        for row in rows:
            row.sync_requested_at = None
        return {row.mailbox for row in rows}


def _watermark_row(db: Session, mailbox: str) -> MailboxWatermark:
    row = db.scalar(select(MailboxWatermark).where(MailboxWatermark.mailbox == mailbox))
    if row is None:
        row = MailboxWatermark(mailbox=mailbox, watermark=None)
        db.add(row)
        db.flush()
    return row

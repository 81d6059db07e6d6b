"""Mailbox sync into the database: every reply once, watermark only after commit."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, make_url, select
from sqlalchemy.orm import Session

from guard.db import make_sessionmaker
from guard.inbound.mail_sync import sync_mailbox
from models import Absence, InboundMessage, MailboxWatermark
from tests.builders import put_account, put_contact

from .ews_server import EwsServer, Fault, Item


def _replies(count: int) -> list[Item]:
    start = datetime.now(UTC) - timedelta(hours=2)
    back = (datetime.now(UTC) + timedelta(days=10)).date()
    return [
        Item(
            item_id=f"AAMk{i:03d}==",
            received=start + timedelta(seconds=i // 2),
            sender="ada@acme.example",
            message_id=f"<ooo-{i}@acme.example>",
            headers={"Auto-Submitted": "auto-replied"},
            text_body=f"I am out of the office until {back:%d %B %Y}.",
        )
        for i in range(count)
    ]


def _count(db: Session, table: type) -> int:
    return db.scalar(select(func.count()).select_from(table)) or 0


def test_sync_ingests_each_reply_once(
    client: TestClient, auth: dict, db: Session, ews: EwsServer, make_source
) -> None:
    put_account(client, auth["integration"])
    put_contact(client, auth["integration"])
    ews.items = _replies(5)
    sessions = make_sessionmaker(client.app.state.engine)
    first = sync_mailbox(sessions, make_source(), limit=2)
    assert (first.ingested, first.duplicates, first.error) == (5, 0, None)
    assert _count(db, InboundMessage) == 5
    # Five auto-replies for one absence: one absence, updated by the later ones.
    assert _count(db, Absence) == 1
    again = sync_mailbox(sessions, make_source(), limit=2)
    assert again.ingested == 0 and again.fetched == 0
    assert db.scalar(select(MailboxWatermark.watermark)) is not None


def test_a_failing_server_loses_nothing(
    client: TestClient, auth: dict, db: Session, ews: EwsServer, make_source
) -> None:
    put_account(client, auth["integration"])
    put_contact(client, auth["integration"])
    ews.items = _replies(4)
    ews.faults = [Fault(mode="http500", op="GetItem", times=None)]
    sessions = make_sessionmaker(client.app.state.engine)
    broken = sync_mailbox(sessions, make_source(max_wait=0.3))
    assert broken.error and broken.ingested == 0
    assert _count(db, InboundMessage) == 0
    ews.faults = []
    healed = sync_mailbox(sessions, make_source())
    assert healed.ingested == 4


def test_one_poller_per_mailbox_on_postgresql(
    client: TestClient, backend: str, ews: EwsServer, make_source
) -> None:
    if backend != "postgresql":
        pytest.skip(
            "advisory locks are PostgreSQL's; a SQLite deployment is one process"
        )
    from guard.inbound.mail_sync import mailbox_lock

    engine = client.app.state.engine
    source = make_source()
    with mailbox_lock(engine, source.name) as held:
        assert held
        other = sync_mailbox(make_sessionmaker(engine), source)
    assert other.locked_elsewhere and other.fetched == 0


def test_mailtips_open_an_absence_before_any_reply(
    client: TestClient, auth: dict, db: Session, ews: EwsServer, make_source
) -> None:
    from guard.mail.mailtips import refresh_mailtips

    from .ews_server import Oof

    put_account(client, auth["integration"])
    put_contact(client, auth["integration"])
    now = datetime.now(UTC)
    end = (now + timedelta(days=6)).replace(microsecond=0)
    ews.tips["ada@acme.example"] = Oof(
        state="Scheduled",
        start=now.strftime("%Y-%m-%dT00:00:00Z"),
        end=end.strftime("%Y-%m-%dT%H:%M:%SZ"),
        reply="Back next week",
    )
    sessions = make_sessionmaker(client.app.state.engine)
    changed = refresh_mailtips(
        sessions, make_source(), domains=["acme.example"], now=now
    )
    assert changed == 1
    absence = db.scalar(select(Absence))
    assert absence.source == "mailtips" and absence.returns_on == end.date()
    # Asking again updates the same absence.
    refresh_mailtips(sessions, make_source(), domains=["acme.example"], now=now)
    assert _count(db, Absence) == 1


def _writable(database_url: str) -> Callable[[str], None]:
    """Records, per EWS call, whether another connection could write meanwhile."""
    path = make_url(database_url).database
    seen: list[tuple[str, bool]] = []

    def probe(op: str) -> None:
        other = sqlite3.connect(path, timeout=0)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.rollback()
            seen.append((op, True))
        except sqlite3.OperationalError:  # database is locked
            seen.append((op, False))
        finally:
            other.close()

    probe.seen = seen  # type: ignore[attr-defined]
    return probe


def test_no_write_lock_is_held_while_exchange_answers(
    client: TestClient,
    auth: dict,
    backend: str,
    database_url: str,
    ews: EwsServer,
    make_source,
) -> None:
    """A slow Exchange server must not make API writes wait out the busy timeout."""
    if backend != "sqlite":
        pytest.skip("the single write lock is SQLite's")
    from guard.mail.mailtips import refresh_mailtips

    put_account(client, auth["integration"])
    put_contact(client, auth["integration"])
    ews.items = _replies(3)
    ews.on_request = probe = _writable(database_url)
    sessions = make_sessionmaker(client.app.state.engine)
    assert sync_mailbox(sessions, make_source(), limit=2).ingested == 3
    now = datetime.now(UTC)
    refresh_mailtips(sessions, make_source(), domains=["acme.example"], now=now)
    ops = {op for op, _ in probe.seen}
    assert {"FindItem", "GetMailTips"} <= ops
    assert all(free for _, free in probe.seen), probe.seen

"""The worker (`guard worker`, a real process) against the faults an operator meets:
killed with SIGKILL halfway through a delivery, and a database another process keeps
locked for 12 s. Nothing is lost, nothing needs a human to restart it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from guard.auth import create_key
from guard.hooks.signature import new_secret
from guard.migrate import prepare
from models import Integration, OutboxEvent
from tests.reviews.callback import Callback, callback_server
from tests.server import TEST_SECRET

pytestmark = pytest.mark.faults
EVENTS = 5


def _database(tmp_path: Path, callback_url: str) -> str:
    """A migrated SQLite file with one integration and EVENTS decisions to deliver."""
    url = f"sqlite:///{tmp_path / 'guard.db'}"
    prepare(url)
    engine = create_engine(url, poolclass=NullPool)
    now = datetime.now(UTC)
    with Session(engine) as db, db.begin():
        key, _ = create_key(db, role="integration", name="crm")
        secrets = [new_secret()]
        crm = Integration(
            name="crm", api_key_id=key.id, callback_url=callback_url, secrets=secrets
        )
        db.add(crm)
        db.flush()
        for n in range(EVENTS):
            data = {"review_id": n + 1, "status": "rejected"}
            payload = {"type": "review.rejected", "timestamp": now.isoformat()}
            db.add(
                OutboxEvent(
                    integration_id=crm.id,
                    event_type="review.rejected",
                    payload={**payload, "data": data},
                    next_attempt_at=now,
                    created_at=now,
                )
            )
    engine.dispose()
    return url


@contextmanager
def _worker(url: str, **env: str) -> Iterator[subprocess.Popen[bytes]]:
    environ = {
        **os.environ,
        "GUARD_ENV": "test",
        "GUARD_SECRET_KEY": TEST_SECRET,
        "GUARD_DATABASE_URL": url,
        "GUARD_ALLOW_PRIVATE_CALLBACKS": "true",  # the CRM listens on loopback
        "GUARD_WORKER_INTERVAL_SECONDS": "0.3",
        "GUARD_OUTBOX_TIMEOUT_SECONDS": "1",
        "GUARD_OUTBOX_LEASE_SECONDS": "5",
        # Its metric files beside the database, not in the working directory.
        "GUARD_STATE_DIR": str(Path(url.removeprefix("sqlite:///")).parent / "state"),
        **env,
    }
    # What `guard worker` runs, without loading every other command's modules first.
    run = "from guard.cli.worker import worker; worker(once=False)"
    # A file, not a pipe: a worker logging tracebacks while the database is locked
    # would fill an unread pipe and block on its next write.
    log = Path(url.removeprefix("sqlite:///")).with_suffix(".log")
    proc = subprocess.Popen(
        [sys.executable, "-c", run],
        env=environ,
        stdout=subprocess.DEVNULL,
        stderr=log.open("wb"),
    )
    try:
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(10)


def _wait(done: Callable[[], bool], seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not done():
        assert time.monotonic() < deadline, f"not within {seconds} s: {what}"
        time.sleep(0.1)


def _events(url: str) -> list[OutboxEvent]:
    engine = create_engine(url, poolclass=NullPool)
    try:
        with Session(engine) as db:
            return list(db.scalars(select(OutboxEvent).order_by(OutboxEvent.id)))
    finally:
        engine.dispose()


def _delivered(url: str) -> int:
    return sum(event.status == "delivered" for event in _events(url))


def _ids(crm: Callback) -> list[str]:
    return [headers["webhook-id"] for headers, _ in crm.received]


def test_a_worker_killed_mid_delivery_loses_nothing(tmp_path: Path) -> None:
    with callback_server() as crm:
        crm.hold = threading.Event()  # the first post hangs until the worker is dead
        url = _database(tmp_path, crm.url)
        with _worker(url) as first:
            _wait(lambda: bool(crm.received), 40, "the first worker posts")
            first.send_signal(signal.SIGKILL)
            first.wait(10)
        crm.hold.set()
        interrupted = _ids(crm)[0]
        with _worker(url) as second:
            _wait(lambda: _delivered(url) == EVENTS, 40, "every event delivered")
            assert second.poll() is None
    ids = _ids(crm)
    assert sorted(set(ids)) == sorted(f"msg_outbox_{n}" for n in range(1, 1 + EVENTS))
    # Delivered again after the kill, under the same webhook-id: the CRM dedups on it.
    assert ids.count(interrupted) == 2


def test_the_worker_outlives_a_database_locked_for_12_seconds(tmp_path: Path) -> None:
    with callback_server() as crm:
        url = _database(tmp_path, crm.url)
        path = url.removeprefix("sqlite:///")
        hold = (
            "import sqlite3, sys, time\n"
            "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "c.execute('BEGIN IMMEDIATE')\n"
            "print('locked', flush=True)\n"
            "time.sleep(12)\n"
            "c.execute('ROLLBACK')\n"
        )
        locker = subprocess.Popen(
            [sys.executable, "-c", hold, path], stdout=subprocess.PIPE
        )
        assert locker.stdout is not None and locker.stdout.readline() == b"locked\n"
        beat = tmp_path / "worker.alive"
        env = {
            "GUARD_SQLITE_BUSY_TIMEOUT_MS": "500",
            "GUARD_WORKER_HEARTBEAT_FILE": str(beat),
        }
        with _worker(url, **env) as worker:
            locker.wait(30)
            assert worker.poll() is None, (
                "the worker died while the database was locked"
            )
            assert crm.received == []
            _wait(lambda: _delivered(url) == EVENTS, 30, "the worker catches up")
            assert worker.poll() is None
            assert time.time() - beat.stat().st_mtime < 10  # what compose checks
            worker.send_signal(signal.SIGTERM)
            assert worker.wait(10) == 0
            log = Path(path).with_suffix(".log").read_text()
    assert "database is locked" in log
    assert sorted(_ids(crm)) == sorted(f"msg_outbox_{n}" for n in range(1, 1 + EVENTS))


def test_sigterm_finishes_the_post_in_hand_then_exits(tmp_path: Path) -> None:
    with callback_server() as crm:
        crm.hold = threading.Event()
        url = _database(tmp_path, crm.url)
        with _worker(url) as worker:
            _wait(lambda: bool(crm.received), 40, "the worker posts")
            worker.send_signal(signal.SIGTERM)
            time.sleep(0.5)
            assert worker.poll() is None, "SIGTERM cut the post in hand short"
            crm.hold.set()
            assert worker.wait(15) == 0
    first, *rest = _events(url)
    assert (first.status, first.attempts) == ("delivered", 1)
    # The others were handed back unposted: due now for the next worker.
    assert all(e.status == "pending" and e.lease_token is None for e in rest)
    assert all(e.attempts == 0 for e in rest) and len(crm.received) == 1

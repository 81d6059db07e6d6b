"""Outbox leases: a worker records only what it still holds, a pass ends before its
leases do, and every attempt at one event carries the same `webhook-id`."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from guard.db import make_sessionmaker
from guard.reviews.outbox import deliver_due
from guard.settings import Settings
from models import OutboxEvent
from tests.reviews.callback import callback_server
from tests.reviews.support import blocked_send
from tests.reviews.test_override_scope import REASON, integration_with_callback


def _decided(client: TestClient, auth: dict, headers: dict, count: int) -> None:
    """`count` rejected review items of the integration behind `headers`."""
    for n in range(count):
        review_id = blocked_send(client, headers, key=f"buyer{n}")["review_id"]
        answer = client.post(
            f"/v1/reviews/{review_id}/reject", json=REASON, headers=auth["admin"]
        )
        assert answer.status_code == 200, answer.text


def _events(db: Session) -> list[OutboxEvent]:
    db.rollback()
    return list(db.scalars(select(OutboxEvent).order_by(OutboxEvent.id)))


def _loopback(settings: Settings, **changes: object) -> Settings:
    return settings.model_copy(update={"allow_private_callbacks": True, **changes})


def test_a_worker_whose_lease_ran_out_records_nothing(
    client: TestClient, auth: dict, db: Session, settings: Settings
) -> None:
    sessions = make_sessionmaker(client.app.state.engine)  # type: ignore[attr-defined]
    loopback = _loopback(settings)
    with callback_server() as crm:
        crm.hold = threading.Event()  # the first worker's post hangs
        headers, _ = integration_with_callback(db, "crm", crm.url)
        _decided(client, auth, headers, 1)
        now = datetime.now(UTC)
        first: dict[str, dict[str, int]] = {}
        slow = threading.Thread(
            target=lambda: first.update(counts=deliver_due(sessions, loopback, now=now))
        )
        slow.start()
        deadline = time.monotonic() + 10
        while not crm.received and time.monotonic() < deadline:
            time.sleep(0.02)
        assert crm.received, "the first worker never posted"
        # Its lease has run out: a second worker takes the event and delivers it.
        later = now + timedelta(minutes=3)  # the lease is 2 minutes
        assert deliver_due(sessions, loopback, now=later)["delivered"] == 1
        crm.hold.set()
        slow.join(10)
    assert first["counts"]["delivered"] == 0 and first["counts"]["lost"] == 1
    (event,) = _events(db)
    assert event.status == "delivered" and event.attempts == 1  # counted once
    ids = {headers["webhook-id"] for headers, _ in crm.received}
    assert ids == {f"msg_outbox_{event.id}"}  # two posts, one id: the CRM dedups


def test_a_pass_stops_before_its_leases_run_out(
    client: TestClient, auth: dict, db: Session, settings: Settings
) -> None:
    sessions = make_sessionmaker(client.app.state.engine)  # type: ignore[attr-defined]
    # A 0.5 s timeout allows 2.5 s per post; a 3 s lease leaves room for one or two.
    short = _loopback(settings, outbox_timeout_seconds=0.5, outbox_lease_seconds=3.0)
    with callback_server() as crm:
        crm.delay = 0.4
        headers, _ = integration_with_callback(db, "crm", crm.url)
        _decided(client, auth, headers, 6)
        started = time.monotonic()
        counts = deliver_due(sessions, short)
        elapsed = time.monotonic() - started
        assert elapsed < 3.0, f"the pass ran {elapsed:.1f} s on a 3 s lease"
        assert counts["released"] >= 1 and counts["delivered"] >= 1
        # Handed back, the rest is due at once and goes in the next passes.
        for _ in range(6):
            if all(e.status == "delivered" for e in _events(db)):
                break
            deliver_due(sessions, short)
    assert [e.attempts for e in _events(db)] == [1] * 6
    assert len(crm.received) == 6

"""The durable outbox: review decisions as signed Standard Webhooks events for the CRM.

An event is written in the same transaction as the decision, so it exists exactly when
the decision does. The worker delivers due events: it leases them in one short
transaction, posts them with no transaction open (a slow callback never holds a
database lock), then records each outcome. A failed delivery is retried with
exponential backoff until `outbox_max_attempts`; a crash between lease and record only
delays the event until the lease runs out, so nothing is lost (delivery is at least
once: receivers deduplicate on `webhook-id`).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker
from standardwebhooks import Webhook

from guard.reviews.schemas import ReviewDetail
from guard.settings import Settings
from models import Check, Integration, OutboxEvent

log = logging.getLogger("guard.outbox")
# A leased event is invisible to other workers this long; longer than one delivery.
LEASE = timedelta(minutes=2)


def enqueue_review(
    db: Session, review: ReviewDetail, *, override_token: str | None, now: datetime
) -> int:
    """One `review.<status>` event per integration that should hear of it."""
    data: dict[str, Any] = {
        "review_id": review.id,
        "check_id": review.check_id,
        "status": review.status,
        "contact": {"email": review.contact_email},
        "sender": {"email": review.sender_email},
        "channel": review.channel,
        "decided_by": review.decided_by,
        "reason": review.reason,
        "rules": review.rules,
    }
    if review.status == "edited":
        data.update(subject=review.edited_subject, body=review.edited_body)
    if override_token:
        # The CRM re-submits the check with it; it is one-time and bound to this send.
        data["override_token"] = override_token
    targets = _targets(db, review.check_id)
    for integration_id in targets:
        db.add(
            OutboxEvent(
                integration_id=integration_id,
                event_type=f"review.{review.status}",
                payload={
                    "type": f"review.{review.status}",
                    "timestamp": now.isoformat(),
                    "data": data,
                },
                next_attempt_at=now,
                created_at=now,
            )
        )
    return len(targets)


def _targets(db: Session, check_id: str) -> list[int]:
    """The integration that asked, if it has a callback; else every one that has."""
    with_callback = select(Integration.id).where(Integration.callback_url.is_not(None))
    asker = db.scalar(
        with_callback.join(Check, Check.api_key_id == Integration.api_key_id).where(
            Check.id == check_id
        )
    )
    if asker is not None:
        return [asker]
    return list(db.scalars(with_callback.order_by(Integration.id)))


@dataclass(frozen=True, slots=True)
class Delivery:
    event_id: int
    url: str | None
    secret: str | None
    body: str


def lease_due(db: Session, *, now: datetime, limit: int = 50) -> list[Delivery]:
    """Due events, leased so a second worker does not post them at the same time."""
    query = (
        select(OutboxEvent, Integration)
        .join(Integration, Integration.id == OutboxEvent.integration_id)
        .where(OutboxEvent.status == "pending", OutboxEvent.next_attempt_at <= now)
        .order_by(OutboxEvent.next_attempt_at, OutboxEvent.id)
        .limit(limit)
        .with_for_update(skip_locked=True, of=OutboxEvent)
    )
    leased = []
    for event, integration in db.execute(query):
        event.next_attempt_at = now + LEASE
        secrets = integration.secrets or []
        leased.append(
            Delivery(
                event.id,
                integration.callback_url,
                secrets[0] if secrets else None,
                json.dumps(event.payload, separators=(",", ":")),
            )
        )
    return leased


def post(delivery: Delivery, client: httpx.Client, now: datetime) -> str | None:
    """Send one event; None when the callback took it (2xx), else what went wrong."""
    if not delivery.url or not delivery.secret:
        return "the integration has no callback_url or signing secret"
    msg_id = f"msg_outbox_{delivery.event_id}"  # stable across retries: dedup key
    signature = Webhook(delivery.secret).sign(msg_id, now, delivery.body)
    headers = {
        "content-type": "application/json",
        "webhook-id": msg_id,
        "webhook-timestamp": str(int(now.timestamp())),
        "webhook-signature": signature,
    }
    try:
        answer = client.post(delivery.url, content=delivery.body, headers=headers)
    except httpx.HTTPError as exc:
        return f"{type(exc).__name__}: {exc}"[:500]
    if 200 <= answer.status_code < 300:
        return None
    return f"HTTP {answer.status_code}: {answer.text[:300]}"


def record(
    db: Session, event_id: int, error: str | None, *, now: datetime, settings: Settings
) -> str:
    """Store the outcome: delivered, retried later (backoff) or dead."""
    event = db.get(OutboxEvent, event_id)
    assert event is not None
    event.attempts += 1
    if error is None:
        event.status, event.delivered_at, event.last_error = "delivered", now, None
    elif event.attempts >= settings.outbox_max_attempts:
        event.status, event.last_error = "dead", error
        log.error(
            "outbox event %s dead after %s attempts: %s",
            event_id,
            event.attempts,
            error,
        )
    else:
        event.last_error = error
        event.next_attempt_at = now + backoff(event.attempts, settings)
    return event.status


def backoff(attempts: int, settings: Settings) -> timedelta:
    """30 s, 1 min, 2 min, … doubling per failed attempt, capped (default 6 h)."""
    seconds = settings.outbox_backoff_seconds * 2 ** (attempts - 1)
    return timedelta(seconds=min(seconds, settings.outbox_backoff_cap_seconds))


def deliver_due(
    sessions: sessionmaker[Session],
    settings: Settings,
    *,
    now: datetime | None = None,
    client: httpx.Client | None = None,
) -> dict[str, int]:
    """One pass of the drain: lease, post outside any transaction, record."""
    now = now or datetime.now(UTC)
    with sessions() as db, db.begin():
        leased = lease_due(db, now=now)
    counts = {"delivered": 0, "pending": 0, "dead": 0}
    if not leased:
        return counts
    own = client is None
    client = client or httpx.Client(timeout=settings.outbox_timeout_seconds)
    try:
        for delivery in leased:
            error = post(delivery, client, now)
            with sessions() as db, db.begin():
                counts[
                    record(db, delivery.event_id, error, now=now, settings=settings)
                ] += 1
    finally:
        if own:
            client.close()
    return counts

"""The durable outbox: review decisions as signed Standard Webhooks events for the CRM.

An event is written in the same transaction as the decision, so it exists exactly when
the decision does, and only for the integration whose check was reviewed. The worker
delivers due events: it leases them in one short transaction (each event gets its own
lease token and lease end), posts them with no transaction open (a slow callback never
holds a database lock), then records each outcome, but only while it still holds that
event's lease. A pass stops posting before its leases can run out and hands the rest
back, so a second worker never sends what the first one still holds. A crash between
lease and record only delays the event until its lease ends; delivery is at least once,
with the same `webhook-id` on every attempt, so receivers deduplicate on it. A
delivered event's payload is purged: the database keeps that it was delivered, not what.
"""

from __future__ import annotations

import json
import logging
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from guard.checks.override import token_digest
from guard.observability import metrics
from guard.reviews.outbox_post import post
from guard.reviews.override import derive_token
from guard.reviews.schemas import ReviewDetail
from guard.settings import Settings
from models import Check, Integration, OutboxEvent, ReviewItem

log = logging.getLogger("guard.outbox")
_CARRIES_TOKEN = ("review.approved", "review.edited")


def enqueue_review(db: Session, review: ReviewDetail, *, now: datetime) -> int:
    """A `review.<status>` event for the integration whose check was reviewed, if it
    has a callback; nobody else hears of it."""
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
    asker = _asker(db, review.check_id)
    if asker is None:
        return 0
    # No override token here: the worker derives it when it posts (none at rest).
    payload = {"type": f"review.{review.status}", "timestamp": now.isoformat()}
    db.add(
        OutboxEvent(
            integration_id=asker,
            event_type=f"review.{review.status}",
            payload={**payload, "data": data},
            next_attempt_at=now,
            created_at=now,
        )
    )
    return 1


def _asker(db: Session, check_id: str) -> int | None:
    """The integration whose API key made the check, when it has a callback."""
    return db.scalar(
        select(Integration.id)
        .join(Check, Check.api_key_id == Integration.api_key_id)
        .where(Check.id == check_id, Integration.callback_url.is_not(None))
    )


@dataclass(frozen=True, slots=True)
class Delivery:
    event_id: int
    lease_token: str
    url: str | None
    secret: str | None
    body: str


def lease_due(
    db: Session, *, now: datetime, lease: timedelta, secret_key: str, limit: int = 50
) -> list[Delivery]:
    """Due events, each leased under its own token until `now + lease`."""
    query = (
        select(OutboxEvent, Integration)
        .join(Integration, Integration.id == OutboxEvent.integration_id)
        .where(OutboxEvent.status == "pending", OutboxEvent.next_attempt_at <= now)
        .order_by(OutboxEvent.next_attempt_at, OutboxEvent.id)
        .limit(limit)
        .with_for_update(skip_locked=True, of=OutboxEvent)
    )
    leased = []
    for event, integration in db.execute(query).all():
        event.next_attempt_at = now + lease
        event.lease_token = secrets.token_hex(16)
        payload = _with_override(db, event.payload, secret_key)
        signing = (integration.secrets or [None])[0]
        body = json.dumps(payload, separators=(",", ":"))
        leased.append(
            Delivery(
                event.id, event.lease_token, integration.callback_url, signing, body
            )
        )
    return leased


def _with_override(
    db: Session, payload: dict[str, Any], secret_key: str
) -> dict[str, Any]:
    """An approval's payload with its override token, derived again from the key."""
    data = payload.get("data") or {}
    if payload.get("type") not in _CARRIES_TOKEN or "review_id" not in data:
        return payload
    review = db.get(ReviewItem, data["review_id"])
    if review is None or not review.override_token_hash:
        return payload
    raw = derive_token(review.check_id, secret_key)
    if token_digest(raw) != review.override_token_hash:
        log.warning("review %s: the secret key changed; sent without token", review.id)
        return payload
    return {**payload, "data": {**data, "override_token": raw}}


def record(
    db: Session,
    delivery: Delivery,
    error: str | None,
    *,
    now: datetime,
    settings: Settings,
) -> str:
    """Store the outcome (delivered, retried later with backoff, or dead), or "lost"
    when the lease ran out and another worker holds the event now."""
    event = db.scalar(
        select(OutboxEvent)
        .where(
            OutboxEvent.id == delivery.event_id,
            OutboxEvent.lease_token == delivery.lease_token,
        )
        .with_for_update()
    )
    if event is None:
        log.warning("outbox event %s: lease lost, outcome dropped", delivery.event_id)
        metrics.count_delivery("lost")
        return "lost"
    event.attempts += 1
    event.lease_token = None
    if error is None:
        event.status, event.delivered_at, event.last_error = "delivered", now, None
        event.payload = {}  # delivered: nothing of it needs keeping
    elif event.attempts >= settings.outbox_max_attempts:
        event.status, event.last_error = "dead", error
        log.error(
            "outbox event %s dead after %s attempts: %s",
            event.id,
            event.attempts,
            error,
        )
    else:
        event.last_error = error
        event.next_attempt_at = now + backoff(event.attempts, settings)
    metrics.count_delivery("retry" if event.status == "pending" else event.status)
    return event.status


def release(db: Session, deliveries: list[Delivery], *, now: datetime) -> None:
    """Hand leased events back unposted, due at once for the next pass."""
    for delivery in deliveries:
        db.execute(
            update(OutboxEvent)
            .where(
                OutboxEvent.id == delivery.event_id,
                OutboxEvent.lease_token == delivery.lease_token,
            )
            .values(lease_token=None, next_attempt_at=now)
        )


def backoff(attempts: int, settings: Settings) -> timedelta:
    """30 s, 1 min, 2 min, … doubling per failed attempt, capped (default 6 h)."""
    seconds = settings.outbox_backoff_seconds * 2 ** (attempts - 1)
    return timedelta(seconds=min(seconds, settings.outbox_backoff_cap_seconds))


def post_budget(settings: Settings) -> float:
    """The longest one post can take: connect, write and read, each up to the timeout
    (Settings refuses a lease shorter than this)."""
    return 3 * settings.outbox_timeout_seconds + 1


def deliver_due(
    sessions: sessionmaker[Session],
    settings: Settings,
    *,
    now: datetime | None = None,
    client: httpx.Client | None = None,
    stop: Callable[[], bool] = lambda: False,
) -> dict[str, int]:
    """One pass of the drain: lease, post outside any transaction, record. Stops
    early (handing the rest back) when `stop()` says so or the leases would run out."""
    now = now or datetime.now(UTC)
    lease_ends = time.monotonic() + settings.outbox_lease_seconds
    with sessions() as db, db.begin():
        leased = lease_due(
            db,
            now=now,
            lease=timedelta(seconds=settings.outbox_lease_seconds),
            secret_key=settings.secret_key,
        )
    counts = {"delivered": 0, "pending": 0, "dead": 0, "lost": 0, "released": 0}
    if not leased:
        return counts
    own = client is None
    client = client or httpx.Client(
        timeout=settings.outbox_timeout_seconds, trust_env=False
    )
    try:
        for done, delivery in enumerate(leased):
            if stop() or time.monotonic() + post_budget(settings) > lease_ends:
                counts["released"] = _release(sessions, leased[done:], now)
                break
            error = post(
                delivery, client, now, allow_private=settings.allow_private_callbacks
            )
            with sessions() as db, db.begin():
                counts[record(db, delivery, error, now=now, settings=settings)] += 1
    finally:
        if own:
            client.close()
    return counts


def _release(
    sessions: sessionmaker[Session], rest: list[Delivery], now: datetime
) -> int:
    with sessions() as db, db.begin():
        release(db, rest, now=now)
    return len(rest)

"""What a Graph notification does: queue a mailbox read, renew or resync a subscription.

Nothing is fetched here: the webhook must answer Graph within seconds, so it only
leaves a row (the mailbox's `sync_requested_at`) that the worker picks up.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import GraphSubscription, MailboxWatermark

log = logging.getLogger("guard.mail.notify")
_STATE_SALT = b"graph-client-state"


def client_state(secret_key: str) -> str:
    """The clientState our subscriptions carry, derived from the secret key: never
    stored, and a notification without it did not come from our subscription."""
    digest = hmac.new(secret_key.encode(), _STATE_SALT, hashlib.sha256).hexdigest()
    return digest[:64]


def state_matches(given: object, secret_key: str) -> bool:
    return isinstance(given, str) and hmac.compare_digest(
        given.encode(), client_state(secret_key).encode()
    )


def source_name(mailbox: str) -> str:
    """The name the Graph source (and so the watermark row) has for a mailbox."""
    return f"graph:{mailbox.lower()}"


def handle(db: Session, note: dict[str, Any], *, now: datetime) -> str | None:
    """Act on one notification whose clientState was checked; the mailbox queued."""
    sub = db.scalar(
        select(GraphSubscription).where(
            GraphSubscription.subscription_id == str(note.get("subscriptionId"))
        )
    )
    if sub is None:
        log.warning(
            "notification for unknown subscription %s", note.get("subscriptionId")
        )
        return None
    event = note.get("lifecycleEvent")
    if event == "reauthorizationRequired":
        sub.expires_at = now  # the worker renews it at its next tick
    elif event == "subscriptionRemoved":
        db.delete(sub)  # the worker creates a new one
    # "missed", "subscriptionRemoved" and plain changes all call for a delta pass.
    request_sync(db, sub.mailbox, now=now)
    return sub.mailbox


def request_sync(db: Session, mailbox: str, *, now: datetime) -> None:
    name = source_name(mailbox)
    row = db.scalar(select(MailboxWatermark).where(MailboxWatermark.mailbox == name))
    if row is None:
        row = MailboxWatermark(mailbox=name, watermark=None)
        db.add(row)
    row.sync_requested_at = now

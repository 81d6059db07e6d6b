"""One signed POST of an outbox event to its callback, at the address just checked."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import httpx
from standardwebhooks import Webhook

from guard.reviews.callbacks import UnsafeCallback, check_callback_url

if TYPE_CHECKING:
    from guard.reviews.outbox import Delivery


def webhook_id(event_id: int) -> str:
    """The event's `webhook-id`: the same on every attempt, the receiver's dedup key."""
    return f"msg_outbox_{event_id}"


def post(
    delivery: Delivery, client: httpx.Client, now: datetime, *, allow_private: bool
) -> str | None:
    """Send one event; None when the callback took it (2xx), else what went wrong."""
    if not delivery.url or not delivery.secret:
        return "the integration has no callback_url or signing secret"
    try:
        # Resolved again now: an address that was public at creation may not be.
        target = check_callback_url(delivery.url, allow_private=allow_private)
    except UnsafeCallback as exc:
        return exc.detail[:500]
    msg_id = webhook_id(delivery.event_id)
    headers = {
        "host": urlsplit(delivery.url).netloc,
        "content-type": "application/json",
        "webhook-id": msg_id,
        "webhook-timestamp": str(int(now.timestamp())),
        "webhook-signature": Webhook(delivery.secret).sign(msg_id, now, delivery.body),
    }
    # Connect to the checked address; TLS still verifies the certificate for the name.
    extensions = {"sni_hostname": target.host} if target.url.startswith("https") else {}
    try:
        answer = client.post(
            target.url, content=delivery.body, headers=headers, extensions=extensions
        )
    except httpx.HTTPError as exc:
        return f"{type(exc).__name__}: {exc}"[:500]
    if 200 <= answer.status_code < 300:
        return None
    return f"HTTP {answer.status_code}: {answer.text[:300]}"

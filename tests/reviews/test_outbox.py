"""Review decisions reach the CRM as signed Standard Webhooks events, even after an
outage: the outbox keeps them and the worker retries with backoff."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session
from standardwebhooks import Webhook

from guard.auth import create_key
from guard.db import make_sessionmaker
from guard.hooks.signature import new_secret
from guard.reviews.outbox import backoff, deliver_due
from guard.settings import Settings
from guard.worker import run_jobs
from models import Integration, OutboxEvent, ReviewItem
from tests.reviews.callback import callback_server
from tests.reviews.support import blocked_send
from tests.server import TEST_SECRET, free_port

REASON = {"reason": "The buyer asked for it on the call."}


def _integration(db: Session, url: str) -> tuple[dict[str, str], str]:
    key, raw = create_key(db, role="integration", name="crm")
    secret = new_secret()
    db.add(
        Integration(name="crm", api_key_id=key.id, callback_url=url, secrets=[secret])
    )
    db.commit()
    return {"Authorization": f"Bearer {raw}"}, secret


def _drain(client: TestClient, settings: Settings, now: datetime) -> dict[str, int]:
    sessions = make_sessionmaker(client.app.state.engine)  # type: ignore[attr-defined]
    # The CRM here listens on loopback.
    loopback = settings.model_copy(update={"allow_private_callbacks": True})
    return deliver_due(sessions, loopback, now=now)


def test_an_approval_is_delivered_signed(
    client: TestClient, auth: dict, db: Session, settings: Settings
) -> None:
    with callback_server() as crm:
        headers, secret = _integration(db, crm.url)
        review_id = blocked_send(client, headers)["review_id"]
        client.post(
            f"/v1/reviews/{review_id}/approve", json=REASON, headers=auth["admin"]
        )
        assert _drain(client, settings, datetime.now(UTC))["delivered"] == 1
    ((received_headers, body),) = crm.received
    event = Webhook(secret).verify(body, received_headers)
    assert event["type"] == "review.approved"
    assert event["data"]["review_id"] == review_id
    assert event["data"]["override_token"].startswith("ovr_")
    assert received_headers["webhook-id"] == f"msg_outbox_{_event(db).id}"


def test_nothing_is_lost_while_the_callback_is_down(
    client: TestClient, auth: dict, db: Session, settings: Settings
) -> None:
    port = free_port()  # nothing listens here yet
    headers, secret = _integration(db, f"http://127.0.0.1:{port}/down")
    review_id = blocked_send(client, headers)["review_id"]
    client.post(f"/v1/reviews/{review_id}/reject", json=REASON, headers=auth["admin"])
    now = datetime.now(UTC)
    assert _drain(client, settings, now)["pending"] == 1
    event = _event(db)
    assert event.attempts == 1 and event.last_error
    assert _drain(client, settings, now + timedelta(seconds=5))["pending"] == 0  # waits
    with callback_server() as crm:
        db.get(Integration, event.integration_id).callback_url = crm.url
        db.commit()
        later = now + backoff(1, settings) + timedelta(seconds=1)
        assert _drain(client, settings, later)["delivered"] == 1
    ((received_headers, body),) = crm.received
    assert Webhook(secret).verify(body, received_headers)["type"] == "review.rejected"
    db.expire_all()
    assert _event(db).status == "delivered"


def test_an_event_is_dead_after_the_last_attempt(
    client: TestClient, auth: dict, db: Session, settings: Settings
) -> None:
    with callback_server(status=500) as crm:
        headers, _ = _integration(db, crm.url)
        review_id = blocked_send(client, headers)["review_id"]
        client.post(
            f"/v1/reviews/{review_id}/reject", json=REASON, headers=auth["admin"]
        )
        short = settings.model_copy(update={"outbox_max_attempts": 2})
        now = datetime.now(UTC)
        _drain(client, short, now)
        assert _drain(client, short, now + timedelta(hours=1))["dead"] == 1
    assert len(crm.received) == 2
    assert "HTTP 500" in _event(db).last_error


def test_backoff_doubles_and_is_capped() -> None:
    settings = Settings(env="test", secret_key=TEST_SECRET)
    waits = [backoff(n, settings).total_seconds() for n in (1, 2, 3, 20)]
    assert waits == [30, 60, 120, settings.outbox_backoff_cap_seconds]


def _event(db: Session) -> OutboxEvent:
    db.expire_all()
    return db.scalars(select(OutboxEvent)).one()


def test_an_edit_carries_the_approved_text(
    client: TestClient, auth: dict, db: Session
) -> None:
    headers, _ = _integration(db, "http://127.0.0.1:9/unused")
    review_id = blocked_send(client, headers)["review_id"]
    edit = {
        "reason": "Better",
        "subject": "Checklist",
        "body": "Hi Dana, the checklist: https://content.example.com/onboarding-checklist lists each step.",
    }
    answer = client.post(
        f"/v1/reviews/{review_id}/edit", json=edit, headers=auth["admin"]
    )
    assert answer.status_code == 200, answer.text
    payload = _event(db).payload
    assert payload["type"] == "review.edited"
    assert payload["data"]["body"] == edit["body"]


def test_an_item_nobody_decided_expires_and_the_crm_hears_of_it(
    client: TestClient, db: Session, settings: Settings
) -> None:
    with callback_server() as crm:
        headers, secret = _integration(db, crm.url)
        review_id = blocked_send(client, headers)["review_id"]
        now = datetime.now(UTC)
        # Its time ran out a minute ago (the signature must carry the real time).
        item = db.get(ReviewItem, review_id)
        item.expires_at = now - timedelta(minutes=1)
        db.commit()
        sessions = make_sessionmaker(client.app.state.engine)  # type: ignore[attr-defined]
        with sessions() as work, work.begin():
            assert run_jobs(work, now=now)["reviews_expired"] == 1
        assert _drain(client, settings, now)["delivered"] == 1
    ((received_headers, body),) = crm.received
    event = Webhook(secret).verify(body, received_headers)
    assert event["type"] == "review.expired"
    assert event["data"]["review_id"] == review_id
    assert "override_token" not in event["data"]

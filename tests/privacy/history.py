"""A contact with a full history through the API: checks, touches, replies, an absence,
a review a manager rejected, a suppression; and a colleague whose auto-reply names her."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import ApiKey, Integration
from tests.builders import (
    business_slot,
    check_body,
    post_touch,
    put_account,
    put_contact,
)

EMAIL = "zenobia@acme.example"
LAST_NAME = "Quillfeather"
# Words only her messages contain: none may survive an erasure.
MARKS = ("marrowlight", "thistlequay", "brindlefen", "corvantic")


def with_callback(db: Session) -> None:
    """The CRM's key gets a callback: review decisions wait in the outbox (nothing
    listens there; the tests never deliver)."""
    key_id = db.scalar(select(ApiKey.id).where(ApiKey.name == "test-integration"))
    url = "https://crm.example/guard-callback"
    db.add(Integration(name="crm", api_key_id=key_id, callback_url=url, secrets=[]))
    db.commit()


def _check(client: TestClient, headers: dict, key: str, body: str) -> dict[str, Any]:
    payload = check_body(key, planned_at=business_slot(), body=body)
    answer = client.post("/v1/checks", json=payload, headers=headers)
    assert answer.status_code == 200, answer.text
    return answer.json()


def _reply(client: TestClient, key: dict, sender: str, body: str, **extra) -> None:
    reply = {
        "message_id": f"<{abs(hash(body))}@acme.example>",
        "from": sender,
        "subject": "Re: warehouse guide",
        "body": body,
        **extra,
    }
    answer = client.post("/v1/inbound", json=reply, headers=key)
    assert answer.status_code == 200, answer.text


def build(client: TestClient, auth: dict) -> dict[str, Any]:
    """Zenobia's history, and Bob's; answers ids for the tests."""
    crm = auth["integration"]
    put_account(client, crm)
    put_contact(client, crm, "zenobia", last_name=LAST_NAME)
    put_contact(client, crm, "bob", last_name="Builder")
    first = _check(
        client, crm, "zenobia", "Hi Zenobia, the marrowlight guide is ready for you."
    )
    now = datetime.now(UTC)
    post_touch(
        client,
        crm,
        "zenobia",
        now - timedelta(days=2),
        "t-zen",
        body="Hi Zenobia, about thistlequay.",
    )
    back = (now + timedelta(days=6)).date()
    absent = client.post(
        "/v1/absences",
        json={"contact": {"email": EMAIL}, "returns_on": back.isoformat()},
        headers=crm,
    )
    assert absent.status_code == 201, absent.text
    _reply(
        client,
        crm,
        EMAIL,
        "Please remove me from your mailing list and stop emailing me. brindlefen",
    )
    blocked = _check(client, crm, "zenobia", "Hi Zenobia, one more about the guide.")
    assert blocked["verdict"] == "block", blocked
    review_id = blocked["review_id"]
    rejected = client.post(
        f"/v1/reviews/{review_id}/reject",
        json={"reason": "Zenobia said corvantic is off the table"},
        headers=auth["admin"],
    )
    assert rejected.status_code == 200, rejected.text
    bob = _check(client, crm, "bob", "Hi Bob, the guide for your warehouse is ready.")
    _reply(
        client,
        crm,
        "bob@acme.example",
        f"I am out of the office and will be back on {back:%A, %d %B %Y}. For urgent "
        f"matters please contact Zenobia {LAST_NAME} ({EMAIL}).",
        headers={"Auto-Submitted": "auto-replied"},
        to="sam@seller.example",
    )
    return {"first": first, "blocked": blocked, "bob": bob}

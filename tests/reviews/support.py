"""Plain functions that open review items through the API, for reviews/web/browser tests."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from guard.auth import create_key
from tests.builders import business_slot, check_body, put_account, put_contact

PITCH = (
    "Hi {name},\n\nJust bumping this to the top of your inbox. Any thoughts on "
    "upgrading to our Enterprise plan?\n\nBest,\nSam"
)


def team_headers(db: Session, role: str, team: str | None) -> dict[str, str]:
    _, raw = create_key(db, role=role, name=f"{role}-{team}", team=team)
    db.commit()
    return {"Authorization": f"Bearer {raw}"}


def put_sender(client: TestClient, headers: dict, email: str, team: str) -> None:
    answer = client.put(f"/v1/senders/{email}", json={"team": team}, headers=headers)
    assert answer.status_code in (200, 201), answer.text


def blocked_send(
    client: TestClient,
    headers: dict[str, str],
    *,
    key: str = "dana",
    sender: str = "sam@seller.example",
    team: str = "alpha",
    body: str = PITCH,
    **contact: Any,
) -> dict[str, Any]:
    """A bump to a customer in onboarding: blocked (lifecycle.post_purchase)."""
    put_account(client, headers)
    put_contact(client, headers, key, stage="customer_onboarding", **contact)
    put_sender(client, headers, sender, team)
    payload = blocked_payload(key, sender=sender, body=body)
    answer = client.post("/v1/checks", json=payload, headers=headers)
    assert answer.status_code == 200, answer.text
    decision = answer.json()
    assert decision["verdict"] == "block", decision
    return decision


def blocked_payload(
    key: str = "dana", *, sender: str = "sam@seller.example", body: str = PITCH
) -> dict[str, Any]:
    payload = check_body(key, planned_at=business_slot(), body=body)
    payload["sender"] = {"email": sender}
    payload["subject"] = "Quick question about your plan"
    return payload

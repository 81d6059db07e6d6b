"""Which review decisions become labels, and which label (guard/learning/labels.py)."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from guard.learning.labels import review_labels
from tests.builders import (
    BUMP_BODY,
    business_slot,
    check_body,
    put_account,
    put_contact,
)

EDIT = {
    "reason": "Sent the checklist instead of a nudge.",
    "subject": "Your rollout checklist",
    "body": "Hi Ada,\n\nHere is the rollout checklist your team asked for: "
    "https://content.example.com/rollout-checklist. It lists each step with its "
    "owner.\n\nBest,\nSam",
}


def _held(client: TestClient, auth: dict, key: str, **contact: object) -> int:
    """A bump from a supervised AI agent: the pack allows agents no bump at all."""
    put_contact(client, auth["integration"], key, **contact)
    payload = check_body(key, planned_at=business_slot(), body=BUMP_BODY)
    payload["sender"] = {"email": "bot@seller.example", "kind": "agent",
                         "agent_id": "sdr-bot-1"}  # fmt: skip
    answer = client.post("/v1/checks", json=payload, headers=auth["integration"])
    assert answer.status_code == 200, answer.text
    decision = answer.json()
    assert decision["verdict"] == "block", decision
    assert "bump.premature" in {f["rule"] for f in decision["findings"]}
    return decision["review_id"]


def _decide(client: TestClient, auth: dict, review_id: int, how: str, body: dict):
    answer = client.post(
        f"/v1/reviews/{review_id}/{how}", json=body, headers=auth["admin"]
    )
    assert answer.status_code == 200, answer.text


def test_decisions_on_a_bump_held_alone_are_labels(
    client: TestClient, auth: dict, db: Session
) -> None:
    put_account(client, auth["integration"])
    rejected = _held(client, auth, "ada")
    approved = _held(client, auth, "bea")
    edited = _held(client, auth, "cy")
    pending = _held(client, auth, "dee")
    # Held by consent too: an approval may answer the opt-out, not the bump.
    mixed = _held(client, auth, "eve", consent="opted_out")
    reason = {"reason": "decided in the test"}
    _decide(client, auth, rejected, "reject", reason)
    _decide(client, auth, approved, "approve", reason)
    _decide(client, auth, edited, "edit", EDIT)
    _decide(client, auth, mixed, "approve", reason)
    labels = {item["id"]: item for item in review_labels(db)}
    assert {k: v["label"] for k, v in labels.items()} == {
        f"review-{rejected}": "bump",
        f"review-{approved}": "not_bump",
        f"review-{edited}": "bump",
        f"review-{edited}-edited": "not_bump",
    }
    assert f"review-{pending}" not in labels
    assert labels[f"review-{edited}-edited"]["body"] == EDIT["body"]
    assert (
        labels[f"review-{edited}"]["core"] == labels[f"review-{edited}-edited"]["core"]
    )
    assert labels[f"review-{approved}"]["body"] == BUMP_BODY.format(name="Bea")

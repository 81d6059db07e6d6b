"""A send the guard allowed, then reported by the CRM with its check_id: one touch, with
the body that actually went out (finding 9 of issue 11: it was counted twice, and the
touch kept the guard's rewrite whether or not that was what was sent)."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Touch
from tests.builders import (
    business_slot,
    check_body,
    post_touch,
    put_account,
    put_contact,
)

SENT = "Hi Ada, the integration guide, shortened by hand before sending: https://seller.example/guide"


def _allowed_check(client: TestClient, headers: dict[str, str]) -> str:
    answer = client.post(
        "/v1/checks", json=check_body(planned_at=business_slot()), headers=headers
    )
    assert answer.status_code == 200, answer.text
    assert answer.json()["verdict"] in ("allow", "warn")
    return answer.json()["check_id"]


def test_a_reported_send_with_its_check_id_is_counted_once_with_its_real_body(
    client: TestClient, auth: dict, db: Session
) -> None:
    put_account(client, auth["integration"])
    put_contact(client, auth["integration"])
    check_id = _allowed_check(client, auth["integration"])
    reported = post_touch(
        client,
        auth["integration"],
        "ada",
        business_slot(),
        "crm-send-1",
        body=SENT,
        check_id=check_id,
    )
    touches = db.scalars(select(Touch)).all()
    assert len(touches) == 1, [(t.source, t.external_id) for t in touches]
    assert touches[0].body == SENT
    assert touches[0].external_id == "crm-send-1"
    assert reported["created"] is False


def test_a_check_id_of_another_contact_is_refused(
    client: TestClient, auth: dict, db: Session
) -> None:
    put_account(client, auth["integration"])
    put_contact(client, auth["integration"])
    put_contact(client, auth["integration"], key="grace")
    check_id = _allowed_check(client, auth["integration"])
    body = {
        "external_id": "crm-send-2",
        "contact": {"email": "grace@acme.example"},
        "sender": {"email": "sam@seller.example"},
        "channel": "email",
        "body": SENT,
        "sent_at": business_slot().isoformat(),
        "check_id": check_id,
    }
    answer = client.post("/v1/touches", json=body, headers=auth["integration"])
    assert answer.status_code == 422
    assert answer.json()["errors"][0]["field"] == "check_id"
    assert db.scalars(select(Touch.body)).all() != [SENT]

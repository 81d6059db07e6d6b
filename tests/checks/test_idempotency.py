"""Idempotency keys are per caller: nobody can pre-claim, or read back, another
caller's key; the same caller's retry still gets its stored decision."""

from __future__ import annotations

import json

from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import Check, Integration
from tests.builders import business_slot, check_body, put_account, put_contact
from tests.hooks.test_pre_dispatch import make_integration, signed


def _people(client: TestClient, auth: dict) -> None:
    put_account(client, auth["integration"])
    put_contact(client, auth["integration"])


def test_another_caller_cannot_pre_claim_a_webhook_id(
    client: TestClient, auth: dict, db: Session
) -> None:
    _people(client, auth)
    key, secret = make_integration(db)
    integration_id = db.scalar(select(Integration.id))
    claimed = f"hook:{integration_id}:msg_1"
    squatter = check_body(
        planned_at=business_slot(),
        subject="Not the CRM's send",
        idempotency_key=claimed,
    )
    assert client.post("/v1/checks", json=squatter, headers=auth["manager"]).is_success
    body = json.dumps(check_body(planned_at=business_slot())).encode()
    answer = client.post(
        "/v1/hooks/pre-dispatch",
        content=body,
        headers=signed(body, key, secret, "msg_1"),
    )
    assert answer.status_code == 200, answer.text
    assert not answer.json()["replayed"]


def test_the_same_key_from_another_caller_is_their_own_check(
    client: TestClient, auth: dict, db: Session
) -> None:
    _people(client, auth)
    payload = check_body(planned_at=business_slot(), idempotency_key="crm-77")
    mine = client.post("/v1/checks", json=payload, headers=auth["integration"]).json()
    theirs = client.post("/v1/checks", json=payload, headers=auth["manager"]).json()
    assert theirs["check_id"] != mine["check_id"]
    assert not theirs["replayed"]
    batch = client.post(
        "/v1/checks:batch", json={"items": [payload]}, headers=auth["admin"]
    ).json()["items"][0]["result"]
    assert batch["check_id"] not in (mine["check_id"], theirs["check_id"])
    retry = client.post("/v1/checks", json=payload, headers=auth["integration"]).json()
    assert retry["replayed"] and retry["check_id"] == mine["check_id"]
    assert db.scalar(select(func.count()).select_from(Check)) == 3

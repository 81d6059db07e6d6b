"""The API judges with the deployment's active bump model and records its id."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from guard.analysis.model.linear import load_model, model_path
from guard.learning import store
from models import Check
from tests.builders import (
    BUMP_BODY,
    business_slot,
    check_body,
    post_touch,
    put_account,
    put_contact,
)

CANDIDATE = "bump-reviews-0123456789ab"


def _bump(client: TestClient, auth: dict, slot: datetime, n: int) -> dict:
    post_touch(client, auth["integration"], "ada", slot - timedelta(days=2), f"t-{n}")
    answer = client.post(
        "/v1/checks",
        json=check_body(planned_at=slot, body=BUMP_BODY),
        headers=auth["sdr"],
    )
    assert answer.status_code == 200, answer.text
    return answer.json()


def _bump_finding(decision: dict) -> dict:
    return next(f for f in decision["findings"] if f["rule"] == "bump.premature")


def test_checks_use_the_activated_model_and_record_its_id(
    client: TestClient, auth: dict, db: Session
) -> None:
    shipped = load_model("bump")
    assert shipped is not None
    put_account(client, auth["integration"])
    put_contact(client, auth["integration"])
    slot = business_slot()
    before = _bump(client, auth, slot, 1)
    assert _bump_finding(before)["verdict"] == "rewrite"
    # A deployment model that is never sure of a bump (threshold 1): it only warns.
    document = json.loads(model_path("bump").read_text())
    document["id"], document["threshold"] = CANDIDATE, 1.0
    now = datetime.now(UTC)
    store.save(
        db, name="bump", text=json.dumps(document), labels=1, actor="test", now=now
    )
    store.activate(db, CANDIDATE, name="bump", actor="test", now=now)
    db.commit()
    client.app.state.models.invalidate()  # type: ignore[attr-defined]  # the 15 s pass
    after = _bump(client, auth, slot + timedelta(days=1), 2)
    assert _bump_finding(after)["verdict"] == "warn"
    assert "may be a bump" in _bump_finding(after)["message"]
    recorded = dict(db.execute(select(Check.id, Check.model_id)).all())
    assert recorded[before["check_id"]] == shipped.model_id
    assert recorded[after["check_id"]] == CANDIDATE
    # The answer names it beside the pack revision, and so does every re-read.
    assert (before["model_id"], after["model_id"]) == (shipped.model_id, CANDIDATE)
    stored = client.get(f"/v1/checks/{after['check_id']}", headers=auth["admin"])
    assert stored.status_code == 200, stored.text
    assert stored.json() == after


def test_the_simulation_api_replays_with_a_candidate_model(
    client: TestClient, auth: dict, db: Session
) -> None:
    shipped = load_model("bump")
    assert shipped is not None
    put_account(client, auth["integration"])
    put_contact(client, auth["integration"])
    held = _bump(client, auth, business_slot(), 1)
    assert _bump_finding(held)["verdict"] == "rewrite"
    document = json.loads(model_path("bump").read_text())
    document["id"], document["threshold"] = CANDIDATE, 1.0
    store.save(db, name="bump", text=json.dumps(document), labels=1, actor="test",
               now=datetime.now(UTC))  # fmt: skip
    db.commit()
    answer = client.post(
        "/v1/policy:simulate", json={"model_id": CANDIDATE}, headers=auth["admin"]
    )
    assert answer.status_code == 200, answer.text
    report = answer.json()
    assert (report["current_model"], report["new_model"]) == (
        shipped.model_id,
        CANDIDATE,
    )
    assert report["current_revision"] == report["new_revision"]
    assert report["transitions"] == [{"old": "rewrite", "new": "warn", "checks": 1}]
    assert report["examples"][0]["check_id"] == held["check_id"]
    unknown = client.post(
        "/v1/policy:simulate",
        json={"model_id": "bump-reviews-ffffffffffff"},
        headers=auth["admin"],
    )
    assert unknown.status_code == 422
    assert unknown.json()["errors"][0]["field"] == "model_id"
    nothing = client.post("/v1/policy:simulate", json={}, headers=auth["admin"])
    assert nothing.status_code == 422

"""/v1/reviews: the queue, decisions, one-time overrides, team scoping, audit."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import AuditEvent, Check, ReviewItem, Touch
from tests.reviews.support import blocked_payload, blocked_send, team_headers

REASON = {"reason": "Dana asked for the upgrade details on the call."}
GOOD_EDIT = {
    "reason": "Sent the onboarding checklist instead of a nudge.",
    "subject": "Your onboarding checklist",
    "body": "Hi Dana,\n\nHere is the onboarding checklist your project team asked "
    "for: https://content.example.com/onboarding-checklist. It lists each step with "
    "its owner and duration.\n\nBest,\nSam",
}


def _approve(client: TestClient, review_id: int, headers: dict) -> dict:
    answer = client.post(
        f"/v1/reviews/{review_id}/approve", json=REASON, headers=headers
    )
    assert answer.status_code == 200, answer.text
    return answer.json()


class TestQueue:
    def test_a_manager_lists_their_teams_pending_items(
        self, client: TestClient, auth: dict, db: Session
    ) -> None:
        decision = blocked_send(client, auth["integration"])
        alpha = team_headers(db, "manager", "alpha")
        items = client.get("/v1/reviews", headers=alpha).json()
        assert [i["id"] for i in items] == [decision["review_id"]]
        assert items[0]["rules"] == ["lifecycle.post_purchase"]
        assert items[0]["company"] == "Acme Corp"
        one = client.get(f"/v1/reviews/{items[0]['id']}", headers=alpha).json()
        assert one["body"].startswith("Hi Dana")

    def test_filters_narrow_the_queue(
        self, client: TestClient, auth: dict, db: Session
    ) -> None:
        blocked_send(client, auth["integration"])
        admin = auth["admin"]
        found = {
            "rule=lifecycle.post_purchase": 1,
            "rule=cadence.duplicate": 0,
            "sender=sam@seller.example": 1,
            "sender=lee@seller.example": 0,
            "team=alpha": 1,
            "team=beta": 0,
            "status=approved": 0,
            "max_age_hours=1": 1,
            "min_age_hours=1": 0,
        }
        for query, count in found.items():
            items = client.get(f"/v1/reviews?{query}", headers=admin).json()
            assert len(items) == count, query


class TestTeams:
    def test_another_teams_manager_cannot_see_or_decide(
        self, client: TestClient, auth: dict, db: Session
    ) -> None:
        review_id = blocked_send(client, auth["integration"])["review_id"]
        beta = team_headers(db, "manager", "beta")
        assert client.get("/v1/reviews", headers=beta).json() == []
        assert client.get(f"/v1/reviews/{review_id}", headers=beta).status_code == 404
        refused = client.post(
            f"/v1/reviews/{review_id}/approve", json=REASON, headers=beta
        )
        assert refused.status_code == 404
        assert db.get(ReviewItem, review_id).status == "pending"

    def test_sdr_and_integration_keys_are_refused(
        self, client: TestClient, auth: dict
    ) -> None:
        for role in ("sdr", "integration"):
            assert client.get("/v1/reviews", headers=auth[role]).status_code == 403


class TestApproveAndOverride:
    def test_the_token_lets_exactly_that_send_through_once(
        self, client: TestClient, auth: dict, db: Session
    ) -> None:
        review_id = blocked_send(client, auth["integration"])["review_id"]
        approved = _approve(client, review_id, team_headers(db, "manager", "alpha"))
        assert approved["review"]["status"] == "approved"
        payload = {**blocked_payload(), "override_token": approved["override_token"]}
        sent = client.post("/v1/checks", json=payload, headers=auth["integration"])
        assert sent.status_code == 200, sent.text
        assert sent.json()["verdict"] == "allow"
        note = sent.json()["findings"][0]
        assert note["rule"] == "review.approved"
        assert "Dana asked" in note["message"]
        stored = db.get(Check, sent.json()["check_id"])
        assert stored.override_review_id == review_id
        again = client.post("/v1/checks", json=payload, headers=auth["integration"])
        assert again.status_code == 422
        assert "already used" in again.json()["detail"]

    def test_a_token_for_another_contact_is_refused(
        self, client: TestClient, auth: dict, db: Session
    ) -> None:
        review_id = blocked_send(client, auth["integration"])["review_id"]
        blocked_send(client, auth["integration"], key="eve")
        token = _approve(client, review_id, auth["admin"])["override_token"]
        payload = {**blocked_payload("eve"), "override_token": token}
        answer = client.post("/v1/checks", json=payload, headers=auth["integration"])
        assert answer.status_code == 422
        assert "another contact" in answer.json()["detail"]

    def test_consent_blocks_need_an_admin(
        self, client: TestClient, auth: dict, db: Session
    ) -> None:
        decision = blocked_send(client, auth["integration"], consent="opted_out")
        review_id = decision["review_id"]
        alpha = team_headers(db, "manager", "alpha")
        url = f"/v1/reviews/{review_id}/approve"
        refused = client.post(url, json=REASON, headers=alpha)
        assert refused.status_code == 403
        assert "Only an admin" in refused.json()["detail"]
        token = _approve(client, review_id, auth["admin"])["override_token"]
        payload = {**blocked_payload(), "override_token": token}
        sent = client.post("/v1/checks", json=payload, headers=auth["integration"])
        assert sent.json()["verdict"] == "allow"

    def test_a_decided_item_cannot_be_decided_again(
        self, client: TestClient, auth: dict, db: Session
    ) -> None:
        review_id = blocked_send(client, auth["integration"])["review_id"]
        _approve(client, review_id, auth["admin"])
        again = client.post(
            f"/v1/reviews/{review_id}/reject", json=REASON, headers=auth["admin"]
        )
        assert again.status_code == 409

    def test_a_reason_is_required(self, client: TestClient, auth: dict) -> None:
        review_id = blocked_send(client, auth["integration"])["review_id"]
        url = f"/v1/reviews/{review_id}/approve"
        assert client.post(url, json={}, headers=auth["admin"]).status_code == 422


class TestRejectAndEdit:
    def test_reject_is_audited_and_leaves_no_token(
        self, client: TestClient, auth: dict, db: Session
    ) -> None:
        review_id = blocked_send(client, auth["integration"])["review_id"]
        answer = client.post(
            f"/v1/reviews/{review_id}/reject",
            json={"reason": "Wait for her reply."},
            headers=team_headers(db, "manager", "alpha"),
        ).json()
        assert answer["review"]["status"] == "rejected"
        assert answer["override_token"] is None
        event = db.scalar(
            select(AuditEvent).where(AuditEvent.action == "review.rejected")
        )
        assert event.subject_id == str(review_id)
        assert event.actor == "manager:key:manager-alpha"
        assert event.data["reason"] == "Wait for her reply."

    def test_an_edit_still_blocked_by_the_same_rule_is_refused(
        self, client: TestClient, auth: dict, db: Session
    ) -> None:
        review_id = blocked_send(client, auth["integration"])["review_id"]
        bump = {**GOOD_EDIT, "body": "Hi Dana, just bumping this up. Any thoughts?"}
        answer = client.post(
            f"/v1/reviews/{review_id}/edit", json=bump, headers=auth["admin"]
        )
        assert answer.status_code == 422
        assert "lifecycle.post_purchase" in answer.json()["detail"]
        assert db.get(ReviewItem, review_id).status == "pending"

    def test_a_good_edit_is_approved_with_its_text(
        self, client: TestClient, auth: dict, db: Session
    ) -> None:
        review_id = blocked_send(client, auth["integration"])["review_id"]
        answer = client.post(
            f"/v1/reviews/{review_id}/edit", json=GOOD_EDIT, headers=auth["admin"]
        )
        assert answer.status_code == 200, answer.text
        review = answer.json()["review"]
        assert review["status"] == "edited"
        assert review["edited_subject"] == "Your onboarding checklist"
        assert answer.json()["override_token"]
        # A dry re-check records nothing: still one check, the blocked one.
        assert len(db.scalars(select(Check)).all()) == 1


def test_a_batch_redeems_a_token_and_its_later_items_see_that_send(
    client: TestClient, auth: dict, db: Session
) -> None:
    review_id = blocked_send(client, auth["integration"])["review_id"]
    token = _approve(client, review_id, auth["admin"])["override_token"]
    approved = {**blocked_payload(), "override_token": token, "idempotency_key": "b1"}
    items = [approved, {**blocked_payload(), "subject": "One more thing"}, approved]
    answer = client.post(
        "/v1/checks:batch", json={"items": items}, headers=auth["integration"]
    )
    first, second, retried = (i["result"] for i in answer.json()["items"])
    assert first["verdict"] == "allow"
    assert second["verdict"] in ("defer", "block")
    # The approved send is a touch the second item is judged against.
    touch = db.scalar(select(Touch.id).where(Touch.check_id == first["check_id"]))
    cited = {
        e["id"]
        for f in second["findings"]
        for e in f["evidence"]
        if e.get("source") == "touch"
    }
    assert str(touch) in cited, second["findings"]
    assert retried["check_id"] == first["check_id"] and retried["replayed"]

"""POST /v1/checks end to end, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import AuditEvent, Check, ReviewItem, Touch
from tests.builders import (
    BUMP_BODY,
    business_slot,
    check_body,
    post_touch,
    put_account,
    put_contact,
)


def _setup(client: TestClient, headers: dict[str, str], **contact: object) -> None:
    put_account(client, headers)
    put_contact(client, headers, **contact)


class TestVerdicts:
    def test_value_email_to_an_engaged_champion_is_allowed_and_counted(
        self, client: TestClient, auth: dict, db: Session
    ) -> None:
        _setup(client, auth["integration"])
        slot = business_slot()
        answer = client.post(
            "/v1/checks", json=check_body(planned_at=slot), headers=auth["sdr"]
        )
        assert answer.status_code == 200, answer.text
        decision = answer.json()
        assert decision["verdict"] in ("allow", "warn"), decision
        assert decision["check_id"]
        assert db.scalar(select(func.count()).select_from(Touch)) == 1
        assert db.scalar(select(func.count()).select_from(AuditEvent)) >= 1

    def test_contact_out_of_office_is_deferred_past_the_return_day(
        self, client: TestClient, auth: dict
    ) -> None:
        _setup(client, auth["integration"])
        slot = business_slot()
        returns_on = (slot + timedelta(days=7)).date()
        absence = client.post(
            "/v1/absences",
            json={
                "contact": {"email": "ada@acme.example"},
                "returns_on": returns_on.isoformat(),
                "note": "back on Monday",
            },
            headers=auth["integration"],
        )
        assert absence.status_code == 201, absence.text
        decision = client.post(
            "/v1/checks", json=check_body(planned_at=slot), headers=auth["sdr"]
        ).json()
        assert decision["verdict"] == "defer"
        assert "ooo.active" in [f["rule"] for f in decision["findings"]]
        assert datetime.fromisoformat(decision["deliver_after"]).date() > returns_on
        message = next(
            f["message"] for f in decision["findings"] if f["rule"] == "ooo.active"
        )
        assert "Ada" in message and "out of the office" in message

    def test_bump_two_days_after_an_unanswered_email_is_flagged(
        self, client: TestClient, auth: dict
    ) -> None:
        _setup(client, auth["integration"])
        slot = business_slot()
        post_touch(client, auth["integration"], "ada", slot - timedelta(days=2), "t-1")
        decision = client.post(
            "/v1/checks",
            json=check_body(planned_at=slot, body=BUMP_BODY),
            headers=auth["sdr"],
        ).json()
        # The minimum gap also defers it; either way it must not go out as written.
        assert decision["verdict"] in ("rewrite", "defer", "block"), decision
        bump = next(f for f in decision["findings"] if f["rule"] == "bump.premature")
        assert any("bump" in e["text"].lower() for e in bump["evidence"]), bump
        if bump["verdict"] == "rewrite":
            assert decision["rewrite"] and "bumping" not in decision["rewrite"].lower()

    def test_opted_out_contact_is_blocked_into_review(
        self, client: TestClient, auth: dict, db: Session
    ) -> None:
        _setup(client, auth["integration"], consent="opted_out")
        decision = client.post(
            "/v1/checks",
            json=check_body(planned_at=business_slot()),
            headers=auth["sdr"],
        ).json()
        assert decision["verdict"] == "block"
        assert "consent.suppressed" in [f["rule"] for f in decision["findings"]]
        assert decision["review_id"] is not None
        assert db.get(ReviewItem, decision["review_id"]).status == "pending"
        assert db.scalar(select(func.count()).select_from(Touch)) == 0


class TestIdempotency:
    def test_same_key_returns_the_stored_decision_and_counts_once(
        self, client: TestClient, auth: dict, db: Session
    ) -> None:
        _setup(client, auth["integration"])
        payload = check_body(planned_at=business_slot(), idempotency_key="crm-msg-1")
        first = client.post("/v1/checks", json=payload, headers=auth["sdr"]).json()
        again = client.post("/v1/checks", json=payload, headers=auth["sdr"]).json()
        assert again["replayed"] is True
        assert {**again, "replayed": False} == first
        assert db.scalar(select(func.count()).select_from(Check)) == 1
        assert db.scalar(select(func.count()).select_from(Touch)) == 1

    def test_a_deferred_decision_replays_identically(
        self, client: TestClient, auth: dict
    ) -> None:
        _setup(client, auth["integration"])
        night = business_slot().replace(hour=2)  # 03:00 Berlin: quiet hours
        payload = check_body(planned_at=night, idempotency_key="crm-msg-night")
        first = client.post("/v1/checks", json=payload, headers=auth["sdr"]).json()
        assert first["verdict"] == "defer"
        after = datetime.fromisoformat(first["deliver_after"])
        berlin = after.astimezone(ZoneInfo("Europe/Berlin"))
        assert after.utcoffset() == berlin.utcoffset()  # shown in Ada's own zone
        again = client.post("/v1/checks", json=payload, headers=auth["sdr"]).json()
        assert {**again, "replayed": False} == first
        stored = client.get(f"/v1/checks/{first['check_id']}", headers=auth["sdr"])
        assert stored.json() == first

    def test_same_key_with_another_send_is_a_conflict(
        self, client: TestClient, auth: dict
    ) -> None:
        _setup(client, auth["integration"])
        payload = check_body(planned_at=business_slot(), idempotency_key="crm-msg-2")
        client.post("/v1/checks", json=payload, headers=auth["sdr"])
        payload["subject"] = "Something else"
        answer = client.post("/v1/checks", json=payload, headers=auth["sdr"])
        assert answer.status_code == 409
        assert answer.headers["content-type"].startswith("application/problem+json")

    def test_dry_run_records_nothing(
        self, client: TestClient, auth: dict, db: Session
    ) -> None:
        _setup(client, auth["integration"])
        payload = check_body(planned_at=business_slot(), dry_run=True)
        decision = client.post("/v1/checks", json=payload, headers=auth["sdr"]).json()
        assert decision["check_id"] is None and decision["dry_run"] is True
        assert db.scalar(select(func.count()).select_from(Check)) == 0
        assert db.scalar(select(func.count()).select_from(Touch)) == 0

    def test_a_dry_run_answers_as_the_recorded_check_in_the_contacts_zone(
        self, client: TestClient, auth: dict
    ) -> None:
        # A draft's deliver_after was shown as the rules computed it (here in UTC: a
        # week after a touch), a recorded check's in the contact's zone.
        _setup(client, auth["integration"])
        slot = business_slot()
        week_ago = slot - timedelta(days=7) + timedelta(hours=1)
        for n, sent_at in enumerate(
            (week_ago, slot - timedelta(days=6), slot - timedelta(days=5))
        ):
            post_touch(client, auth["integration"], "ada", sent_at, f"t-{n}")
        send = check_body(planned_at=slot)  # a fourth touch in 7 days: one too many
        draft = {**send, "dry_run": True}
        single = client.post("/v1/checks", json=draft, headers=auth["sdr"]).json()
        batch = client.post(
            "/v1/checks:batch", json={"items": [draft]}, headers=auth["sdr"]
        ).json()["items"][0]["result"]
        recorded = client.post("/v1/checks", json=send, headers=auth["sdr"]).json()
        assert recorded["verdict"] == "defer", recorded
        after = datetime.fromisoformat(single["deliver_after"])
        assert after == week_ago + timedelta(days=7)
        berlin = after.astimezone(ZoneInfo("Europe/Berlin")).utcoffset()
        assert after.utcoffset() == berlin != timedelta(0)
        assert single == batch == {**recorded, "check_id": None, "dry_run": True}


def test_stored_check_reads_back_identically(client: TestClient, auth: dict) -> None:
    _setup(client, auth["integration"])
    decision = client.post(
        "/v1/checks", json=check_body(planned_at=business_slot()), headers=auth["sdr"]
    ).json()
    stored = client.get(
        f"/v1/checks/{decision['check_id']}", headers=auth["sdr"]
    ).json()
    assert stored == decision


def test_planned_time_in_the_past_is_still_checked(
    client: TestClient, auth: dict
) -> None:
    _setup(client, auth["integration"])
    past = datetime.now(UTC) - timedelta(hours=1)
    answer = client.post(
        "/v1/checks", json=check_body(planned_at=past), headers=auth["sdr"]
    )
    assert answer.status_code == 200

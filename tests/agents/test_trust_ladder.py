"""Agents as senders: trust levels decide what goes to review; changes are audited."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from fastapi.testclient import TestClient
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from models import AuditEvent, Check, ReviewItem, Touch
from tests.builders import (
    business_slot,
    check_body,
    post_touch,
    put_account,
    put_contact,
)

BOT = {"email": "sam@seller.example", "kind": "agent", "agent_id": "sdr-bot-1"}


def _known_account(client: TestClient, auth: dict) -> None:
    """Ada at Acme, whom the bot wrote to long ago (no new account), while Lee is
    talking to her colleague Bob this week: a send to Ada gets a `warn`."""
    put_account(client, auth["integration"])
    put_contact(client, auth["integration"], "ada")
    put_contact(client, auth["integration"], "bob")
    long_ago = datetime.now(UTC) - timedelta(days=60)
    for n in range(3):
        post_touch(
            client,
            auth["integration"],
            "ada",
            long_ago + timedelta(days=n),
            f"old-{n}",
            sender=BOT,
        )
    lee = {"email": "lee@seller.example"}
    recent = datetime.now(UTC) - timedelta(days=2)
    post_touch(client, auth["integration"], "bob", recent, "lee-1", sender=lee)


def _send(client: TestClient, auth: dict, key: str) -> dict:
    body = check_body(planned_at=business_slot(), sender=BOT, idempotency_key=key)
    answer = client.post("/v1/checks", json=body, headers=auth["integration"])
    assert answer.status_code == 200, answer.text
    return answer.json()


def _set_level(client: TestClient, auth: dict, level: str) -> dict:
    answer = client.put(
        "/v1/agents/sdr-bot-1",
        json={"level": level, "reason": "200 clean decisions"},
        headers=auth["manager"],
    )
    assert answer.status_code in (200, 201), answer.text
    return answer.json()


def test_supervised_warn_goes_to_review(
    client: TestClient, auth: dict, db: Session
) -> None:
    _known_account(client, auth)
    out = _send(client, auth, "bot-1")
    assert out["verdict"] == "warn"
    assert out["review_id"] is not None and out["held_for_review"] is True
    review = db.get(ReviewItem, out["review_id"])
    assert review is not None and review.status == "pending"
    # Held, not sent: the next check must not count it as a touch.
    assert db.scalar(select(Touch).where(Touch.check_id == out["check_id"])) is None
    check = db.get(Check, out["check_id"])
    assert (check.sender_kind, check.agent_id) == ("agent", "sdr-bot-1")


def test_autonomous_warn_goes_out(client: TestClient, auth: dict, db: Session) -> None:
    _known_account(client, auth)
    _set_level(client, auth, "autonomous")
    out = _send(client, auth, "bot-2")
    assert out["verdict"] == "warn"
    assert out["review_id"] is None and out["held_for_review"] is False
    touch = db.scalar(select(Touch).where(Touch.check_id == out["check_id"]))
    assert touch is not None and touch.agent_id == "sdr-bot-1"


def test_new_account_goes_to_review_even_on_allow(
    client: TestClient, auth: dict
) -> None:
    put_account(client, auth["integration"])
    put_contact(
        client, auth["integration"], "ada", title="Data Analyst", persona="end_user"
    )
    out = _send(client, auth, "bot-3")
    assert out["verdict"] == "allow", out["findings"]
    assert out["held_for_review"] is True


def test_level_change_is_audited(client: TestClient, auth: dict, db: Session) -> None:
    first = _set_level(client, auth, "assisted")
    assert first["level"] == "assisted"
    second = _set_level(client, auth, "autonomous")
    assert [(h["before"], h["after"]) for h in second["history"]] == [
        ("supervised", "assisted"),
        ("assisted", "autonomous"),
    ]
    events = db.scalars(
        select(AuditEvent).where(AuditEvent.action == "agent.level_changed")
    ).all()
    assert [e.data["after"] for e in events] == ["assisted", "autonomous"]
    assert all(
        e.actor == "key:test-manager" and e.subject_id == "sdr-bot-1" for e in events
    )
    read = client.get("/v1/agents/sdr-bot-1", headers=auth["manager"]).json()
    assert read["level"] == "autonomous"


def test_an_sdr_key_may_not_change_levels(client: TestClient, auth: dict) -> None:
    answer = client.put(
        "/v1/agents/sdr-bot-1", json={"level": "autonomous"}, headers=auth["sdr"]
    )
    assert answer.status_code == 403


def test_agent_sender_needs_an_agent_id(client: TestClient, auth: dict) -> None:
    body = check_body(
        planned_at=business_slot(),
        sender={"email": "sam@seller.example", "kind": "agent"},
    )
    answer = client.post("/v1/checks", json=body, headers=auth["integration"])
    assert answer.status_code == 422


def test_an_agent_past_its_daily_cap_waits_a_day(
    client: TestClient, auth: dict, db: Session
) -> None:
    put_account(client, auth["integration"])
    ada = put_contact(client, auth["integration"], "ada")
    bob = put_contact(client, auth["integration"], "bob")
    slot = business_slot()
    # The default pack caps each agent at 40 messages a day: 40 went to Bob today.
    rows = [
        {
            "contact_id": bob["id"],
            "sender_email": "sam@seller.example",
            "sender_kind": "agent",
            "agent_id": "sdr-bot-1",
            "channel": "email",
            "sent_at": slot - timedelta(minutes=n + 1),
        }
        for n in range(40)
    ]
    db.execute(insert(Touch), rows)
    db.commit()
    body = check_body(planned_at=slot, sender=BOT)
    out = client.post("/v1/checks", json=body, headers=auth["integration"]).json()
    assert out["verdict"] == "defer", out
    assert "agent.daily_cap" in [f["rule"] for f in out["findings"]]
    assert ada["id"] != bob["id"]
    human = check_body(planned_at=slot)
    out = client.post("/v1/checks", json=human, headers=auth["integration"]).json()
    assert "agent.daily_cap" not in [f["rule"] for f in out["findings"]]

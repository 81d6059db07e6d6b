"""The out-of-office story through the API (issue 4 acceptance), on both backends."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from fastapi.testclient import TestClient

from rules.engine.calendar import BusinessHours, ContactCalendar, zone
from tests.builders import put_account, put_contact

BERLIN = ContactCalendar(tz=zone("Europe/Berlin"), country="DE", hours=BusinessHours())
BUMP = "Hi Ada,\n\nJust bumping this to the top of your inbox. Any thoughts?\n\nBest,\n{who}"


def _check(
    client: TestClient, headers: dict, sender: str, planned: datetime, body: str
) -> dict:
    payload = {
        "contact": {"email": "ada@acme.example"},
        "sender": {"email": f"{sender}@seller.example"},
        "channel": "email",
        "subject": "Re: pilot",
        "body": body,
        "planned_at": planned.isoformat(),
    }
    answer = client.post("/v1/checks", json=payload, headers=headers)
    assert answer.status_code == 200, answer.text
    return answer.json()


def _rules(decision: dict) -> list[str]:
    return [f["rule"] for f in decision["findings"]]


def test_auto_reply_to_scheduling_link(client: TestClient, auth: dict) -> None:
    put_account(client, auth["integration"])
    put_contact(client, auth["integration"], stage="sql")
    now = datetime.now(UTC)
    back = BERLIN.add_days(BERLIN.local_date(now), 6)

    # 1. Ada's auto-reply to Sam's email arrives.
    reply = {
        "message_id": "<ooo-1@acme.example>",
        "from": "ada@acme.example",
        "to": "sam@seller.example",
        "subject": "Automatic reply: pilot",
        "body": f"Thank you for your email. I am out of the office and will be back on "
        f"{back:%A, %d %B %Y}. For urgent matters please contact Grace Hopper "
        "(grace@acme.example).",
        "headers": {"Auto-Submitted": "auto-replied"},
        "sent_at": (now - timedelta(hours=1)).isoformat(),
    }
    parsed = client.post("/v1/inbound", json=reply, headers=auth["integration"]).json()
    assert parsed["kind"] == "ooo" and parsed["returns_on"] == back.isoformat()
    assert any(a["email"] == "grace@acme.example" for a in parsed["alternate_contacts"])
    again = client.post("/v1/inbound", json=reply, headers=auth["integration"]).json()
    assert again["duplicate"] is True

    # 2. A bump from a colleague during the absence waits for the return + 1 business
    # day.
    during = BERLIN.open_on(BERLIN.add_days(BERLIN.local_date(now), 1)) + timedelta(
        hours=2
    )
    lee = _check(client, auth["integration"], "lee", during, BUMP.format(who="Lee"))
    assert lee["verdict"] == "defer" and "ooo.active" in _rules(lee)
    ooo = next(f for f in lee["findings"] if f["rule"] == "ooo.active")
    resume = BERLIN.local(datetime.fromisoformat(ooo["deliver_after"]))
    assert resume.date() == BERLIN.add_days(back, 1)
    assert 8 <= resume.hour < 18
    # A bump also waits out the catch-up window after the return (ooo.returning): the
    # decision's one deliver_after satisfies both.
    assert datetime.fromisoformat(lee["deliver_after"]) >= resume

    # 3. Sam, who got the auto-reply, bumping anyway is blocked.
    sam = _check(client, auth["sdr"], "sam", during, BUMP.format(who="Sam"))
    assert sam["verdict"] == "block" and "ooo.pressed" in _rules(sam)

    # 4. On her first day back, nudges wait for the catch-up window.
    first_day = BERLIN.open_on(back) + timedelta(hours=2)
    catch_up = _check(
        client, auth["integration"], "lee", first_day, BUMP.format(who="Lee")
    )
    assert catch_up["verdict"] == "defer" and "ooo.returning" in _rules(catch_up)
    assert datetime.fromisoformat(catch_up["deliver_after"]) > first_day

    # 5. She answers with her own booking link: "book a time with me" becomes a rewrite.
    human = {
        "message_id": "<human-1@acme.example>",
        "from": "ada@acme.example",
        "to": "sam@seller.example",
        "subject": "Re: pilot",
        "body": "Hi Sam, happy to talk. Please grab a slot that suits you here: "
        "https://calendly.com/ada-acme/30min\n\nAda",
        "sent_at": (now - timedelta(minutes=5)).isoformat(),
    }
    answer = client.post("/v1/inbound", json=human, headers=auth["integration"]).json()
    assert answer["kind"] == "human" and answer["scheduling_link"]
    push = (
        "Hi Ada,\n\nThanks! Could you book a time on my calendar: "
        "https://calendly.com/sam-seller/intro\n\nBest,\nSam"
    )
    booked = _check(client, auth["sdr"], "sam", first_day + timedelta(days=3), push)
    assert "replies.scheduling_link" in _rules(booked)
    assert booked["rewrite"] and "calendly.com/ada-acme/30min" in booked["rewrite"]
    assert "sam-seller" not in booked["rewrite"]

"""The demo tells the README's story: one allow, one out-of-office defer, one flagged bump."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from guard.demo.northwind import load_demo
from rules.engine.calendar import BusinessHours, ContactCalendar, zone

BUMP = "Hi Grace,\n\nJust following up to see if you had a chance to look at my last email. Would love to hear your thoughts!\n\nBest,\nSam"
ROI = "Hi Ada,\n\nOur ROI model compares manual reconciliation with the automated workflow over three years, using Contoso's numbers: https://content.example.com/roi-model.\n\nBest,\nSam"
USEFUL = "Hi {name},\n\nHere is the rollout checklist you asked for: https://content.example.com/rollout-checklist. It lists the three steps your operations team owns in week one.\n\nBest,\nSam"


def _check(client: TestClient, headers: dict, who: str, body: str) -> dict:
    london = ContactCalendar(
        tz=zone("Europe/London"), country="GB", hours=BusinessHours()
    )
    planned = london.next_open(datetime.now(UTC))
    payload = {
        "contact": {"email": f"{who}@northwind.example"},
        "sender": {"email": "sam@seller.example"},
        "channel": "email",
        "subject": "Northwind",
        "body": body,
        "planned_at": planned.isoformat(),
    }
    answer = client.post("/v1/checks", json=payload, headers=headers)
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_demo_story(client: TestClient, db: Session, auth: dict) -> None:
    load_demo(db)
    db.commit()
    sdr = auth["sdr"]
    katherine = _check(client, sdr, "katherine", USEFUL.format(name="Katherine"))
    assert katherine["verdict"] == "allow", katherine
    ada = _check(client, sdr, "ada", ROI)
    assert ada["verdict"] == "defer"
    assert "ooo.active" in [f["rule"] for f in ada["findings"]]
    grace = _check(client, sdr, "grace", BUMP)
    assert "bump.premature" in [f["rule"] for f in grace["findings"]]
    assert grace["verdict"] != "allow"
    bob = _check(
        client,
        sdr,
        "bob",
        "Hi Bob, the admin guide for your IT team is here: https://content.example.com/admin-guide",
    )
    assert bob["verdict"] == "block"

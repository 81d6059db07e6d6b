"""The agents page: a manager sees each agent's record and moves it up the ladder."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from models import Agent, AuditEvent, Check, Team
from tests.web.support import csrf, sign_in, soup


@pytest.fixture
def web(client: TestClient) -> Iterator[TestClient]:
    client.cookies.clear()
    yield client
    client.cookies.clear()


def _agent(db: Session, team: str, decisions: int = 0) -> None:
    team_id = db.scalar(select(Team.id).where(Team.name == team))
    db.add(Agent(agent_id="sdr-bot-1", team_id=team_id, level="supervised"))
    now = datetime.now(UTC)
    rows = [
        {
            "id": str(uuid.uuid4()),
            "sender_email": "sam@seller.example",
            "sender_kind": "agent",
            "agent_id": "sdr-bot-1",
            "team": team,
            "channel": "email",
            "planned_at": now,
            "verdict": "allow",
            "pack_revision": "test",
            "input_digest": "x",
            "created_at": now,
        }
        for _ in range(decisions)
    ]
    if rows:
        db.execute(insert(Check), rows)
    db.commit()


def test_a_manager_changes_a_level_with_the_form(web: TestClient, db: Session) -> None:
    email = sign_in(web, db, team="alpha")
    _agent(db, "alpha")
    page = web.get("/ui/agents")
    assert page.status_code == 200
    card = soup(page.text).select_one("#agent-sdr-bot-1")
    assert card is not None and "supervised" in card.text
    form = {"level": "assisted", "reason": "clean first week"}
    refused = web.post("/ui/agents/sdr-bot-1/level", data=form)
    assert refused.status_code == 403
    answer = web.post(
        "/ui/agents/sdr-bot-1/level",
        data={**form, "csrf_token": csrf(page.text)},
        follow_redirects=False,
    )
    assert answer.status_code == 303
    event = db.scalar(select(AuditEvent).where(AuditEvent.subject_id == "sdr-bot-1"))
    assert event is not None and event.actor == f"manager:{email}"
    assert event.data == {
        "before": "supervised",
        "after": "assisted",
        "reason": "clean first week",
    }
    history = soup(web.get("/ui/agents").text).select("#agent-sdr-bot-1 .history li")
    assert "supervised → assisted" in history[0].text


def test_another_teams_manager_may_not(web: TestClient, db: Session) -> None:
    sign_in(web, db, team="alpha")
    db.add(Team(name="beta"))
    db.commit()
    _agent(db, "beta")
    page = web.get("/ui/agents")
    assert soup(page.text).select_one("#agent-sdr-bot-1") is None
    web.post(
        "/ui/agents/sdr-bot-1/level",
        data={"level": "autonomous", "csrf_token": csrf(page.text)},
    )
    db.expire_all()
    level = db.scalar(select(Agent.level).where(Agent.agent_id == "sdr-bot-1"))
    assert level == "supervised"


def test_two_hundred_clean_decisions_suggest_a_promotion(
    web: TestClient, db: Session
) -> None:
    sign_in(web, db, team="alpha")
    _agent(db, "alpha", decisions=200)
    card = soup(web.get("/ui/agents").text).select_one("#agent-sdr-bot-1")
    assert card is not None
    promotion = card.select_one(".promotion")
    assert promotion is not None and "assisted" in promotion.text


def test_fewer_decisions_suggest_nothing(web: TestClient, db: Session) -> None:
    sign_in(web, db, team="alpha")
    _agent(db, "alpha", decisions=199)
    card = soup(web.get("/ui/agents").text).select_one("#agent-sdr-bot-1")
    assert card is not None and card.select_one(".promotion") is None


def test_the_dashboard_shows_each_agent(web: TestClient, db: Session) -> None:
    sign_in(web, db, team="alpha")
    _agent(db, "alpha", decisions=200)
    row = soup(web.get("/ui/dashboard").text).select_one("#agents tbody tr")
    assert row is not None
    assert "sdr-bot-1" in row.text and "allow 200" in row.text
    assert "promote to assisted" in row.text

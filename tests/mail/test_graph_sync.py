"""`guard mail sync --once` against a loopback Graph reached through the settings:
an auto-reply in the rep's Inbox becomes an absence that defers the next send."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session
from typer.testing import CliRunner, Result

from guard.cli import get_app
from guard.db import make_sessionmaker
from guard.mail.configured import graph_client
from guard.settings import Settings, get_settings
from guard.worker import run_pass
from models import Absence, InboundMessage, MailboxWatermark
from rules.engine.calendar import BusinessHours, ContactCalendar, zone
from tests.builders import check_body, put_account, put_contact

from .graph_server import CLIENT_ID, CLIENT_SECRET, TENANT, GraphServer, Message

BERLIN = ContactCalendar(tz=zone("Europe/Berlin"), country="DE", hours=BusinessHours())


@pytest.fixture
def graph_env(
    graph: GraphServer, client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    env = {
        "GUARD_DATABASE_URL": client.app.state.settings.database_url,
        "GUARD_MAIL_SOURCE": "graph",
        "GUARD_GRAPH_TENANT_ID": TENANT,
        "GUARD_GRAPH_CLIENT_ID": CLIENT_ID,
        "GUARD_GRAPH_CLIENT_SECRET": CLIENT_SECRET,
        "GUARD_GRAPH_MAILBOXES": "sam@seller.example",
        "GUARD_GRAPH_AUTHORITY_URL": graph.authority,
        "GUARD_GRAPH_BASE_URL": graph.base_url,
    }
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    get_settings.cache_clear()
    graph_client.cache_clear()
    yield
    get_settings.cache_clear()
    graph_client.cache_clear()


def _sync() -> Result:
    return CliRunner().invoke(get_app(), ["mail", "sync", "--once"])


def _auto_reply(back: str, n: int = 1) -> Message:
    return Message(
        id=f"AAMkAGooo{n}=",
        mailbox="sam@seller.example",
        received=datetime.now(UTC) - timedelta(hours=1),
        sender="ada@acme.example",
        subject="Automatic reply: warehouse integration",
        body=f"Thank you for your email. I am out of the office until {back}.",
        message_id=f"<ooo-{n}@acme.example>",
        headers={"Auto-Submitted": "auto-replied"},
        headers_in_json=False,
    )


def test_one_sync_turns_an_auto_reply_into_a_deferral(
    graph: GraphServer, graph_env: None, client: TestClient, auth: dict, db: Session
) -> None:
    put_account(client, auth["integration"])
    put_contact(client, auth["integration"])
    now = datetime.now(UTC)
    back = BERLIN.add_days(BERLIN.local_date(now), 6)
    graph.messages = [_auto_reply(f"{back:%A, %d %B %Y}")]

    first = _sync()
    assert first.exit_code == 0, first.output
    assert first.output.strip() == (
        "graph:sam@seller.example: 1 read, 1 new, 0 already seen, 0 skipped (1 pages)"
    )
    absence = db.scalar(select(Absence))
    assert absence is not None and absence.returns_on == back

    planned = BERLIN.open_on(BERLIN.add_days(BERLIN.local_date(now), 1))
    answer = client.post(
        "/v1/checks",
        json=check_body(planned_at=planned + timedelta(hours=2)),
        headers=auth["integration"],
    ).json()
    assert answer["verdict"] == "defer"
    assert "ooo.active" in [f["rule"] for f in answer["findings"]]

    # The second run resumes from the stored delta link: only the new message.
    stored = db.scalar(select(MailboxWatermark.watermark))
    assert stored and "$deltatoken=1" in stored
    graph.messages.append(_auto_reply(f"{back:%A, %d %B %Y}", n=2))
    second = _sync()
    assert second.exit_code == 0, second.output
    assert "1 read, 1 new" in second.output
    deltas = graph.calls("/messages/delta")
    assert "$deltatoken=1" in deltas[-1] and "$filter" not in deltas[-1]
    db.rollback()
    assert len(db.scalars(select(InboundMessage)).all()) == 2


def test_sync_without_graph_settings_is_one_line_and_exit_2(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GUARD_DATABASE_URL", client.app.state.settings.database_url)
    monkeypatch.setenv("GUARD_MAIL_SOURCE", "graph")
    get_settings.cache_clear()
    try:
        result = _sync()
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 2
    assert "GUARD_GRAPH_TENANT_ID" in result.output


def _worker_settings(client: TestClient, graph: GraphServer) -> Settings:
    return Settings(
        env="test",
        database_url=client.app.state.settings.database_url,
        secret_key=client.app.state.settings.secret_key,
        mail_source="graph",
        graph_tenant_id=TENANT,
        graph_client_id=CLIENT_ID,
        graph_client_secret=CLIENT_SECRET,
        graph_mailboxes="sam@seller.example",
        graph_authority_url=graph.authority,
        graph_base_url=graph.base_url,
    )


def _zoned(moment: datetime) -> dict[str, str]:
    return {"dateTime": moment.strftime("%Y-%m-%dT%H:%M:%S.0000000"), "timeZone": "UTC"}


def test_a_reps_scheduled_automatic_replies_defer_their_automated_steps(
    graph: GraphServer, graph_env: None, client: TestClient, auth: dict
) -> None:
    put_account(client, auth["integration"])
    put_contact(client, auth["integration"])
    now = datetime.now(UTC)
    back = (now + timedelta(days=5)).replace(microsecond=0, second=0)
    graph.oof["sam@seller.example"] = {
        "status": "scheduled",
        "scheduledStartDateTime": _zoned(now - timedelta(days=1)),
        "scheduledEndDateTime": _zoned(back),
        "externalReplyMessage": "I am on leave this week.",
    }
    counts = run_pass(
        make_sessionmaker(client.app.state.engine), _worker_settings(client, graph)
    )
    assert counts["sender_away"] == {"read": 1, "away": 1}

    shown = client.get("/v1/senders/sam@seller.example", headers=auth["sdr"]).json()
    assert shown["away"]["status"] == "scheduled" and shown["away"]["active_now"]
    assert datetime.fromisoformat(shown["away"]["ends_at"]) == back

    planned = BERLIN.open_on(BERLIN.add_days(BERLIN.local_date(now), 1))
    body = check_body(
        planned_at=planned + timedelta(hours=2),
        automated=True,
        sequence={"id": "q4-outbound", "step": 2},
    )
    step = client.post("/v1/checks", json=body, headers=auth["integration"]).json()
    found = {f["rule"]: f for f in step["findings"]}
    assert step["verdict"] == "defer" and "sender.away" in found
    assert datetime.fromisoformat(found["sender.away"]["deliver_after"]) == back
    assert datetime.fromisoformat(step["deliver_after"]) >= back
    # A manual send from Sam only gets a note.
    manual = check_body(planned_at=planned + timedelta(hours=2))
    note = client.post("/v1/checks", json=manual, headers=auth["sdr"]).json()
    assert note["verdict"] in ("allow", "warn")
    assert any(f["rule"] == "sender.away" for f in note["findings"])

"""Graph change notifications: the handshake, clientState, a queued read the worker
serves, lifecycle events, and subscriptions created and renewed before they expire."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from guard.db import make_sessionmaker
from guard.mail.configured import graph_client
from guard.mailnotify.service import client_state
from guard.settings import Settings
from guard.worker import run_pass, run_requested
from models import GraphSubscription, InboundMessage, MailboxWatermark

from .graph_server import CLIENT_ID, CLIENT_SECRET, TENANT, GraphServer, Message

URL = "/v1/mail/graph/notifications"
SAM = "sam@seller.example"


def _settings(client: TestClient, graph: GraphServer, **extra: object) -> Settings:
    graph_client.cache_clear()
    return Settings(
        env="test",
        database_url=client.app.state.settings.database_url,
        secret_key=client.app.state.settings.secret_key,
        mail_source="graph",
        graph_tenant_id=TENANT,
        graph_client_id=CLIENT_ID,
        graph_client_secret=CLIENT_SECRET,
        graph_mailboxes=SAM,
        graph_authority_url=graph.authority,
        graph_base_url=graph.base_url,
        graph_notification_url="https://guard.example/v1/mail/graph/notifications",
        **extra,
    )


def _note(sub_id: str, state: str, **fields: object) -> dict:
    return {
        "value": [
            {
                "subscriptionId": sub_id,
                "clientState": state,
                "changeType": "created",
                "resource": "Users/0f3a/Messages/AAMk1",
                "tenantId": TENANT,
                **fields,
            }
        ]
    }


def _subscribed(client: TestClient, graph: GraphServer, settings: Settings) -> str:
    counts = run_pass(make_sessionmaker(client.app.state.engine), settings)
    assert counts["graph_subscriptions"]["created"] == 1
    (sub_id,) = graph.subscriptions
    return sub_id


def test_the_validation_handshake_echoes_the_token_as_plain_text(
    client: TestClient,
) -> None:
    answer = client.post(f"{URL}?validationToken=Validation%3A%20Testing%20client")
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/plain")
    assert answer.text == "Validation: Testing client"


def test_a_wrong_client_state_is_refused_and_queues_nothing(
    client: TestClient, graph: GraphServer, db: Session
) -> None:
    settings = _settings(client, graph)
    sub_id = _subscribed(client, graph, settings)
    answer = client.post(URL, json=_note(sub_id, "not-our-state"))
    assert answer.status_code == 403
    assert answer.headers["content-type"] == "application/problem+json"
    requested = db.scalars(select(MailboxWatermark.sync_requested_at)).all()
    assert not any(requested)


def test_a_notification_queues_a_read_the_worker_serves(
    client: TestClient, graph: GraphServer, db: Session
) -> None:
    settings = _settings(client, graph)
    sub_id = _subscribed(client, graph, settings)
    sessions = make_sessionmaker(client.app.state.engine)
    assert run_requested(sessions, settings) == {}  # nothing queued yet
    graph.messages = [
        Message(
            id="AAMk1",
            mailbox=SAM,
            received=datetime.now(UTC),
            sender="ada@acme.example",
            subject="Re: pilot",
            body="Thanks, sounds good.",
            message_id="<r1@acme.example>",
        )
    ]
    state = client_state(settings.secret_key)
    answer = client.post(URL, json=_note(sub_id, state))
    assert answer.status_code == 202
    served = run_requested(sessions, settings)
    assert served[f"graph:{SAM}"]["ingested"] == 1
    assert db.scalar(select(InboundMessage.message_id)) == "<r1@acme.example>"
    assert run_requested(sessions, settings) == {}  # the request was taken once


def test_subscriptions_are_renewed_before_they_expire(
    client: TestClient, graph: GraphServer, db: Session
) -> None:
    settings = _settings(client, graph, graph_subscription_minutes=600)
    sub_id = _subscribed(client, graph, settings)
    created = graph.subscriptions[sub_id]
    assert created["clientState"] == client_state(settings.secret_key)
    assert created["resource"] == f"users/{SAM}/mailFolders('inbox')/messages"
    sessions = make_sessionmaker(client.app.state.engine)
    # A fresh subscription is kept...
    kept = run_pass(sessions, settings)["graph_subscriptions"]
    assert kept == {"created": 0, "renewed": 0, "kept": 1, "failed": 0}
    # ... one past half its lifetime is renewed in place.
    with sessions() as s, s.begin():
        row = s.scalar(select(GraphSubscription))
        row.expires_at = datetime.now(UTC) + timedelta(minutes=100)
    renewed = run_pass(sessions, settings)["graph_subscriptions"]
    assert renewed["renewed"] == 1
    assert [p for m, p in graph.requests if m == "PATCH"] == [
        f"/v1.0/subscriptions/{sub_id}"
    ]
    db.rollback()
    expiry = db.scalar(select(GraphSubscription.expires_at))
    assert expiry > datetime.now(UTC) + timedelta(minutes=500)


def test_lifecycle_events_renew_or_recreate(
    client: TestClient, graph: GraphServer, db: Session
) -> None:
    settings = _settings(client, graph)
    sub_id = _subscribed(client, graph, settings)
    state = client_state(settings.secret_key)
    sessions = make_sessionmaker(client.app.state.engine)

    reauth = _note(sub_id, state, lifecycleEvent="reauthorizationRequired")
    assert client.post(URL, json=reauth).status_code == 202
    assert run_pass(sessions, settings)["graph_subscriptions"]["renewed"] == 1

    # Graph dropped it: the worker subscribes anew, and reads the mailbox meanwhile.
    del graph.subscriptions[sub_id]
    removed = _note(sub_id, state, lifecycleEvent="subscriptionRemoved")
    assert client.post(URL, json=removed).status_code == 202
    db.rollback()
    assert db.scalar(select(MailboxWatermark.sync_requested_at)) is not None
    counts = run_pass(sessions, settings)["graph_subscriptions"]
    assert counts["created"] == 1
    db.rollback()
    assert db.scalar(select(GraphSubscription.subscription_id)) != sub_id

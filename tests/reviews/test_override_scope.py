"""A manager's override reaches only the tool that asked and works only for it: no other
integration hears of the decision or can spend the token, and no copy of the token is
kept (neither in the outbox nor in the session cookie)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from fastapi.testclient import TestClient
from itsdangerous import URLSafeTimedSerializer
from sqlalchemy import select, text
from sqlalchemy.orm import Session
from standardwebhooks import Webhook

from guard.auth import create_key
from guard.db import make_sessionmaker
from guard.hooks.signature import new_secret
from guard.reviews.outbox import deliver_due
from guard.settings import Settings
from models import Integration, OutboxEvent
from tests.reviews.callback import callback_server
from tests.reviews.support import blocked_payload, blocked_send
from tests.web.support import csrf, sign_in

REASON = {"reason": "The buyer asked for it on the call."}


def integration_with_callback(
    db: Session, name: str, url: str
) -> tuple[dict[str, str], str]:
    key, raw = create_key(db, role="integration", name=name)
    secret = new_secret()
    db.add(
        Integration(name=name, api_key_id=key.id, callback_url=url, secrets=[secret])
    )
    db.commit()
    return {"Authorization": f"Bearer {raw}"}, secret


def _approve(client: TestClient, review_id: int, auth: dict) -> str:
    answer = client.post(
        f"/v1/reviews/{review_id}/approve", json=REASON, headers=auth["admin"]
    )
    assert answer.status_code == 200, answer.text
    return answer.json()["override_token"]


def _drain(client: TestClient, settings: Settings) -> dict[str, int]:
    sessions = make_sessionmaker(client.app.state.engine)  # type: ignore[attr-defined]
    loopback = settings.model_copy(update={"allow_private_callbacks": True})
    return deliver_due(sessions, loopback, now=datetime.now(UTC))


def _stored_text(db: Session) -> str:
    """Every outbox payload as the database holds it."""
    db.rollback()  # a fresh read, not the session's earlier snapshot
    rows = db.execute(text("SELECT payload FROM outbox_events")).scalars().all()
    return json.dumps([str(r) for r in rows])


def test_a_review_of_a_check_no_integration_made_goes_to_no_callback(
    client: TestClient, auth: dict, db: Session
) -> None:
    integration_with_callback(db, "crm-a", "http://127.0.0.1:9/a")
    integration_with_callback(db, "crm-b", "http://127.0.0.1:9/b")
    # The admin's own key made the check: no integration asked.
    review_id = blocked_send(client, auth["admin"])["review_id"]
    _approve(client, review_id, auth)
    assert db.scalars(select(OutboxEvent)).all() == []


def test_only_the_integration_that_asked_hears_of_the_decision(
    client: TestClient, auth: dict, db: Session
) -> None:
    asker, _ = integration_with_callback(db, "crm-a", "http://127.0.0.1:9/a")
    integration_with_callback(db, "crm-b", "http://127.0.0.1:9/b")
    review_id = blocked_send(client, asker)["review_id"]
    _approve(client, review_id, auth)
    (event,) = db.scalars(select(OutboxEvent)).all()
    assert db.get(Integration, event.integration_id).name == "crm-a"


def test_another_integration_cannot_spend_the_token(
    client: TestClient, auth: dict, db: Session
) -> None:
    asker, _ = integration_with_callback(db, "crm-a", "http://127.0.0.1:9/a")
    other, _ = integration_with_callback(db, "crm-b", "http://127.0.0.1:9/b")
    review_id = blocked_send(client, asker)["review_id"]
    token = _approve(client, review_id, auth)
    payload = {**blocked_payload(), "override_token": token}
    stolen = client.post("/v1/checks", json=payload, headers=other)
    assert stolen.status_code == 422, stolen.text
    assert "unknown" in stolen.json()["detail"]
    # Still unspent: the integration that asked lets its send through with it.
    own = client.post("/v1/checks", json=payload, headers=asker)
    assert own.status_code == 200 and own.json()["verdict"] == "allow", own.text
    # Spent now; to the other integration it is still just "unknown".
    again = client.post("/v1/checks", json=payload, headers=other)
    assert "unknown" in again.json()["detail"]


def test_the_token_reaches_the_asker_and_is_kept_nowhere(
    client: TestClient, auth: dict, db: Session, settings: Settings
) -> None:
    with callback_server() as crm:
        asker, secret = integration_with_callback(db, "crm-a", crm.url)
        review_id = blocked_send(client, asker)["review_id"]
        token = _approve(client, review_id, auth)
        assert token not in _stored_text(db)
        assert _drain(client, settings)["delivered"] == 1
    ((headers, body),) = crm.received
    delivered = Webhook(secret).verify(body, headers)["data"]
    assert delivered["override_token"] == token
    # Delivered: the payload is purged, only the fact of delivery stays.
    db.rollback()
    event = db.scalars(select(OutboxEvent)).one()
    assert event.status == "delivered" and event.payload == {}
    payload = {**blocked_payload(), "override_token": delivered["override_token"]}
    sent = client.post("/v1/checks", json=payload, headers=asker)
    assert sent.json()["verdict"] == "allow", sent.text


def test_the_page_shows_the_token_once_and_the_cookie_never_carries_it(
    client: TestClient, auth: dict, db: Session
) -> None:
    client.cookies.clear()
    review_id = blocked_send(client, auth["integration"])["review_id"]
    sign_in(client, db)
    form = csrf(client.get(f"/ui/reviews/{review_id}").text)
    answer = client.post(
        f"/ui/reviews/{review_id}/approve",
        data={"reason": "Dana asked for it", "csrf_token": form},
    )
    client.cookies.clear()
    assert answer.status_code == 200
    assert "ovr_" in answer.text  # shown to the manager, this once
    assert answer.headers["cache-control"] == "no-store"
    secret_key = client.app.state.settings.secret_key  # type: ignore[attr-defined]
    cookies = URLSafeTimedSerializer(secret_key, salt="guard.web.session")
    for response in (*answer.history, answer):
        for header in response.headers.get_list("set-cookie"):
            value = header.split(";")[0].split("=", 1)[1].strip('"')
            assert "ovr_" not in json.dumps(cookies.loads(value))

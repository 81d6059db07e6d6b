"""Finding 6: a human reply never suppresses a buyer; a suppression needs proof, is an
audit event, and an admin can reverse it through the API or on the contact page."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import AuditEvent, Contact, Suppression
from tests.builders import put_account, put_contact
from tests.web.support import csrf, sign_in, soup

HUMAN_REPLIES = {
    "left the project, not the company": (
        "Hi Sam, I am no longer working on the ERP project, but Maria can help: "
        "maria@acme.example."
    ),
    "left the old vendor, wants a quote": (
        "We are no longer with our old vendor, their support was poor. Can you send "
        "a quote for 50 seats?"
    ),
    "left a voicemail": "I have left you a voicemail, call me back when you can.",
}
GONE = "Ada is no longer with Acme. Please contact sales@acme.example instead."


@pytest.fixture
def ada(client: TestClient, auth: dict, db: Session) -> int:
    put_account(client, auth["integration"])
    put_contact(client, auth["integration"])
    return db.scalar(select(Contact.id).where(Contact.email == "ada@acme.example"))


def _reply(client: TestClient, auth: dict, body: str, **headers: str) -> dict:
    reply = {
        "message_id": f"<{abs(hash(body))}@acme.example>",
        "from": "ada@acme.example",
        "subject": "Re: pilot",
        "body": body,
        "headers": headers,
    }
    answer = client.post("/v1/inbound", json=reply, headers=auth["integration"])
    assert answer.status_code == 200, answer.text
    return answer.json()


def _consent(db: Session) -> str:
    db.rollback()  # a fresh read: the app wrote since
    return db.scalar(select(Contact.consent).where(Contact.email == "ada@acme.example"))


def _suppressed(db: Session) -> int:
    db.rollback()
    return db.scalar(select(func.count()).select_from(Suppression))


@pytest.mark.parametrize("body", HUMAN_REPLIES.values(), ids=HUMAN_REPLIES.keys())
def test_a_human_reply_does_not_suppress_the_buyer(
    client: TestClient, auth: dict, db: Session, ada: int, body: str
) -> None:
    answer = _reply(client, auth, body)
    assert answer["kind"] == "human", answer
    assert _consent(db) == "ok" and _suppressed(db) == 0


def test_an_auto_submitted_left_notice_suppresses_with_an_audit_event(
    client: TestClient, auth: dict, db: Session, ada: int
) -> None:
    answer = _reply(client, auth, GONE, **{"Auto-Submitted": "auto-replied"})
    assert answer["kind"] == "gone"
    assert _consent(db) == "bounced" and _suppressed(db) == 1
    listed = client.get(
        "/v1/contacts/ada@acme.example/suppressions", headers=auth["manager"]
    ).json()
    assert [s["reason"] for s in listed] == [
        "mailbox gone (retired, left the company or moved)"
    ]
    assert listed[0]["consent_before"] == "ok" and listed[0]["reversed_at"] is None
    assert "no longer with" in listed[0]["evidence"].lower()


def _suppress_by_bounce(client: TestClient, auth: dict) -> dict[str, Any]:
    _reply(client, auth, GONE, **{"Auto-Submitted": "auto-replied"})
    listed = client.get(
        "/v1/contacts/ada@acme.example/suppressions", headers=auth["admin"]
    )
    return listed.json()[0]


def test_an_admin_reverses_it_through_the_api(
    client: TestClient, auth: dict, db: Session, ada: int
) -> None:
    event = _suppress_by_bounce(client, auth)
    url = f"/v1/suppressions/{event['id']}/reverse"
    body = {"reason": "she still works there"}
    assert client.post(url, json=body, headers=auth["manager"]).status_code == 403
    answer = client.post(url, json=body, headers=auth["admin"])
    assert answer.status_code == 200, answer.text
    assert answer.json()["reversal_reason"] == "she still works there"
    assert _consent(db) == "ok" and _suppressed(db) == 0
    db.rollback()
    reversal = db.scalar(
        select(AuditEvent).where(AuditEvent.action == "contact.suppression_reversed")
    )
    assert reversal is not None and reversal.data["event_id"] == event["id"]
    again = client.post(url, json=body, headers=auth["admin"])
    assert again.status_code == 409


def test_an_unsubscribe_is_a_reversible_suppression(
    client: TestClient, auth: dict, db: Session, ada: int
) -> None:
    _reply(
        client, auth, "Please remove me from your mailing list and stop emailing me."
    )
    assert _consent(db) == "opted_out"
    listed = client.get(
        "/v1/contacts/ada@acme.example/suppressions", headers=auth["admin"]
    ).json()
    assert [s["reason"] for s in listed] == ["asked to unsubscribe"]
    url = f"/v1/suppressions/{listed[0]['id']}/reverse"
    client.post(url, json={"reason": "asked back in"}, headers=auth["admin"])
    assert _consent(db) == "ok"


@pytest.fixture
def web(client: TestClient) -> Iterator[TestClient]:
    client.cookies.clear()
    yield client
    client.cookies.clear()


def test_an_admin_reverses_it_on_the_contact_page(
    web: TestClient, auth: dict, db: Session, ada: int
) -> None:
    event = _suppress_by_bounce(web, auth)
    db.rollback()
    sign_in(web, db, role="admin", team=None)
    page = web.get(f"/ui/contacts/{ada}")
    assert page.status_code == 200
    form = soup(page.text).find("form", action=lambda a: a and "reverse" in a)
    assert form is not None
    without_token = web.post(form["action"], data={"reason": "human reply"})
    assert without_token.status_code == 403 and _consent(db) == "bounced"
    done = web.post(
        form["action"],
        data={"reason": "a human reply", "csrf_token": csrf(page.text)},
        follow_redirects=True,
    )
    assert "Suppression reversed" in done.text
    assert soup(done.text).find(id="consent").text.strip() == "ok"
    assert "a human reply" in soup(done.text).find(id=f"suppression-{event['id']}").text
    assert _consent(db) == "ok" and _suppressed(db) == 0


def test_a_manager_sees_the_page_but_may_not_reverse(
    web: TestClient, auth: dict, db: Session, ada: int
) -> None:
    event = _suppress_by_bounce(web, auth)
    db.rollback()
    sign_in(web, db)
    page = web.get(f"/ui/contacts/{ada}")
    assert page.status_code == 200
    assert soup(page.text).find("form", action=lambda a: a and "reverse" in a) is None
    url = f"/ui/contacts/{ada}/suppressions/{event['id']}/reverse"
    web.post(url, data={"reason": "try it", "csrf_token": csrf(page.text)})
    assert _consent(db) == "bounced"

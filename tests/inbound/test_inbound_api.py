"""/v1/inbound with MIME and JSON: classification, idempotency, consent, limits."""

from __future__ import annotations

from email.message import EmailMessage

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Contact
from tests.builders import put_account, put_contact


def _mime(**headers: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = headers.pop("From", "ada@acme.example")
    msg["To"] = "sam@seller.example"
    msg["Subject"] = headers.pop("Subject", "Abwesenheitsnotiz: Angebot")
    msg["Date"] = "Mon, 23 Nov 2026 09:15:00 +0100"
    msg["Message-ID"] = headers.pop("Message_ID", "<abw-1@acme.example>")
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    msg.set_content(
        "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 4. Dezember 2026 nicht "
        "im Büro. In dringenden Fällen wenden Sie sich bitte an Grace Hopper "
        "(grace@acme.example)."
    )
    return bytes(msg)


def test_german_auto_reply_as_mime(client: TestClient, auth: dict) -> None:
    put_account(client, auth["integration"])
    put_contact(client, auth["integration"], language="de")
    headers = {**auth["integration"], "content-type": "message/rfc822"}
    answer = client.post(
        "/v1/inbound", content=_mime(Auto_Submitted="auto-replied"), headers=headers
    )
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["kind"] == "ooo"
    assert body["last_day_away"] == "2026-12-04" and body["returns_on"] == "2026-12-05"
    assert body["contact"] == "ada@acme.example"
    assert any("absence" in change for change in body["changes"])


def test_unsubscribe_sets_consent(client: TestClient, auth: dict, db: Session) -> None:
    put_account(client, auth["integration"])
    put_contact(client, auth["integration"])
    reply = {
        "message_id": "<stop@acme.example>",
        "from": "ada@acme.example",
        "subject": "Re: pilot",
        "body": "Please remove me from your mailing list and stop emailing me.",
    }
    answer = client.post("/v1/inbound", json=reply, headers=auth["integration"]).json()
    assert answer["kind"] == "human" and "unsubscribe" in answer["intents"]
    assert (
        db.scalar(select(Contact.consent).where(Contact.email == "ada@acme.example"))
        == "opted_out"
    )


def test_hard_bounce_suppresses_the_address(
    client: TestClient, auth: dict, db: Session
) -> None:
    put_account(client, auth["integration"])
    put_contact(client, auth["integration"])
    bounce = {
        "message_id": "<dsn-1@mx.seller.example>",
        "from": "mailer-daemon@mx.seller.example",
        "to": "sam@seller.example",
        "subject": "Undelivered Mail Returned to Sender",
        "body": "This is the mail system at host mx.seller.example.\n\n<ada@acme.example>: "
        "host mx.acme.example said: 550 5.1.1 <ada@acme.example>: Recipient address "
        "rejected: User unknown in virtual mailbox table",
        "headers": {"Content-Type": "multipart/report; report-type=delivery-status"},
        "in_reply_to": None,
    }
    answer = client.post("/v1/inbound", json=bounce, headers=auth["integration"]).json()
    assert answer["kind"] == "bounce"


def test_garbage_mime_is_a_clear_422(client: TestClient, auth: dict) -> None:
    headers = {**auth["integration"], "content-type": "message/rfc822"}
    answer = client.post("/v1/inbound", content=b"\x00\xff not mail", headers=headers)
    assert answer.status_code in (200, 422)
    assert answer.status_code < 500


def test_oversized_mime_is_413(client: TestClient, auth: dict) -> None:
    headers = {**auth["integration"], "content-type": "message/rfc822"}
    answer = client.post(
        "/v1/inbound", content=b"x" * (3 * 1024 * 1024), headers=headers
    )
    assert answer.status_code == 413


def test_only_integration_keys(client: TestClient, auth: dict) -> None:
    answer = client.post("/v1/inbound", json={}, headers=auth["sdr"])
    assert answer.status_code == 403

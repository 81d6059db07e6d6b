"""Issue 12, inbound: structure first. A feedback report is a complaint that
suppresses the contact at once (with an audit event); a machine-written notice
never counts as the buyer's reply; a person who writes they are away is a human
reply and an absence."""

from __future__ import annotations

from datetime import datetime

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from guard.analysis.inbound.analyse import parse_inbound
from models import Absence, AuditEvent, Contact, Suppression
from tests.builders import put_account, put_contact

SENT = datetime(2026, 11, 23, 9, 0)
FEEDBACK_REPORT = {
    "message_id": "<arf-1@fbl.mailbox.example>",
    "from": "fbl@mailbox.example",
    "subject": "Complaint about message from 192.0.2.1",
    "body": "This is an email abuse report for an email message received from IP "
    "192.0.2.1.\n\nFeedback-Type: abuse\nUser-Agent: SomeGenerator/1.0\n"
    "Version: 1\nOriginal-Rcpt-To: ada@acme.example\n",
    "headers": {
        "Content-Type": 'multipart/report; report-type=feedback-report; boundary="x"'
    },
}


def test_a_feedback_report_is_a_complaint_that_suppresses_at_once(
    client: TestClient, auth: dict, db: Session
) -> None:
    put_account(client, auth["integration"])
    put_contact(client, auth["integration"])
    answer = client.post(
        "/v1/inbound", json=FEEDBACK_REPORT, headers=auth["integration"]
    ).json()
    assert answer["kind"] == "complaint"
    assert any("suppressed" in change for change in answer["changes"])
    assert db.scalar(
        select(Suppression.reason).where(Suppression.value == "ada@acme.example")
    )
    assert (
        db.scalar(select(Contact.consent).where(Contact.email == "ada@acme.example"))
        == "opted_out"
    )
    assert db.scalar(
        select(AuditEvent.id).where(AuditEvent.action == "inbound.complaint")
    )


@pytest.mark.parametrize(
    ("headers", "subject", "body", "kind"),
    [
        # a provider's JSON notification, no auto-reply header
        (
            {},
            "Notification",
            '{"notificationType": "Bounce", "bounce": {"bounceType": "Transient", '
            '"bouncedRecipients": [{"emailAddress": "ada@acme.example"}]}}',
            "bounce",
        ),
        # an MTA session transcript of a delayed delivery
        (
            {},
            "Delivery delayed",
            "<<< 451 4.7.1 Please try again later\n>>> QUIT\nThe mail system will "
            "keep trying to deliver your message.",
            "bounce",
        ),
        # a DMARC failure report whose headers were lost on the way
        (
            {},
            "DMARC failure report",
            "Feedback-Type: auth-failure\nAuth-Failure: dmarc\n"
            "Reported-Domain: seller.example",
            "complaint",
        ),
    ],
)
def test_a_machine_never_answers_for_a_buyer(
    headers: dict[str, str], subject: str, body: str, kind: str
) -> None:
    found = parse_inbound(headers=headers, subject=subject, body=body, sent_at=SENT)
    assert found.kind == kind


def test_a_hand_written_absence_is_a_reply_and_an_absence() -> None:
    found = parse_inbound(
        headers={"In-Reply-To": "<touch-1@seller.example>"},
        subject="Re: pilot",
        body="Hi Sam,\n\nI'm on holiday until the 4th, can we talk after?\n\nAda",
        sent_at=SENT,
    )
    assert found.kind == "human" and found.away
    assert found.returns_on is not None and found.returns_on.isoformat() == "2026-12-04"
    assert 0 < found.confidence <= 1


def test_a_hand_written_absence_opens_an_absence(
    client: TestClient, auth: dict, db: Session
) -> None:
    put_account(client, auth["integration"])
    put_contact(client, auth["integration"])
    reply = {
        "message_id": "<away-1@acme.example>",
        "from": "ada@acme.example",
        "subject": "Re: pilot",
        "body": "Hi Sam,\n\nI'm on holiday until the 4th, can we talk after?\n\nAda",
        "sent_at": "2026-11-23T09:00:00Z",
    }
    answer = client.post("/v1/inbound", json=reply, headers=auth["integration"]).json()
    assert answer["kind"] == "human" and answer["away"]
    assert answer["returns_on"] == "2026-12-04"
    assert any("absence" in change for change in answer["changes"])
    assert db.scalar(select(Absence.returns_on)).isoformat() == "2026-12-04"


def test_a_newsletter_is_not_an_out_of_office() -> None:
    found = parse_inbound(
        headers={
            "List-Unsubscribe": "<https://news.example/u?1>",
            "List-Id": "<news.example>",
            "Precedence": "bulk",
        },
        subject="Product update: new reporting dashboard",
        body="This month: a new reporting dashboard, faster exports and our summer "
        "webinar series. Read more on our blog. Unsubscribe here.",
        sent_at=SENT,
    )
    assert found.kind == "newsletter"

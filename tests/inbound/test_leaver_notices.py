"""Issue 12, item 6: a leaver or retired-mailbox notice is `gone` whether a person, a
colleague or the mail system sends it. Under auto-reply headers the headers are the
proof and the words say which automatic notice it is: an "Automatic reply:" subject
does not make a departure an out-of-office (dev_inbound10: 10 of 91 such notices were
read as out of office before)."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from guard.analysis.inbound.analyse import parse_inbound
from models import Absence, Contact, Suppression
from tests.builders import post_touch, put_account, put_contact

SENT = datetime(2026, 11, 23, 9, 0)
EXCHANGE = {"X-Auto-Response-Suppress": "All", "X-MS-Exchange-Inbox-Rules-Loop": "x"}


def _parse(body: str, headers: dict[str, str], subject: str = "Automatic reply: Offer"):
    return parse_inbound(
        headers={**headers, "Subject": subject},
        subject=subject,
        body=body,
        sent_at=SENT,
    )


@pytest.mark.parametrize(
    ("body", "headers"),
    [
        (
            "Prezado(a), informamos que a colaboradora Júlia Mendes não integra mais "
            "o quadro da Vidraria Paraná. Mensagens para este endereço não serão lidas.",
            EXCHANGE,
        ),
        (
            "Caro mittente, il signor Bruno Sala ha cessato il rapporto con Tessiture "
            "Olona. Questa casella è stata chiusa.",
            {"Auto-Submitted": "auto-replied"},
        ),
        (
            "Szanowni Państwo, pan Adam Rudnicki zakończył pracę w spółce Mazur-Trans. "
            "Ta skrzynka została usunięta.",
            {"X-Autoreply": "yes", "Precedence": "auto_reply"},
        ),
        (
            "お問い合わせありがとうございます。森本は退職いたしましたため、このアドレスは"
            "使用を停止しております。",
            EXCHANGE,
        ),
    ],
)
def test_an_automated_leaver_notice_is_gone_not_out_of_office(
    body: str, headers: dict[str, str]
) -> None:
    assert _parse(body, headers).kind == "gone"


@pytest.mark.parametrize(
    "body",
    [
        # a colleague named for the time away, under the same headers
        "Thank you for your email. I'm out of the office until 30 November; my "
        "colleague Sandra Holt (sandra.holt@acme.example) is covering my accounts.",
        # open-ended leave, and an inbox not read *during* it
        "I'm on parental leave and will be back on 1 March. My inbox is not monitored "
        "in the meantime; please write to sales@acme.example.",
        "Estoy de baja por maternidad y aún no tengo fecha de vuelta. Mientras tanto "
        "escriba a mi compañera Irene Soto: irene.soto@acme.example.",
    ],
)
def test_leave_that_names_a_colleague_stays_out_of_office(body: str) -> None:
    assert _parse(body, EXCHANGE).kind == "ooo"


def _notice() -> bytes:
    msg = EmailMessage()
    msg["From"] = "ada@acme.example"
    msg["To"] = "sam@seller.example"
    msg["Subject"] = "Respuesta automática: Propuesta"
    msg["Date"] = "Mon, 23 Nov 2026 09:15:00 +0100"
    msg["Message-ID"] = "<leaver-1@acme.example>"
    for name, value in EXCHANGE.items():
        msg[name] = value
    msg.set_content(
        "Le informamos de que Ada Lovelace causó baja en Acme el pasado 30 de octubre. "
        "Este buzón ya no se consulta. Para cualquier asunto escriba a "
        "ventas@acme.example."
    )
    return bytes(msg)


def test_an_automated_leaver_notice_suppresses_the_contact(
    client: TestClient, auth: dict, db: Session
) -> None:
    # docs/analysis.md: "gone" suppresses the contact (consent `bounced`); it opens
    # no absence and defers nothing, as an out-of-office would.
    put_account(client, auth["integration"])
    put_contact(client, auth["integration"])
    headers = {**auth["integration"], "content-type": "message/rfc822"}
    answer = client.post("/v1/inbound", content=_notice(), headers=headers)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["kind"] == "gone"
    assert any("suppressed" in change for change in body["changes"])
    assert db.scalar(
        select(Suppression.reason).where(Suppression.value == "ada@acme.example")
    )
    consent = select(Contact.consent).where(Contact.email == "ada@acme.example")
    assert db.scalar(consent) == "bounced"
    assert db.scalar(select(func.count()).select_from(Absence)) == 0


def _consent(db: Session, email: str) -> str:
    return db.scalar(select(Contact.consent).where(Contact.email == email))


def test_a_buyer_who_writes_that_a_colleague_left_is_not_suppressed(
    client: TestClient, auth: dict, db: Session
) -> None:
    # Lena answers in her own name: someone else left, and she asks for a call.
    put_account(client, auth["integration"])
    put_contact(client, auth["integration"], key="lena")
    reply = {
        "message_id": "<handover-1@acme.example>",
        "from": "lena@acme.example",
        "subject": "Re: your proposal",
        "body": "Hi Sam,\n\nThanks for the deck. Our IT manager left the company last "
        "month, so I'm picking up the evaluation myself. Can we talk on Thursday?\n\n"
        "Best,\nLena",
    }
    answer = client.post("/v1/inbound", json=reply, headers=auth["integration"])
    assert answer.status_code == 200, answer.text
    assert answer.json()["kind"] == "human"
    assert _consent(db, "lena@acme.example") != "bounced"
    assert not db.scalar(select(func.count()).select_from(Suppression))


def test_a_colleague_who_takes_over_in_the_thread_marks_the_one_who_left(
    client: TestClient, auth: dict, db: Session
) -> None:
    # We wrote to Tom; Priya, in the same buying group, answers in that thread.
    put_account(client, auth["integration"])
    put_contact(client, auth["integration"], key="tom")
    put_contact(client, auth["integration"], key="priya")
    post_touch(
        client,
        auth["integration"],
        "tom",
        datetime(2026, 11, 20, 9, 0, tzinfo=UTC),
        "t-1",
        message_id="<offer-1@seller.example>",
    )
    reply = {
        "message_id": "<handover-2@acme.example>",
        "in_reply_to": "<offer-1@seller.example>",
        "from": "priya@acme.example",
        "subject": "Re: Intro",
        "body": "Hello Sam,\n\nJust so you know, Tom has left the company. I'll be "
        "your contact from now on. What does the enterprise tier include?\n\nPriya",
    }
    answer = client.post("/v1/inbound", json=reply, headers=auth["integration"])
    assert answer.status_code == 200, answer.text
    assert answer.json()["kind"] == "human"
    assert _consent(db, "priya@acme.example") != "bounced"
    assert _consent(db, "tom@acme.example") == "bounced"

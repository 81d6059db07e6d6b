"""Demo data that tells the product's story, dated relative to today.

Northwind's buying group: Ada (CFO, economic buyer, not an entry point) is out of
the office; Grace (CTO, technical evaluator) got an email four days ago and a nudge two
days ago, and has not answered either; Katherine
(VP Operations, the champion) replied last week; Bob opted out.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from guard.demo.history import load_history
from models import (
    Absence,
    Account,
    Contact,
    InboundMessage,
    Sender,
    Suppression,
    Team,
    Touch,
)

DEMO_ACCOUNT = "northwind"
SELLER = "sam@seller.example"


def demo_loaded(db: Session) -> bool:
    return (
        db.scalar(select(Account.id).where(Account.external_id == DEMO_ACCOUNT))
        is not None
    )


def load_demo(
    db: Session, *, now: datetime | None = None, history: bool = True
) -> None:
    now = now or datetime.now(UTC)
    team = Team(name="enterprise")
    db.add(team)
    db.flush()
    db.add(Sender(email=SELLER, name="Sam Seller", team_id=team.id))
    db.add(Sender(email="lee@seller.example", name="Lee Seller", team_id=team.id))
    account = Account(
        external_id=DEMO_ACCOUNT,
        name="Northwind Traders",
        domain="northwind.example",
        country="GB",
        timezone="Europe/London",
    )
    db.add(account)
    db.flush()
    people = _contacts(db, account.id)
    _ada_is_away(db, people["ada"], now)
    _grace_was_emailed(db, people["grace"], account.id, now)
    _katherine_replied(db, people["katherine"], account.id, now)
    db.add(
        Suppression(
            scope="contact", value=people["bob"].email, reason="opted out by email"
        )
    )
    db.flush()
    # The manager pages' queue and dashboard (other accounts; Northwind's story holds).
    if history:
        load_history(db, now=now)


def _contacts(db: Session, account_id: int) -> dict[str, Contact]:
    rows = {
        "ada": (
            "Ada",
            "Lovelace",
            "CFO",
            "economic_buyer",
            "decision_maker",
            False,
            "ok",
        ),
        "grace": (
            "Grace",
            "Hopper",
            "CTO",
            "technical_evaluator",
            "evaluator",
            True,
            "ok",
        ),
        "katherine": (
            "Katherine",
            "Johnson",
            "VP Operations",
            "program_owner",
            "champion",
            True,
            "ok",
        ),
        "bob": ("Bob", "Stone", "IT Manager", "end_user", "user", True, "opted_out"),
    }
    people = {}
    for key, (first, last, title, persona, position, entry, consent) in rows.items():
        contact = Contact(
            external_id=f"crm-{key}",
            email=f"{key}@northwind.example",
            first_name=first,
            last_name=last,
            title=title,
            account_id=account_id,
            persona=persona,
            position=position,
            entry_point=entry,
            stage="prospect_2",
            timezone="Europe/London",
            country="GB",
            language="en",
            consent=consent,
        )
        db.add(contact)
        people[key] = contact
    db.flush()
    return people


def _ada_is_away(db: Session, ada: Contact, now: datetime) -> None:
    received = now - timedelta(days=2)
    returns_on = _weekday_on_or_after(now.date() + timedelta(days=9))
    text = (
        f"Thank you for your message. I am out of the office until "
        f"{returns_on:%A %-d %B} with limited access to email. "
        "For urgent matters please contact Katherine Johnson "
        "(katherine@northwind.example)."
    )
    reply = InboundMessage(
        message_id="<demo-ooo-ada@northwind.example>",
        contact_id=ada.id,
        from_email=ada.email,
        to_email=SELLER,
        subject="Automatic reply: Northwind x Seller",
        body=text,
        headers={"Auto-Submitted": "auto-replied"},
        kind="ooo",
        received_at=received,
    )
    db.add(reply)
    db.flush()
    db.add(
        Absence(
            contact_id=ada.id,
            source="auto_reply",
            starts_on=received.date(),
            returns_on=returns_on,
            last_day_away=returns_on - timedelta(days=1),
            confidence=0.9,
            evidence=f"out of the office until {returns_on:%A %-d %B}",
            noticed_at=received,
            alternates=[
                {"name": "Katherine Johnson", "email": "katherine@northwind.example"}
            ],
            inbound_id=reply.id,
        )
    )
    db.add(
        _email(ada, received - timedelta(hours=1), "Northwind x Seller", "Hi Ada, ...")
    )


def _grace_was_emailed(
    db: Session, grace: Contact, account_id: int, now: datetime
) -> None:
    subject = "Integrating Seller with your data warehouse"
    db.add(
        _email(
            grace,
            now - timedelta(days=4),
            subject,
            "Hi Grace, here is how teams like yours connect Seller to Snowflake "
            "in a day: "
            "https://content.example.com/integration-guide",
            links=["https://content.example.com/integration-guide"],
        )
    )
    nudge = _email(
        grace,
        now - timedelta(days=2),
        f"Re: {subject}",
        "Hi Grace, just checking in on my email below. Any thoughts?",
    )
    nudge.is_bump = True
    db.add(nudge)


def _katherine_replied(
    db: Session, katherine: Contact, account_id: int, now: datetime
) -> None:
    sent = now - timedelta(days=8)
    db.add(
        _email(katherine, sent, "Operations pilot", "Hi Katherine, a pilot plan ...")
    )
    db.add(
        InboundMessage(
            message_id="<demo-reply-katherine@northwind.example>",
            contact_id=katherine.id,
            from_email=katherine.email,
            to_email=SELLER,
            subject="Re: Operations pilot",
            body="Thanks Sam, this looks useful. Send me the rollout checklist?",
            kind="human",
            intents=["positive"],
            received_at=sent + timedelta(days=1),
        )
    )


def _email(
    contact: Contact,
    sent_at: datetime,
    subject: str,
    body: str,
    links: list[str] | None = None,
) -> Touch:
    return Touch(
        contact_id=contact.id,
        account_id=contact.account_id,
        sender_email=SELLER,
        channel="email",
        subject=subject,
        body=body,
        sent_at=sent_at,
        links=links or [],
        source="crm",
    )


def _weekday_on_or_after(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day

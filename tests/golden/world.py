"""A seeded world and 10,000 planned sends, for decisions recorded once and compared.

Refactoring the check path must not change one decision. This module builds the same
database and the same sends on every run (no clock, no randomness outside the seed):
300 contacts in 60 accounts across every stage, persona and position, with touch
histories, absences, replies with scheduling links and opted-out addresses; then
10,000 sends mixing channels, automation, sequences, languages, bumps and value mail.
`python -m tests.golden.record` writes the digests the test compares with.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from models import Absence, Account, Contact, InboundMessage, Touch

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
SEED = 20261207
SENDS = 10_000
CONTACTS = 2_000
STAGES = (
    "lead", "prospect_1", "prospect_2", "mql", "sql", "opportunity", "quote",
    "customer_onboarding", "customer_adoption", "renewal", "churn_risk",
)  # fmt: skip
PERSONAS = (
    "economic_buyer", "technical_evaluator", "security_reviewer",
    "operations_leader", "program_owner", "procurement", "end_user",
    "line_of_business", None,
)  # fmt: skip
POSITIONS = (
    "decision_maker", "champion", "influencer", "evaluator", "gatekeeper",
    "procurement", "user", "blocker", None,
)  # fmt: skip
ZONES = (
    ("Europe/London", "GB"), ("Europe/Berlin", "DE"), ("America/New_York", "US"),
    ("America/Los_Angeles", "US"), ("Asia/Tokyo", "JP"), ("Australia/Sydney", "AU"),
    ("Europe/Paris", "FR"), ("America/Sao_Paulo", "BR"),
)  # fmt: skip
SENDERS = ("sam@seller.example", "lee@seller.example", "priya@seller.example")
CHANNELS = ("email", "email", "email", "linkedin", "call", "sms")
BODIES = (
    "Hi {name}, just bumping this to the top of your inbox.",
    "Hi {name}, did you get a chance to look at my last note?",
    "{name}, circling back on the proposal. Any thoughts?",
    "Hi {name}, following up on my previous email in case it got buried.",
    "Hi {name}, I haven't heard back, so I'll assume the timing is off and close "
    "your file for now.",
    "Hi {name}, resurfacing this one: worth a quick call this week?",
    "Hallo {name}, ich wollte kurz nachhaken, ob Sie meine letzte Nachricht "
    "gesehen haben.",
    "Bonjour {name}, je me permets de revenir vers vous concernant mon dernier "
    "message.",
    "Hola {name}, quería dar seguimiento a mi correo anterior. ¿Pudo revisarlo?",
    "Ciao {name}, ti scrivo di nuovo per sapere se hai avuto modo di leggere la "
    "mia email.",
    "Hi {name}, our benchmark compares onboarding drop-off across 40 banks: teams "
    "like yours cut it by a third. The report: https://content.example.com/bench",
    "Hi {name}, here is the security checklist your IT team asked for, with the "
    "SOC 2 summary: https://content.example.com/soc2",
    "Hi {name}, following up with the ROI model Contoso's finance team used: it "
    "compares manual reconciliation with the automated workflow over three years. "
    "https://content.example.com/roi",
    "Hi {name}, can we book 30 minutes to go through pricing and sign the order "
    "form this week?",
    "Hi {name}, thanks for the call today. As promised, the integration guide: "
    "https://content.example.com/guide",
    "Hi {name}, congratulations on the launch! Our onboarding team will reach out "
    "to schedule the kick-off.",
    "Hi {name}, your renewal is coming up next month; here is a summary of what "
    "your team used this year.",
    "Hi {name}, quick question: who owns data warehouse tooling on your side?",
    "{name} 👋",
    "Any update?",
    "Hi {name}, I know you're busy, but I'd hate for this to fall through the "
    "cracks. Should I follow up with someone else?",
    "Hi {name}, forwarding my note below in case it's useful.\n\n---------- "
    "Forwarded message ---------\nSubject: Warehouse integration\n\nHi {name}, "
    "we help data teams connect their CRM to Snowflake in an afternoon.",
    "Hej {name}, jag ville bara följa upp mitt tidigare mejl. Har du hunnit titta?",
    "Cześć {name}, chciałem tylko przypomnieć się w sprawie mojej poprzedniej "
    "wiadomości.",
)
SUBJECTS = ("", "Re: integration question", "Quick follow-up", "Pricing", "Checking in")


def _rng() -> random.Random:
    return random.Random(SEED)


def build(db: Session) -> list[Contact]:
    """Accounts, contacts and their histories, inserted in one fixed order."""
    rng = _rng()
    accounts = [
        Account(
            external_id=f"acct-{n}",
            name=f"Account {n}",
            domain=f"acct{n}.example",
            country=ZONES[n % len(ZONES)][1],
            timezone=ZONES[n % len(ZONES)][0],
        )
        for n in range(CONTACTS // 5)
    ]
    db.add_all(accounts)
    db.flush()
    contacts = [_contact(rng, n, accounts[n // 5]) for n in range(CONTACTS)]
    db.add_all(contacts)
    db.flush()
    for contact in contacts:
        _history(db, rng, contact)
    db.flush()
    return contacts


def _contact(rng: random.Random, n: int, account: Account) -> Contact:
    zone, country = rng.choice(ZONES)
    return Contact(
        external_id=f"crm-{n}",
        email=f"person{n}@acct{n // 5}.example",
        first_name=f"P{n}",
        last_name="Golden",
        account_id=account.id,
        persona=rng.choice(PERSONAS),
        position=rng.choice(POSITIONS),
        entry_point=rng.random() < 0.5,
        stage=rng.choice(STAGES),
        timezone=zone,
        country=country,
        consent=rng.choices(("ok", "opted_out", "bounced"), (0.94, 0.04, 0.02))[0],
    )


def _history(db: Session, rng: random.Random, contact: Contact) -> None:
    for i in range(rng.choice((0, 0, 1, 2, 3, 5, 8, 13))):
        db.add(
            Touch(
                contact_id=contact.id,
                account_id=contact.account_id,
                sender_email=_owner(rng, contact),
                channel=rng.choice(CHANNELS),
                subject=rng.choice(SUBJECTS),
                body=rng.choice(BODIES).format(name=contact.first_name),
                sent_at=NOW - timedelta(hours=rng.randint(2, 24 * 40)),
                automated=rng.random() < 0.5,
                sequence_id="q4" if rng.random() < 0.4 else None,
                sequence_step=i,
                is_bump=rng.random() < 0.3,
            )
        )
    if rng.random() < 0.12:
        returns = NOW.date() + timedelta(days=rng.randint(-3, 14))
        db.add(_absence(contact, returns))
    if rng.random() < 0.1:
        db.add(
            InboundMessage(
                message_id=f"<golden-{contact.id}@acct.example>",
                contact_id=contact.id,
                from_email=contact.email,
                subject="Re: integration question",
                body="Happy to talk: book a slot here https://cal.example/p",
                kind="human",
                intents=[rng.choice(("meeting", "not_now", "pricing", "referral"))],
                scheduling_link="https://cal.example/p" if rng.random() < 0.5 else None,
                received_at=NOW - timedelta(hours=rng.randint(1, 24 * 10)),
            )
        )


def _absence(contact: Contact, returns: date) -> Absence:
    return Absence(
        contact_id=contact.id,
        source="auto_reply",
        starts_on=returns - timedelta(days=10),
        returns_on=returns,
        last_day_away=returns - timedelta(days=1),
        confidence=0.95,
        evidence=f"I am out of the office until {returns:%d %B}.",
        noticed_at=NOW - timedelta(days=3),
    )


def _owner(rng: random.Random, contact: Contact) -> str:
    """Each account has its seller; now and then a colleague writes too."""
    own = SENDERS[(contact.account_id or 0) % len(SENDERS)]
    return own if rng.random() < 0.9 else rng.choice(SENDERS)


def _planned(rng: random.Random, contact: Contact) -> datetime:
    """Mostly inside the contact's working day, sometimes at night or at weekends."""
    day = NOW.date() + timedelta(days=rng.randint(0, 8))
    hour = rng.randint(9, 16) if rng.random() < 0.8 else rng.randint(0, 23)
    local = datetime(day.year, day.month, day.day, hour, rng.randint(0, 59))
    return local.replace(tzinfo=ZoneInfo(contact.timezone)).astimezone(UTC)


def sends(contacts: list[Contact]) -> Iterator[dict[str, Any]]:
    """The planned sends, as the JSON a caller would post."""
    rng = _rng()
    rng.seed(SEED + 1)
    for _ in range(SENDS):
        contact = rng.choice(contacts)
        automated = rng.random() < 0.5
        item: dict[str, Any] = {
            "contact": {"external_id": contact.external_id},
            "sender": {"email": _owner(rng, contact)},
            "channel": rng.choice(CHANNELS),
            "subject": rng.choice(SUBJECTS),
            "body": rng.choice(BODIES).format(name=contact.first_name),
            "planned_at": _planned(rng, contact).isoformat(),
            "automated": automated,
        }
        if automated and rng.random() < 0.7:
            item["sequence"] = {"id": "q4", "step": rng.randint(1, 6)}
        yield item

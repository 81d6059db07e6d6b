"""Three weeks of demo history for the manager pages: a queue and a dashboard with data.

Other accounts than Northwind get the touches and replies, so the README's Northwind
story (tests/test_demo.py) decides exactly as before; stored checks, findings and review
items are the decision log only, which no rule reads.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import select
from sqlalchemy.orm import Session

from guard.web.users import create_user
from models import (
    Account,
    AuditEvent,
    Check,
    Contact,
    FindingRow,
    InboundMessage,
    ReviewItem,
    Sender,
    StageChange,
    Team,
    Touch,
)

DEMO_MANAGER = "morgan@seller.example"
DEMO_MANAGER_PASSWORD = "northwind-demo-2026"
TEAM = "enterprise"
SELLERS = ("sam@seller.example", "lee@seller.example", "priya@seller.example")
DATA = Path(__file__).with_name("history.yaml")


@dataclass(frozen=True, slots=True)
class Blocked:
    """A realistic blocked send: who, what, and the rule that stopped it."""

    contact: str
    sender: str
    subject: str
    body: str
    rule: str
    message: str
    phrase: str  # the words in the body that triggered the rule ("" for none)
    hours_ago: float
    overridable: bool = True
    rewrite: str | None = None


@cache
def demo_data() -> dict[str, Any]:
    return yaml.safe_load(DATA.read_text())


def load_history(db: Session, *, now: datetime) -> None:
    """Accounts, journeys, three weeks of checks and decisions, a demo manager."""
    data = demo_data()
    team_id = db.scalar(select(Team.id).where(Team.name == TEAM))
    db.add(Sender(email="priya@seller.example", name="Priya Seller", team_id=team_id))
    people = _people(db, data, now)
    contacts = {c.email: c for c in db.scalars(select(Contact))}
    _history(db, list(people.values()), data["history_rules"], now)
    for item in data["blocked"]:
        blocked = Blocked(**item)
        _blocked(db, blocked, contacts[blocked.contact], now)
    create_user(
        db,
        email=DEMO_MANAGER,
        name="Morgan Manager",
        role="manager",
        team=TEAM,
        password=DEMO_MANAGER_PASSWORD,
    )
    db.flush()


def _people(db: Session, data: dict[str, Any], now: datetime) -> dict[str, Contact]:
    accounts = {
        key: Account(
            external_id=key,
            name=name,
            domain=f"{key}.example",
            country="US",
            timezone="America/New_York",
        )
        for key, name in data["accounts"].items()
    }
    db.add_all(accounts.values())
    db.flush()
    people = {}
    for key, row in data["people"].items():
        fields = dict(row)  # demo_data() is cached: never change it
        account = accounts[fields.pop("account")]
        people[key] = Contact(
            external_id=f"crm-{key}",
            email=f"{key}@{account.domain}",
            account_id=account.id,
            entry_point=fields["position"] != "decision_maker",
            timezone="America/New_York",
            country="US",
            **fields,
        )
    db.add_all(people.values())
    db.flush()
    for contact in people.values():
        _journey(db, contact, now)
    _replies(db, people, now)
    return people


STAGES = ("lead", "prospect_1", "prospect_2", "mql", "sql", "opportunity", "quote")
TOUCHES = ((18, "email", "Intro"), (11, "linkedin", "Connection note"),
           (6, "email", "A use case for your team"))  # fmt: skip


def _journey(db: Session, contact: Contact, now: datetime) -> None:
    """Stage changes and touches, so the item page shows a real timeline."""
    if contact.stage in STAGES:
        path = list(STAGES[: STAGES.index(contact.stage) + 1])
    else:
        path = [*STAGES, contact.stage]
    step = 50 / len(path)
    for i, (old, new) in enumerate(zip([None, *path], path, strict=False)):
        at = now - timedelta(days=60 - i * step)
        db.add(
            StageChange(contact_id=contact.id, from_stage=old, stage=new, changed_at=at)
        )
    for days, channel, subject in TOUCHES:
        db.add(
            Touch(
                contact_id=contact.id,
                account_id=contact.account_id,
                sender_email=SELLERS[contact.id % 2],
                channel=channel,
                subject=subject,
                body=f"Hi {contact.first_name}, …",
                sent_at=now - timedelta(days=days),
                source="crm",
            )
        )


REPLIES = {
    "ravi": (["negative", "unsubscribe"], "Please take me off your list.", 5),
    "mia": (["positive"], "Thanks Lee, can you send the security pack?", 1),
    "dana": (["positive"], "Kick-off went well, thanks!", 9),
}


def _replies(db: Session, people: dict[str, Contact], now: datetime) -> None:
    for key, (intents, body, days) in REPLIES.items():
        contact = people[key]
        db.add(
            InboundMessage(
                message_id=f"<demo-{contact.email}>",
                contact_id=contact.id,
                from_email=contact.email,
                to_email=SELLERS[contact.id % 2],
                subject="Re: your note",
                body=body,
                kind="human",
                intents=intents,
                received_at=now - timedelta(days=days),
            )
        )


def _history(
    db: Session, contacts: list[Contact], rules: list[dict[str, Any]], now: datetime
) -> None:
    rng = random.Random(7)  # the same history every time: screenshots stay comparable
    for day in range(21, 0, -1):
        weekday = (now - timedelta(days=day)).weekday() < 5
        for _ in range(rng.randint(9, 18) if weekday else rng.randint(0, 3)):
            at = now - timedelta(days=day, hours=rng.uniform(0, 10))
            fired = rng.choices(rules, [r["weight"] for r in rules])[0]
            fired = None if rng.random() < 0.45 else fired
            contact, sender = rng.choice(contacts), rng.choice(SELLERS)
            verdict = fired["verdict"] if fired else "allow"
            check = _check(
                contact, sender, at, verdict, "Checking in", "Hi, checking in."
            )
            if fired:
                check.findings = [
                    FindingRow(
                        rule=fired["rule"],
                        verdict=verdict,
                        severity="medium",
                        message=f"{fired['rule']} fired.",
                    )
                ]
            db.add(check)
            if verdict == "block":
                status = rng.choices(("approved", "rejected", "edited"), (3, 5, 2))[0]
                decided = at + timedelta(hours=rng.uniform(1, 20))
                db.add(_review(check, at, status=status, decided=decided))


def _check(
    contact: Contact, sender: str, at: datetime, verdict: str, subject: str, body: str
) -> Check:
    request = {
        "contact": {"email": contact.email},
        "sender": {"email": sender},
        "channel": "email",
        "subject": subject,
        "body": body,
        "planned_at": at.isoformat(),
    }
    return Check(
        id=str(uuid.uuid4()),
        contact_id=contact.id,
        sender_email=sender,
        team=TEAM,
        channel="email",
        subject=subject,
        body=body,
        planned_at=at,
        verdict=verdict,
        pack_revision="demo",
        input_digest="demo",
        created_at=at,
        request=request,
    )


REASONS = {
    "approved": "Agreed with the rep: the buyer asked for it.",
    "rejected": "Wait for the buyer's reply.",
    "edited": "Replaced the nudge with the case study.",
}


def _review(
    check: Check,
    at: datetime,
    *,
    status: str = "pending",
    decided: datetime | None = None,
) -> ReviewItem:
    review = ReviewItem(
        check_id=check.id,
        team=TEAM,
        sender_email=check.sender_email,
        status=status,
        expires_at=at + timedelta(hours=72),
        created_at=at,
    )
    if decided is not None:
        review.decided_at, review.decided_by = decided, f"manager:{DEMO_MANAGER}"
        review.reason = REASONS[status]
    return review


def _blocked(db: Session, b: Blocked, contact: Contact, now: datetime) -> None:
    at = now - timedelta(hours=b.hours_ago)
    check = _check(contact, b.sender, at, "block", b.subject, b.body)
    start = b.body.find(b.phrase) if b.phrase else -1
    evidence = [{"source": "contact", "text": "opted out by email"}]
    if start >= 0:
        end = start + len(b.phrase)
        evidence = [{"source": "message", "text": b.phrase, "start": start, "end": end}]
    check.findings = [
        FindingRow(
            rule=b.rule,
            verdict="block",
            severity="high",
            message=b.message,
            evidence=evidence,
            overridable=b.overridable,
        )
    ]
    check.rewrite = b.rewrite
    check.suggestions = [SUGGESTION]
    db.add(check)
    db.add(
        AuditEvent(
            at=at,
            actor="key:hubspot",
            action="check.decided",
            subject_type="check",
            subject_id=check.id,
            data={"verdict": "block", "rules": [b.rule]},
        )
    )
    review = _review(check, at)
    # A fresh demo's queue stays full for two days, however old its items look.
    review.expires_at = max(at, now) + timedelta(hours=48)
    db.add(review)


SUGGESTION = {
    "asset_id": "integration-guide",
    "title": "Integration guide: Snowflake in a day",
    "url": "https://content.example.com/integration-guide",
    "why": "Gives the buyer something new to read instead of a nudge.",
}

"""Plain functions that build the domain objects the rules read (no DB, no analyser)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from models.domain import (
    AbsenceRecord,
    Account,
    AlternateContact,
    ContactContext,
    GroupMember,
    InboundRecord,
    MessageAnalysis,
    Person,
    PlannedSend,
    Span,
    TouchRecord,
)

# Monday 24 Nov 2025, 10:00 in Berlin: a plain business morning to start from.
NOW = datetime(2025, 11, 24, 9, 0, tzinfo=UTC)
SELLER = "sam@seller.example"


def at(day: date | str, hour: int = 9, minute: int = 0) -> datetime:
    """A UTC instant on `day` ("2025-11-24") at hour:minute UTC."""
    d = date.fromisoformat(day) if isinstance(day, str) else day
    return datetime(d.year, d.month, d.day, hour, minute, tzinfo=UTC)


def make_person(**overrides: Any) -> Person:
    fields: dict[str, Any] = {
        "id": 1,
        "email": "ada@acme.example",
        "first_name": "Ada",
        "last_name": "Lovelace",
        "title": "Head of Data",
        "persona": "technical_evaluator",
        "position": "evaluator",
        "entry_point": True,
        "stage": "sql",
        "timezone": "Europe/Berlin",
        "country": "DE",
        "account_id": 10,
    }
    return Person(**{**fields, **overrides})


def make_account(**overrides: Any) -> Account:
    return Account(**{"id": 10, "name": "Acme", "domain": "acme.example", **overrides})


def make_touch(
    sent_at: datetime, *, id: int = 100, contact_id: int = 1, **overrides: Any
) -> TouchRecord:
    fields: dict[str, Any] = {
        "sender_email": SELLER,
        "channel": "email",
        "subject": "Data pipelines at Acme",
        "body": "Hi Ada, a note on data pipelines.",
    }
    return TouchRecord(
        id=id, contact_id=contact_id, sent_at=sent_at, **{**fields, **overrides}
    )


def make_reply(
    received_at: datetime, *, id: int = 200, **overrides: Any
) -> InboundRecord:
    fields: dict[str, Any] = {"kind": "human", "contact_id": 1, "snippet": "Thanks!"}
    return InboundRecord(id=id, received_at=received_at, **{**fields, **overrides})


def make_absence(
    starts_on: str, returns_on: str, *, id: int = 300, **overrides: Any
) -> AbsenceRecord:
    fields: dict[str, Any] = {
        "contact_id": 1,
        "source": "auto_reply",
        "evidence": f"I am back on {returns_on}",
        "noticed_at": at(starts_on, 8),
        "alternate_contacts": (),
    }
    return AbsenceRecord(
        id=id,
        starts_on=date.fromisoformat(starts_on),
        returns_on=date.fromisoformat(returns_on),
        **{**fields, **overrides},
    )


def alternate(name: str | None = None, email: str | None = None) -> AlternateContact:
    return AlternateContact(name=name, email=email)


def member(person: Person, *, engaged: bool = False) -> GroupMember:
    return GroupMember(person=person, engaged=engaged)


def make_ctx(**overrides: Any) -> ContactContext:
    fields: dict[str, Any] = {
        "now": NOW,
        "contact": make_person(),
        "account": make_account(),
    }
    return ContactContext(**{**fields, **overrides})


def make_send(planned_at: datetime | None = None, **overrides: Any) -> PlannedSend:
    fields: dict[str, Any] = {
        "contact_id": 1,
        "sender_email": SELLER,
        "channel": "email",
        "subject": "Re: Data pipelines at Acme",
        "body": "Hi Ada, here is our integration guide.",
    }
    return PlannedSend(planned_at=planned_at or NOW, **{**fields, **overrides})


def make_analysis(
    text: str = "Hi Ada, here is our integration guide.",
    *,
    intents: tuple[str, ...] = (),
    is_bump: bool = False,
    **overrides: Any,
) -> MessageAnalysis:
    """A MessageAnalysis built by hand; each intent gets a span at the start."""
    spans = tuple(
        Span(label=i, start=0, end=min(len(text), 20), text=text[:20]) for i in intents
    )
    fields: dict[str, Any] = {
        "language": "en",
        "text": text,
        "new_text": text,
        "intents": frozenset(intents) | ({"bump"} if is_bump else frozenset()),
        "spans": spans,
        "is_bump": is_bump,
    }
    return MessageAnalysis(**{**fields, **overrides})


def days(n: float) -> timedelta:
    return timedelta(days=n)

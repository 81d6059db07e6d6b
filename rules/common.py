"""Helpers the rule families share: the contact's calendar, dates in words, evidence."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from models.domain import (
    AbsenceRecord,
    ContactContext,
    Evidence,
    InboundRecord,
    MessageAnalysis,
    Person,
    Span,
    TouchRecord,
)
from rules.calendar import BusinessHours, ContactCalendar, zone

_SOURCE_WORDS = {
    "auto_reply": "auto-reply",
    "exchange_oof": "Exchange out-of-office setting",
    "mailtips": "MailTips",
    "manual": "noted by a colleague",
}


def contact_calendar(ctx: ContactContext, hours: BusinessHours) -> ContactCalendar:
    """The contact's own time zone and country, falling back to the account's."""
    account = ctx.account
    tz_name = ctx.contact.timezone
    if (not tz_name or tz_name == "UTC") and account is not None and account.timezone:
        tz_name = account.timezone
    country = ctx.contact.country or (account.country if account else None)
    return ContactCalendar(tz=zone(tz_name), country=country, hours=hours)


def day(d: date) -> str:
    """'Mon 1 Dec' — short, and unambiguous in every locale's reading order."""
    return f"{d:%a} {d.day} {d:%b}"


def when(dt: datetime, cal: ContactCalendar, person: Person) -> str:
    """'Tue 2 Dec 08:00 Ada's time (Europe/Berlin)'."""
    local = cal.local(dt)
    return (
        f"{day(local.date())} {local:%H:%M} {person.short_name}'s time ({cal.tz_name})"
    )


def absence_source(absence: AbsenceRecord, cal: ContactCalendar) -> str:
    """'auto-reply of Thu 20 Nov' or 'Exchange out-of-office setting'."""
    words = _SOURCE_WORDS.get(absence.source, absence.source)
    if absence.noticed_at is not None:
        return f"{words} of {day(cal.local_date(absence.noticed_at))}"
    return words


def human_replies(ctx: ContactContext) -> list[InboundRecord]:
    """Human replies (never auto-replies or bounces), newest first."""
    found = [i for i in ctx.inbound if i.kind == "human" and i.received_at <= ctx.now]
    return sorted(found, key=lambda i: (i.received_at, i.id), reverse=True)


def touches_before(touches: Iterable[TouchRecord], at: datetime) -> list[TouchRecord]:
    """Touches sent at or before `at`, newest first."""
    found = [t for t in touches if t.sent_at <= at]
    return sorted(found, key=lambda t: (t.sent_at, t.id), reverse=True)


def replied_after(ctx: ContactContext, at: datetime) -> bool:
    return any(i.received_at > at for i in human_replies(ctx))


def engaged(ctx: ContactContext) -> bool:
    """Has the contact ever written back themselves?"""
    return bool(human_replies(ctx))


def span_evidence(spans: Iterable[Span]) -> tuple[Evidence, ...]:
    return tuple(
        Evidence(
            source="message",
            text=s.text,
            start=s.start,
            end=s.end,
            field=s.field,
            id=None,
        )
        for s in spans
    )


def intent_evidence(analysis: MessageAnalysis, *intents: str) -> tuple[Evidence, ...]:
    return span_evidence(analysis.spans_for(*intents))


def inbound_evidence(record: InboundRecord) -> Evidence:
    return Evidence(
        source="inbound", id=str(record.id), text=record.snippet or record.subject
    )


def touch_evidence(touch: TouchRecord) -> Evidence:
    text = touch.subject or touch.body[:120]
    return Evidence(source="touch", id=str(touch.id), text=text)


def absence_evidence(absence: AbsenceRecord) -> Evidence:
    return Evidence(source="absence", id=str(absence.id), text=absence.evidence)


def policy_evidence(text: str) -> Evidence:
    return Evidence(source="policy", text=text)


def names(people: Iterable[Person]) -> str:
    """'Grace Hopper, Linus Torvalds and Ada Lovelace'."""
    listed = [p.display_name for p in people]
    if len(listed) <= 1:
        return "".join(listed)
    return ", ".join(listed[:-1]) + " and " + listed[-1]

"""Database rows as the domain types the rules read.

Each takes an ORM entity or a table row alike: both carry the columns as attributes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Row

from models import Absence, Account, Contact, InboundMessage
from models import domain as d

# A contact as the snapshot reads it: an ORM entity or a table row.
ContactLike = Contact | Row[Any]


def to_person(c: ContactLike) -> d.Person:
    return d.Person(
        id=c.id,
        email=c.email,
        first_name=c.first_name,
        last_name=c.last_name,
        title=c.title,
        persona=c.persona,
        position=c.position,
        entry_point=c.entry_point,
        stage=c.stage,
        timezone=c.timezone,
        country=c.country,
        language=c.language,
        consent=c.consent,
        external_id=c.external_id,
        account_id=c.account_id,
    )


def to_touch(t: Mapping[str, Any], touch_id: int | None = None) -> d.TouchRecord:
    """A touch row (by column name) as the rules read it; `touch_id` stands in for
    the id of a touch not written yet (a batch's provisional ids)."""
    return d.TouchRecord(
        id=t["id"] if touch_id is None else touch_id,
        contact_id=t["contact_id"],
        sender_email=t["sender_email"],
        channel=t["channel"],
        sent_at=t["sent_at"],
        subject=t["subject"],
        body=t["body"],
        automated=t["automated"],
        sequence_id=t["sequence_id"],
        is_bump=t["is_bump"],
        links=tuple(t["links"] or ()),
        provisional=t["expires_at"] is not None,
    )


def to_account(a: Account | Row[Any] | None) -> d.Account | None:
    if a is None:
        return None
    return d.Account(a.id, a.name, a.domain, a.country, a.timezone, a.do_not_contact)


def to_inbound(
    m: InboundMessage | Row[Any], absence_id: int | None = None
) -> d.InboundRecord:
    return d.InboundRecord(
        id=m.id,
        contact_id=m.contact_id or 0,
        kind=m.kind,
        received_at=m.received_at,
        intents=frozenset(m.intents or ()),
        subject=m.subject,
        snippet=m.body[:300],
        scheduling_link=m.scheduling_link,
        absence_id=absence_id,
        to_email=m.to_email,
    )


def to_absence(a: Absence | Row[Any]) -> d.AbsenceRecord:
    return d.AbsenceRecord(
        id=a.id,
        contact_id=a.contact_id,
        source=a.source,
        starts_on=a.starts_on,
        returns_on=a.returns_on,
        last_day_away=a.last_day_away,
        confidence=a.confidence,
        evidence=a.evidence,
        noticed_at=a.noticed_at,
        alternate_contacts=tuple(
            d.AlternateContact(x.get("name"), x.get("email"))
            for x in a.alternates or ()
        ),
        inbound_id=a.inbound_id,
    )


# The sender's team and own time off, as the rules read them.
SenderFacts = tuple[str | None, d.SenderAway | None]
NO_SENDER: SenderFacts = (None, None)


def to_sender_facts(row: Row[Any] | None) -> SenderFacts:
    """(team, time off) from a row of team name and the sender's away_* columns."""
    if row is None:
        return NO_SENDER
    away = None
    if row.away_status in ("always", "scheduled"):
        away = d.SenderAway(
            status=row.away_status,
            starts_at=row.away_starts_at,
            ends_at=row.away_ends_at,
            message=row.away_message or "",
        )
    return row.team, away

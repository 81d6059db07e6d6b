"""Load what the rules need about one contact, in a bounded number of queries.

The number of queries does not grow with the history: each kind of record is one query
bounded by time. On PostgreSQL the account row, then the contact row, are locked
(always in that order) so concurrent checks for the same person serialise.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import and_, bindparam, exists, or_, select
from sqlalchemy.orm import Session

from guard.errors import ContactNotFound
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
from models import domain as d

# The longest window any default rule looks back over is 30 days; keep a margin for
# team packs with longer windows.
HISTORY_DAYS = 60
ACCOUNT_HISTORY_DAYS = 8
INBOUND_DAYS = 120
ABSENCE_TAIL_DAYS = 21
# Buying groups are typically 6-10 people (DESIGN §1); the bound keeps a check's cost
# flat.
GROUP_LIMIT = 50


# Statements are built once: on the dispatch path, composing a SELECT costs more than
# SQLite takes to run it. Values come in as bound parameters.
_BY_EMAIL = select(Contact).where(Contact.email == bindparam("email"))
_BY_EXTERNAL_ID = select(Contact).where(Contact.external_id == bindparam("ref"))


def find_contact(db: Session, *, email: str | None, external_id: str | None) -> Contact:
    if email is not None:
        row = db.scalar(_BY_EMAIL, {"email": email.lower()})
        ref = email
    else:
        row = db.scalar(_BY_EXTERNAL_ID, {"ref": external_id})
        ref = str(external_id)
    if row is None:
        raise ContactNotFound(
            f"No contact {ref!r}: "
            "create it first with PUT /v1/contacts/{external_id}."
        )
    return row


def lock_contact(db: Session, contact: Contact) -> None:
    """Serialise checks per contact and account: account row first, then contact."""
    if db.get_bind().dialect.name != "postgresql":
        return  # SQLite: BEGIN IMMEDIATE already holds the database write lock.
    if contact.account_id is not None:
        db.execute(
            select(Account.id).where(Account.id == contact.account_id).with_for_update()
        )
    db.execute(select(Contact.id).where(Contact.id == contact.id).with_for_update())


def load_context(
    db: Session, contact: Contact, *, now: datetime, sender: str
) -> d.ContactContext:
    account = db.get(Account, contact.account_id) if contact.account_id else None
    touches, account_touches = _history(db, contact, now)
    return d.ContactContext(
        now=now,
        contact=to_person(contact),
        account=_account(account),
        group=_group(db, contact),
        touches=touches,
        account_touches=account_touches,
        inbound=_inbound(db, contact.id, now),
        absences=_absences(db, contact.id, now),
        suppressions=_suppressions(db, contact, account),
        sent_links=frozenset(link for t in touches for link in t.links),
        team=sender_team(db, sender),
    )


def to_person(c: Contact) -> d.Person:
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


def _account(a: Account | None) -> d.Account | None:
    if a is None:
        return None
    return d.Account(a.id, a.name, a.domain, a.country, a.timezone, a.do_not_contact)


# Plain columns, not ORM entities: the snapshot is read-only and this is the
# dispatch path, where building identity-mapped objects costs more than the query.
_TOUCH_COLUMNS = (
    Touch.id,
    Touch.contact_id,
    Touch.sender_email,
    Touch.channel,
    Touch.sent_at,
    Touch.subject,
    Touch.body,
    Touch.automated,
    Touch.sequence_id,
    Touch.is_bump,
    Touch.links,
    Touch.account_id,
)


_MINE = (Touch.contact_id == bindparam("contact_id")) & (
    Touch.sent_at >= bindparam("since")
)
_GROUP = (Touch.account_id == bindparam("account_id")) & (
    Touch.sent_at >= bindparam("group_since")
)
_HISTORY = select(*_TOUCH_COLUMNS).order_by(Touch.sent_at.desc())
_CONTACT_HISTORY = _HISTORY.where(_MINE)
_ACCOUNT_HISTORY = _HISTORY.where(_MINE | _GROUP)


def _history(
    db: Session, contact: Contact, now: datetime
) -> tuple[tuple[d.TouchRecord, ...], tuple[d.TouchRecord, ...]]:
    """The contact's touches (60 days) and the account's (8 days), in one query."""
    account_since = now - timedelta(days=ACCOUNT_HISTORY_DAYS)
    params = {"contact_id": contact.id, "since": now - timedelta(days=HISTORY_DAYS)}
    if contact.account_id is None:
        rows = db.execute(_CONTACT_HISTORY, params)
    else:
        params |= {"account_id": contact.account_id, "group_since": account_since}
        rows = db.execute(_ACCOUNT_HISTORY, params)
    touches: list[d.TouchRecord] = []
    account: list[d.TouchRecord] = []
    for row in rows:
        record = d.TouchRecord(*row[:10], links=tuple(row.links or ()))
        if row.contact_id == contact.id:
            touches.append(record)
        in_group = row.account_id is not None and row.account_id == contact.account_id
        if in_group and row.sent_at >= account_since:
            account.append(record)
    return tuple(touches), tuple(account)


_REPLIED = exists().where(
    InboundMessage.contact_id == Contact.id, InboundMessage.kind == "human"
)
# The buying group is the account's contacts with a role in this deal: a large
# account's other thousands of CRM contacts are not part of it.
_GROUP_MEMBERS = (
    select(Contact, _REPLIED.label("engaged"))
    .where(
        Contact.account_id == bindparam("account_id"),
        Contact.id != bindparam("contact_id"),
        Contact.position.is_not(None),
    )
    .order_by(Contact.id)
    .limit(GROUP_LIMIT)
)


def _group(db: Session, contact: Contact) -> tuple[d.GroupMember, ...]:
    if contact.account_id is None:
        return ()
    params = {"account_id": contact.account_id, "contact_id": contact.id}
    rows = db.execute(_GROUP_MEMBERS, params)
    return tuple(d.GroupMember(to_person(c), bool(engaged)) for c, engaged in rows)


def to_inbound(m: InboundMessage, absence_id: int | None = None) -> d.InboundRecord:
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


_INBOUND = (
    select(InboundMessage, Absence.id)
    .outerjoin(Absence, Absence.inbound_id == InboundMessage.id)
    .where(
        InboundMessage.contact_id == bindparam("contact_id"),
        InboundMessage.received_at >= bindparam("since"),
    )
    .order_by(InboundMessage.received_at.desc())
)


def _inbound(
    db: Session, contact_id: int, now: datetime
) -> tuple[d.InboundRecord, ...]:
    since = now - timedelta(days=INBOUND_DAYS)
    rows = db.execute(_INBOUND, {"contact_id": contact_id, "since": since})
    return tuple(to_inbound(m, absence_id) for m, absence_id in rows)


def to_absence(a: Absence) -> d.AbsenceRecord:
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


_ABSENCES = (
    select(Absence)
    .where(
        Absence.contact_id == bindparam("contact_id"),
        Absence.closed_at.is_(None) | (Absence.returns_on >= bindparam("tail")),
        or_(Absence.returns_on.is_(None), Absence.returns_on >= bindparam("tail")),
    )
    .order_by(Absence.noticed_at.desc())
)


def _absences(
    db: Session, contact_id: int, now: datetime
) -> tuple[d.AbsenceRecord, ...]:
    tail = (now - timedelta(days=ABSENCE_TAIL_DAYS)).date()
    rows = db.scalars(_ABSENCES, {"contact_id": contact_id, "tail": tail})
    return tuple(to_absence(a) for a in rows)


_SUPPRESSIONS = select(Suppression).where(
    or_(
        and_(Suppression.scope == "contact", Suppression.value == bindparam("email")),
        and_(Suppression.scope == "domain", Suppression.value == bindparam("domain")),
        and_(Suppression.scope == "account", Suppression.value == bindparam("account")),
    )
)


def _suppressions(
    db: Session, contact: Contact, account: Account | None
) -> tuple[d.Suppression, ...]:
    params = {
        "email": contact.email,
        "domain": contact.email.rpartition("@")[2],
        # No account: a value no account row can have, so one statement serves both.
        "account": account.external_id if account is not None else "",
    }
    rows = db.scalars(_SUPPRESSIONS, params)
    return tuple(d.Suppression(s.scope, s.value, s.reason) for s in rows)


_SENDER_TEAM = (
    select(Team.name)
    .join(Sender, Sender.team_id == Team.id)
    .where(Sender.email == bindparam("email"))
)


def sender_team(db: Session, sender_email: str) -> str | None:
    return db.scalar(_SENDER_TEAM, {"email": sender_email.lower()})

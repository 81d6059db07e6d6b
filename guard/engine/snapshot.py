"""Load what the rules need about one contact, in a bounded number of queries.

The number of queries does not grow with the history: each kind of record is one query
bounded by time. On PostgreSQL the account row, then the contact row, are locked
(always in that order) so concurrent checks for the same person serialise.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
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
    StageChange,
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
    db: Session,
    contact: Contact,
    *,
    now: datetime,
    sender: str,
    as_of: datetime | None = None,
    own_check: str | None = None,
) -> d.ContactContext:
    """The snapshot the rules read; with `as_of`, what was known at that instant.

    `as_of` serves policy simulation: rows recorded after it, and the touch that the
    check `own_check` itself recorded, are left out; the stage is the one held then.
    """
    account = db.get(Account, contact.account_id) if contact.account_id else None
    known = _AsOf(as_of, own_check or "") if as_of is not None else None
    touches, account_touches = _history(db, contact, now, known)
    person = to_person(contact)
    if known is not None:
        person = replace(person, stage=stage_as_of(db, contact, known.at))
    return d.ContactContext(
        now=now,
        contact=person,
        account=_account(account),
        group=_group(db, contact),
        touches=touches,
        account_touches=account_touches,
        inbound=_inbound(db, contact.id, now, known),
        absences=_absences(db, contact.id, now, known),
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


@dataclass(frozen=True, slots=True)
class _AsOf:
    at: datetime
    own_check: str  # "" when there is none: no check id is empty


# Known at `as_of`: recorded by then, and not the replayed check's own touch. Not
# `sent_at < as_of`: a touch the guard allowed earlier for a later time was in the
# snapshot the check saw, and leaving it out would change the replayed verdict.
_TOUCH_KNOWN = (Touch.created_at <= bindparam("as_of")) & (
    Touch.check_id.is_(None) | (Touch.check_id != bindparam("own_check"))
)


def _history(
    db: Session, contact: Contact, now: datetime, known: _AsOf | None = None
) -> tuple[tuple[d.TouchRecord, ...], tuple[d.TouchRecord, ...]]:
    """The contact's touches (60 days) and the account's (8 days), in one query."""
    account_since = now - timedelta(days=ACCOUNT_HISTORY_DAYS)
    params = {"contact_id": contact.id, "since": now - timedelta(days=HISTORY_DAYS)}
    statement = _CONTACT_HISTORY
    if contact.account_id is not None:
        params |= {"account_id": contact.account_id, "group_since": account_since}
        statement = _ACCOUNT_HISTORY
    if known is not None:
        params |= {"as_of": known.at, "own_check": known.own_check}
        statement = statement.where(_TOUCH_KNOWN)
    rows = db.execute(statement, params)
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


_INBOUND_KNOWN = (InboundMessage.received_at < bindparam("as_of")) & (
    InboundMessage.created_at <= bindparam("as_of")
)


def _inbound(
    db: Session, contact_id: int, now: datetime, known: _AsOf | None = None
) -> tuple[d.InboundRecord, ...]:
    since = now - timedelta(days=INBOUND_DAYS)
    params = {"contact_id": contact_id, "since": since}
    statement = _INBOUND
    if known is not None:
        params["as_of"] = known.at
        statement = statement.where(_INBOUND_KNOWN)
    rows = db.execute(statement, params)
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


# An absence closed after `as_of` was still open then.
_ABSENCE_KNOWN = (Absence.noticed_at < bindparam("as_of")) & (
    Absence.closed_at.is_(None)
    | (Absence.closed_at > bindparam("as_of"))
    | (Absence.returns_on >= bindparam("tail"))
)
_ABSENCES_AS_OF = (
    select(Absence)
    .where(
        Absence.contact_id == bindparam("contact_id"),
        or_(Absence.returns_on.is_(None), Absence.returns_on >= bindparam("tail")),
        _ABSENCE_KNOWN,
    )
    .order_by(Absence.noticed_at.desc())
)


def _absences(
    db: Session, contact_id: int, now: datetime, known: _AsOf | None = None
) -> tuple[d.AbsenceRecord, ...]:
    tail = (now - timedelta(days=ABSENCE_TAIL_DAYS)).date()
    params: dict[str, object] = {"contact_id": contact_id, "tail": tail}
    statement = _ABSENCES
    if known is not None:
        params["as_of"] = known.at
        statement = _ABSENCES_AS_OF
    rows = db.scalars(statement, params)
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


_STAGE_BEFORE = (
    select(StageChange.stage)
    .where(
        StageChange.contact_id == bindparam("contact_id"),
        StageChange.changed_at <= bindparam("as_of"),
    )
    .order_by(StageChange.changed_at.desc(), StageChange.id.desc())
    .limit(1)
)
_STAGE_AFTER = (
    select(StageChange.from_stage)
    .where(
        StageChange.contact_id == bindparam("contact_id"),
        StageChange.changed_at > bindparam("as_of"),
    )
    .order_by(StageChange.changed_at, StageChange.id)
    .limit(1)
)


def stage_as_of(db: Session, contact: Contact, as_of: datetime) -> str:
    """The stage the contact was at `as_of`, from the stage history."""
    params = {"contact_id": contact.id, "as_of": as_of}
    before = db.scalar(_STAGE_BEFORE, params)
    if before is not None:
        return before
    # No change by then: the stage left by the first later change, if it says.
    after = db.scalar(_STAGE_AFTER, params)
    return after or contact.stage

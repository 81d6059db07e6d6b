"""Load what the rules need about one contact, in a bounded number of queries.

The number of queries does not grow with the history: each kind of record is one query
bounded by time. On PostgreSQL the account row, then the contact row, are locked
(always in that order) so concurrent checks for the same person serialise.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import Connection, Row, and_, bindparam, exists, or_, select
from sqlalchemy.orm import Session

from guard.engine.rows import (
    ContactLike,
    SenderFacts,
    to_absence,
    to_account,
    to_inbound,
    to_person,
    to_sender_facts,
)
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
from models.touches import counted_at

# The longest window any default rule looks back over is 30 days; keep a margin for
# team packs with longer windows.
HISTORY_DAYS = 60
ACCOUNT_HISTORY_DAYS = 8
INBOUND_DAYS = 120
ABSENCE_TAIL_DAYS = 21
# Buying groups are typically 6-10 people; the bound keeps a check's cost
# flat.
GROUP_LIMIT = 50


# Statements are built once: on the dispatch path, composing a SELECT costs more than
# SQLite takes to run it. Values come in as bound parameters. They read tables, not
# ORM entities: the snapshot is read-only, and building identity-mapped objects costs
# more than the queries themselves.
_CONTACTS = Contact.__table__
_ROW_BY_EMAIL = select(_CONTACTS).where(_CONTACTS.c.email == bindparam("email"))
_ROW_BY_EXTERNAL_ID = select(_CONTACTS).where(
    _CONTACTS.c.external_id == bindparam("ref")
)

# Snapshot reads run on the session's connection: a Session adds bookkeeping to every
# statement that plain reads of tables do not need.
Reader = Session | Connection


def find_contact(db: Session, *, email: str | None, external_id: str | None) -> Contact:
    """The contact entity, for callers that change it (not the dispatch path)."""
    row = contact_row(db, email=email, external_id=external_id)
    return _found(db.get(Contact, row.id), email or external_id)


def contact_row(db: Session, *, email: str | None, external_id: str | None) -> Row[Any]:
    """The contact as a read-only row: what the dispatch path needs."""
    if email is not None:
        return _found(
            db.execute(_ROW_BY_EMAIL, {"email": email.lower()}).first(), email
        )
    found = db.execute(_ROW_BY_EXTERNAL_ID, {"ref": external_id}).first()
    return _found(found, external_id)


_T = TypeVar("_T")


def _found(row: _T | None, ref: str | None) -> _T:
    if row is None:
        raise ContactNotFound(
            f"No contact {str(ref)!r}: "
            "create it first with PUT /v1/contacts/{external_id}."
        )
    return row


_LOCK_ACCOUNT = (
    select(Account.__table__.c.id)
    .where(Account.__table__.c.id == bindparam("id"))
    .with_for_update()
)
_LOCK_CONTACT = (
    select(_CONTACTS.c.id).where(_CONTACTS.c.id == bindparam("id")).with_for_update()
)


def lock_contact(db: Session, contact: ContactLike) -> None:
    """Serialise checks per contact and account: account row first, then contact."""
    if db.get_bind().dialect.name != "postgresql":
        return  # SQLite: BEGIN IMMEDIATE already holds the database write lock.
    if contact.account_id is not None:
        db.execute(_LOCK_ACCOUNT, {"id": contact.account_id})
    db.execute(_LOCK_CONTACT, {"id": contact.id})


def load_context(
    db: Session,
    contact: ContactLike,
    *,
    now: datetime,
    sender: str,
    as_of: datetime | None = None,
    own_check: str | None = None,
    agent_id: str | None = None,
) -> d.ContactContext:
    """The snapshot the rules read; with `as_of`, what was known at that instant.

    `as_of` serves policy simulation: rows recorded after it, and the touch that the
    check `own_check` itself recorded, are left out; the stage is the one held then.
    """
    conn = db.connection()
    team, away = sender_facts(conn, sender)
    account = _account_row(conn, contact.account_id)
    known = _AsOf(as_of, own_check or "") if as_of is not None else None
    touches, account_touches = _history(conn, contact, now, known)
    person = to_person(contact)
    if known is not None:
        person = replace(person, stage=stage_as_of(conn, contact, known.at))
    return d.ContactContext(
        now=now,
        contact=person,
        account=to_account(account),
        group=_group(conn, contact),
        touches=touches,
        account_touches=account_touches,
        inbound=_inbound(conn, contact.id, now, known),
        absences=_absences(conn, contact.id, now, known),
        suppressions=_suppressions(conn, contact, account),
        sent_links=frozenset(link for t in touches for link in t.links),
        team=team,
        # Only the current settings are stored: a replay of the past cannot know them.
        sender_away=away if known is None else None,
        agent_sends=_agent_sends(conn, agent_id, now) if agent_id else (),
    )


# An agent's daily cap counts the planned day in the contact's zone: two days back
# covers every zone, and deferred sends recorded for later days are included.
_AGENT_SENDS = (
    select(Touch.sent_at)
    .where(
        Touch.agent_id == bindparam("agent_id"),
        Touch.sent_at >= bindparam("since"),
        counted_at(Touch.expires_at, bindparam("now")),
    )
    .order_by(Touch.sent_at.desc())
)


def _agent_sends(db: Reader, agent_id: str, now: datetime) -> tuple[datetime, ...]:
    since = now - timedelta(days=2)
    params = {"agent_id": agent_id, "since": since, "now": now}
    rows = db.execute(_AGENT_SENDS, params)
    return tuple(row[0] for row in rows)


_ACCOUNTS = Account.__table__
_ACCOUNT = select(_ACCOUNTS).where(_ACCOUNTS.c.id == bindparam("id"))


def _account_row(db: Reader, account_id: int | None) -> Row[Any] | None:
    if account_id is None:
        return None
    return db.execute(_ACCOUNT, {"id": account_id}).first()


_TOUCHES = Touch.__table__.c
TOUCH_COLUMNS = (
    _TOUCHES.id,
    _TOUCHES.contact_id,
    _TOUCHES.sender_email,
    _TOUCHES.channel,
    _TOUCHES.sent_at,
    _TOUCHES.subject,
    _TOUCHES.body,
    _TOUCHES.automated,
    _TOUCHES.sequence_id,
    _TOUCHES.is_bump,
    _TOUCHES.links,
    _TOUCHES.account_id,
    _TOUCHES.expires_at,
)


def touch_record(row: Row[Any]) -> d.TouchRecord:
    """A TOUCH_COLUMNS row as the rules read it."""
    return d.TouchRecord(
        *row[:10],
        links=tuple(row.links or ()),
        provisional=row.expires_at is not None,
    )


_MINE = (_TOUCHES.contact_id == bindparam("contact_id")) & (
    _TOUCHES.sent_at >= bindparam("since")
)
_GROUP = (_TOUCHES.account_id == bindparam("account_id")) & (
    _TOUCHES.sent_at >= bindparam("group_since")
)
# A provisional touch past its expiry was never confirmed: the send did not happen.
COUNTED = counted_at(_TOUCHES.expires_at, bindparam("now"))
_HISTORY = select(*TOUCH_COLUMNS).where(COUNTED).order_by(_TOUCHES.sent_at.desc())
_CONTACT_HISTORY = _HISTORY.where(_MINE)
_ACCOUNT_HISTORY = _HISTORY.where(_MINE | _GROUP)


@dataclass(frozen=True, slots=True)
class _AsOf:
    at: datetime
    own_check: str  # "" when there is none: no check id is empty


# Known at `as_of`: recorded by then, and not the replayed check's own touch. Not
# `sent_at < as_of`: a touch the guard allowed earlier for a later time was in the
# snapshot the check saw, and leaving it out would change the replayed verdict.
_TOUCH_KNOWN = (_TOUCHES.created_at <= bindparam("as_of")) & (
    _TOUCHES.check_id.is_(None) | (_TOUCHES.check_id != bindparam("own_check"))
)


def _history(
    db: Reader, contact: ContactLike, now: datetime, known: _AsOf | None = None
) -> tuple[tuple[d.TouchRecord, ...], tuple[d.TouchRecord, ...]]:
    """The contact's touches (60 days) and the account's (8 days), in one query."""
    account_since = now - timedelta(days=ACCOUNT_HISTORY_DAYS)
    since = now - timedelta(days=HISTORY_DAYS)
    params = {"contact_id": contact.id, "since": since, "now": now}
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
        record = touch_record(row)
        if row.contact_id == contact.id:
            touches.append(record)
        in_group = row.account_id is not None and row.account_id == contact.account_id
        if in_group and row.sent_at >= account_since:
            account.append(record)
    return tuple(touches), tuple(account)


_INBOUND_MESSAGES = InboundMessage.__table__.c
REPLIED = exists().where(
    _INBOUND_MESSAGES.contact_id == _CONTACTS.c.id, _INBOUND_MESSAGES.kind == "human"
)
# The buying group is the account's contacts with a role in this deal: a large
# account's other thousands of CRM contacts are not part of it.
_GROUP_MEMBERS = (
    select(_CONTACTS, REPLIED.label("engaged"))
    .where(
        _CONTACTS.c.account_id == bindparam("account_id"),
        _CONTACTS.c.id != bindparam("contact_id"),
        _CONTACTS.c.position.is_not(None),
    )
    .order_by(_CONTACTS.c.id)
    .limit(GROUP_LIMIT)
)


def _group(db: Reader, contact: ContactLike) -> tuple[d.GroupMember, ...]:
    if contact.account_id is None:
        return ()
    params = {"account_id": contact.account_id, "contact_id": contact.id}
    rows = db.execute(_GROUP_MEMBERS, params)
    return tuple(d.GroupMember(to_person(row), bool(row.engaged)) for row in rows)


_ABSENT = Absence.__table__.c


# Replies with the absence each one opened, if any: `_INBOUND` for one contact;
# guard/engine/bulk.py adds its own WHERE for many.
INBOUND_WITH_ABSENCE = (
    select(
        _INBOUND_MESSAGES.id,
        _INBOUND_MESSAGES.contact_id,
        _INBOUND_MESSAGES.kind,
        _INBOUND_MESSAGES.received_at,
        _INBOUND_MESSAGES.intents,
        _INBOUND_MESSAGES.subject,
        _INBOUND_MESSAGES.body,
        _INBOUND_MESSAGES.scheduling_link,
        _INBOUND_MESSAGES.to_email,
        _ABSENT.id.label("absence_id"),
    )
    .select_from(InboundMessage.__table__)
    .outerjoin(Absence.__table__, _ABSENT.inbound_id == _INBOUND_MESSAGES.id)
    .order_by(_INBOUND_MESSAGES.received_at.desc())
)
_INBOUND = INBOUND_WITH_ABSENCE.where(
    _INBOUND_MESSAGES.contact_id == bindparam("contact_id"),
    _INBOUND_MESSAGES.received_at >= bindparam("since"),
)


_INBOUND_KNOWN = (_INBOUND_MESSAGES.received_at < bindparam("as_of")) & (
    _INBOUND_MESSAGES.created_at <= bindparam("as_of")
)


def _inbound(
    db: Reader, contact_id: int, now: datetime, known: _AsOf | None = None
) -> tuple[d.InboundRecord, ...]:
    since = now - timedelta(days=INBOUND_DAYS)
    params = {"contact_id": contact_id, "since": since}
    statement = _INBOUND
    if known is not None:
        params["as_of"] = known.at
        statement = statement.where(_INBOUND_KNOWN)
    rows = db.execute(statement, params)
    return tuple(to_inbound(row, row.absence_id) for row in rows)


_ABSENCES = (
    select(Absence.__table__)
    .where(
        _ABSENT.contact_id == bindparam("contact_id"),
        _ABSENT.closed_at.is_(None) | (_ABSENT.returns_on >= bindparam("tail")),
        or_(
            _ABSENT.returns_on.is_(None),
            _ABSENT.returns_on >= bindparam("tail"),
        ),
    )
    .order_by(_ABSENT.noticed_at.desc())
)


# An absence closed after `as_of` was still open then.
_ABSENCE_KNOWN = (_ABSENT.noticed_at < bindparam("as_of")) & (
    _ABSENT.closed_at.is_(None)
    | (_ABSENT.closed_at > bindparam("as_of"))
    | (_ABSENT.returns_on >= bindparam("tail"))
)
_ABSENCES_AS_OF = (
    select(Absence.__table__)
    .where(
        _ABSENT.contact_id == bindparam("contact_id"),
        or_(
            _ABSENT.returns_on.is_(None),
            _ABSENT.returns_on >= bindparam("tail"),
        ),
        _ABSENCE_KNOWN,
    )
    .order_by(_ABSENT.noticed_at.desc())
)


def _absences(
    db: Reader, contact_id: int, now: datetime, known: _AsOf | None = None
) -> tuple[d.AbsenceRecord, ...]:
    tail = (now - timedelta(days=ABSENCE_TAIL_DAYS)).date()
    params: dict[str, object] = {"contact_id": contact_id, "tail": tail}
    statement = _ABSENCES
    if known is not None:
        params["as_of"] = known.at
        statement = _ABSENCES_AS_OF
    rows = db.execute(statement, params)
    return tuple(to_absence(a) for a in rows)


_SUPPRESSED = Suppression.__table__.c
_SUPPRESSIONS = select(_SUPPRESSED.scope, _SUPPRESSED.value, _SUPPRESSED.reason).where(
    or_(
        and_(_SUPPRESSED.scope == "contact", _SUPPRESSED.value == bindparam("email")),
        and_(_SUPPRESSED.scope == "domain", _SUPPRESSED.value == bindparam("domain")),
        and_(_SUPPRESSED.scope == "account", _SUPPRESSED.value == bindparam("account")),
    )
)


def _suppressions(
    db: Reader, contact: ContactLike, account: Account | Row[Any] | None
) -> tuple[d.Suppression, ...]:
    params = {
        "email": contact.email,
        "domain": contact.email.rpartition("@")[2],
        # No account: a value no account row can have, so one statement serves both.
        "account": account.external_id if account is not None else "",
    }
    rows = db.execute(_SUPPRESSIONS, params)
    return tuple(d.Suppression(s.scope, s.value, s.reason) for s in rows)


_TEAMS, _SENDERS = Team.__table__, Sender.__table__
SENDER_COLUMNS = (
    _SENDERS.c.email,
    _TEAMS.c.name.label("team"),
    _SENDERS.c.away_status,
    _SENDERS.c.away_starts_at,
    _SENDERS.c.away_ends_at,
    _SENDERS.c.away_message,
)
SENDERS_WITH_TEAMS = _SENDERS.outerjoin(_TEAMS, _SENDERS.c.team_id == _TEAMS.c.id)
_SENDER = (
    select(*SENDER_COLUMNS)
    .select_from(SENDERS_WITH_TEAMS)
    .where(_SENDERS.c.email == bindparam("email"))
)


def sender_facts(db: Reader, sender_email: str) -> SenderFacts:
    """The sender's team and own time off, in one statement."""
    return to_sender_facts(db.execute(_SENDER, {"email": sender_email.lower()}).first())


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


def stage_as_of(db: Reader, contact: ContactLike, as_of: datetime) -> str:
    """The stage the contact was at `as_of`, from the stage history."""
    params = {"contact_id": contact.id, "as_of": as_of}
    before = db.execute(_STAGE_BEFORE, params).scalar()
    if before is not None:
        return before
    # No change by then: the stage left by the first later change, if it says.
    after = db.execute(_STAGE_AFTER, params).scalar()
    return after or contact.stage

"""Load the snapshots of many contacts at once: a constant number of queries per batch.

`snapshot.load_context` answers one check; a batch of 1,000 through it would cost
~9,000 queries. Here each kind of record is one query over all the batch's contacts,
split in memory, so the contexts equal what `load_context` builds for each contact.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Row, and_, or_, select
from sqlalchemy.orm import Session

from guard.engine import snapshot as one
from guard.engine.rows import (
    NO_SENDER,
    ContactLike,
    SenderFacts,
    to_absence,
    to_account,
    to_inbound,
    to_person,
    to_sender_facts,
)
from guard.engine.snapshot import SENDER_COLUMNS, SENDERS_WITH_TEAMS
from models import (
    Absence,
    Account,
    Contact,
    InboundMessage,
    Sender,
    Suppression,
    Touch,
)
from models import domain as d


@dataclass(frozen=True, slots=True)
class Found:
    """The batch's contacts by lower-cased e-mail address and by CRM id."""

    by_email: dict[str, Row[Any]]
    by_ref: dict[str, Row[Any]]

    def contacts(self) -> list[Row[Any]]:
        unique = {c.id: c for c in (*self.by_email.values(), *self.by_ref.values())}
        return list(unique.values())


def find_contacts(
    db: Session, *, emails: Collection[str], refs: Collection[str]
) -> Found:
    """Every contact named by address or CRM id, in one query."""
    emails = {e.lower() for e in emails}
    refs = set(refs)
    if not emails and not refs:
        return Found({}, {})
    contacts = Contact.__table__.c
    rows = db.execute(
        select(Contact.__table__).where(
            or_(contacts.email.in_(emails), contacts.external_id.in_(refs))
        )
    )
    by_email: dict[str, Row[Any]] = {}
    by_ref: dict[str, Row[Any]] = {}
    for c in rows:
        if c.email in emails:
            by_email[c.email] = c
        if c.external_id in refs:
            by_ref[c.external_id] = c
    return Found(by_email, by_ref)


def lock_contacts(db: Session, contacts: Collection[ContactLike]) -> None:
    """The batch's account rows, then its contact rows, each in id order: the same
    order as `snapshot.lock_contact`, so batches and single checks never deadlock."""
    if db.get_bind().dialect.name != "postgresql" or not contacts:
        return  # SQLite: BEGIN IMMEDIATE already holds the database write lock.
    accounts = sorted({c.account_id for c in contacts if c.account_id is not None})
    if accounts:
        db.execute(
            select(Account.id)
            .where(Account.id.in_(accounts))
            .order_by(Account.id)
            .with_for_update()
        )
    ids = sorted(c.id for c in contacts)
    db.execute(
        select(Contact.id)
        .where(Contact.id.in_(ids))
        .order_by(Contact.id)
        .with_for_update()
    )


def load_contexts(
    db: Session, contacts: Collection[ContactLike], *, now: datetime
) -> Contexts:
    """Each contact's context (without the sender's facts: see `sender_facts`)."""
    if not contacts:
        return Contexts({})
    ids = [c.id for c in contacts]
    account_ids = {c.account_id for c in contacts if c.account_id is not None}
    accounts = _accounts(db, account_ids)
    touches, account_touches = _history(db, ids, account_ids, now)
    groups = _groups(db, account_ids)
    inbound = _inbound(db, ids, now)
    absences = _absences(db, ids, now)
    suppressions = _suppressions(db, contacts, accounts)
    contexts: dict[int, d.ContactContext] = {}
    for c in contacts:
        mine = tuple(touches.get(c.id, ()))
        account = accounts.get(c.account_id) if c.account_id else None
        contexts[c.id] = d.ContactContext(
            now=now,
            contact=to_person(c),
            account=to_account(account),
            group=_group_of(groups.get(c.account_id, ()), c.id),
            touches=mine,
            account_touches=tuple(account_touches.get(c.account_id, ())),
            inbound=tuple(inbound.get(c.id, ())),
            absences=tuple(absences.get(c.id, ())),
            suppressions=_suppressed(suppressions, c, account),
            sent_links=frozenset(link for t in mine for link in t.links),
        )
    return Contexts(contexts)


def sender_facts(db: Session, senders: Iterable[str]) -> dict[str, SenderFacts]:
    """Each sender's team and own time off (NO_SENDER when unknown), in one query."""
    wanted = {s.lower() for s in senders}
    rows = db.execute(
        select(*SENDER_COLUMNS)
        .select_from(SENDERS_WITH_TEAMS)
        .where(Sender.__table__.c.email.in_(wanted))
    )
    facts: dict[str, SenderFacts] = dict.fromkeys(wanted, NO_SENDER)
    facts.update({row.email: to_sender_facts(row) for row in rows})
    return facts


def _accounts(db: Session, ids: Collection[int]) -> dict[int, Row[Any]]:
    if not ids:
        return {}
    accounts = Account.__table__
    rows = db.execute(select(accounts).where(accounts.c.id.in_(ids)))
    return {a.id: a for a in rows}


def _history(
    db: Session, ids: list[int], account_ids: Collection[int], now: datetime
) -> tuple[dict[int, list[d.TouchRecord]], dict[int, list[d.TouchRecord]]]:
    """Contacts' touches (60 days) and accounts' (8 days), newest first, one query."""
    since = now - timedelta(days=one.HISTORY_DAYS)
    account_since = now - timedelta(days=one.ACCOUNT_HISTORY_DAYS)
    touched = Touch.__table__.c
    where = and_(touched.contact_id.in_(ids), touched.sent_at >= since)
    if account_ids:
        group = and_(
            touched.account_id.in_(account_ids), touched.sent_at >= account_since
        )
        where = or_(where, group)
    # The same clause as the single check's: expired provisional touches never count.
    rows = db.execute(
        select(*one.TOUCH_COLUMNS)
        .where(where, one.COUNTED)
        .order_by(touched.sent_at.desc()),
        {"now": now},
    )
    wanted = set(ids)
    touches: dict[int, list[d.TouchRecord]] = defaultdict(list)
    by_account: dict[int, list[d.TouchRecord]] = defaultdict(list)
    for row in rows:
        record = one.touch_record(row)
        if row.contact_id in wanted and row.sent_at >= since:
            touches[row.contact_id].append(record)
        if row.account_id in account_ids and row.sent_at >= account_since:
            by_account[row.account_id].append(record)
    return touches, by_account


def _groups(
    db: Session, account_ids: Collection[int]
) -> dict[int, list[d.GroupMember]]:
    """Buying-group members per account, in id order (as `snapshot._group`)."""
    if not account_ids:
        return {}
    contacts = Contact.__table__.c
    rows = db.execute(
        select(Contact.__table__, one.REPLIED.label("engaged"))
        .where(contacts.account_id.in_(account_ids), contacts.position.is_not(None))
        .order_by(contacts.account_id, contacts.id)
    )
    groups: dict[int, list[d.GroupMember]] = defaultdict(list)
    for c in rows:
        groups[c.account_id].append(d.GroupMember(to_person(c), bool(c.engaged)))
    return groups


def _group_of(
    members: Iterable[d.GroupMember], contact_id: int
) -> tuple[d.GroupMember, ...]:
    others = (m for m in members if m.person.id != contact_id)
    return tuple(m for _, m in zip(range(one.GROUP_LIMIT), others, strict=False))


def _inbound(
    db: Session, ids: list[int], now: datetime
) -> dict[int, list[d.InboundRecord]]:
    since = now - timedelta(days=one.INBOUND_DAYS)
    replies = InboundMessage.__table__.c
    rows = db.execute(
        one.INBOUND_WITH_ABSENCE.where(
            replies.contact_id.in_(ids), replies.received_at >= since
        )
    )
    found: dict[int, list[d.InboundRecord]] = defaultdict(list)
    for m in rows:
        found[m.contact_id].append(to_inbound(m, m.absence_id))
    return found


def _absences(
    db: Session, ids: list[int], now: datetime
) -> dict[int, list[d.AbsenceRecord]]:
    tail = (now - timedelta(days=one.ABSENCE_TAIL_DAYS)).date()
    away = Absence.__table__.c
    rows = db.execute(
        select(Absence.__table__)
        .where(
            away.contact_id.in_(ids),
            away.closed_at.is_(None) | (away.returns_on >= tail),
            or_(away.returns_on.is_(None), away.returns_on >= tail),
        )
        .order_by(away.noticed_at.desc())
    )
    found: dict[int, list[d.AbsenceRecord]] = defaultdict(list)
    for a in rows:
        found[a.contact_id].append(to_absence(a))
    return found


def _suppressions(
    db: Session, contacts: Iterable[ContactLike], accounts: dict[int, Row[Any]]
) -> list[Row[Any]]:
    emails = {c.email for c in contacts}
    domains = {e.rpartition("@")[2] for e in emails}
    refs = {a.external_id for a in accounts.values() if a.external_id}
    kept = Suppression.__table__.c
    return list(
        db.execute(
            select(kept.scope, kept.value, kept.reason).where(
                or_(
                    and_(kept.scope == "contact", kept.value.in_(emails)),
                    and_(kept.scope == "domain", kept.value.in_(domains)),
                    and_(kept.scope == "account", kept.value.in_(refs)),
                )
            )
        )
    )


def _suppressed(
    rows: list[Row[Any]], contact: ContactLike, account: Row[Any] | None
) -> tuple[d.Suppression, ...]:
    applies = {
        ("contact", contact.email),
        ("domain", contact.email.rpartition("@")[2]),
        ("account", account.external_id if account is not None else ""),
    }
    return tuple(
        d.Suppression(s.scope, s.value, s.reason)
        for s in rows
        if (s.scope, s.value) in applies
    )


class Contexts:
    """The batch's contexts by contact id; a touch recorded by one item is seen by
    the later items of the same contact and buying group, as the next check would."""

    def __init__(self, contexts: dict[int, d.ContactContext]) -> None:
        self._by_id = contexts
        self._by_account: dict[int, list[int]] = defaultdict(list)
        for contact_id, ctx in contexts.items():
            if ctx.contact.account_id is not None:
                self._by_account[ctx.contact.account_id].append(contact_id)

    def __getitem__(self, contact_id: int) -> d.ContactContext:
        return self._by_id[contact_id]

    def add_touch(self, touch: d.TouchRecord, account_id: int | None) -> None:
        mine = self._by_id.get(touch.contact_id)
        if mine is not None:
            self._by_id[touch.contact_id] = replace(
                mine,
                touches=_newest_first(mine.touches, touch),
                sent_links=mine.sent_links | set(touch.links),
            )
        for contact_id in self._by_account.get(account_id, ()) if account_id else ():
            ctx = self._by_id[contact_id]
            self._by_id[contact_id] = replace(
                ctx, account_touches=_newest_first(ctx.account_touches, touch)
            )


def _newest_first(
    touches: tuple[d.TouchRecord, ...], touch: d.TouchRecord
) -> tuple[d.TouchRecord, ...]:
    return tuple(sorted((touch, *touches), key=lambda t: t.sent_at, reverse=True))

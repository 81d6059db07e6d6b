"""Assemble what the rules read about contacts: one loader for a check and a batch.

`load_context` is `load_contexts` of one contact: the same statements
(guard/engine/history.py) and the same assembly. Each kind of record is one statement
over all the contacts, split in memory; on PostgreSQL the statements run as one
(guard/engine/onestatement.py), on SQLite too (guard/engine/sqlite_snapshot.py) unless
a large batch's lists would bind too many values; then one after the other.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, select
from sqlalchemy.orm import Session

from guard.engine import history, onestatement, sqlite_snapshot
from guard.engine.contacts import contact_row, find_contact, lock_contact
from guard.engine.history import GROUP_LIMIT, AsOf
from guard.engine.rows import (
    NO_SENDER,
    ContactLike,
    SenderFacts,
    to_absence,
    to_account,
    to_inbound,
    to_person,
    to_sender_facts,
    to_touch,
)
from models import StageChange
from models import domain as d

__all__ = [
    "contact_row",
    "find_contact",
    "load_context",
    "load_contexts",
    "lock_contact",
]

Reader = Session | Connection


@dataclass(slots=True)
class Rider:
    """Statements of the caller's own read with the snapshot's (on PostgreSQL in its
    one round trip, and so with the same view of the database); `rows` holds their
    rows once read. Their parameter names must differ from history.py's."""

    statements: dict[str, Any]
    values: dict[str, Any]
    rows: dict[str, Sequence[Any]] = field(default_factory=dict)


def load_context(
    db: Session,
    contact: ContactLike,
    *,
    now: datetime,
    sender: str,
    as_of: datetime | None = None,
    own_check: str | None = None,
    agent_id: str | None = None,
    rider: Rider | None = None,
) -> d.ContactContext:
    """The snapshot the rules read; with `as_of`, what was known at that instant.

    `as_of` serves policy simulation: rows recorded after it, and the touch that the
    check `own_check` itself recorded, are left out; the stage is the one held then.
    """
    known = AsOf(as_of, own_check or "") if as_of is not None else None
    contexts = load_contexts(
        db,
        [contact],
        now=now,
        known=known,
        sender=sender,
        agent_id=agent_id,
        rider=rider,
    )
    return contexts[contact.id]


def load_contexts(
    db: Reader,
    contacts: Collection[ContactLike],
    *,
    now: datetime,
    known: AsOf | None = None,
    sender: str | None = None,
    agent_id: str | None = None,
    rider: Rider | None = None,
) -> dict[int, d.ContactContext]:
    """Each contact's context; the sender's facts only when `sender` is named."""
    if not contacts:
        return {}
    conn = db.connection() if isinstance(db, Session) else db
    contacts = list(contacts)
    senders = [sender.lower()] if sender is not None else []
    values = history.params(
        contacts, now, known, senders=senders, agent_id=agent_id or ""
    )
    chosen, bound = history.statements(values, agent=bool(agent_id))
    if rider is not None:
        chosen, bound = chosen | rider.statements, bound | rider.values
    rows = _read(conn, chosen, bound)
    if rider is not None:
        rider.rows = {name: rows[name] for name in rider.statements}
    team, away = NO_SENDER
    if senders:
        facts = sender_facts_of(rows.get("senders", ()), senders)
        team, away = facts[senders[0]]
    agent_sends = tuple(r.sent_at for r in rows.get("agent_sends", ()))
    parts = _Parts(rows, contacts, values)
    contexts: dict[int, d.ContactContext] = {}
    for c in contacts:
        person = to_person(c)
        if known is not None:
            person = replace(person, stage=stage_as_of(conn, c, known.at))
        account = parts.accounts.get(c.account_id) if c.account_id else None
        mine = tuple(parts.touches.get(c.id, ()))
        contexts[c.id] = d.ContactContext(
            now=now,
            contact=person,
            account=to_account(account),
            group=_group_of(parts.groups.get(c.account_id, ()), c.id),
            touches=mine,
            account_touches=tuple(parts.account_touches.get(c.account_id, ())),
            inbound=tuple(parts.inbound.get(c.id, ())),
            absences=tuple(parts.absences.get(c.id, ())),
            suppressions=_suppressed(parts.suppressions, c, account),
            sent_links=frozenset(link for t in mine for link in t.links),
            team=team,
            # Only the current settings are stored: a replay of the past cannot know.
            sender_away=away if known is None else None,
            agent_sends=agent_sends,
        )
    return contexts


def _read(
    conn: Connection, chosen: dict[str, Any], values: dict[str, Any]
) -> dict[str, Sequence[Any]]:
    if conn.dialect.name == "postgresql" or sqlite_snapshot.fits(values):
        return onestatement.run(conn, chosen, values)
    return {name: conn.execute(s, values).all() for name, s in chosen.items()}


def sender_facts_of(
    rows: Iterable[Any], senders: Iterable[str]
) -> dict[str, SenderFacts]:
    """Each sender's team and own time off (NO_SENDER when unknown)."""
    facts: dict[str, SenderFacts] = dict.fromkeys(senders, NO_SENDER)
    facts.update({row.email: to_sender_facts(row) for row in rows})
    return facts


class _Parts:
    """The rows read, split by contact (or account)."""

    def __init__(
        self,
        rows: dict[str, Sequence[Any]],
        contacts: list[ContactLike],
        values: dict[str, Any],
    ) -> None:
        self.accounts = {a.id: a for a in rows.get("accounts", ())}
        self.touches: dict[int, list[d.TouchRecord]] = defaultdict(list)
        self.account_touches: dict[int, list[d.TouchRecord]] = defaultdict(list)
        wanted = set(values["ids"])
        account_ids = set(values["account_ids"])
        since, account_since = values["since"], values["group_since"]
        for row in rows["touches"]:
            record = to_touch(row._mapping)
            if row.contact_id in wanted and row.sent_at >= since:
                self.touches[row.contact_id].append(record)
            if row.account_id in account_ids and row.sent_at >= account_since:
                self.account_touches[row.account_id].append(record)
        self.groups: dict[int, list[d.GroupMember]] = defaultdict(list)
        for c in rows.get("groups", ()):
            member = d.GroupMember(to_person(c), bool(c.engaged))
            self.groups[c.account_id].append(member)
        self.inbound: dict[int, list[d.InboundRecord]] = defaultdict(list)
        for m in rows["inbound"]:
            self.inbound[m.contact_id].append(to_inbound(m, m.absence_id))
        self.absences: dict[int, list[d.AbsenceRecord]] = defaultdict(list)
        for a in rows["absences"]:
            self.absences[a.contact_id].append(to_absence(a))
        self.suppressions = rows["suppressions"]


def _group_of(
    members: Iterable[d.GroupMember], contact_id: int
) -> tuple[d.GroupMember, ...]:
    others = (m for m in members if m.person.id != contact_id)
    return tuple(m for _, m in zip(range(GROUP_LIMIT), others, strict=False))


def _suppressed(
    rows: Iterable[Any], contact: ContactLike, account: Any
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


def stage_as_of(db: Any, contact: Any, as_of: datetime) -> str:
    """The stage the contact was at `as_of`, from the stage history."""
    values = {"contact_id": contact.id, "as_of": as_of}
    before = db.execute(_STAGE_BEFORE, values).scalar()
    if before is not None:
        return before
    # No change by then: the stage left by the first later change, if it says.
    after = db.execute(_STAGE_AFTER, values).scalar()
    return after or contact.stage

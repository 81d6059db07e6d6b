"""Many contacts' snapshots at once, for a batch: a constant number of queries.

The loader is the single check's (`snapshot.load_contexts`); here are what a batch
adds: its contacts found by address or CRM id, its senders' facts, and contexts that
see the touches recorded by the batch's earlier items.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import replace
from datetime import datetime

from sqlalchemy.orm import Session

from guard.engine import history, snapshot
from guard.engine.contacts import Found, find_contacts, lock_contacts
from guard.engine.rows import ContactLike, SenderFacts
from models import domain as d

__all__ = [
    "Contexts",
    "Found",
    "find_contacts",
    "load_contexts",
    "lock_contacts",
    "sender_facts",
]


def load_contexts(
    db: Session, contacts: Collection[ContactLike], *, now: datetime
) -> Contexts:
    """Each contact's context (without the sender's facts: see `sender_facts`)."""
    return Contexts(snapshot.load_contexts(db, contacts, now=now))


def sender_facts(db: Session, senders: Iterable[str]) -> dict[str, SenderFacts]:
    """Each sender's team and own time off (NO_SENDER when unknown), in one query."""
    wanted = sorted({s.lower() for s in senders})
    rows = db.connection().execute(history.SENDERS, {"senders": wanted})
    return snapshot.sender_facts_of(rows, wanted)


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

"""The worker keeps one Graph subscription per rep mailbox, renewed before it expires.

Read the rows, call Graph, write the rows: no transaction stays open while Graph
answers. A subscription Graph no longer knows (404 on renewal) is created anew.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from guard.mail.graph import GraphSubscriptions
from guard.mail.source import MailSourceError
from guard.mailnotify.service import client_state
from models import GraphSubscription

log = logging.getLogger("guard.mail.notify")


def ensure_subscriptions(
    sessions: sessionmaker[Session],
    graph: GraphSubscriptions,
    mailboxes: Iterable[str],
    *,
    url: str,
    secret_key: str,
    lifetime: timedelta,
    now: datetime,
    stop: Callable[[], bool] = lambda: False,
) -> dict[str, int]:
    """Create missing subscriptions, renew those past half their lifetime."""
    with sessions() as db, db.begin():
        held = {
            s.mailbox: (s.subscription_id, s.expires_at)
            for s in db.scalars(select(GraphSubscription))
        }
    counts = {"created": 0, "renewed": 0, "kept": 0, "failed": 0}
    state, expires = client_state(secret_key), now + lifetime
    for mailbox in mailboxes:
        if stop():
            break
        current = held.get(mailbox)
        if current and current[1] - now > lifetime / 2:
            counts["kept"] += 1
            continue
        try:
            sub_id, until, how = _renew_or_create(
                graph, mailbox, current, url, state, expires
            )
        except MailSourceError as e:
            log.warning("subscription for %s: %s", mailbox, e)
            counts["failed"] += 1
            continue
        with sessions() as db, db.begin():
            _store(db, mailbox, sub_id, until)
        counts[how] += 1
    return counts


def _renew_or_create(
    graph: GraphSubscriptions,
    mailbox: str,
    current: tuple[str, datetime] | None,
    url: str,
    state: str,
    expires: datetime,
) -> tuple[str, datetime, str]:
    if current is not None:
        until = graph.renew(current[0], expires=expires)
        if until is not None:
            return current[0], until, "renewed"
    sub_id, until = graph.create(mailbox, url=url, client_state=state, expires=expires)
    return sub_id, until, "created"


def _store(db: Session, mailbox: str, sub_id: str, until: datetime) -> None:
    db.execute(delete(GraphSubscription).where(GraphSubscription.mailbox == mailbox))
    db.add(GraphSubscription(mailbox=mailbox, subscription_id=sub_id, expires_at=until))

"""The reps' own time off: read from each configured mailbox, stored on the sender.

Read, then write: the mail server is asked with no transaction open, and the answers
are stored in one short transaction (a rep the server would not answer for keeps the
last state read).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from guard.mail.source import MailSource, OofState
from models import Sender


def refresh_sender_away(
    sessions: sessionmaker[Session],
    sources: Iterable[MailSource],
    *,
    now: datetime,
    stop: Callable[[], bool] = lambda: False,
) -> dict[str, int]:
    """Each mailbox's automatic-reply settings onto its sender; counts for the log."""
    states: dict[str, OofState] = {}
    for source in sources:
        if stop():
            break
        state = source.oof_state(source.mailbox)
        if state is not None:
            states[source.mailbox] = state
    with sessions() as db, db.begin():
        for email, state in states.items():
            store_away(db, email, state, now=now)
    away = sum(1 for s in states.values() if s.enabled)
    return {"read": len(states), "away": away}


def store_away(db: Session, email: str, state: OofState, *, now: datetime) -> Sender:
    row = db.scalar(select(Sender).where(Sender.email == email.lower()))
    if row is None:
        row = Sender(email=email.lower())
        db.add(row)
    row.away_status = status_of(state)
    row.away_starts_at = state.start if row.away_status == "scheduled" else None
    row.away_ends_at = state.end if row.away_status == "scheduled" else None
    row.away_message = state.message[:2000] or None
    row.away_read_at = now
    return row


def status_of(state: OofState) -> str:
    """disabled | always | scheduled (a scheduled reply needs both ends)."""
    if not state.enabled:
        return "disabled"
    return "scheduled" if state.start and state.end else "always"

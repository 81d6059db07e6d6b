"""Absences from MailTips: Exchange knows an internal recipient's automatic reply before
anyone writes to them, so their absence is stored before the first bounce-back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, sessionmaker

from guard.mail.source import MailSource, OofState
from models import Absence, Contact

# MailTips answers at most 100 recipients a call (Exchange's limit is 100 + some).
_CHUNK = 50


def refresh_mailtips(
    sessions: sessionmaker[Session],
    source: MailSource,
    *,
    domains: list[str],
    now: datetime,
    default_days: int = 7,
    stop: Callable[[], bool] = lambda: False,
) -> int:
    """Ask MailTips about contacts in `domains`; open or update their absences.

    Read, ask, write: three steps, and no transaction is open while Exchange answers.
    """
    with sessions() as db, db.begin():
        in_domains = or_(*(Contact.email.endswith(f"@{d}") for d in domains))
        emails = list(db.scalars(select(Contact.email).where(in_domains)))
    tips: dict[str, OofState] = {}
    for start in range(0, len(emails), _CHUNK):
        if stop():
            break
        tips.update(source.mail_tips(emails[start : start + _CHUNK]))
    with sessions() as db, db.begin():
        return sum(
            _store(db, email, state, now, default_days)
            for email, state in tips.items()
            if state.enabled
        )


def _store(db: Session, email: str, state: OofState, now: datetime, days: int) -> int:
    contact = db.scalar(select(Contact).where(Contact.email == email.lower()))
    if contact is None:
        return 0
    returns_on = state.end.date() if state.end else (now + timedelta(days=days)).date()
    if returns_on <= now.date():
        return 0
    absence = db.scalar(
        select(Absence).where(
            Absence.contact_id == contact.id,
            Absence.source == "mailtips",
            Absence.closed_at.is_(None),
        )
    )
    if absence is None:
        absence = Absence(contact_id=contact.id, source="mailtips", noticed_at=now)
        db.add(absence)
    absence.starts_on = state.start.date() if state.start else now.date()
    absence.returns_on = returns_on
    absence.last_day_away = returns_on - timedelta(days=1)
    # A scheduled end is the server's own word; an open-ended reply is a guess.
    absence.confidence = 0.95 if state.end else 0.6
    absence.evidence = state.message[:500]
    absence.noticed_at = now
    return 1

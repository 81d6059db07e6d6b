"""Sign-in throttling: five failures in fifteen minutes, per account and per address.

Failures are rows in the database, so every worker process counts the same attempts
and a restart forgets nothing. Only failures are kept, and only for the window.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from models import AuditEvent, SignInFailure

LIMIT = 5
WINDOW = timedelta(minutes=15)


def retry_after(db: Session, account: str, address: str, now: datetime) -> int | None:
    """Seconds until the account and the address may try again, or None if they may
    try now."""
    waits = [
        _wait(db, column == value, now)
        for column, value in (
            (SignInFailure.account, account),
            (SignInFailure.address, address),
        )
    ]
    known = [w for w in waits if w is not None]
    return max(known) if known else None


def _wait(db: Session, which: object, now: datetime) -> int | None:
    recent = db.scalars(
        select(SignInFailure.at)
        .where(which, SignInFailure.at > now - WINDOW)  # type: ignore[arg-type]
        .order_by(SignInFailure.at.desc())
        .limit(LIMIT)
    ).all()
    if len(recent) < LIMIT:
        return None
    # Free again once the oldest of the last LIMIT failures leaves the window.
    return max(1, math.ceil((recent[-1] + WINDOW - now).total_seconds()))


def record_failure(db: Session, account: str, address: str, now: datetime) -> None:
    """Count a failure; the one that starts a throttle is an audit event."""
    db.execute(delete(SignInFailure).where(SignInFailure.at <= now - WINDOW))
    db.add(SignInFailure(at=now, account=account, address=address))
    db.flush()
    if retry_after(db, account, address, now) is not None:
        db.add(
            AuditEvent(
                actor=f"address:{address}",
                action="sign_in.throttled",
                subject_type="user",
                subject_id=account[:100],
                data={"address": address, "failures": LIMIT, "minutes": 15},
            )
        )


def forget_account(db: Session, account: str) -> None:
    """A successful sign-in clears the account's count (not the address's)."""
    db.execute(delete(SignInFailure).where(SignInFailure.account == account))

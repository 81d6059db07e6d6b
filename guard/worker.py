"""Scheduled jobs: close absences that ended, expire review items nobody decided."""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime

from sqlalchemy import update
from sqlalchemy.orm import Session

from models import Absence, AuditEvent, ReviewItem

log = logging.getLogger("guard.worker")


def close_ended_absences(db: Session, *, now: datetime) -> int:
    """Absences whose return day has come are closed; they stay as history."""
    result = db.execute(
        update(Absence)
        .where(Absence.closed_at.is_(None), Absence.returns_on <= now.date())
        .values(closed_at=now)
    )
    return result.rowcount or 0


def expire_reviews(db: Session, *, now: datetime) -> int:
    expired = db.scalars(
        update(ReviewItem)
        .where(ReviewItem.status == "pending", ReviewItem.expires_at <= now)
        .values(status="expired", decided_at=now, decided_by="worker")
        .returning(ReviewItem.id)
    ).all()
    for review_id in expired:
        db.add(
            AuditEvent(
                at=now,
                actor="worker",
                action="review.expired",
                subject_type="review",
                subject_id=str(review_id),
            )
        )
    return len(expired)


def run_jobs(db: Session, *, now: datetime | None = None) -> dict[str, int]:
    now = now or datetime.now(UTC)
    return {
        "absences_closed": close_ended_absences(db, now=now),
        "reviews_expired": expire_reviews(db, now=now),
    }


def run_forever(sessionmaker: object, *, interval: float) -> None:  # pragma: no cover
    while True:
        with sessionmaker() as db, db.begin():  # type: ignore[operator]
            counts = run_jobs(db)
        log.info("worker pass: %s", counts)
        time.sleep(interval)

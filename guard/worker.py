"""Scheduled jobs: close absences that ended, expire review items nobody decided,
deliver review decisions to CRM callbacks (the outbox)."""

from __future__ import annotations

import logging
import time
from dataclasses import asdict
from datetime import UTC, datetime

from sqlalchemy import update
from sqlalchemy.orm import Session, sessionmaker

from guard.mail.configured import configured_sources
from guard.mail.mailtips import refresh_mailtips
from guard.mail.sync import sync_mailbox
from guard.outbox import deliver_due, enqueue_review
from guard.reviews.queries import Reviewer, get_review
from guard.settings import Settings
from models import Absence, AuditEvent, ReviewItem

log = logging.getLogger("guard.worker")
# The worker acts on every team's items.
_WORKER = Reviewer(name="worker", role="admin")


def close_ended_absences(db: Session, *, now: datetime) -> int:
    """Absences whose return day has come are closed; they stay as history."""
    result = db.execute(
        update(Absence)
        .where(Absence.closed_at.is_(None), Absence.returns_on <= now.date())
        .values(closed_at=now)
    )
    return result.rowcount or 0


def expire_reviews(db: Session, *, now: datetime) -> int:
    """Pending items past their time expire; the CRM hears of it, as of a decision,
    so a send it holds back for review does not wait forever."""
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
        detail = get_review(db, _WORKER, review_id)
        enqueue_review(db, detail, now=now)
    return len(expired)


def run_jobs(db: Session, *, now: datetime | None = None) -> dict[str, int]:
    now = now or datetime.now(UTC)
    return {
        "absences_closed": close_ended_absences(db, now=now),
        "reviews_expired": expire_reviews(db, now=now),
    }


def run_pass(sessions: sessionmaker[Session], settings: Settings) -> dict[str, object]:
    """One worker pass: the scheduled jobs, then every configured mailbox."""
    with sessions() as db, db.begin():
        counts: dict[str, object] = dict(run_jobs(db))
    # Outside run_jobs' transaction: posting to a CRM must not hold a database lock.
    counts["outbox"] = deliver_due(sessions, settings)
    for source in configured_sources(settings):
        result = sync_mailbox(
            sessions, source, default_absence_days=settings.default_absence_days
        )
        counts[source.name] = asdict(result)
    sources = configured_sources(settings)
    if sources and settings.mailtips_domains:
        counts["mailtips_absences"] = refresh_mailtips(
            sessions,
            sources[0],
            domains=settings.mailtips_domains,
            now=datetime.now(UTC),
            default_days=settings.default_absence_days,
        )
    return counts


def run_forever(sessions: sessionmaker[Session], settings: Settings) -> None:
    while True:
        log.info("worker pass: %s", run_pass(sessions, settings))
        time.sleep(settings.worker_interval_seconds)

"""Scheduled jobs: close absences that ended, expire review items nobody decided,
deliver review decisions to CRM callbacks (the outbox), purge message text past the
retention period (daily), poll mailboxes, read the reps' own automatic replies.

The worker must outlive every fault it can wait out: a locked or unreachable database,
an Exchange server that is down, a callback that hangs. Each step of a pass is guarded;
a failed pass is retried with growing, jittered waits; SIGTERM lets the item in hand
finish (one callback post, one mailbox batch) and then ends the loop.
"""

from __future__ import annotations

import logging
import random
import secrets
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import update
from sqlalchemy.orm import Session, sessionmaker

from guard.inbound.mail_sync import sync_mailbox, take_requests
from guard.mail.configured import configured_sources, graph_sources
from guard.mail.graph import GraphSubscriptions
from guard.mail.mailtips import refresh_mailtips
from guard.mail.source import MailSource
from guard.mailnotify.subscriptions import ensure_subscriptions
from guard.observability import logs, metrics
from guard.privacy.retention import run_if_due
from guard.reviews.outbox import deliver_due, enqueue_review
from guard.reviews.queries import Reviewer, get_review
from guard.senders.away import refresh_sender_away
from guard.settings import Settings
from models import Absence, AuditEvent, ReviewItem

log = logging.getLogger("guard.worker")
job_log = logs.fast(logging.getLogger("guard.job"))
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


def run_pass(
    sessions: sessionmaker[Session],
    settings: Settings,
    *,
    stop: Callable[[], bool] = lambda: False,
) -> dict[str, object]:
    """One worker pass: the scheduled jobs, the outbox, then every configured mailbox.

    Each step is guarded on its own: a locked database or an unreachable Exchange server
    fails that step (counted as {"error": ...}), not the others.
    """
    counts: dict[str, object] = {}
    _step(counts, "jobs", lambda: _jobs(sessions), merge=True)
    # Outside the jobs' transaction: posting to a CRM must not hold a database lock.
    _step(counts, "outbox", lambda: deliver_due(sessions, settings, stop=stop))
    # Once a day: message text past GUARD_RETENTION_DAYS goes (guard/privacy).
    if not stop():
        _step(counts, "retention", lambda: _retention(sessions, settings, stop))
    sources = configured_sources(settings)
    for number, source in enumerate(sources, 1):
        if stop():
            return counts
        _step(
            counts,
            source.name,
            lambda s=source: _sync(sessions, s, settings, stop),
            kind="mail_sync",
            mailbox=number,
        )
    if settings.graph_notification_url and sources and not stop():
        _step(
            counts, "graph_subscriptions", lambda: _subscribe(sessions, settings, stop)
        )
    if sources and not stop():
        _step(
            counts,
            "sender_away",
            lambda: refresh_sender_away(
                sessions, sources, now=datetime.now(UTC), stop=stop
            ),
        )
    if sources and settings.mailtips_domains and not stop():
        _step(
            counts,
            "mailtips_absences",
            lambda: refresh_mailtips(
                sessions,
                sources[0],
                domains=settings.mailtips_domains,
                now=datetime.now(UTC),
                default_days=settings.default_absence_days,
                stop=stop,
            ),
        )
    return counts


def run_requested(
    sessions: sessionmaker[Session],
    settings: Settings,
    *,
    stop: Callable[[], bool] = lambda: False,
) -> dict[str, object]:
    """Read the mailboxes that change notifications queued since the last look."""
    counts: dict[str, object] = {}
    wanted = take_requests(sessions)
    for number, source in enumerate(configured_sources(settings) if wanted else [], 1):
        if source.name in wanted and not stop():
            _step(
                counts,
                source.name,
                lambda s=source: _sync(sessions, s, settings, stop),
                kind="mail_sync",
                mailbox=number,
            )
    return counts


def _subscribe(
    sessions: sessionmaker[Session], settings: Settings, stop: Callable[[], bool]
) -> dict[str, int]:
    sources = graph_sources(settings)
    if not sources or not settings.graph_notification_url:
        return {}
    return ensure_subscriptions(
        sessions,
        GraphSubscriptions(sources[0].client),
        [s.mailbox for s in sources],
        url=settings.graph_notification_url,
        secret_key=settings.secret_key,
        lifetime=timedelta(minutes=settings.graph_subscription_minutes),
        now=datetime.now(UTC),
        stop=stop,
    )


def _retention(
    sessions: sessionmaker[Session], settings: Settings, stop: Callable[[], bool]
) -> dict[str, int] | str:
    done = run_if_due(sessions, days=settings.retention_days, stop=stop)
    return "not due" if done is None else done


def _jobs(sessions: sessionmaker[Session]) -> dict[str, int]:
    with sessions() as db, db.begin():
        return run_jobs(db)


def _sync(
    sessions: sessionmaker[Session],
    source: MailSource,
    settings: Settings,
    stop: Callable[[], bool],
) -> dict[str, object]:
    result = sync_mailbox(
        sessions, source, default_absence_days=settings.default_absence_days, stop=stop
    )
    return asdict(result)


def _step(
    counts: dict[str, object],
    name: str,
    job: Callable[[], Any],
    *,
    merge: bool = False,
    kind: str | None = None,
    **fields: Any,
) -> None:
    """Run one step, guarded, and log it as one line (`kind` names it there when
    `name` is a mailbox's address, which logs never carry)."""
    ok, result = _logged_job(kind or name, job, fields)
    if not ok:
        counts[name] = result
    elif merge:
        counts.update(result)
    else:
        counts[name] = result


def _logged_job(
    job: str, run: Callable[[], Any], fields: dict[str, Any]
) -> tuple[bool, Any]:
    line: dict[str, Any] = {"request_id": secrets.token_hex(8), "job": job, **fields}
    token = logs.current.set(line)
    started = time.perf_counter()
    ok, result = False, None
    try:
        result = run()
        ok = True
    except Exception as exc:  # one failing step must not end the worker
        log.exception("worker step %s failed", job)
        result = {"error": f"{type(exc).__name__}: {exc}"[:300]}
    finally:
        logs.current.reset(token)
        seconds = time.perf_counter() - started
        metrics.observe_job(job, ok, seconds)
        line.update(
            outcome="ok" if ok else "error", duration_ms=round(seconds * 1e3, 3)
        )
        line.update(_numbers(result))
        job_log.info("job", extra={"fields": line})
    return ok, result


def _numbers(result: Any) -> dict[str, int]:
    """A step's counts, for its log line (never its text: errors, mailbox names)."""
    if not isinstance(result, dict):
        return {}
    return {k: v for k, v in result.items() if type(v) is int}


def failed_steps(counts: dict[str, object]) -> list[str]:
    return [k for k, v in counts.items() if isinstance(v, dict) and "error" in v]


class Stopper:
    """SIGTERM or SIGINT: the item in hand is finished, then the worker exits."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def install(self) -> Stopper:
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, lambda *_: self._event.set())
        return self

    def __call__(self) -> bool:
        return self._event.is_set()

    def wait(self, seconds: float) -> None:
        self._event.wait(seconds)


def retry_delay(failures: int, interval: float, rng: Callable[[], float]) -> float:
    """After a failed pass: 1 s, 2 s, 4 s … up to five intervals, each scaled by
    0.5-1.5 so that workers failing together do not retry together."""
    base = min(2.0 ** (failures - 1), 5 * max(interval, 1.0))
    return base * (0.5 + rng())


def run_forever(
    sessions: sessionmaker[Session], settings: Settings, stop: Stopper | None = None
) -> None:
    """Pass after pass until SIGTERM; a failing pass is retried with backoff."""
    stop = stop or Stopper().install()
    failures = 0
    while not stop():
        counts = run_pass(sessions, settings, stop=stop)
        failed = failed_steps(counts)
        failures = failures + 1 if failed else 0
        if failed:
            wait = retry_delay(
                failures, settings.worker_interval_seconds, random.random
            )
            log.warning("worker pass failed (%s); again in %.1f s", failed, wait)
        else:
            wait = settings.worker_interval_seconds
            log.info("worker pass: %s", counts)
        if settings.worker_heartbeat_file:
            settings.worker_heartbeat_file.touch()  # alive, even when retrying
        _wait(sessions, settings, stop, wait)
    log.info("worker stopped")


def _wait(
    sessions: sessionmaker[Session], settings: Settings, stop: Stopper, seconds: float
) -> None:
    """Wait for the next pass; with notifications on, serve queued mailboxes meanwhile
    so that a reply is read within seconds, not at the next pass."""
    if not settings.graph_notification_url:
        stop.wait(seconds)
        return
    deadline = time.monotonic() + seconds
    while not stop() and (left := deadline - time.monotonic()) > 0:
        stop.wait(min(left, settings.graph_notification_poll_seconds))
        if not stop():
            # Guarded like a pass step: a database down now must not end the worker.
            counts: dict[str, object] = {}
            _step(
                counts, "notified", lambda: run_requested(sessions, settings, stop=stop)
            )
            if counts["notified"]:
                log.info("notified mailboxes read: %s", counts["notified"])

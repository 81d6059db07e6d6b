"""What a scrape answers: every process's counters, and gauges read from the database.

The backlog of callbacks, the review queue and the revisions in force are facts of the
database and the loaded policy, the same whichever process is asked: they are read
when Prometheus asks (a few indexed aggregates, one short read transaction), never
kept up to date on the dispatch path.
"""

from __future__ import annotations

import glob
import logging
import time
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime

from prometheus_client import REGISTRY, generate_latest
from prometheus_client.core import GaugeMetricFamily, InfoMetricFamily, Metric
from prometheus_client.multiprocess import MultiProcessCollector
from prometheus_client.registry import Collector
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from guard.observability import directory
from guard.observability import metrics as _metrics  # noqa: F401  (registers them)
from models import OutboxEvent, ReviewItem

log = logging.getLogger("guard.metrics")
CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
_SYNCED = "guard_mail_sync_last_success_timestamp_seconds"


class Scrape(Collector):
    """The process metrics (summed over every process's files in multiprocess mode)
    and the database's gauges."""

    def __init__(
        self,
        sessions: Callable[[], Session],
        pack_revision: Callable[[], str],
    ) -> None:
        self._sessions = sessions
        self._pack_revision = pack_revision

    def describe(self) -> list[Metric]:
        return []  # nothing to read when registered: the database is asked per scrape

    def collect(self) -> Iterator[Metric]:
        counted = list(_process_metrics())
        yield from counted
        yield from _sync_lag(counted)
        yield from _revisions(self._pack_revision())
        yield from _database(self._sessions)


def render(sessions: Callable[[], Session], pack_revision: Callable[[], str]) -> bytes:
    return generate_latest(Scrape(sessions, pack_revision))


def _process_metrics() -> Iterable[Metric]:
    folder = directory.current()
    if folder is None:
        return REGISTRY.collect()
    # Every role's folder under <state>/metrics: the API processes and the worker.
    files = glob.glob(str(folder.parent / "*" / "*.db"))
    return MultiProcessCollector.merge(files, accumulate=True)


def _sync_lag(counted: list[Metric]) -> Iterator[Metric]:
    lag = GaugeMetricFamily(
        "guard_mail_sync_lag_seconds",
        "Seconds since each mailbox was last read to the end (from the worker).",
        labels=["mailbox"],
    )
    now = time.time()
    for family in counted:
        if family.name == _SYNCED:
            for sample in family.samples:
                lag.add_metric([sample.labels["mailbox"]], max(0.0, now - sample.value))
    yield lag


def _revisions(pack_revision: str) -> Iterator[Metric]:
    from guard.analysis.model.linear import load_model  # cached; loaded at start-up

    policy = InfoMetricFamily("guard_policy", "The policy pack revision in force.")
    policy.add_metric([], {"pack_revision": pack_revision})
    yield policy
    model = InfoMetricFamily("guard_model", "The learned models in use, by id.")
    for name in ("bump", "inbound"):
        loaded = load_model(name)
        model.add_metric([], {"model": name, "id": loaded.model_id if loaded else ""})
    yield model


def _database(sessions: Callable[[], Session]) -> Iterator[Metric]:
    up = GaugeMetricFamily(
        "guard_metrics_database_up",
        "1 when the database answered this scrape's queries, else 0.",
    )
    try:
        with sessions() as db:
            families = list(_database_gauges(db, datetime.now(UTC)))
    except Exception:  # a scrape must answer while the database is down
        log.warning("metrics: the database did not answer", exc_info=True)
        up.add_metric([], 0)
        yield up
        return
    up.add_metric([], 1)
    yield up
    yield from families


def _database_gauges(db: Session, now: datetime) -> Iterator[Metric]:
    outbox = {
        status: (count, oldest)
        for status, count, oldest in db.execute(
            select(OutboxEvent.status, func.count(), func.min(OutboxEvent.created_at))
            .where(OutboxEvent.status.in_(("pending", "dead")))
            .group_by(OutboxEvent.status)
        )
    }
    pending, oldest = outbox.get("pending", (0, None))
    yield _gauge(
        "guard_outbox_pending", "Callback events waiting to be delivered.", pending
    )
    yield _gauge(
        "guard_outbox_oldest_pending_age_seconds",
        "Age of the oldest callback event still waiting (0 when none).",
        _age(now, oldest),
    )
    yield _gauge(
        "guard_outbox_dead",
        "Callback events given up after every attempt failed.",
        outbox.get("dead", (0, None))[0],
    )
    depth, oldest_review = db.execute(
        select(func.count(), func.min(ReviewItem.created_at)).where(
            ReviewItem.status == "pending"
        )
    ).one()
    yield _gauge(
        "guard_review_queue_depth", "Review items waiting for a manager.", depth
    )
    yield _gauge(
        "guard_review_queue_oldest_age_seconds",
        "Age of the oldest review item waiting (0 when none).",
        _age(now, oldest_review),
    )


def _gauge(name: str, documentation: str, value: float) -> GaugeMetricFamily:
    return GaugeMetricFamily(name, documentation, value=value)


def _age(now: datetime, then: datetime | None) -> float:
    # The column type returns aware UTC datetimes, on SQLite too (models/base.py).
    if then is None:
        return 0.0
    return max(0.0, (now - then).total_seconds())

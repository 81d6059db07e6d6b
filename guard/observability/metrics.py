"""The guard's Prometheus metrics: what each process counts as it works.

A metric update on the dispatch path is an increment or an observation on a child
resolved once (a dict lookup and, in multiprocess mode, a write into a mapped file):
a check costs a handful of them. Gauges that describe the database (backlogs, queue
ages) are not kept here: `scrape.py` reads them when Prometheus asks.
"""

from __future__ import annotations

import time
from collections.abc import Iterable

from prometheus_client import Counter, Gauge, Histogram, disable_created_metrics
from sqlalchemy import event
from sqlalchemy.orm import Session

# The *_created series double every family and tell nothing a restart does not.
disable_created_metrics()
# A check's phases run from a tenth of a millisecond (rules) to tens (a loaded write).
_PHASE_BUCKETS = (
    0.0001,
    0.00025,
    0.0005,
    0.001,
    0.0025,
    0.005,
    0.01,
    0.025,
    0.05,
    0.1,
    0.25,
    1.0,
)
_REQUEST_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5)

CHECKS = Counter(
    "guard_checks",
    "Decisions made, by verdict, the caller's role and the sender's kind.",
    ["verdict", "caller", "sender", "dry_run"],
)
FINDINGS = Counter(
    "guard_check_findings",
    "Findings in the decisions made, by rule and the finding's verdict.",
    ["rule", "verdict"],
)
CHECK_PHASE = Histogram(
    "guard_check_phase_seconds",
    "Time of one check's phases: load (snapshot), analysis, rules, write (to commit).",
    ["phase"],
    buckets=_PHASE_BUCKETS,
)
HOOK_FALLBACKS = Counter(
    "guard_hook_fallbacks",
    "Pre-dispatch answers given by the integration's fail mode instead of a decision.",
    ["reason", "mode"],
)
HTTP_REQUESTS = Counter(
    "guard_http_requests",
    "Requests answered, by method, route template and status.",
    ["method", "route", "status"],
)
HTTP_SECONDS = Histogram(
    "guard_http_request_duration_seconds",
    "Time from a request's arrival to its answer, by method and route template.",
    ["method", "route"],
    buckets=_REQUEST_BUCKETS,
)
INBOUND = Counter(
    "guard_inbound_messages",
    "Inbound messages stored, by kind and where they came from (api or mail).",
    ["kind", "source"],
)
OUTBOX_ATTEMPTS = Counter(
    "guard_outbox_deliveries",
    "Callback delivery attempts by outcome: delivered, retry, dead or lost (lease).",
    ["outcome"],
)
JOBS = Counter(
    "guard_worker_jobs",
    "Worker steps run, by job and outcome (ok or error).",
    ["job", "outcome"],
)
JOB_SECONDS = Histogram(
    "guard_worker_job_duration_seconds",
    "Time of one worker step, by job.",
    ["job"],
    buckets=(0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60, 300),
)
MAIL_SYNCED = Gauge(
    "guard_mail_sync_last_success_timestamp_seconds",
    "When each mailbox was last read to the end without an error (Unix time).",
    ["mailbox"],
    multiprocess_mode="max",
)

_PHASES = {p: CHECK_PHASE.labels(phase=p) for p in ("load", "analysis", "rules")}
_WRITE = CHECK_PHASE.labels(phase="write")
_WRITE_STARTED = "guard.metrics.write_started"


def count_decision(
    verdict: str,
    findings: Iterable[tuple[str, str]],
    *,
    caller: str,
    sender: str,
    dry_run: bool,
) -> None:
    """One decision made (never a replay of a stored one)."""
    CHECKS.labels(verdict, caller, sender, "true" if dry_run else "false").inc()
    for rule, finding_verdict in findings:
        FINDINGS.labels(rule, finding_verdict).inc()


def observe_phases(load: float, analysis: float, rules: float) -> None:
    """The phases of one check, in seconds."""
    _PHASES["load"].observe(load)
    _PHASES["analysis"].observe(analysis)
    _PHASES["rules"].observe(rules)


def write_started(db: Session) -> None:
    """The check's rows are about to be written: the write phase ends at the commit."""
    db.info[_WRITE_STARTED] = time.perf_counter()


@event.listens_for(Session, "after_commit")
def _write_committed(session: Session) -> None:
    started = session.info.pop(_WRITE_STARTED, None)
    if started is not None:
        _WRITE.observe(time.perf_counter() - started)


@event.listens_for(Session, "after_rollback")
def _write_abandoned(session: Session) -> None:
    session.info.pop(_WRITE_STARTED, None)


def count_fallback(reason: str, mode: str) -> None:
    HOOK_FALLBACKS.labels(reason, mode).inc()


def count_inbound(kind: str, source: str) -> None:
    INBOUND.labels(kind, "api" if source == "api" else "mail").inc()


def count_delivery(outcome: str) -> None:
    OUTBOX_ATTEMPTS.labels(outcome).inc()


def mailbox_synced(mailbox: str) -> None:
    MAIL_SYNCED.labels(mailbox).set(time.time())


def observe_job(job: str, ok: bool, seconds: float) -> None:
    JOBS.labels(job, "ok" if ok else "error").inc()
    JOB_SECONDS.labels(job).observe(seconds)


class RequestMetrics:
    """Per-route children, resolved once per (method, route, status) and reused."""

    def __init__(self) -> None:
        self._counts: dict[tuple[str, str, int], Counter] = {}
        self._times: dict[tuple[str, str], Histogram] = {}

    def observe(self, method: str, route: str, status: int, seconds: float) -> None:
        key = (method, route, status)
        counter = self._counts.get(key)
        if counter is None:
            counter = self._counts[key] = HTTP_REQUESTS.labels(method, route, status)
        counter.inc()
        timer = self._times.get(key[:2])
        if timer is None:
            timer = self._times[key[:2]] = HTTP_SECONDS.labels(method, route)
        timer.observe(seconds)

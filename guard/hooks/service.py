"""Decide a signed pre-dispatch call, or fall back in time (docs/security.md)."""

from __future__ import annotations

import logging
import time
from contextlib import nullcontext
from datetime import UTC, datetime, timedelta

from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError

from guard.auth import Caller
from guard.checks.present import Later
from guard.checks.schemas import CheckIn, CheckOut, FindingOut
from guard.checks.service import read_ahead, run_check
from guard.errors import ServiceUnavailable, Unauthorized
from guard.hooks import registry
from guard.hooks.signature import verify
from guard.observability import logs, metrics
from guard.policy import cached_policy, live_policy
from guard.state import GuardState

log = logging.getLogger("guard.hooks")
UNAVAILABLE = "guard.unavailable"


class AnsweredMeanwhile(Exception):
    """The caller already has the fallback answer: this decision must not be stored."""


def decide_hook(
    state: GuardState,
    raw_key: str,
    body: bytes,
    headers: dict[str, str],
    deadline: float,
) -> CheckOut:
    """The whole check in one transaction (runs in a worker thread).

    Past `deadline` (time.monotonic()) the endpoint has answered with the fallback, and
    the CRM acts on that: a decision stored now would count a touch, or open a review,
    for a send the CRM never heard about. So a late check is not made, or rolled back.
    """
    # Who is calling is settled before queueing for the write lock (from the cache, or
    # a short read of its own): a wrong key or signature never waits behind writers.
    caller, webhook_id = _verified_caller(state, raw_key, body, headers)
    logs.note(caller_id=caller.key_id, caller_role="integration")
    check = _parse(body).model_copy(
        # The webhook-id is the idempotency key: a retry gets the stored answer.
        update={"idempotency_key": f"hook:{caller.integration_id}:{webhook_id}"}
    )
    # The text is read before queueing for the lock, with the policy the caches
    # hold (run_check reads it again if the bump model changed meanwhile).
    cached = cached_policy(state)
    read = None if cached is None else read_ahead(cached, state.settings, check)
    # The wait for the lock ends at the deadline (LockWaitExpired is a TimeoutError).
    # A dry run records nothing: it reads (SQLite: BEGIN DEFERRED) and never queues
    # behind the writers, as a dry run of /v1/checks does.
    turn = nullcontext() if check.dry_run else state.write_lock.within(deadline)
    sessions = state.read_sessionmaker if check.dry_run else state.sessionmaker
    with turn, sessions() as db, db.begin():
        _in_time(deadline)
        policy = live_policy(state, db)
        who = Caller(caller.key_id, caller.name, "integration")
        decided = run_check(
            db=db,
            policy=policy,
            settings=state.settings,
            caller=who,
            check=check,
            read=read,
            answer=Later,
        )
        _in_time(deadline)
    # Committed and the lock let go: presenting the answer needs neither.
    return decided.shown()


def _in_time(deadline: float) -> None:
    if time.monotonic() > deadline:
        raise AnsweredMeanwhile


def _verified_caller(
    state: GuardState, raw_key: str, body: bytes, headers: dict[str, str]
) -> tuple[registry.Caller, str]:
    """The integration behind the key, and the webhook-id its signature vouches for."""
    caller = _current_caller(state, raw_key, recheck=False)
    try:
        return caller, verify(body, headers, list(caller.secrets))
    except Unauthorized:
        # Perhaps the secret was rotated a moment ago: reread before refusing.
        caller = _current_caller(state, raw_key, recheck=True)
        return caller, verify(body, headers, list(caller.secrets))


def _current_caller(
    state: GuardState, raw_key: str, *, recheck: bool
) -> registry.Caller:
    """The integration behind the key, as of a revision at most one poll old.

    An unknown key rereads the revision at once: an integration created a moment ago
    by another process is then known without waiting for the next poll.
    """
    cache: registry.IntegrationCache = state.integrations
    caller = None if recheck or cache.stale() else cache.get(raw_key)
    if caller is None:
        with state.read_sessionmaker() as db, db.begin():
            cache.refresh(db)
        caller = cache.get(raw_key)
    if caller is None:
        raise Unauthorized("This API key belongs to no integration (or was revoked).")
    return caller


def offline_caller(
    cache: registry.IntegrationCache, raw_key: str, body: bytes, headers: dict[str, str]
) -> registry.Caller:
    """The verified caller from what the process knows, without the database.

    An unknown key or a bad signature is refused even then (401); with nothing
    known at all (no database since start, no snapshot file) nobody can be verified.
    """
    caller = cache.get(raw_key)
    if caller is None and not cache.loaded:
        raise ServiceUnavailable(
            "The guard cannot verify this key now (its database is unreachable); "
            "retry shortly."
        )
    if caller is None:
        raise Unauthorized("This API key belongs to no integration (or was revoked).")
    verify(body, headers, list(caller.secrets))
    return caller


def _parse(body: bytes) -> CheckIn:
    try:
        return CheckIn.model_validate_json(body)
    except ValidationError as exc:
        errors = [{**e, "loc": ("body", *e["loc"])} for e in exc.errors()]
        raise RequestValidationError(errors) from exc


def fallback(
    state: GuardState,
    raw_key: str,
    body: bytes,
    headers: dict[str, str],
    reason: str,
    *,
    code: str = "timeout",
) -> CheckOut:
    """The integration's configured answer when the guard cannot decide in time.
    `code` names the reason for metrics and logs: timeout or database_unavailable."""
    settings = state.settings
    caller = offline_caller(state.integrations, raw_key, body, headers)
    metrics.count_fallback(code, caller.mode)
    logs.note(caller_id=caller.key_id, caller_role="integration", fallback=code)
    log.warning(
        "pre-dispatch fallback (%s) for %s: %s", caller.mode, caller.name, reason
    )
    now = datetime.now(UTC)
    if caller.mode == "fail_closed":
        later = now + timedelta(minutes=settings.fallback_defer_minutes)
        message = (
            f"The guard could not decide ({reason}); deferred by "
            f"{settings.fallback_defer_minutes} minutes under the fail-closed policy."
        )
        return _answer("defer", later, message, state.policy.revision)
    message = (
        f"The guard could not decide ({reason}); allowed under the fail-open "
        "policy without checks."
    )
    return _answer("allow", None, message, state.policy.revision)


def _answer(verdict: str, after: datetime | None, message: str, rev: str) -> CheckOut:
    finding = FindingOut(
        rule=UNAVAILABLE,
        verdict="defer" if verdict == "defer" else "warn",
        severity="high",
        message=message,
        deliver_after=after,
    )
    return CheckOut(
        check_id=None,
        verdict=verdict,  # type: ignore[arg-type]
        deliver_after=after,
        findings=[finding],
        pack_revision=rev,
    )

"""/v1/checks: may this planned send go out?"""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Query, Request
from starlette.concurrency import run_in_threadpool

from guard.auth import AnyCaller, Checker
from guard.checks import batch, scope, service, stored
from guard.checks.schemas import BatchIn, BatchOut, CheckIn, CheckOut
from guard.db import DbSession, write_session
from guard.inputs import Instant
from guard.policy import CurrentPolicy
from guard.responses import PROBLEMS
from guard.state import state_of
from guard.unit_of_work import UnitOfWorkRoute

router = APIRouter(prefix="/v1", tags=["checks"], route_class=UnitOfWorkRoute)
Verdict = Literal["allow", "warn", "rewrite", "defer", "block"]


@router.post("/checks", response_model=CheckOut, responses=PROBLEMS)
async def create_check(
    check: CheckIn,
    request: Request,
    caller: Checker,
    policy: CurrentPolicy,
) -> CheckOut:
    """Check a planned send before dispatch: allow, warn, rewrite, defer or block."""
    scope.check_sender(caller, check.sender.email)
    # Async, not a unit of work of its own: the text is read and a dry run decided
    # before (and without) the write lock; check_in_turn takes it for the rest.
    # No DbSession dependency: a dry run needs no write session, and a check's is
    # closed by its unit of work, so a generator dependency's teardown has nothing
    # to do. Its wait for the lock is counted from here, as the dependency's was.
    state = state_of(request)
    db = None if check.dry_run else write_session(state)
    return await run_in_threadpool(
        service.check_in_turn, state, db, policy, caller, check
    )


@router.post("/checks:batch", response_model=BatchOut, responses=PROBLEMS)
def create_checks(
    data: BatchIn,
    request: Request,
    db: DbSession,
    caller: Checker,
    policy: CurrentPolicy,
) -> BatchOut:
    """Check up to 1,000 planned sends at once, in order: one answer per item. An
    item's own problem (invalid like a 422 of `POST /v1/checks`, unknown contact,
    too large) is in its answer as `status` and `problem`, and the other items are
    still decided."""
    settings = state_of(request).settings
    items = data.checked_items()
    return batch.run_batch(
        db=db, policy=policy, settings=settings, caller=caller, items=items
    )


@router.get("/checks/{check_id}", response_model=CheckOut, responses=PROBLEMS)
def read_check(check_id: str, db: DbSession, caller: AnyCaller) -> CheckOut:
    """A stored decision, exactly as it was answered."""
    return stored.get_check(db, check_id, scope.visible(db, caller))


@router.get("/me/checks", response_model=list[CheckOut], responses=PROBLEMS)
def my_checks(
    db: DbSession,
    caller: AnyCaller,
    verdict: Verdict | None = None,
    contact: str | None = Query(None, description="the contact's e-mail address"),
    since: Instant | None = None,
    limit: int = Query(50, ge=1, le=500),
) -> list[CheckOut]:
    """Your recent checks, newest first: an SDR's own sends, a manager's team's."""
    return stored.list_checks(
        db,
        scope.visible(db, caller),
        verdict=verdict,
        contact=contact,
        since=since,
        limit=limit,
    )

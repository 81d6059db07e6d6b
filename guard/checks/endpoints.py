"""/v1/checks: may this planned send go out?"""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Query, Request

from guard.auth import AnyCaller, Checker
from guard.checks import batch, scope, service, stored
from guard.checks.schemas import BatchIn, BatchOut, CheckIn, CheckOut
from guard.db import DbSession
from guard.inputs import Instant
from guard.policy import live_policy
from guard.responses import PROBLEMS
from guard.state import state_of
from guard.unit_of_work import UnitOfWorkRoute

router = APIRouter(prefix="/v1", tags=["checks"], route_class=UnitOfWorkRoute)
Verdict = Literal["allow", "warn", "rewrite", "defer", "block"]


# The policy is read in the unit of work's own thread call, as the hook reads it
# (guard/hooks/service.py), not by a dependency: one dependency less for FastAPI to
# resolve on the event loop per check (bench/request_cpu.py), and the content and
# model caches still answer without the database while fresh.
@router.post("/checks", response_model=CheckOut, responses=PROBLEMS)
def create_check(
    check: CheckIn,
    request: Request,
    db: DbSession,
    caller: Checker,
) -> CheckOut:
    """Check a planned send before dispatch: allow, warn, rewrite, defer or block."""
    scope.check_sender(caller, check.sender.email)
    state = state_of(request)
    policy = live_policy(state, db)
    return service.run_check(
        db=db, policy=policy, settings=state.settings, caller=caller, check=check
    )


@router.post("/checks:batch", response_model=BatchOut, responses=PROBLEMS)
def create_checks(
    data: BatchIn,
    request: Request,
    db: DbSession,
    caller: Checker,
) -> BatchOut:
    """Check up to 1,000 planned sends at once, in order: one answer per item. An
    item's own problem (invalid like a 422 of `POST /v1/checks`, unknown contact,
    too large) is in its answer as `status` and `problem`, and the other items are
    still decided."""
    state = state_of(request)
    items = data.checked_items()
    return batch.run_batch(
        db=db,
        policy=live_policy(state, db),
        settings=state.settings,
        caller=caller,
        items=items,
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

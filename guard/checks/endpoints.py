"""/v1/checks: may this planned send go out?"""

from __future__ import annotations

from fastapi import APIRouter, Request

from guard.auth import AnyCaller, Checker
from guard.checks import service
from guard.checks.schemas import CheckIn, CheckOut
from guard.db import DbSession
from guard.policy import CurrentPolicy
from guard.responses import PROBLEMS

router = APIRouter(prefix="/v1", tags=["checks"])


@router.post("/checks", response_model=CheckOut, responses=PROBLEMS)
def create_check(
    check: CheckIn,
    request: Request,
    db: DbSession,
    caller: Checker,
    policy: CurrentPolicy,
) -> CheckOut:
    """Check a planned send before dispatch; the answer says allow, warn, rewrite, defer
    or
    block.
    """
    settings = request.app.state.settings
    return service.run_check(
        db=db, policy=policy, settings=settings, caller=caller, check=check
    )


@router.get("/checks/{check_id}", response_model=CheckOut, responses=PROBLEMS)
def read_check(check_id: str, db: DbSession, caller: AnyCaller) -> CheckOut:
    """A stored decision, exactly as it was answered."""
    return service.get_check(db, check_id)

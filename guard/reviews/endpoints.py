"""/v1/reviews: the queue of blocked sends and a manager's decisions on them."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request

from guard.auth import Caller, require_role
from guard.db import DbSession
from guard.policy import CurrentPolicy
from guard.responses import PROBLEMS, RowId
from guard.reviews import queries, service
from guard.reviews.schemas import (
    ApprovalOut,
    DecisionIn,
    EditIn,
    ReviewDetail,
    ReviewOut,
    Status,
)
from guard.state import state_of
from guard.unit_of_work import UnitOfWorkRoute

router = APIRouter(prefix="/v1", tags=["reviews"], route_class=UnitOfWorkRoute)
# Ten years: older than that is every item; more would overflow the date arithmetic.
MAX_AGE_HOURS = 24 * 366 * 10
ManagerOrAdmin = Annotated[Caller, Depends(require_role("manager"))]


@router.get("/reviews", response_model=list[ReviewOut], responses=PROBLEMS)
def list_reviews(
    db: DbSession,
    caller: ManagerOrAdmin,
    status: Status | None = "pending",
    team: str | None = None,
    sender: str | None = Query(None, description="the sender's e-mail address"),
    rule: str | None = Query(None, description="a rule id, e.g. bump.premature"),
    min_age_hours: float | None = Query(
        None, ge=0, le=MAX_AGE_HOURS, description="waiting at least"
    ),
    max_age_hours: float | None = Query(
        None, ge=0, le=MAX_AGE_HOURS, description="waiting at most"
    ),
    limit: int = Query(100, ge=1, le=500),
) -> list[ReviewOut]:
    """Review items, oldest first: a manager's team's, or all for an admin."""
    filters = queries.Filters(
        status, team, sender, rule, min_age_hours, max_age_hours, limit
    )
    reviewer = queries.reviewer_for_caller(db, caller)
    return queries.list_reviews(db, reviewer, filters)


@router.get("/reviews/{review_id}", response_model=ReviewDetail, responses=PROBLEMS)
def read_review(
    review_id: RowId, db: DbSession, caller: ManagerOrAdmin
) -> ReviewDetail:
    """One item with the message, the findings and their evidence."""
    return queries.get_review(db, queries.reviewer_for_caller(db, caller), review_id)


@router.post(
    "/reviews/{review_id}/approve", response_model=ApprovalOut, responses=PROBLEMS
)
def approve(
    review_id: RowId,
    data: DecisionIn,
    request: Request,
    db: DbSession,
    caller: ManagerOrAdmin,
) -> ApprovalOut:
    """Approve the send as written; answers a one-time `override_token` for it,
    redeemable only by the API key whose check was blocked, for that very send."""
    reviewer = queries.reviewer_for_caller(db, caller)
    return service.approve(
        db,
        reviewer=reviewer,
        review_id=review_id,
        data=data,
        secret_key=state_of(request).settings.secret_key,
    )


@router.post(
    "/reviews/{review_id}/reject", response_model=ApprovalOut, responses=PROBLEMS
)
def reject(
    review_id: RowId, data: DecisionIn, db: DbSession, caller: ManagerOrAdmin
) -> ApprovalOut:
    """Refuse the send, with a reason the SDR and the CRM will see."""
    reviewer = queries.reviewer_for_caller(db, caller)
    return service.reject(db, reviewer=reviewer, review_id=review_id, data=data)


@router.post(
    "/reviews/{review_id}/edit", response_model=ApprovalOut, responses=PROBLEMS
)
def edit(
    review_id: RowId,
    data: EditIn,
    request: Request,
    db: DbSession,
    caller: ManagerOrAdmin,
    policy: CurrentPolicy,
) -> ApprovalOut:
    """Approve a changed subject and body; the change is checked again first."""
    return service.edit(
        db,
        reviewer=queries.reviewer_for_caller(db, caller),
        review_id=review_id,
        data=data,
        policy=policy,
        settings=state_of(request).settings,
    )

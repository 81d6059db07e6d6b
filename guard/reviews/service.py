"""Deciding review items: approve, reject, edit-and-approve (the API and the pages).

Every decision is one conditional UPDATE (two managers deciding at once: one wins, the
other gets 409), an audit event, and an outbox event for the CRM's callback.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import update
from sqlalchemy.orm import Session

from guard.auth import Caller
from guard.checks.schemas import CheckIn
from guard.checks.service import run_check
from guard.errors import Conflict, Forbidden, InvalidInput
from guard.policy import Policy
from guard.reviews import outbox, override
from guard.reviews.queries import Reviewer, load_row, present_detail
from guard.reviews.schemas import ApprovalOut, DecisionIn, EditIn
from guard.settings import Settings
from models import AuditEvent, Check, ReviewItem


class ReviewAlreadyDecided(Conflict):
    type, title = "review-already-decided", "Review already decided"


@dataclass(frozen=True, slots=True)
class Outcome:
    status: str
    reason: str
    token_hash: str | None = None
    edited_subject: str | None = None
    edited_body: str | None = None


def approve(
    db: Session,
    *,
    reviewer: Reviewer,
    review_id: int,
    data: DecisionIn,
    secret_key: str,
    now: datetime | None = None,
) -> ApprovalOut:
    """Approve the send as it was written; the answer carries the one-time override."""
    _, check = _pending(db, reviewer, review_id, now)
    _admin_for_required_rules(reviewer, check)
    raw, digest = override.new_token(check.id, secret_key)
    outcome = Outcome("approved", data.reason, token_hash=digest)
    return _decide(db, reviewer, review_id, outcome, raw, now)


def reject(
    db: Session,
    *,
    reviewer: Reviewer,
    review_id: int,
    data: DecisionIn,
    now: datetime | None = None,
) -> ApprovalOut:
    """Refuse the send; the CRM is told so the sequence step can be skipped."""
    _pending(db, reviewer, review_id, now)
    return _decide(db, reviewer, review_id, Outcome("rejected", data.reason), None, now)


def edit(
    db: Session,
    *,
    reviewer: Reviewer,
    review_id: int,
    data: EditIn,
    policy: Policy,
    settings: Settings,
    now: datetime | None = None,
) -> ApprovalOut:
    """Approve a changed message, after checking the change again (dry run)."""
    _, check = _pending(db, reviewer, review_id, now)
    _recheck(db, check, data, policy, settings, reviewer)
    raw, digest = override.new_token(check.id, settings.secret_key)
    outcome = Outcome(
        "edited",
        data.reason,
        token_hash=digest,
        edited_subject=data.subject,
        edited_body=data.body,
    )
    return _decide(db, reviewer, review_id, outcome, raw, now)


def _pending(
    db: Session, reviewer: Reviewer, review_id: int, now: datetime | None
) -> tuple[ReviewItem, Check]:
    review, check, _, _ = load_row(db, reviewer, review_id)
    if review.status != "pending":
        raise ReviewAlreadyDecided(
            f"Review {review_id} is already {review.status}"
            + (f" (by {review.decided_by})." if review.decided_by else ".")
        )
    if review.expires_at <= (now or datetime.now(UTC)):
        raise ReviewAlreadyDecided(
            f"Review {review_id} expired; check the send again to open a new one."
        )
    return review, check


def _admin_for_required_rules(reviewer: Reviewer, check: Check) -> None:
    locked = [f.rule for f in check.findings if not f.overridable]
    if locked and reviewer.role != "admin":
        raise Forbidden(
            f"Only an admin may approve a send blocked by {', '.join(locked)} "
            "(consent is a legal requirement); reject it or ask an admin."
        )


def _recheck(
    db: Session,
    check: Check,
    data: EditIn,
    policy: Policy,
    settings: Settings,
    reviewer: Reviewer,
) -> None:
    request: dict[str, Any] = dict(check.request)
    request.update(
        subject=data.subject,
        body=data.body,
        body_html=None,
        dry_run=True,
        idempotency_key=None,
        override_token=None,
    )
    caller = Caller(None, reviewer.name, reviewer.role)
    again = run_check(
        db=db,
        policy=policy,
        settings=settings,
        caller=caller,
        check=CheckIn.model_validate(request),
    )
    blocking = [f for f in again.findings if f.verdict == "block"]
    if blocking:
        raise InvalidInput(
            "The edited message is still blocked: "
            + " ".join(f"{f.rule}: {f.message}" for f in blocking),
            field="body",
        )


def _decide(
    db: Session,
    reviewer: Reviewer,
    review_id: int,
    outcome: Outcome,
    raw_token: str | None,
    now: datetime | None,
) -> ApprovalOut:
    now = now or datetime.now(UTC)
    changed = db.execute(
        update(ReviewItem)
        .where(ReviewItem.id == review_id, ReviewItem.status == "pending")
        .values(
            status=outcome.status,
            decided_by=reviewer.actor,
            decided_at=now,
            reason=outcome.reason,
            override_token_hash=outcome.token_hash,
            edited_subject=outcome.edited_subject,
            edited_body=outcome.edited_body,
        )
        .execution_options(synchronize_session=False)
    )
    if changed.rowcount != 1:
        raise ReviewAlreadyDecided(f"Review {review_id} was decided meanwhile.")
    db.expire_all()
    detail = present_detail(*load_row(db, reviewer, review_id))
    db.add(_audit(reviewer, detail.id, outcome, now))
    outbox.enqueue_review(db, detail, now=now)
    db.flush()
    return ApprovalOut(review=detail, override_token=raw_token)


def _audit(
    reviewer: Reviewer, review_id: int, outcome: Outcome, now: datetime
) -> AuditEvent:
    data: dict[str, Any] = {"reason": outcome.reason, "role": reviewer.role}
    if outcome.edited_body is not None:
        data.update(subject=outcome.edited_subject, body=outcome.edited_body)
    return AuditEvent(
        at=now,
        actor=reviewer.actor,
        action=f"review.{outcome.status}",
        subject_type="review",
        subject_id=str(review_id),
        data=data,
    )

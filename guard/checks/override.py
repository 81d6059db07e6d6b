"""Redeeming a one-time override token: a manager's approval lets exactly one blocked
send through.

Approving a review item issues the token (guard/reviews/override.py); only its digest
is stored. The caller re-submits the check with `override_token`; a token that matches
the reviewed send (the same API key that asked, the same contact, sender and channel),
is unspent and not stale turns the block into an allow with a finding that names the
approval, and is spent in the same transaction.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session, selectinload

from guard.checks.schemas import CheckIn
from guard.errors import InvalidInput
from guard.settings import Settings
from models import Check, ReviewItem
from models.domain import Decision, Evidence, Finding, PlannedSend, Verdict

APPROVED = ("approved", "edited")


def token_digest(raw: str) -> str:
    """What is stored of a token: 256 random bits need only a fast digest, as API
    keys."""
    return hashlib.sha256(raw.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class Grant:
    """A valid approval for this send: the review and who decided it."""

    review: ReviewItem
    rules: frozenset[str]  # the rules the manager saw when approving
    by_admin: bool


def find_grant(
    db: Session,
    *,
    token: str,
    send: PlannedSend,
    key_id: int | None,
    now: datetime,
    valid_hours: int,
) -> Grant:
    """The approval behind `token` for this very send by the same caller (`key_id`,
    the API key that asked), or a 422 naming what is wrong."""
    review = db.scalar(
        select(ReviewItem).where(ReviewItem.override_token_hash == token_digest(token))
    )
    reviewed = review and db.scalar(
        select(Check)
        .options(selectinload(Check.findings))
        .where(Check.id == review.check_id)
    )
    # Another caller's token is "unknown" before anything else: trying a token it
    # got hold of tells another integration nothing (not even "already used").
    if review is None or reviewed is None or reviewed.api_key_id != key_id:
        raise _invalid("This override token is unknown; approve the review first.")
    if review.status not in APPROVED:
        raise _invalid("This override token is unknown; approve the review first.")
    if review.override_used_at is not None:
        raise _invalid(
            "This override token was already used; each approval lets one send through."
        )
    decided = review.decided_at or now
    if now > decided + timedelta(hours=valid_hours):
        raise _invalid(f"This override token expired {valid_hours} h after approval.")
    same = (
        reviewed.contact_id == send.contact_id
        and reviewed.sender_email == send.sender_email
        and reviewed.channel == send.channel
    )
    if not same:
        raise _invalid(
            "This override token belongs to another contact, sender or channel."
        )
    by_admin = (review.decided_by or "").startswith("admin:")
    return Grant(review, frozenset(f.rule for f in reviewed.findings), by_admin)


def apply_grant(decision: Decision, grant: Grant) -> Decision:
    """Let the send through unless a finding still stands against it.

    Findings the approval did not cover (new since the review) and non-overridable
    findings (consent) not approved by an admin keep their verdict.
    """
    standing = [f for f in decision.findings if _stands(f, grant)]
    if any(f.verdict is Verdict.BLOCK for f in standing):
        return decision
    review = grant.review
    note = Finding(
        rule="review.approved",
        verdict=Verdict.ALLOW,
        severity="low",
        message=(
            f"Approved by {review.decided_by} in review #{review.id}: {review.reason}"
        ),
        evidence=(
            Evidence(source="review", id=str(review.id), text=review.reason or ""),
        ),
    )
    return replace(
        decision,
        verdict=Verdict.ALLOW,
        findings=(note, *decision.findings),
        deliver_after=None,
    )


def _stands(finding: Finding, grant: Grant) -> bool:
    if finding.verdict is not Verdict.BLOCK:
        return False
    if finding.rule not in grant.rules:
        return True
    return not finding.overridable and not grant.by_admin


def spend(db: Session, review: ReviewItem, now: datetime) -> None:
    """Mark the token used; a concurrent use of the same token finds it spent."""
    # A conditional UPDATE: on PostgreSQL the second writer waits for the row lock,
    # then sees override_used_at set and matches nothing.
    spent = db.execute(
        update(ReviewItem)
        .where(ReviewItem.id == review.id, ReviewItem.override_used_at.is_(None))
        .values(override_used_at=now)
        .execution_options(synchronize_session=False)
    )
    if spent.rowcount != 1:
        raise _invalid(
            "This override token was already used; each approval lets one send through."
        )


def _invalid(detail: str) -> InvalidInput:
    return InvalidInput(detail, field="override_token")


def redeem(
    db: Session,
    check: CheckIn,
    send: PlannedSend,
    decision: Decision,
    key_id: int | None,
    now: datetime,
    settings: Settings,
) -> tuple[Decision, int | None]:
    """The decision once the check's override token (if any) is applied, and the
    review it redeemed; the token is spent only when it lets the send through, and
    never by a dry run."""
    if not check.override_token:
        return decision, None
    grant = find_grant(
        db,
        token=check.override_token,
        send=send,
        key_id=key_id,
        now=now,
        valid_hours=settings.review_expiry_hours,
    )
    decision = apply_grant(decision, grant)
    if decision.verdict is not Verdict.ALLOW:
        return decision, None
    if not check.dry_run:
        spend(db, grant.review, now)
    return decision, grant.review.id

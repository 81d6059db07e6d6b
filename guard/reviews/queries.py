"""Reading review items: who may see which, the queue's filters, the item's detail."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import ColumnElement, Select, false, select, true
from sqlalchemy.orm import Session, selectinload

from guard.auth import Caller
from guard.checks.schemas import EvidenceOut, FindingOut, SuggestionOut
from guard.errors import NotFound
from guard.reviews.schemas import ReviewDetail, ReviewOut
from guard.teams import team_name
from models import Account, Check, Contact, FindingRow, ReviewItem, User


@dataclass(frozen=True, slots=True)
class Reviewer:
    """Whoever decides: a signed-in user or an API key, with role and team."""

    name: str  # the user's e-mail address, or key:<name>
    role: str  # admin | manager
    team: str | None = None

    @property
    def actor(self) -> str:
        # The role leads, so an override can tell an admin's approval (consent) apart.
        return f"{self.role}:{self.name}"


def reviewer_for_caller(db: Session, caller: Caller) -> Reviewer:
    return Reviewer(caller.actor, caller.role, team_name(db, caller.team_id))


def reviewer_for_user(db: Session, user: User) -> Reviewer:
    return Reviewer(user.email, user.role, team_name(db, user.team_id))


def visible(reviewer: Reviewer) -> ColumnElement[bool]:
    """A manager sees their team's items only (none without a team); an admin all."""
    if reviewer.role == "admin":
        return true()
    if reviewer.team is None:
        return false()
    return ReviewItem.team == reviewer.team


@dataclass(frozen=True, slots=True)
class Filters:
    status: str | None = "pending"
    team: str | None = None
    sender: str | None = None
    rule: str | None = None
    min_age_hours: float | None = None
    max_age_hours: float | None = None
    limit: int = 100


Row = tuple[ReviewItem, Check, Contact | None, Account | None]


def _base(reviewer: Reviewer) -> Select[Row]:
    return (
        select(ReviewItem, Check, Contact, Account)
        .join(Check, Check.id == ReviewItem.check_id)
        .outerjoin(Contact, Contact.id == Check.contact_id)
        .outerjoin(Account, Account.id == Contact.account_id)
        .options(selectinload(Check.findings))
        .where(visible(reviewer))
    )


def list_reviews(
    db: Session, reviewer: Reviewer, filters: Filters, *, now: datetime | None = None
) -> list[ReviewOut]:
    now = now or datetime.now(UTC)
    query = _base(reviewer)
    if filters.status:
        query = query.where(ReviewItem.status == filters.status)
    if filters.team:
        query = query.where(ReviewItem.team == filters.team)
    if filters.sender:
        query = query.where(ReviewItem.sender_email == filters.sender.lower())
    if filters.rule:
        fired = select(FindingRow.check_id).where(FindingRow.rule == filters.rule)
        query = query.where(Check.id.in_(fired))
    if filters.min_age_hours is not None:
        cutoff = now - timedelta(hours=filters.min_age_hours)
        query = query.where(ReviewItem.created_at <= cutoff)
    if filters.max_age_hours is not None:
        cutoff = now - timedelta(hours=filters.max_age_hours)
        query = query.where(ReviewItem.created_at >= cutoff)
    query = query.order_by(ReviewItem.created_at.asc()).limit(filters.limit)
    return [present(*row) for row in db.execute(query)]


def load_row(db: Session, reviewer: Reviewer, review_id: int) -> Row:
    """An item the reviewer may see; others' are reported as not found."""
    row = db.execute(_base(reviewer).where(ReviewItem.id == review_id)).first()
    if row is None:
        raise NotFound(f"No review item {review_id}.")
    return row


def get_review(db: Session, reviewer: Reviewer, review_id: int) -> ReviewDetail:
    return present_detail(*load_row(db, reviewer, review_id))


def present(
    review: ReviewItem, check: Check, contact: Contact | None, account: Account | None
) -> ReviewOut:
    name = None
    if contact is not None:
        name = " ".join(p for p in (contact.first_name, contact.last_name) if p)
    return ReviewOut(
        id=review.id,
        status=review.status,  # type: ignore[arg-type]
        team=review.team,
        sender_email=review.sender_email,
        contact_email=contact.email if contact else None,
        contact_name=name or (contact.email if contact else None),
        company=account.name if account else None,
        verdict=check.verdict,
        rules=[f.rule for f in check.findings if f.verdict == "block"]
        or [f.rule for f in check.findings],
        subject=check.subject,
        check_id=check.id,
        created_at=review.created_at,
        expires_at=review.expires_at,
        decided_by=review.decided_by,
        decided_at=review.decided_at,
        reason=review.reason,
    )


def present_detail(
    review: ReviewItem, check: Check, contact: Contact | None, account: Account | None
) -> ReviewDetail:
    return ReviewDetail(
        **present(review, check, contact, account).model_dump(),
        channel=check.channel,
        body=check.body,
        planned_at=check.planned_at,
        findings=[
            FindingOut(
                rule=f.rule,
                verdict=f.verdict,
                severity=f.severity,
                message=f.message,
                evidence=[EvidenceOut(**e) for e in f.evidence],
                deliver_after=f.deliver_after,
                overridable=f.overridable,
            )
            for f in check.findings
        ],
        rewrite=check.rewrite,
        suggestions=[SuggestionOut(**s) for s in check.suggestions],
        edited_subject=review.edited_subject,
        edited_body=review.edited_body,
    )

"""The dashboard's numbers: what the guard decided and prevented, and what managers
overrode.

Aggregated in SQL over a window (default three weeks), for a manager's team or, for an
admin, everyone.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import ColumnElement, case, func, select, true
from sqlalchemy.orm import Session

from guard.reviews.queries import Reviewer
from models import Check, FindingRow, ReviewItem, Sender, Team

VERDICTS = ("allow", "warn", "rewrite", "defer", "block")
DECIDED = ("approved", "edited", "rejected")


def _scope(reviewer: Reviewer) -> ColumnElement[bool]:
    if reviewer.role == "admin":
        return true()
    return Check.team == (reviewer.team or "\x00no-team")


@dataclass(frozen=True, slots=True)
class Rate:
    name: str
    decided: int
    overridden: int

    @property
    def percent(self) -> int:
        return round(100 * self.overridden / self.decided) if self.decided else 0


def per_day(
    db: Session, reviewer: Reviewer, since: datetime, days: int
) -> list[tuple[date, dict[str, int]]]:
    """Checks per day by verdict, every day of the window (empty days included)."""
    day = func.date(Check.created_at)
    rows = db.execute(
        select(day, Check.verdict, func.count())
        .where(_scope(reviewer), Check.created_at >= since)
        .group_by(day, Check.verdict)
    )
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    for d, verdict, n in rows:
        counts[str(d)][verdict] = n
    first = since.date()
    return [
        (first + timedelta(days=i), counts.get(str(first + timedelta(days=i)), {}))
        for i in range(days + 1)
    ]


def rule_counts(
    db: Session, reviewer: Reviewer, since: datetime
) -> list[tuple[str, int]]:
    rows = db.execute(
        select(FindingRow.rule, func.count())
        .join(Check, Check.id == FindingRow.check_id)
        .where(
            _scope(reviewer),
            Check.created_at >= since,
            FindingRow.rule != "review.approved",
        )
        .group_by(FindingRow.rule)
        .order_by(func.count().desc(), FindingRow.rule)
    )
    return list(rows)


def prevented(db: Session, reviewer: Reviewer, since: datetime) -> dict[str, int]:
    """Bumps that did not go out as written, sends deferred into an absence, blocks."""
    base = (
        select(func.count(func.distinct(Check.id)))
        .join(FindingRow, FindingRow.check_id == Check.id)
        .where(_scope(reviewer), Check.created_at >= since)
    )
    bumps = base.where(FindingRow.rule == "bump.premature", Check.verdict != "allow")
    ooo = base.where(FindingRow.rule.like("ooo.%"), FindingRow.verdict == "defer")
    checks = (
        select(func.count())
        .select_from(Check)
        .where(_scope(reviewer), Check.created_at >= since)
    )
    blocked = checks.where(Check.verdict == "block")
    return {
        "checks": db.scalar(checks) or 0,
        "bumps": db.scalar(bumps) or 0,
        "ooo": db.scalar(ooo) or 0,
        "blocked": db.scalar(blocked) or 0,
    }


_OVERRIDDEN = func.sum(
    case((ReviewItem.status.in_(("approved", "edited")), 1), else_=0)
)


def override_by_rule(
    db: Session, reviewer: Reviewer, since: datetime | None = None
) -> list[Rate]:
    """Of the decided items a rule blocked, how many managers let through."""
    query = (
        select(FindingRow.rule, func.count(), _OVERRIDDEN)
        .join(Check, Check.id == FindingRow.check_id)
        .join(ReviewItem, ReviewItem.check_id == Check.id)
        .where(
            _scope(reviewer),
            ReviewItem.status.in_(DECIDED),
            FindingRow.verdict == "block",
        )
        .group_by(FindingRow.rule)
    )
    if since is not None:
        query = query.where(Check.created_at >= since)
    rates = [Rate(rule, n, over or 0) for rule, n, over in db.execute(query)]
    return sorted(rates, key=lambda r: (-r.percent, -r.decided, r.name))


def by_sender(
    db: Session, reviewer: Reviewer, since: datetime
) -> list[tuple[str, int, int, Rate]]:
    """Per sender: checks, blocked, and how often their blocks were overridden."""
    checks = db.execute(
        select(
            Check.sender_email,
            func.count(),
            func.sum(case((Check.verdict == "block", 1), else_=0)),
        )
        .where(_scope(reviewer), Check.created_at >= since)
        .group_by(Check.sender_email)
    )
    decided = dict(
        (sender, (n, over or 0))
        for sender, n, over in db.execute(
            select(ReviewItem.sender_email, func.count(), _OVERRIDDEN)
            .join(Check, Check.id == ReviewItem.check_id)
            .where(
                _scope(reviewer),
                Check.created_at >= since,
                ReviewItem.status.in_(DECIDED),
            )
            .group_by(ReviewItem.sender_email)
        )
    )
    out = [
        (s, n, blocked or 0, Rate(s, *decided.get(s, (0, 0))))
        for s, n, blocked in checks
    ]
    return sorted(out, key=lambda row: -row[1])


def window(days: int = 21, now: datetime | None = None) -> datetime:
    now = now or datetime.now(UTC)
    start = (now - timedelta(days=days)).date()
    return datetime(start.year, start.month, start.day, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Away:
    """A rep whose own automatic replies are on now or scheduled ahead."""

    email: str
    status: str  # always | scheduled
    starts_at: datetime | None
    ends_at: datetime | None


def reps_away(db: Session, reviewer: Reviewer, now: datetime) -> list[Away]:
    """Reps on time off now or later (as the worker last read their mailboxes)."""
    query = (
        select(
            Sender.email, Sender.away_status, Sender.away_starts_at, Sender.away_ends_at
        )
        .outerjoin(Team, Team.id == Sender.team_id)
        .where(
            (Sender.away_status == "always")
            | ((Sender.away_status == "scheduled") & (Sender.away_ends_at > now))
        )
        .order_by(Sender.away_starts_at, Sender.email)
    )
    if reviewer.role != "admin":
        query = query.where(Team.name == (reviewer.team or "\x00no-team"))
    return [Away(*row) for row in db.execute(query)]

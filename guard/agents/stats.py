"""Per agent: sends, verdicts, override rate, and whether it has earned a promotion."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import AGENT_LEVELS, Agent, Check, ReviewItem, Touch
from models.touches import counted_at

# A promotion is suggested after this many decisions in a row that no manager had to
# overrule: enough sends to trust the agent one step further.
PROMOTION_AFTER = 200
OVERRIDDEN = ("approved", "edited")


@dataclass(frozen=True, slots=True)
class AgentStats:
    agent: Agent
    sends: int
    verdicts: dict[str, int] = field(default_factory=dict)
    reviewed: int = 0
    overridden: int = 0
    promote_to: str | None = None

    @property
    def decisions(self) -> int:
        return sum(self.verdicts.values())

    @property
    def override_percent(self) -> int:
        return round(100 * self.overridden / self.reviewed) if self.reviewed else 0


def agent_stats(db: Session, agent: Agent) -> AgentStats:
    name = agent.agent_id
    verdicts = dict(
        db.execute(
            select(Check.verdict, func.count())
            .where(Check.agent_id == name)
            .group_by(Check.verdict)
        ).all()
    )
    counted = counted_at(Touch.expires_at, datetime.now(UTC))
    sends = db.scalar(select(func.count()).where(Touch.agent_id == name, counted))
    sends = sends or 0
    reviews = db.execute(
        select(ReviewItem.status, func.count())
        .join(Check, Check.id == ReviewItem.check_id)
        .where(Check.agent_id == name, ReviewItem.status != "pending")
        .group_by(ReviewItem.status)
    ).all()
    return AgentStats(
        agent=agent,
        sends=sends,
        verdicts=verdicts,
        reviewed=sum(n for _, n in reviews),
        overridden=sum(n for status, n in reviews if status in OVERRIDDEN),
        promote_to=promotion(db, agent),
    )


def promotion(db: Session, agent: Agent) -> str | None:
    """The next level up, when the agent's last 200 decisions needed no override."""
    rank = AGENT_LEVELS.index(agent.level) if agent.level in AGENT_LEVELS else 0
    if rank + 1 >= len(AGENT_LEVELS):
        return None
    last = (
        select(Check.id)
        .where(Check.agent_id == agent.agent_id)
        .order_by(Check.created_at.desc())
        .limit(PROMOTION_AFTER)
        .subquery()
    )
    count = db.scalar(select(func.count()).select_from(last)) or 0
    overridden = db.scalar(
        select(func.count())
        .select_from(ReviewItem)
        .where(ReviewItem.check_id.in_(select(last.c.id)))
        .where(ReviewItem.status.in_(OVERRIDDEN))
    )
    if count < PROMOTION_AFTER or overridden:
        return None
    return AGENT_LEVELS[rank + 1]

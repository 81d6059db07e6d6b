"""Agents: registered when first seen, moved up or down the trust ladder by managers."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from guard.agents.schemas import AgentIn, AgentOut, LevelChange
from guard.auth import Caller
from guard.errors import Forbidden, InvalidInput, NotFound
from guard.settings import Settings
from guard.teams import ensure_team, team_name
from models import AGENT_LEVELS, Agent, AuditEvent, Touch
from models.domain import ContactContext, Decision, PlannedSend, Verdict
from models.touches import counted_at

LEVEL_CHANGED = "agent.level_changed"
# What each level sends to a manager before it goes out; autonomous: as a rep.
_REVIEWED = {
    "supervised": frozenset(Verdict) - {Verdict.ALLOW},
    "assisted": frozenset({Verdict.BLOCK, Verdict.REWRITE}),
    "autonomous": frozenset({Verdict.BLOCK}),
}


def needs_review(level: str, verdict: Verdict, *, new_account: bool) -> bool:
    """Does this agent's decision wait for a manager? (a block always does)"""
    if level == "supervised" and new_account:
        return True
    return verdict in _REVIEWED.get(level, _REVIEWED["supervised"])


def ensure_agent(db: Session, agent_id: str, *, team_id: int | None) -> Agent:
    """The agent, registered as supervised in `team_id` the first time it sends."""
    row = db.scalar(select(Agent).where(Agent.agent_id == agent_id))
    if row is None:
        row = Agent(agent_id=agent_id, team_id=team_id, level="supervised")
        db.add(row)
        db.flush()
    return row


def sends_to_account(
    db: Session, agent_id: str, account_id: int | None, now: datetime
) -> int:
    """How many touches this agent has recorded to the account so far (a provisional
    one that expired unconfirmed never went out)."""
    if account_id is None:
        return 0
    query = select(func.count()).where(
        Touch.agent_id == agent_id,
        Touch.account_id == account_id,
        counted_at(Touch.expires_at, now),
    )
    return db.scalar(query) or 0


def get_agent(db: Session, caller: Caller, agent_id: str) -> AgentOut:
    return present(db, _visible(db, caller, agent_id))


def put_agent(
    db: Session, caller: Caller, agent_id: str, data: AgentIn, *, now: datetime
) -> tuple[AgentOut, bool]:
    """Create or update an agent; a level change is written to the audit log."""
    row = db.scalar(select(Agent).where(Agent.agent_id == agent_id))
    created = row is None
    if row is None:
        row = ensure_agent(db, agent_id, team_id=caller.team_id)
    _refuse_other_team(caller, row)
    if data.team is not None:
        if caller.role != "admin":
            raise Forbidden("Only an admin moves an agent to another team.")
        row.team_id = ensure_team(db, data.team)
    if data.name is not None:
        row.name = data.name
    if data.level is not None:
        change_level(
            db, row, data.level, actor=caller.actor, reason=data.reason, now=now
        )
    db.flush()
    return present(db, row), created


def change_level(
    db: Session, row: Agent, level: str, *, actor: str, reason: str, now: datetime
) -> bool:
    """Move the agent to `level`, with an audit event; False if it is there already."""
    if level not in AGENT_LEVELS:
        raise InvalidInput(
            f"level must be one of {', '.join(AGENT_LEVELS)}", field="level"
        )
    if level == row.level:
        return False
    db.add(
        AuditEvent(
            at=now,
            actor=actor,
            action=LEVEL_CHANGED,
            subject_type="agent",
            subject_id=row.agent_id,
            data={"before": row.level, "after": level, "reason": reason},
        )
    )
    row.level = level
    db.flush()
    return True


def list_agents(db: Session, caller: Caller) -> list[AgentOut]:
    return [present(db, row) for row in agent_rows(db, caller.role, caller.team_id)]


def agent_rows(db: Session, role: str, team_id: int | None) -> list[Agent]:
    """The agents someone may manage: a manager their team's, an admin all."""
    query = select(Agent).order_by(Agent.agent_id)
    if role != "admin":
        query = query.where(Agent.team_id == team_id)
    return list(db.scalars(query))


def find_agent(db: Session, agent_id: str) -> Agent:
    row = db.scalar(select(Agent).where(Agent.agent_id == agent_id))
    if row is None:
        raise NotFound(f"No agent {agent_id!r}; it is registered when it first sends.")
    return row


def _visible(db: Session, caller: Caller, agent_id: str) -> Agent:
    row = find_agent(db, agent_id)
    _refuse_other_team(caller, row)
    return row


def _refuse_other_team(caller: Caller, row: Agent) -> None:
    refuse_other_team(caller.role, caller.team_id, row)


def refuse_other_team(role: str, team_id: int | None, row: Agent) -> None:
    if role != "admin" and row.team_id != team_id:
        raise Forbidden(f"Agent {row.agent_id!r} belongs to another team.")


def history(db: Session, agent_id: str) -> list[LevelChange]:
    """Every level change of the agent, oldest first, from the audit log."""
    events = db.scalars(
        select(AuditEvent)
        .where(
            AuditEvent.subject_type == "agent",
            AuditEvent.subject_id == agent_id,
            AuditEvent.action == LEVEL_CHANGED,
        )
        .order_by(AuditEvent.at, AuditEvent.id)
    )
    return [
        LevelChange(
            at=e.at,
            actor=e.actor,
            before=e.data.get("before"),
            after=e.data["after"],
            reason=e.data.get("reason", ""),
        )
        for e in events
    ]


def present(db: Session, row: Agent) -> AgentOut:
    team = team_name(db, row.team_id)
    return AgentOut(
        agent_id=row.agent_id,
        name=row.name,
        team=team,
        level=row.level,  # type: ignore[arg-type]
        history=history(db, row.agent_id),
    )


def hold_for_review(
    db: Session,
    settings: Settings,
    caller: Caller,
    send: PlannedSend,
    ctx: ContactContext,
    decision: Decision,
) -> bool:
    """Does the sending agent's trust level send this decision to a manager first?"""
    if send.agent_id is None:
        return False
    agent = ensure_agent(db, send.agent_id, team_id=caller.team_id)
    first = settings.agent_review_first_sends
    new_account = (
        agent.level == "supervised"
        and sends_to_account(db, send.agent_id, ctx.contact.account_id, ctx.now) < first
    )
    return needs_review(agent.level, decision.verdict, new_account=new_account)

"""/v1/agents: the AI agents that send for a team, and their trust levels."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Response

from guard.agents import service
from guard.agents.schemas import AgentIn, AgentOut
from guard.auth import Caller, require_role
from guard.db import DbSession
from guard.responses import PROBLEMS, also
from guard.unit_of_work import UnitOfWorkRoute

router = APIRouter(prefix="/v1", tags=["agents"], route_class=UnitOfWorkRoute)
ManagerKey = Annotated[Caller, Depends(require_role("manager"))]
# The same shape as `sender.agent_id` in a check: an id the CRM or agent platform gives.
AgentId = Annotated[
    str, Path(min_length=1, max_length=200, pattern=r"^[A-Za-z0-9._:@/-]+$")
]


@router.get("/agents", response_model=list[AgentOut], responses=PROBLEMS)
def list_agents(db: DbSession, caller: ManagerKey) -> list[AgentOut]:
    """Your team's agents (an admin's: all), with their levels and level history."""
    return service.list_agents(db, caller)


@router.get("/agents/{agent_id}", response_model=AgentOut, responses=PROBLEMS)
def read_agent(agent_id: AgentId, db: DbSession, caller: ManagerKey) -> AgentOut:
    """One agent: its team, trust level and every level change."""
    return service.get_agent(db, caller, agent_id)


@router.put(
    "/agents/{agent_id}",
    response_model=AgentOut,
    responses=also(201, "Created", AgentOut),
)
def put_agent(
    agent_id: AgentId,
    data: AgentIn,
    db: DbSession,
    caller: ManagerKey,
    response: Response,
) -> AgentOut:
    """Register an agent or change its trust level (every change is audited)."""
    out, created = service.put_agent(db, caller, agent_id, data, now=datetime.now(UTC))
    response.status_code = 201 if created else 200
    return out

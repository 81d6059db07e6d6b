"""Agent payloads: GET/PUT /v1/agents/{agent_id}."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from guard.inputs import InputModel

Level = Literal["supervised", "assisted", "autonomous"]


class AgentIn(InputModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"level": "assisted", "team": "enterprise", "name": "SDR bot"}]
        },
    )

    # None: leave as it is (a new agent starts supervised, in the caller's team).
    level: Level | None = None
    team: str | None = Field(None, min_length=1, max_length=100)
    name: str | None = Field(None, max_length=200)
    reason: str = Field("", max_length=500)


class LevelChange(BaseModel):
    at: datetime
    actor: str
    before: str | None
    after: str
    reason: str = ""


class AgentOut(BaseModel):
    agent_id: str
    name: str | None
    team: str | None
    level: Level
    history: list[LevelChange] = []

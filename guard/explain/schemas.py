"""GET /v1/rules/{rule_id}: one rule as the active pack runs it."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class OverrideRate(BaseModel):
    decided: int = Field(description="reviews of sends this rule blocked, decided")
    overridden: int = Field(description="of those, approved by a manager anyway")
    percent: int


class RuleOut(BaseModel):
    id: str
    summary: str
    description: str
    default_verdict: str
    required: bool
    enabled: bool
    verdict: str = Field(description="the verdict in the active pack")
    parameters: dict[str, Any] = Field(description="in the active pack")
    agent_parameters: dict[str, Any] | None = Field(
        None, description="what the pack's `agents:` section sets when an agent sends"
    )
    override_rate: OverrideRate

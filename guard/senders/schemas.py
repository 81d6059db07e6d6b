"""Sender payloads: PUT /v1/senders/{email} puts a seller in a team."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from guard.inputs import InputModel


class SenderIn(InputModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"team": "enterprise", "name": "Sam Seller"}]},
    )

    # None: no team, so the pack's base rules apply to this sender.
    team: str | None = Field(None, min_length=1, max_length=100)
    name: str | None = Field(None, max_length=200)


class AwayOut(BaseModel):
    """The rep's own automatic replies, as the worker last read them."""

    status: Literal["disabled", "always", "scheduled"]
    starts_at: datetime | None
    ends_at: datetime | None
    message: str | None
    read_at: datetime | None
    # True while the replies are on now: automated steps are deferred (sender.away).
    active_now: bool


class SenderOut(BaseModel):
    email: str
    name: str | None
    team: str | None
    # False when the pack has no override for the team: its base rules apply, which
    # is usually a misspelt team name.
    team_in_pack: bool
    # None until the worker has read the rep's mailbox settings.
    away: AwayOut | None = None

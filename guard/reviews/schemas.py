"""The review contract: what a manager sees of a blocked send and what they decide."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from guard.checks.schemas import FindingOut, SuggestionOut
from guard.inputs import InputModel

Status = Literal["pending", "approved", "rejected", "edited", "expired"]


class ReviewOut(BaseModel):
    """One review item as the queue lists it."""

    id: int
    status: Status
    team: str | None
    sender_email: str
    contact_email: str | None
    contact_name: str | None
    company: str | None
    verdict: str
    rules: list[str]
    subject: str
    check_id: str
    created_at: datetime
    expires_at: datetime
    decided_by: str | None = None
    decided_at: datetime | None = None
    reason: str | None = None


class ReviewDetail(ReviewOut):
    """The item with the message and the full decision behind it."""

    channel: str
    body: str
    planned_at: datetime
    findings: list[FindingOut]
    rewrite: str | None = None
    suggestions: list[SuggestionOut] = []
    edited_subject: str | None = None
    edited_body: str | None = None


class DecisionIn(InputModel):
    model_config = ConfigDict(extra="forbid")
    reason: str = Field(min_length=3, max_length=2000)


class EditIn(DecisionIn):
    subject: str = Field("", max_length=2000)
    body: str = Field(min_length=1, max_length=256 * 1024)


class ApprovalOut(BaseModel):
    """The decision and, for approvals, the one-time override for this send."""

    review: ReviewDetail
    override_token: str | None = Field(
        None,
        description=(
            "Shown once. Re-submit the check with `override_token` (and a new "
            "idempotency key) to let exactly this send through once."
        ),
    )

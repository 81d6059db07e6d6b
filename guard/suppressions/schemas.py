"""Suppression payloads: the list on a contact and an admin's reversal."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

from guard.inputs import InputModel
from guard.suppressions.service import Suppressed


class ReverseIn(InputModel):
    reason: str = Field(min_length=3, max_length=2000)


class SuppressionOut(BaseModel):
    id: int = Field(description="the audit event's id: reverse it with this")
    at: datetime
    actor: str = Field(description="what suppressed: inbound:<source>, or a person")
    reason: str
    evidence: str = ""
    consent_before: str | None = None
    consent_after: str | None = None
    reversed_at: datetime | None = None
    reversed_by: str | None = None
    reversal_reason: str | None = None

    @classmethod
    def of(cls, s: Suppressed) -> SuppressionOut:
        r = s.reversal
        return cls(
            id=s.event.id,
            at=s.event.at,
            actor=s.event.actor,
            reason=s.data.get("reason", ""),
            evidence=s.data.get("evidence") or "",
            consent_before=s.data.get("consent_before"),
            consent_after=s.data.get("consent_after"),
            reversed_at=r.at if r else None,
            reversed_by=r.actor if r else None,
            reversal_reason=r.data.get("reason") if r else None,
        )

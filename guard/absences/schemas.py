"""Manual absence payloads."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, EmailStr, Field, model_validator

from guard.checks.schemas import ContactRef
from guard.inputs import Day, InputModel


class AlternateIn(InputModel):
    model_config = ConfigDict(extra="forbid")
    name: str | None = Field(None, max_length=200)
    email: EmailStr | None = None


class AbsenceIn(InputModel):
    model_config = ConfigDict(extra="forbid")

    contact: ContactRef
    returns_on: Day = Field(description="the first day the contact is back")
    starts_on: Day | None = None
    note: str = Field("", max_length=2000)
    alternate_contacts: list[AlternateIn] = Field(default_factory=list, max_length=10)

    @model_validator(mode="after")
    def _ordered(self) -> AbsenceIn:
        if self.starts_on and self.starts_on >= self.returns_on:
            raise ValueError("starts_on must be before returns_on")
        return self


class AbsenceOut(BaseModel):
    id: int
    contact_id: int
    source: str
    starts_on: date | None
    returns_on: date | None
    last_day_away: date | None
    confidence: float
    evidence: str
    noticed_at: datetime
    alternate_contacts: list[dict[str, str | None]]

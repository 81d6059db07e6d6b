"""The /v1/inbound payload (JSON form) and answer."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, EmailStr, Field

from guard.inputs import InputModel, Instant


class InboundJson(InputModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    message_id: str = Field(min_length=1, max_length=998)
    from_: EmailStr = Field(alias="from")
    to: list[EmailStr] | EmailStr | None = None
    subject: str = Field("", max_length=2000)
    body: str = Field("", max_length=2 * 1024 * 1024)
    headers: dict[str, str] = Field(default_factory=dict)
    sent_at: Instant | None = None
    in_reply_to: str | None = Field(None, max_length=998)


class AlternateOut(BaseModel):
    name: str | None = None
    email: str | None = None


class InboundOut(BaseModel):
    inbound_id: int
    message_id: str
    kind: str
    confidence: float | None = None  # calibrated where the text model decided
    away: bool = False  # a person wrote they are away: a reply and an absence
    contact: str | None
    returns_on: date | None = None
    last_day_away: date | None = None
    alternate_contacts: list[AlternateOut] = []
    intents: list[str] = []
    scheduling_link: str | None = None
    changes: list[str] = []
    duplicate: bool = False

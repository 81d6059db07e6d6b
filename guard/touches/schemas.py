"""The touch payload: a send that already happened, recorded once per external id."""

from __future__ import annotations

from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from guard.checks.schemas import Channel, ContactRef, SenderRef, SequenceRef
from guard.inputs import InputModel, Instant


class TouchIn(InputModel):
    model_config = ConfigDict(extra="forbid")

    external_id: str = Field(min_length=1, max_length=200)
    contact: ContactRef
    sender: SenderRef
    channel: Channel
    subject: str = Field("", max_length=2000)
    body: str = Field("", max_length=256 * 1024)
    sent_at: Instant
    automated: bool = False
    sequence: SequenceRef | None = None
    assets: list[str] = Field(default_factory=list, max_length=50)
    message_id: str | None = Field(None, max_length=998)
    # The check that allowed this send: the touch the guard recorded then is confirmed
    # with what was actually sent, instead of a second touch being counted.
    check_id: str | None = Field(None, min_length=1, max_length=64)


class TouchOut(BaseModel):
    id: int
    external_id: str | None
    contact_id: int
    channel: str
    sent_at: AwareDatetime
    is_bump: bool
    created: bool
    # A reported send is confirmed: counted once, for good (a check's touch it
    # confirms stops being provisional).
    status: Literal["provisional", "confirmed", "expired"]
    confirmed_at: AwareDatetime | None
